import Foundation
import LotseStore

/// The sentences of sync, one table per language: commit messages, the summary of a sync,
/// its errors, and the sync state in the title line.
public struct SyncMessages: Sendable {
    public enum Event: Sendable { case added, removed, changed, ended, status(QuestionStatus) }

    public var recordEvent: @Sendable (RecordKind, Event, _ title: String) -> String
    public var settingsChanged: String
    public var networkStarted: @Sendable (_ name: String) -> String
    public var storeFilesChanged: String
    public var fileChanged: @Sendable (_ path: String) -> String
    public var changesSubject: @Sendable (_ count: Int, _ first: String) -> String
    public var andMore: @Sendable (Int) -> String
    public var mergeCommit: String
    /// "3 Änderungen geholt, 2 gesendet, 1 Konflikt".
    public var summary: @Sendable (_ pulled: Int, _ pushed: Int, _ conflicts: Int) -> String
    public var conflictsHeading: String
    /// One open conflict: the record, the field, the value kept and the other.
    public var conflictLine: @Sendable (_ record: String, _ field: String, _ kept: String, _ other: String) -> String
    public var absent: String
    public var keptDespiteDeletion: @Sendable (_ record: String) -> String
    public var followedPurge: String
    public var heldBackHeading: String
    public var heldBackLine: @Sendable (_ record: String, _ id: String) -> String
    public var error: @Sendable (SyncError) -> String
    public var setUp: @Sendable (_ remote: String) -> String
    public var joined: @Sendable (_ network: String, _ path: String) -> String
    public var statusLines: @Sendable (SyncStatus, _ now: Date) -> [String]
    /// The sync state in the title line.
    public var titleState: @Sendable (_ ahead: Int, _ behind: Int, _ lastSync: Date?, _ now: Date) -> String
    public var offline: String
    public var syncing: String
    public var conflictCount: @Sendable (Int) -> String
    /// "vor 5 Min." / "5 min ago".
    public var ago: @Sendable (_ seconds: Int) -> String
    // The conflicts screen.
    public var conflictsTitle, noConflicts, keptLabel, otherLabel, recordGone, conflictKeys: String
}

extension Language {
    public var syncMessages: SyncMessages { self == .de ? .german : .english }
}

extension SyncMessages {
    /// A value of a conflict as one short line.
    public static func shortValue(_ value: JSONValue?, absent: String) -> String {
        guard let value else { return absent }
        let text: String
        switch value {
        case .string(let string): text = "„" + string + "“"
        case .number(let number): text = number
        case .bool(let flag): text = flag ? "true" : "false"
        case .null: text = absent
        case .object, .array:
            text = value.canonicalText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }
        return TerminalSafe.line(text, width: 60)
    }
}
