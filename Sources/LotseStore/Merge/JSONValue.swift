import Foundation

/// A record file as JSON, with every field, known to this version or not. Saves and
/// merges work on this value, so that a field written by a newer Lotse or by hand is
/// carried along unchanged.
public enum JSONValue: Hashable, Sendable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    /// The number as written, so that large integers keep every digit.
    case number(String)
    case bool(Bool)
    case null

    public enum ParseError: Error, Equatable { case invalid(String) }

    public static func parse(_ data: Data) throws(ParseError) -> JSONValue {
        let any: Any
        do {
            any = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .invalid((error as NSError).localizedDescription)
        }
        return JSONValue(any)
    }

    init(_ any: Any) {
        switch any {
        case let dictionary as [String: Any]: self = .object(dictionary.mapValues(JSONValue.init))
        case let array as [Any]: self = .array(array.map(JSONValue.init))
        case let string as String: self = .string(string)
        case let bool as Bool where !(any is NSNumber) || String(describing: type(of: any)).contains("Boolean"):
            self = .bool(bool)
        case let number as NSNumber:
            self = .number(number.stringValue)
        default: self = .null
        }
    }

    /// The JSON of an encodable value, as the store would write it.
    public static func of<T: Encodable>(_ value: T) throws -> JSONValue {
        try parse(CanonicalJSON.encode(value))
    }

    /// Decodes a typed record from this value; the fields it does not know are left out.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try CanonicalJSON.decode(type, from: Data(canonicalText.utf8))
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var object: [String: JSONValue]? {
        if case .object(let fields) = self { return fields }
        return nil
    }

    /// Pretty-printed with sorted keys, as `CanonicalJSON` writes, and a final newline.
    /// Controls, DEL and the C1 controls are escaped, so a file never carries a raw
    /// terminal escape.
    public var canonicalText: String {
        var out = ""
        write(into: &out, indent: 0)
        out += "\n"
        return out
    }

    /// The same, as an item of an array written by hand: indented one level, no newline.
    func canonicalText(indentedBy indent: Int) -> String {
        var out = ""
        write(into: &out, indent: indent)
        return out
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .object(let fields):
            guard !fields.isEmpty else { out += "{\n\n\(close)}"; return }
            out += "{\n"
            for (index, key) in fields.keys.sorted().enumerated() {
                out += pad
                Self.writeString(key, into: &out)
                out += " : "
                fields[key]?.write(into: &out, indent: indent + 1)
                out += index == fields.count - 1 ? "\n" : ",\n"
            }
            out += close + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[\n\n\(close)]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += close + "]"
        case .string(let text): Self.writeString(text, into: &out)
        case .number(let text): out += text
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        // Most texts need no escape: those go in whole. A byte that may start one (a
        // control character, a quote, a backslash, DEL, or U+0080–U+00BF's lead byte, among
        // them the C1 controls) sends the text the long way.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
