import LotseStore

/// The words of the meeting screens (agenda, meeting mode, measures) and their forms
/// and dialogs, per language.
public struct MeetingScreenTexts: Sendable {
    public var defaultTitle, minutesFile, agendaFile, carryTitle: String
    public var itemOf: @Sendable (Int, Int) -> String
    public var running, paused, notStarted, finished, planned, meetingTotal, plannedEnd, expectedEnd: String
    public var overTime: @Sendable (String) -> String
    public var left: @Sendable (String) -> String
    public var next, lastItem, present, outcomes, internalNote, internalShown, emptyAgenda, questions: String
    public var newMeeting, editMeeting, newItem, editItem: String
    public var newCommune, editCommune, newCoordinator, editCoordinator: String
    public var deleteCommuneTitle, archiveCommuneTitle: String
    public var mergeCommuneConfirmTitle: @Sendable (String) -> String
    public var mergeCommuneConfirmBody: @Sendable (_ source: String, _ target: String) -> String
    public var deleteCommuneBody: @Sendable (String) -> String
    public var archiveCommuneBody: @Sendable (String, Int) -> String
    public var outcomeTitle: @Sendable (Outcome.Kind) -> String
    public var label: @Sendable (FieldForm.FieldID) -> String
    public var fieldHint: @Sendable (FieldForm.FieldID) -> String
    public var problem: @Sendable (MeetingForms.Problem) -> String
    public var none: String
    /// "Eingeladen" with no commune ticked.
    public var allInvited: String
    public var attendanceTitle, invitedMark, namesHidden: String
    public var suggestionsTitle: String
    public var mergeCommuneTitle: @Sendable (String) -> String
    public var mergeCommuneNote, noMergeTarget, mergeCommuneKeys: String
    public var suggestionsEmpty, measureFrom: String
    public var bundled: @Sendable (Int) -> String
    public var exportTitle: @Sendable (ExportPrompt.Document) -> String
    /// Where a relative path goes, after the prompt's keys.
    public var exportHint: String
    public var endTitle, endBody, deleteItemTitle, overwriteTitle: String
    public var deleteItemBody: @Sendable (String) -> String
    public var overwriteBody: @Sendable (String) -> String
    public var exported: @Sendable (String) -> String
    public var meetingHint: @Sendable (MeetingHint) -> String
    public var measuresTitle, openOnly, allShown, overdue, noMeasures, noOpenMeasures: String
    public var dueColumn, ownerColumn, measureColumn, meetingColumn, statusColumn: String
    /// `lotse measures`: nothing open, an id that names no measure or several.
    public var noOpenMeasuresCommandLine: String
    public var unknownMeasure: @Sendable (_ prefix: String) -> String
    public var ambiguousMeasure: @Sendable (_ prefix: String, _ matches: [String]) -> String
    public var agendaEmpty: String
    public var linkedQuestions: @Sendable (Int) -> String
}

extension Language {
    public var meetingScreenTexts: MeetingScreenTexts { self == .de ? .german : .english }
}

