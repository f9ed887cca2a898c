import LotseStore

/// A conflicting value in full, as a person reads it: text as it is, a list one item per
/// line, anything else as its JSON.
public enum ConflictValue {
    public static func text(_ value: JSONValue) -> String {
        // An answer, taken as one unit: its text, then its sources.
        if case .string(let answer)? = value.object?["text"], value.object?["by"] != nil {
            var text = answer
            if case .array(let sources)? = value.object?["sources"], !sources.isEmpty {
                text += "\n" + sources.map(Self.text).joined(separator: "; ")
            }
            return text
        }
        switch value {
        case .string(let text): return text
        case .number(let number): return number
        case .bool(let flag): return flag ? "ja" : "nein"
        case .null: return ""
        case .array(let items) where items.allSatisfy(\.isScalarValue):
            return items.map(text).joined(separator: ", ")
        case .object, .array:
            return value.canonicalText.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}

extension JSONValue {
    var isScalarValue: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }
}
