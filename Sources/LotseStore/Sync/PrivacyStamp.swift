import Foundation

/// A confirmation that a record's free text is fine to share although it looks like
/// personal data (a false alarm), kept in the record as `privacyConfirmed`. It is a hash
/// of the texts it was given for, so changing the text asks again.
public enum PrivacyStamp {
    public static let field = "privacyConfirmed"

    /// The free texts of a record file, the ones the personal-data check reads.
    public static func texts(_ record: JSONValue?) -> [String] {
        guard let fields = record?.object else { return [] }
        func strings(_ value: JSONValue?) -> [String] {
            switch value {
            case .string(let text)?: return [text]
            case .array(let items)?: return items.flatMap { strings($0) }
            case .object(let inner)?:
                return ["title", "body", "text", "description", "notes"].flatMap { strings(inner[$0]) }
                    + strings(inner["outcomes"]) + strings(inner["answer"])
            default: return []
            }
        }
        return ["title", "body", "notes"].flatMap { strings(fields[$0]) } + strings(fields["answer"]) + strings(fields["agenda"])
    }

    public static func stamp(_ texts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in texts.joined(separator: "\u{1F}").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    /// Whether the record carries a confirmation for the texts it has now.
    public static func isConfirmed(_ record: JSONValue) -> Bool {
        if case .string(let confirmed)? = record.object?[field] { return confirmed == stamp(texts(record)) }
        return false
    }
}

extension FileStore {
    /// Confirms a record's texts as they are now as fine to share (see `PrivacyStamp`).
    /// The stamp is taken from the file under the same lock that writes it, so it is for
    /// the texts the file has.
    public func confirmPrivacy(_ kind: RecordKind, id: String) throws(StoreError) {
        let path = url(of: kind, id: id).path
        try rewrite(kind, id: id) { (json: JSONValue?) throws(StoreError) -> JSONValue? in
            guard case .object(var fields)? = json else {
                throw .cannotWrite(path: path, reason: .notAValidRecord)
            }
            fields[PrivacyStamp.field] = .string(PrivacyStamp.stamp(PrivacyStamp.texts(json)))
            return .object(fields)
        }
    }
}

extension FileStore {
    /// Whether the record's file carries a false-alarm confirmation for the texts it has now.
    public func isPrivacyConfirmed(_ kind: RecordKind, id: String) -> Bool {
        guard let data = RecordFile.read(url(of: kind, id: id).path).data, let json = try? JSONValue.parse(data) else { return false }
        return PrivacyStamp.isConfirmed(json)
    }
}