extension MeetingScreenTexts {
    public static let german = MeetingScreenTexts(
        defaultTitle: "Netzwerktreffen Ehrenamtskoordination", minutesFile: "Protokoll", agendaFile: "Einladung",
        carryTitle: "Offene Maßnahmen aus früheren Treffen",
        itemOf: { "TOP \($0) von \($1)" },
        running: "▶ läuft", paused: "⏸ angehalten", notStarted: "○ noch nicht begonnen", finished: "✓ beendet",
        planned: "geplant", meetingTotal: "Sitzung", plannedEnd: "Ende geplant", expectedEnd: "voraussichtlich",
        overTime: { "⚠ ÜBER DER ZEIT +\($0)" }, left: { "noch \($0)" },
        next: "Als Nächstes", lastItem: "Das ist der letzte TOP.", present: "Anwesend", outcomes: "Ergebnisse",
        internalNote: "Interne Notiz", internalShown: "intern sichtbar",
        emptyAgenda: "Die Tagesordnung ist leer. Im Dashboard: Enter auf dem Treffen, dann n für einen neuen TOP.",
        questions: "Fragen dazu",
        newMeeting: "Neues Treffen", editMeeting: "Treffen bearbeiten", newItem: "Neuer TOP", editItem: "TOP bearbeiten",
        newCommune: "Neue Kommune", editCommune: "Kommune bearbeiten", newCoordinator: "Koordination eintragen", editCoordinator: "Koordination bearbeiten",
        deleteCommuneTitle: "Kommune entfernen?", archiveCommuneTitle: "Kommune archivieren?",
        mergeCommuneConfirmTitle: { "\($0) zusammenlegen?" },
        mergeCommuneConfirmBody: { source, target in
            "Alle Fragen und Treffen von \(source) nennen danach \(target); die Koordination zieht mit um. \(target) führt \(source) als „ehemals“, und der Kurzname findet \(target) weiter. Mit u lässt es sich rückgängig machen."
        },
        deleteCommuneBody: { "„\($0)“ wird entfernt. Keine Frage und kein Treffen nennt sie. Mit u lässt es sich rückgängig machen." },
        archiveCommuneBody: { name, uses in
            "„\(name)“ wird in \(uses) \(uses == 1 ? "Datensatz" : "Datensätzen") genannt und bleibt darin erhalten. Sie wird archiviert: aus Panels und Auswahllisten ausgeblendet, in Verlauf und Exporten weiter da."
        },
        outcomeTitle: { kind in
            switch kind {
            case .info: return "Notiz zum TOP"
            case .decision: return "Beschluss"
            case .measure: return "Maßnahme"
            case .internal: return "Interne Notiz"
            }
        },
        label: { field in
            switch field {
            case .title: return "Titel"
            case .date: return "Datum"
            case .time: return "Uhrzeit"
            case .place: return "Ort"
            case .invited: return "Eingeladen"
            case .presenter: return "Vortrag"
            case .minutes: return "Minuten"
            case .description: return "Beschreibung"
            case .text: return "Text"
            case .owner: return "Verantwortlich"
            case .due: return "Fällig bis"
            case .answers: return "Beantwortet"
            case .name: return "Name"
            case .kind: return "Art"
            case .role: return "Rolle"
            case .phone: return "Telefon"
            case .email: return "E-Mail"
            case .inGuide: return "Im Leitfaden"
            case .notes: return "Notizen"
            case .attendanceMonths: return "Anwesende"
            case .namesMonths: return "Namen in Fragen"
            }
        },
        fieldHint: { field in
            switch field {
            case .date: return "TT.MM.JJJJ"
            case .time: return "HH:MM"
            case .invited: return "↑↓ Leertaste: an/ab · keine: alle"
            case .minutes: return "geplante Dauer"
            case .owner: return "Kommune oder Person"
            case .due: return "TT.MM.JJJJ, leer: ohne Frist"
            case .answers: return "Leertaste: welche Frage der Beschluss beantwortet"
            case .kind: return "←→: Stadt oder Gemeinde"
            case .inGuide: return "←→: Namen nur mit Zustimmung"
            case .notes: return "Koordination: c in Panel 1"
            case .attendanceMonths: return "Monate nach dem Treffen"
            case .namesMonths: return "Monate nach Abschluss"
            default: return ""
            }
        },
        problem: { problem in
            switch problem {
            case .required: return "Bitte ausfüllen."
            case .badDate: return "Datum als TT.MM.JJJJ eingeben."
            case .noSuchDate(let date): return "\(date) gibt es nicht."
            case .badTime: return "Uhrzeit als HH:MM eingeben."
            case .badMinutes: return "Minuten als Zahl von 1 bis 600."
            case .badMonths: return "Monate als Zahl von 1 bis 1200."
            case .unknownCommunes(let names): return "Unbekannt: \(names.joined(separator: ", ")). Namen wie in der Kommunenliste."
            case .badKind: return "Stadt oder Gemeinde."
            case .nameTaken: return "Diese Kommune gibt es schon."
            case .categoryTaken: return "Diese Kategorie gibt es schon."
            case .noSuchTime(let time): return "\(time) gibt es nicht: Stunden 0 bis 23, Minuten 00 bis 59."
            case .badPhone: return "Telefon nur mit Ziffern, + - / ( ) und Leerzeichen, etwa 02921 103-0."
            case .badEmail: return "E-Mail als name@domain.de eingeben."
            }
        },
        none: "(keine)", allInvited: "alle Kommunen",
        attendanceTitle: "Anwesenheit",
        invitedMark: "eingeladen", namesHidden: "Namen, v zeigt sie",
        suggestionsTitle: "Vorschläge für die Tagesordnung",
        mergeCommuneTitle: { "\($0) zusammenlegen mit …" },
        mergeCommuneNote: "Alle Fragen und Treffen nennen danach die gewählte Kommune; die Koordination zieht mit um.",
        noMergeTarget: "Keine andere Kommune da.", mergeCommuneKeys: "↑↓: wählen · Enter: zusammenlegen · Esc: abbrechen",
        suggestionsEmpty: "Keine Vorschläge: alle offenen Fragen stehen schon auf der Tagesordnung.",
        measureFrom: "Maßnahme vom",
        bundled: { "\($0) Kommunen" },
        exportTitle: { $0 == .minutes ? "Protokoll speichern als" : "Einladung speichern als" },
        exportHint: "ein relativer Pfad gilt ab dem Startordner",
        endTitle: "Sitzung beenden?", endBody: "Die Zeit stoppt, das Treffen gilt als abgeschlossen. Mit u lässt es sich rückgängig machen.",
        deleteItemTitle: "TOP löschen?", overwriteTitle: "Datei ersetzen?",
        deleteItemBody: { "„\($0)“ wird von der Tagesordnung genommen. Mit u lässt es sich rückgängig machen." },
        overwriteBody: { "\($0) gibt es schon. Ersetzen?" },
        exported: { "✓ Gespeichert: \($0)" },
        meetingHint: { hint in
            switch hint {
            case .noMeeting: return "Kein Treffen ausgewählt."
            case .noPlannedMeeting: return "Kein geplantes Treffen – im Panel Treffen mit n eines anlegen."
            case .emptyAgenda: return "Die Tagesordnung ist leer – in der Tagesordnung mit n einen TOP anlegen."
            case .finished: return "Das Treffen ist beendet (u macht das Beenden rückgängig)."
            case .alreadyScheduled: return "Die Frage steht schon auf der Tagesordnung des nächsten Treffens."
            case .noOutcome: return "Erst mit ↑↓ ein Ergebnis dieses TOPs wählen."
            case .nothingToApprove: return "Kein Protokoll im Entwurf: das Treffen läuft noch, oder es ist schon freigegeben."
            }
        },
        measuresTitle: "Maßnahmen aller Treffen", openOnly: "nur offene", allShown: "alle", overdue: "überfällig",
        noMeasures: "Noch keine Maßnahmen beschlossen.", noOpenMeasures: "Keine offenen Maßnahmen. a zeigt auch erledigte.",
        dueColumn: "Fällig", ownerColumn: "Verantwortlich", measureColumn: "Maßnahme", meetingColumn: "Treffen",
        statusColumn: "Stand",
        noOpenMeasuresCommandLine: "Keine offenen Maßnahmen. `lotse measures list --all` zeigt auch erledigte.",
        unknownMeasure: { "Keine Maßnahme „\($0)“. Die IDs zeigt `lotse measures list --all`." },
        ambiguousMeasure: { prefix, matches in "„\(prefix)“ passt auf mehrere Maßnahmen:\n  " + matches.joined(separator: "\n  ") },
        agendaEmpty: "Noch keine TOPs. n legt einen an, s zeigt Vorschläge.",
        linkedQuestions: { $0 == 1 ? "1 Frage" : "\($0) Fragen" })

