import Foundation

/// Why a file could not be written or a folder made, as a value: the screen and the
/// command line say it in the user's language (a system error by its number, not by the C
/// library's English words).
public enum WriteCause: Hashable, Sendable, CustomStringConvertible {
    /// What the system said, by its `errno`.
    case system(Int32)
    /// A file stands where a folder is to be made.
    case fileInTheWay
    /// The record to change is not there, or not valid JSON.
    case notAValidRecord
    /// The value to put into a record does not fit it.
    case valueDoesNotFit
    /// The record could not be made into JSON (a value JSON cannot hold).
    case cannotEncode(String)
    /// What Foundation said, where it gave no number.
    case described(String)

    /// The cause of the last failed system call.
    public static var lastSystemError: WriteCause { .system(errno) }

    /// What a thrown error says: its POSIX number where it has one.
    public static func of(_ error: any Error) -> WriteCause {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return .system(Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return .system(Int32(underlying.code))
        }
        return .described(nsError.localizedFailureReason ?? nsError.localizedDescription)
    }

    public var description: String {
        switch self {
        case .system(let code): return String(cString: strerror(code))
        case .fileInTheWay: return "a file with that name is in the way"
        case .notAValidRecord: return "the record is not there or not valid JSON"
        case .valueDoesNotFit: return "the other value does not fit the record"
        case .cannotEncode(let detail): return "cannot encode: \(detail)"
        case .described(let text): return text
        }
    }
}
