import Foundation
import LotseStore

/// The message of a sync's commit: what changed, one line per record, in the user's
/// language ("Frage beantwortet: Wohnsitzauflage …"), so that `git log` reads as the
/// network's history. Titles come from the store, so they are made safe for a terminal.
public enum CommitMessage {
    public static func describe(_ changes: [FileChange], language: Language) -> String {
        let texts = language.syncMessages
        let lines = changes.sorted { $0.path < $1.path }.compactMap { line(for: $0, texts: texts) }
        guard let first = lines.first else { return texts.storeFilesChanged }
        if lines.count == 1 { return first }
        let subject = texts.changesSubject(lines.count, first)
        let shown = lines.prefix(60).map { "- " + $0 }.joined(separator: "\n")
        let more = lines.count > 60 ? "\n- " + texts.andMore(lines.count - 60) : ""
        return subject + "\n\n" + shown + more
    }

    static func line(for change: FileChange, texts: SyncMessages) -> String? {
        let parts = change.path.split(separator: "/").map(String.init)
        if change.path == FileStore.manifestName {
            guard change.before == nil, let after = change.after.flatMap({ try? JSONValue.parse($0) }),
                  case .string(let name)? = after.object?["network"] else { return texts.settingsChanged }
            return texts.networkStarted(TerminalSafe.visible(name, keeping: []))
        }
        guard parts.count == 2, parts[1].hasSuffix(".json"),
              let kind = RecordKind.allCases.first(where: { $0.folder == parts[0] }) else {
            return change.path.hasPrefix(".git") ? nil : texts.fileChanged(TerminalSafe.visible(change.path, keeping: []))
        }
        let before = change.before.flatMap { try? JSONValue.parse($0) }
        let after = change.after.flatMap { try? JSONValue.parse($0) }
        let name = title(of: after ?? before, kind: kind) ?? String(parts[1].dropLast(5))
        let event: SyncMessages.Event
        switch (before, after) {
        case (nil, _): event = .added
        case (_, nil): event = .removed
        case (let old?, let new?):
            let oldStatus = old.object?["status"], newStatus = new.object?["status"]
            if kind == .question, oldStatus != newStatus, case .string(let status)? = newStatus,
               let known = QuestionStatus(rawValue: status) {
                event = .status(known)
            } else if kind == .meeting, old.object?["state"] != new.object?["state"],
                      case .string(let state)? = new.object?["state"], state == Meeting.State.finished.rawValue {
                event = .ended
            } else {
                event = .changed
            }
        }
        return texts.recordEvent(kind, event, name)
    }

    /// A record's title or name, cut to a line and safe for a terminal.
    static func title(of record: JSONValue?, kind: RecordKind) -> String? {
        let key = kind == .commune ? "name" : "title"
        guard case .string(let text)? = record?.object?[key] else { return nil }
        return TerminalSafe.line(text, width: 72)
    }
}
