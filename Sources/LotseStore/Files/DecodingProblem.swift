import Foundation

/// Turns a decoding error into one line that says which field is wrong and how, instead of
/// Foundation's debug text.
enum DecodingProblem {
    static func reason(for error: Error) -> String {
        guard let error = error as? DecodingError else { return "cannot be read: \(error.localizedDescription)" }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                return "invalid JSON" + (detail.map { " (\($0))" } ?? "")
            }
            return "field \(field(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "missing field \(field(context.codingPath + [key]))"
        case .typeMismatch(let type, let context):
            return "field \(field(context.codingPath)): expected \(describe(type))"
        case .valueNotFound(let type, let context):
            return "field \(field(context.codingPath)): is null, expected \(describe(type))"
        @unknown default:
            return "cannot be read: \(error.localizedDescription)"
        }
    }

    private static func field(_ path: [CodingKey]) -> String {
        let text = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
            .joined()
            .replacingOccurrences(of: ".[", with: "[")
        return "\"" + (text.hasPrefix(".") ? String(text.dropFirst()) : text) + "\""
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a text"
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is Date.Type: return "a date"
        case is Double.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(name)"
        }
    }
}
