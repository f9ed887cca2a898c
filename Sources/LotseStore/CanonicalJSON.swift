import Foundation

/// The one file format of the store: pretty-printed, sorted keys, ISO 8601 dates, a final
/// newline. Two saves of the same record give the same bytes, so a diff shows the edited
/// field and nothing else.
public enum CanonicalJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = StrictDate.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\"\(text)\" is not a date and time that exists (YYYY-MM-DDTHH:MM:SSZ)")
            }
            return date
        }
        return try decoder.decode(type, from: data)
    }
}
