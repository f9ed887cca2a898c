/// A store file that could not be used. The file stays on disk as it is; the rest of the
/// store opens without it.
public struct StoreProblem: Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, as data, so that each interface can say it in its own language.
    public enum Reason: Equatable, Sendable {
        case unreadable
        case invalidJSON(detail: String?)
        case missingField(String)
        case wrongType(field: String, expected: ValueKind)
        case invalidValue(field: String, detail: String)
        case badID(id: String, kind: RecordKind)
        case duplicateID(id: String, otherPath: String)
        case nameMismatch(id: String)
    }

    public enum ValueKind: String, Equatable, Sendable {
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
