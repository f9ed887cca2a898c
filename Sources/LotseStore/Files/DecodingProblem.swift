import Foundation

/// Turns a decoding error into a reason that names the field and what is wrong with it,
/// instead of Foundation's debug text.
enum DecodingProblem {
    static func reason(for error: Error) -> StoreProblem.Reason {
        guard let error = error as? DecodingError else { return .invalidJSON(detail: nil) }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let underlying = context.underlyingError as NSError?
                let detail = underlying?.userInfo[NSDebugDescriptionErrorKey] as? String
                return .invalidJSON(detail: detail)
            }
            return .invalidValue(field: field(context.codingPath), detail: context.debugDescription)
        case .keyNotFound(let key, let context):
            return .missingField(field(context.codingPath + [key]))
        case .typeMismatch(let type, let context):
            return .wrongType(field: field(context.codingPath), expected: kind(of: type))
        case .valueNotFound(let type, let context):
            return .wrongType(field: field(context.codingPath), expected: kind(of: type))
        @unknown default:
            return .invalidJSON(detail: nil)
        }
    }

    /// "agenda[2].title" style paths.
    private static func field(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func kind(of type: Any.Type) -> StoreProblem.ValueKind {
        switch type {
        case is String.Type: return .text
        case is Int.Type: return .wholeNumber
        case is Bool.Type: return .boolean
        case is Double.Type, is Date.Type: return .number
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return .list }
            if name.hasPrefix("Dictionary") { return .object }
            return .other
        }
    }
}
