/// A string-backed enum whose unknown values are reported with the valid ones, so that
/// `lotse check` can tell a coordinator what to write instead.
public protocol KnownValue: RawRepresentable, CaseIterable, Codable where RawValue == String {}

extension KnownValue {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            let valid = Self.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "unknown value \"\(raw)\" (valid: \(valid))")
        }
        self = value
    }
}

/// A value stored as one string in a fixed format (dates, times), parsed on decoding
/// with an error that shows the expected form.
public protocol TextValue: Codable, CustomStringConvertible {
    init?(_ text: String)
    /// The format as an example, for error messages.
    static var example: String { get }
}

extension TextValue {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not in the form \"\(Self.example)\"")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
