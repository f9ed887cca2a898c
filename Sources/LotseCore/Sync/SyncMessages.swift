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
    /// A record deleted here is back: a colleague changed it meanwhile.
    public var restoredAfterDeletion: @Sendable (_ title: String) -> String
    /// Why a path a colleague pushed was kept out.
    public var keptOutReason: @Sendable (KeptOut.Reason) -> String
    /// One group of kept-out paths: the paths, why, the commit and its author.
    public var keptOutGroup: @Sendable (_ paths: String, _ reason: String, _ commit: String, _ author: String) -> String
    /// The message of the commit that keeps them out of the shared branch.
    public var screenCommit: @Sendable (_ paths: [String]) -> String
    public var followedPurge: String
    public var heldBackHeading: String
    public var heldBackLine: @Sendable (_ record: String, _ id: String) -> String
    public var error: @Sendable (SyncError) -> String
    public var setUp: @Sendable (_ remote: String) -> String
    public var joined: @Sendable (_ network: String, _ path: String) -> String
    public var statusLines: @Sendable (SyncStatus, _ now: Date) -> [String]
    /// A purge that has not reached the shared history: the long line (status, report,
    /// Datenschutz view) and the title line's short mark.
    public var purgePending: @Sendable (_ since: Date) -> String
    public var purgePendingShort: String
    /// The sync state in the title line.
    public var titleState: @Sendable (_ ahead: Int, _ behind: Int, _ lastSync: Date?, _ now: Date) -> String
    public var offline: String
    public var syncing: String
    public var conflictCount: @Sendable (Int) -> String
    /// "vor 5 Min." / "5 min ago".
    public var ago: @Sendable (_ seconds: Int) -> String
}

extension SyncMessages {
    /// The kept-out paths as lines, one per commit and reason, naming at most five paths
    /// of each (a push of 60,000 stray files is one line), every part safe for a terminal.
    public func keptOutLines(_ entries: [KeptOut]) -> [String] {
        var groups: [(key: String, entries: [KeptOut])] = []
        for entry in entries {
            let key = "\(entry.commit)\u{0}\(entry.author)\u{0}\(keptOutReason(entry.refusal))"
            if let index = groups.firstIndex(where: { $0.key == key }) { groups[index].entries.append(entry) } else { groups.append((key, [entry])) }
        }
        return groups.map { group in
            let first = group.entries[0]
            var paths = group.entries.prefix(5).map { TerminalSafe.line($0.path, width: 60) }.joined(separator: ", ")
            if group.entries.count > 5 { paths += " " + andMore(group.entries.count - 5) }
            return keptOutGroup(paths, keptOutReason(first.refusal), TerminalSafe.line(first.commit, width: 12),
                                TerminalSafe.line(first.author, width: 40))
        }
    }
}

extension Language {
    public var syncMessages: SyncMessages { self == .de ? .german : .english }
}

extension SyncMessages {
    /// A value of a conflict as one short line.
    public static func shortValue(_ value: JSONValue?, absent: String) -> String {
        guard let value else { return absent }
        let text: String
        if value.object?["by"] != nil, value.object?["text"] != nil { return TerminalSafe.line("„" + ConflictValue.text(value) + "“", width: 60) }
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
