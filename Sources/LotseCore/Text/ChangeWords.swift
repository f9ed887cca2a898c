import LotseStore

/// What an undo or a redo did, in words: "Antwort auf „Wohnsitzauflage …“ entfernt".
enum ChangeWords {
    static func german(_ kind: Change.Kind, _ subject: String?, undone: Bool) -> String {
        let name = subject.map { "„" + short($0) + "“" } ?? ""
        switch kind {
        case .create: return undone ? "Frage \(name) wieder entfernt" : "Frage \(name) wieder angelegt"
        case .delete: return undone ? "Frage \(name) wiederhergestellt" : "Frage \(name) wieder gelöscht"
        case .answer: return undone ? "Antwort auf \(name) entfernt" : "Antwort auf \(name) wieder eingetragen"
        case .merge: return undone ? "Zusammenführung von \(name) aufgehoben" : "\(name) wieder zusammengeführt"
        case .status: return undone ? "Status von \(name) zurückgesetzt" : "Status von \(name) wieder gesetzt"
        case .outcome: return undone ? "Ergebnis in \(name) zurückgenommen" : "Ergebnis in \(name) wieder eingetragen"
        case .scheduled: return undone ? "\(name) wieder von der Tagesordnung genommen" : "\(name) wieder auf der Tagesordnung"
        case .release: return undone ? "Freigabe von \(name) zurückgenommen" : "\(name) wieder freigegeben"
        case .withdraw: return undone ? "\(name) wieder freigegeben" : "Freigabe von \(name) wieder zurückgezogen"
        default: return undone ? "Änderung an \(name) zurückgenommen" : "Änderung an \(name) wiederhergestellt"
        }
    }

    static func english(_ kind: Change.Kind, _ subject: String?, undone: Bool) -> String {
        let name = subject.map { "“" + short($0) + "”" } ?? ""
        switch kind {
        case .create: return undone ? "Question \(name) removed again" : "Question \(name) added again"
        case .delete: return undone ? "Question \(name) restored" : "Question \(name) deleted again"
        case .answer: return undone ? "Answer to \(name) removed" : "Answer to \(name) put back"
        case .merge: return undone ? "Merge of \(name) undone" : "\(name) merged again"
        case .status: return undone ? "Status of \(name) set back" : "Status of \(name) set again"
        case .outcome: return undone ? "Outcome in \(name) taken back" : "Outcome in \(name) put back"
        case .scheduled: return undone ? "\(name) taken off the agenda again" : "\(name) on the agenda again"
        case .release: return undone ? "Release of \(name) taken back" : "\(name) released again"
        case .withdraw: return undone ? "\(name) released again" : "Release of \(name) withdrawn again"
        default: return undone ? "Change to \(name) taken back" : "Change to \(name) made again"
        }
    }

    static func short(_ text: String) -> String { TerminalSafe.line(text, width: 40) }
}