    public static let english = MeetingScreenTexts(
        defaultTitle: "Network meeting of volunteer coordinators", minutesFile: "minutes", agendaFile: "invitation",
        carryTitle: "Open measures from earlier meetings",
        itemOf: { "Item \($0) of \($1)" },
        running: "▶ running", paused: "⏸ paused", notStarted: "○ not started", finished: "✓ ended",
        planned: "planned", meetingTotal: "Meeting", plannedEnd: "Planned end", expectedEnd: "expected",
        overTime: { "⚠ OVER TIME +\($0)" }, left: { "\($0) left" },
        next: "Next", lastItem: "This is the last item.", present: "Present", outcomes: "Outcomes",
        internalNote: "Internal note", internalShown: "internal shown",
        emptyAgenda: "The agenda is empty. In the dashboard: Enter on the meeting, then n for a new item.",
        questions: "Questions",
        newMeeting: "New meeting", editMeeting: "Edit meeting", newItem: "New item", editItem: "Edit item",
        newCommune: "New commune", editCommune: "Edit commune", newCoordinator: "Add a coordinator", editCoordinator: "Edit coordinator",
        deleteCommuneTitle: "Remove the commune?", archiveCommuneTitle: "Archive the commune?",
        mergeCommuneConfirmTitle: { "Merge \($0)?" },
        mergeCommuneConfirmBody: { source, target in
            "Every question and meeting of \(source) then names \(target); its coordinators move over. \(target) lists \(source) as \"formerly\", and its slug still finds \(target). u undoes it."
        },
        deleteCommuneBody: { "\"\($0)\" is removed. No question or meeting names it. u undoes it." },
        archiveCommuneBody: { name, uses in
            "\"\(name)\" is named in \(uses) \(uses == 1 ? "record" : "records") and stays there. It is archived: hidden from panels and pickers, still in the history and exports."
        },
        outcomeTitle: { kind in
            switch kind {
            case .info: return "Note on the item"
            case .decision: return "Decision"
            case .measure: return "Measure"
            case .internal: return "Internal note"
            }
        },
        label: { field in
            switch field {
            case .title: return "Title"
            case .date: return "Date"
            case .time: return "Time"
            case .place: return "Place"
            case .invited: return "Invited"
            case .presenter: return "Presenter"
            case .minutes: return "Minutes"
            case .description: return "Description"
            case .text: return "Text"
            case .owner: return "Owner"
            case .due: return "Due"
            case .answers: return "Answers"
            case .name: return "Name"
            case .kind: return "Kind"
            case .role: return "Role"
            case .phone: return "Phone"
            case .email: return "E-mail"
            case .inGuide: return "In the guide"
            case .notes: return "Notes"
            case .attendanceMonths: return "Attendees"
            case .namesMonths: return "Names in questions"
            }
        },
        fieldHint: { field in
            switch field {
            case .date: return "DD.MM.YYYY"
            case .time: return "HH:MM"
            case .invited: return "↑↓ Space: tick · none: all"
            case .minutes: return "planned duration"
            case .owner: return "commune or person"
            case .due: return "DD.MM.YYYY, empty: no deadline"
            case .answers: return "Space: which question the decision answers"
            case .kind: return "←→: Stadt or Gemeinde"
            case .inGuide: return "←→: a name only with consent"
            case .notes: return "coordinators: c in panel 1"
            case .attendanceMonths: return "months after the meeting"
            case .namesMonths: return "months after closing"
            default: return ""
            }
        },
        problem: { problem in
            switch problem {
            case .required: return "Please fill in."
            case .badDate: return "Enter the date as DD.MM.YYYY."
            case .noSuchDate(let date): return "\(date) does not exist."
            case .badTime: return "Enter the time as HH:MM."
            case .badMinutes: return "Minutes as a number from 1 to 600."
            case .badMonths: return "Months as a number from 1 to 1200."
            case .unknownCommunes(let names): return "Unknown: \(names.joined(separator: ", ")). Use names as in the communes list."
            case .badKind: return "Stadt (city) or Gemeinde (municipality)."
            case .nameTaken: return "This commune exists already."
            case .categoryTaken: return "This category exists already."
            case .noSuchTime(let time): return "\(time) does not exist: hours 0 to 23, minutes 00 to 59."
            case .badPhone: return "A phone number has digits, + - / ( ) and blanks only, such as 02921 103-0."
            case .badEmail: return "Type the e-mail as name@domain.de."
            }
        },
        none: "(none)", allInvited: "all communes",
        attendanceTitle: "Attendance",
        invitedMark: "invited", namesHidden: "names, v shows them",
        suggestionsTitle: "Suggestions for the agenda",
        mergeCommuneTitle: { "Merge \($0) into …" },
        mergeCommuneNote: "Every question and meeting then names the chosen commune; its coordinators move over.",
        noMergeTarget: "There is no other commune.", mergeCommuneKeys: "↑↓: choose · Enter: merge · Esc: cancel",
        suggestionsEmpty: "No suggestions: every open question is on the agenda already.",
        measureFrom: "Measure of",
        bundled: { "\($0) communes" },
        exportTitle: { $0 == .minutes ? "Save the minutes as" : "Save the invitation as" },
        exportHint: "a relative path starts at the folder Lotse was started in",
        endTitle: "End the meeting?", endBody: "The timer stops and the meeting counts as ended. u undoes it.",
        deleteItemTitle: "Delete the item?", overwriteTitle: "Replace the file?",
        deleteItemBody: { "\"\($0)\" is taken off the agenda. u undoes it." },
        overwriteBody: { "\($0) exists already. Replace it?" },
        exported: { "✓ Saved: \($0)" },
        meetingHint: { hint in
            switch hint {
            case .noMeeting: return "No meeting selected."
            case .noPlannedMeeting: return "No planned meeting – create one with n in the meetings panel."
            case .emptyAgenda: return "The agenda is empty – add an item with n in the agenda."
            case .finished: return "The meeting has ended (u undoes the ending)."
            case .alreadyScheduled: return "The question is on the next meeting's agenda already."
            case .noOutcome: return "First select an outcome of this item with ↑↓."
            case .nothingToApprove: return "No minutes in draft: the meeting is still on, or they are approved already."
            }
        },
        measuresTitle: "Measures of all meetings", openOnly: "open only", allShown: "all", overdue: "overdue",
        noMeasures: "No measures decided yet.", noOpenMeasures: "No open measures. a shows done ones too.",
        dueColumn: "Due", ownerColumn: "Owner", measureColumn: "Measure", meetingColumn: "Meeting",
        statusColumn: "State",
        noOpenMeasuresCommandLine: "No open measures. `lotse measures list --all` shows done ones too.",
        unknownMeasure: { "No measure \"\($0)\". `lotse measures list --all` shows the ids." },
        ambiguousMeasure: { prefix, matches in "\"\(prefix)\" matches several measures:\n  " + matches.joined(separator: "\n  ") },
        agendaEmpty: "No items yet. n adds one, s shows suggestions.",
        linkedQuestions: { $0 == 1 ? "1 question" : "\($0) questions" })
}
