/// A store file that could not be used. The file stays on disk as it is; the rest of the
/// store opens without it.
public struct StoreProblem: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, as data, so that each interface can say it in its own language.
    public enum Reason: Hashable, Sendable {
        case unreadable
        case invalidJSON(detail: String?)
        case missingField(String)
        case wrongType(field: String, expected: ValueKind)
        case invalidValue(field: String, detail: String)
        case badID(id: String, kind: RecordKind)
        case duplicateID(id: String, otherPath: String)
        case nameMismatch(id: String)
        /// The record folder is missing, or a file stands in its place.
        case missingFolder
        case notAFolder
        /// A record file whose name does not end in lower-case `.json`; it is not read.
        case wrongExtension
        /// A temporary file of a writer that is gone (removed at the next write).
        case leftover
        /// Loaded, but it names a record that does not exist.
        case unknownReference(field: String, id: String)
        /// Loaded, but merged into itself or into a question that leads back to it.
        case mergeCycle
        /// Loaded, but a number points outside its list.
        case outOfRange(field: String)
        /// A symbolic link where a record file or folder belongs: never followed, never
        /// written through (a colleague's push could point it anywhere).
        case link
        /// A device, a pipe, a folder or a submodule where a record file belongs.
        case notARegularFile
        /// Larger than any record a person writes; not read at all.
        case tooLarge(size: Int64, limit: Int64)
        /// The record folder exists but cannot be listed.
        case unreadableFolder
    }

    /// Whether the record was loaded anyway (an inconsistency), or left out (a broken file).
    public var isLoaded: Bool {
        switch reason {
        case .unknownReference, .mergeCycle, .outOfRange, .missingFolder, .leftover: return true
        default: return false
        }
    }

    public enum ValueKind: String, Hashable, Sendable {
        case text, wholeNumber, number, boolean, list, object, other
    }

    /// Path relative to the store folder, such as `questions/01H….json`.
    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason.english)" }
}

extension StoreProblem.Reason {
    /// The English wording, used by the command line and in logs.
    public var english: String {
        switch self {
        case .unreadable:
            return "cannot be read (check the file's permissions)"
        case .invalidJSON(let detail):
            return "invalid JSON" + (detail.map { " (\($0))" } ?? "")
        case .missingField(let field):
            return "missing field \"\(field)\""
        case .wrongType(let field, let expected):
            return "field \"\(field)\": expected \(expected.english)"
        case .invalidValue(let field, let detail):
            return "field \"\(field)\": \(detail)"
        case .badID(let id, let kind):
            return kind == .commune
                ? "id \"\(id)\" is not a slug (lower-case letters, digits and hyphens)"
                : "id \"\(id)\" is not a record id (26 characters 0-9 A-Z)"
        case .duplicateID(let id, let otherPath):
            return "duplicate id \"\(id)\", also in \(otherPath)"
        case .nameMismatch(let id):
            return "file name does not match its id \"\(id)\" (expected \(id).json)"
        case .missingFolder: return "the folder is missing; no records of this kind were read"
        case .notAFolder: return "a file stands where the folder should be; no records of this kind were read"
        case .wrongExtension: return "not read: record files end in .json (lower case)"
        case .leftover: return "a temporary file of a Lotse process that is gone; removed at the next write"
        case .unknownReference(let field, let id): return "field \"\(field)\" names \"\(id)\", which does not exist"
        case .mergeCycle: return "merged into itself, or into a question that leads back to it"
        case .outOfRange(let field): return "field \"\(field)\" points outside its list"
        case .link: return "a link – not followed; Lotse reads only regular files inside the store (remove it)"
        case .notARegularFile: return "not a regular file (a folder, a device or a submodule); not read"
        case .tooLarge(let size, let limit):
            return "\(size / 1024) KB, larger than the \(limit / 1024) KB a record may have; not read"
        case .unreadableFolder: return "the folder cannot be read (check its permissions); no records of this kind were read"
        }
    }
}

extension StoreProblem.ValueKind {
    public var english: String {
        switch self {
        case .text: return "a text"
        case .wholeNumber: return "a whole number"
        case .number: return "a number"
        case .boolean: return "true or false"
        case .list: return "a list"
        case .object: return "an object"
        case .other: return "another kind of value"
        }
    }
}
