import Foundation
import LotseStore

/// A record's history as text, newest first: when, who, and each field with its old and
/// new value, by the names the screens use. `lotse history` prints these lines; `H` in a
/// record's details shows them in a pager.
public enum HistoryText {
    public static func lines(_ entries: [RecordHistory.Entry], language: Language, timeZone: TimeZone = .current) -> [DetailLine] {
        let de = language == .de
        guard !entries.isEmpty else {
            return [.text(de ? "Noch keine Änderung im geteilten Verlauf (noch nicht synchronisiert?)."
                             : "No change in the shared history yet (not synced yet?).", .muted)]
        }
        let messages = language.messages
        var lines: [DetailLine] = []
        for entry in entries {
            let local = LocalDateTime(entry.date, in: timeZone)
            let when = Format.shortDate(local.date) + " " + Format.time(local.hour, local.minute)
            let event: String
            switch entry.event {
            case .created: event = de ? "angelegt" : "created"
            case .changed: event = de ? "geändert" : "changed"
            case .deleted: event = de ? "gelöscht" : "deleted"
            }
            lines.append(DetailLine([TextSpan(when + "  ", .label), TextSpan(TerminalSafe.line(entry.author, width: 40), .heading),
                                     TextSpan("  " + event + " · " + entry.commit, .muted)], hangingIndent: 2))
            guard entry.event == .changed else {
                if entry.event == .created { lines.append(.blank) }
                continue
            }
            for change in entry.changes {
                let name = messages.fieldName(change.field)
                let old = value(change.old, of: change.field, language: language, timeZone: timeZone)
                let new = value(change.new, of: change.field, language: language, timeZone: timeZone)
                lines.append(DetailLine([TextSpan("  " + name + ": ", .label), TextSpan(old, .muted), TextSpan(" → "),
                                         TextSpan(new)], hangingIndent: 4))
            }
            lines.append(.blank)
        }
        return lines
    }

    /// A value in one short line; a timestamp in local time, never as ISO text.
    static func value(_ value: JSONValue?, of field: String, language: Language, timeZone: TimeZone) -> String {
        let absent = language.syncMessages.absent
        // A status by the name the screens give it.
        if case .string(let raw)? = value {
            if field == "status", let status = QuestionStatus(rawValue: raw) { return language.strings.questionStatus(status) }
            if field == "state", let state = Meeting.State(rawValue: raw) { return language.strings.meetingState(state) }
        }
        if case .string(let text)? = value, text.count >= 19, text.dropFirst(10).first == "T",
           let date = ISO8601DateFormatter().date(from: text) {
            let local = LocalDateTime(date, in: timeZone)
            return Format.shortDate(local.date) + " " + Format.time(local.hour, local.minute)
        }
        if let answer = value?.object, case .string(let by)? = answer["by"], answer["text"] != nil, let shown = value {
            return SyncMessages.shortValue(shown, absent: absent) + " (\(TerminalSafe.line(by, width: 30)))"
        }
        return SyncMessages.shortValue(value, absent: absent)
    }

    /// Why `H` does nothing here.
    public static func onlyForRecords(_ language: Language) -> String {
        language.historyTexts.onlyForRecords
    }

    /// For a store that does not sync: there is no shared history yet.
    public static func notSynced(_ language: Language) -> String {
        language.historyTexts.notSynced
    }

    public static func title(_ record: String, language: Language) -> String {
        language.historyTexts.title(record)
    }
}
