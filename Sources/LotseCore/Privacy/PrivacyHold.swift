import LotseStore

/// Nothing personal slips into the shared history unseen: a question or meeting whose
/// text was changed and now trips the personal-data check stays on this machine when
/// sync sends the rest, until someone confirms it (a false alarm) or rewrites it. The
/// confirmation is a stamp of the texts it was given for, kept in the record
/// (`privacyConfirmed`), so that changing the text asks again.
public enum PrivacyHold {
    public static let field = "privacyConfirmed"

    /// The texts of a record file that are checked: what people write in free text.
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

    /// What a confirmation is given for: the checked texts, hashed.
    public static func stamp(_ texts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in texts.joined(separator: "\u{1F}").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    /// Whether sync keeps this change back: a question or meeting whose checked texts
    /// changed, trip the check, and are not confirmed as they are.
    public static func holds(_ change: FileChange) -> Bool {
        guard change.path.hasPrefix(RecordKind.question.folder + "/") || change.path.hasPrefix(RecordKind.meeting.folder + "/"),
              let after = change.after.flatMap({ try? JSONValue.parse($0) }) else { return false }
        let now = texts(after)
        guard now != texts(change.before.flatMap { try? JSONValue.parse($0) }) else { return false }
        guard !PrivacyCheck.findings(in: now.joined(separator: "\n")).isEmpty else { return false }
        if case .string(let confirmed)? = after.object?[field], confirmed == stamp(now) { return false }
        return true
    }
}
