import LotseStore

/// Nothing personal slips into the shared history unseen: a question or meeting whose
/// free text was changed and now trips the personal-data check stays on this machine when
/// sync sends the rest, until someone confirms it (`PrivacyStamp`) or rewrites it.
public enum PrivacyHold {
    public static func holds(_ change: FileChange) -> Bool {
        guard change.path.hasPrefix(RecordKind.question.folder + "/") || change.path.hasPrefix(RecordKind.meeting.folder + "/"),
              let after = change.after.flatMap({ try? JSONValue.parse($0) }) else { return false }
        let now = PrivacyStamp.texts(after)
        guard now != PrivacyStamp.texts(change.before.flatMap { try? JSONValue.parse($0) }) else { return false }
        return !PrivacyCheck.findings(in: now.joined(separator: "\n")).isEmpty && !PrivacyStamp.isConfirmed(after)
    }
}
