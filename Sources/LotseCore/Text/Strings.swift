import LotseStore

/// Every text the user interface shows, per language. One struct, so a missing
/// translation is a compile error rather than a blank on screen.
public struct Strings: Sendable {
    public var communes: String
    public var openQuestions: String
    public var meetings: String
    public var detail: String
    public var allCommunes: String
    /// The communes panel with archived communes (`a`): the mark of an archived row, what
    /// the toggle says, and why `r` or `d` did nothing.
    public var archivedMark: String
    /// The first line of an archived commune's details.
    public var archivedDetail: String
    public var archivedShown: @Sendable (_ shown: Bool, _ count: Int) -> String
    public var notArchived, alreadyArchived: @Sendable (_ name: String) -> String
    public var city: String
    public var municipality: String
    public var noOpenQuestions: String
    public var noMatches: String
    public var noMeetings: String
    /// What an empty panel of a new network says to do next.
    public var noCommunesYet, noQuestionsWithoutCommunes: String
    /// What `questions list` says for a store without questions.
    public var noQuestionsInStore: String
    public var agenda: String
    public var minutesShort: String
    public var filterLabel: String
    public var storeLabel: String
    /// The title line while the questions are still being read: how many of how many.
    public var loading: @Sendable (_ read: Int, _ total: Int) -> String
    /// An empty questions panel while they are still being read.
    public var loadingShort: String
    public var helpTitle: String
    public var problemsTitle: String
    public var tooSmallTitle: String
    public var tooSmallBody: @Sendable (_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> String
    public var problemSummary: @Sendable (_ count: Int) -> String
    public var showAllProblems: String
    public var problemsNotLoaded: String
    public var inconsistencySummary: @Sendable (Int) -> String
    public var helpContexts: @Sendable (KeyBinding.Context) -> String
    public var commandHelp: @Sendable (Command) -> String
    public var commandHint: @Sendable (Command, KeyBinding.Context) -> String
    public var questionStatus: @Sendable (QuestionStatus) -> String
    public var meetingState: @Sendable (Meeting.State) -> String
    public var outcomeKind: @Sendable (Outcome.Kind) -> String
    public var measureStatus: @Sendable (Outcome.MeasureStatus) -> String
    public var fields: Fields
    public var weekdays: [String]
    public var noProblems: String
    public var problemReason: @Sendable (StoreProblem.Reason) -> String
    public var moreItems: @Sendable (Int) -> String
    public var showEverything: String
    public var bundledHeading: String
    public var bundledSuffix: @Sendable (Int) -> String
    /// The command palette's title, the retention form's title.
    public var paletteTitle, policyFormTitle: String
    /// The report's table: the first and the last column.
    public var communeColumn, totalColumn: String

    /// Labels in the detail views.
    public struct Fields: Sendable {
        public var status, communes, category, tags, loggedBy, assignee, created, updated, answer, sources,
            answeredBy, mergedInto, coordinators, notes, openQuestionsCount, answeredCount, place, date,
            state, invited, attendance, presenter, plannedTotal, projectedEnd, linkedQuestions, kind,
            phone, email, none, questionsOfCommune, outcomes, owner, due, earlierAnswers, formerly: String
    }
}

extension Strings {
    public static let german = Strings(
        communes: "Kommunen",
        openQuestions: "Offene Fragen",
        meetings: "Treffen",
        detail: "Details",
        allCommunes: "Alle Kommunen",
        archivedMark: "archiviert",
        archivedDetail: "Archiviert: in Listen und Einladungen ausgeblendet · r stellt wieder her",
        archivedShown: { shown, n in
            guard n > 0 else { return "Keine Kommune ist archiviert." }
            return shown ? "\(n) \(n == 1 ? "archivierte Kommune" : "archivierte Kommunen") gezeigt · r stellt wieder her"
                : "Archivierte Kommunen ausgeblendet"
        },
        notArchived: { "\($0) ist nicht archiviert." },
        alreadyArchived: { "\($0) ist schon archiviert · r stellt sie wieder her" },
        city: "Stadt",
        municipality: "Gemeinde",
        noOpenQuestions: "Keine offenen Fragen.",
        noMatches: "Keine Treffer für diesen Filter.",
        noMeetings: "Noch keine Treffen – n plant eines.",
        noCommunesYet: "Noch keine Kommunen – n legt eine an.",
        noQuestionsWithoutCommunes: "Noch keine Fragen – zuerst im Panel 1 eine Kommune anlegen (n).",
        noQuestionsInStore: "Noch keine Fragen im Store – lotse questions add legt eine an.",
        agenda: "Tagesordnung",
        minutesShort: "Min.",
        filterLabel: "Filter",
        storeLabel: "Store",
        loading: { read, total in
            total > 0 ? "lade Fragen \(Format.grouped(read, separator: ".")) / \(Format.grouped(total, separator: "."))"
                : "lade Fragen \(Format.grouped(read, separator: "."))"
        },
        loadingShort: "Die Fragen werden gelesen …",
        helpTitle: "Hilfe: Tasten",
        problemsTitle: "Fehlerhafte Dateien im Store",
        tooSmallTitle: "Terminal zu klein",
        tooSmallBody: { w, h, mw, mh in "Aktuell \(w)×\(h), benötigt mindestens \(mw)×\(mh).\nBitte das Fenster vergrößern oder die Schrift verkleinern." },
        problemSummary: { n in n == 1 ? "1 fehlerhafte Datei" : "\(n) fehlerhafte Dateien" },
        showAllProblems: "! zeigt alle",
        problemsNotLoaded: "nicht geladen und nicht verändert",
        inconsistencySummary: { n in n == 1 ? "1 Unstimmigkeit im Store — geladen, bitte prüfen" : "\(n) Unstimmigkeiten im Store — geladen, bitte prüfen" },
        helpContexts: { context in
            switch context {
            case .home: return "Übersicht"
            case .question: return "Ausgewählte Frage"
            case .pager: return "Details und Fenster"
            case .form: return "Formulare"
            case .confirm: return "Rückfragen"
            case .conflict: return "Speicherkonflikt"
            case .prompt: return "Eingabefelder"
            case .typeahead: return "Auswahl mit Suchfeld"
            case .picker: return "Auswahllisten"
            case .attendance: return "Anwesenheit"
            case .filterMenu: return "Filtermenü"
            case .textInput: return "Beim Tippen eines Filters"
            case .choiceField: return "Kommunen im Formular"
            case .listField: return "Kategorie im Formular"
            case .knowledge: return "Wissen"
            case .matrix: return "Bedarfe"
            case .communesPanel: return "Panel Kommunen"
            case .screen(let id): return ListScreens.heading(id, in: .de)
            case .privacy: return "Datenschutz"
            case .palette: return "Befehlspalette"
            case .confirmDestructive: return "Rückfragen vor dem Löschen (Enter sagt Nein)"
            case .meetings: return "Panel Treffen"
            case .agenda: return "Tagesordnung"
            case .meetingMode: return "Sitzungsmodus (Beamer)"
            case .measures: return "Maßnahmen"
            case .global: return "Überall"
            }
        },
        commandHelp: { command in
            switch command {
            case .screen(let named): return ListScreens.words(named, in: .de)?.help ?? named.name
            case .focusNext: return "nächstes Panel"
            case .focusPrevious: return "vorheriges Panel"
            case .focusCommunes: return "Panel Kommunen"
            case .focusQuestions: return "Panel Offene Fragen"
            case .focusMeetings: return "Panel Treffen"
            case .moveUp: return "nach oben"
            case .moveDown: return "nach unten"
            case .pageUp: return "Seite nach oben"
            case .pageDown: return "Seite nach unten"
            case .moveToTop: return "zum Anfang"
            case .moveToBottom: return "zum Ende"
            case .open: return "Details öffnen"
            case .back: return "zurück (beendet nie)"
            case .filter: return "Liste filtern (Enter übernimmt, Esc leert)"
            case .help: return "diese Hilfe"
            case .showProblems: return "fehlerhafte Dateien zeigen"
            case .redraw: return "Bildschirm neu zeichnen"
            case .quit: return "Lotse beenden"
            case .moveLeft: return "nach links"
            case .moveRight: return "nach rechts"
            case .newQuestion: return "neu, je nach Panel: Kommune, Frage, Treffen"
            case .editQuestion: return "Frage bearbeiten"
            case .answerQuestion: return "Frage beantworten"
            case .advanceStatus: return "Status weiter: offen → in Klärung → beantwortet → geschlossen"
            case .revertStatus: return "Status zurück"
            case .assign: return "zuweisen: wer klärt die Frage"
            case .merge: return "als Duplikat mit einer anderen Frage zusammenführen"
            case .delete: return "Frage löschen (fragt nach, rückgängig machbar)"
            case .undo: return "letzte Änderung rückgängig machen"
            case .filterMenu: return "Fragen filtern: Status, Kategorie, Schlagwort, Zuständig"
            case .cycleSort: return "Sortierung wechseln: Datum, Kommune, Kategorie, Status"
            case .knowledge: return "Wissen: beantwortete Fragen durchsuchen"
            case .matrix: return "Bedarfe: Kommunen × Kategorien"
            case .nextField: return "nächstes Feld"
            case .previousField: return "vorheriges Feld"
            case .save: return "speichern"
            case .toggle: return "an- oder abwählen"
            case .confirm: return "ja, ausführen"
            case .cancel: return "abbrechen"
            case .keepMine: return "meine Fassung speichern"
            case .takeTheirs: return "die andere Fassung übernehmen"
            case .selectInvited: return "alle Eingeladenen als anwesend markieren"
            case .clearText: return "Eingabe leeren"
            case .meetingMode: return "Sitzungsmodus für den Beamer"
            case .agenda: return "Tagesordnung öffnen und bearbeiten"
            case .newMeeting: return "neues Treffen anlegen"
            case .newCommune: return "neue Kommune anlegen"
            case .mergeCommune: return "Kommune mit einer anderen zusammenlegen (Gemeindefusion)"
            case .showArchived: return "archivierte Kommunen zeigen oder ausblenden"
            case .restoreCommune: return "archivierte Kommune wiederherstellen"
            case .coordinators: return "Koordination der Kommune: eintragen, bearbeiten, entfernen"
            case .categories: return "Kategorien der Fragen bearbeiten"
            case .syncNow: return "jetzt mit dem Remote des Netzwerks synchronisieren (git)"
            case .conflicts: return "Konflikte: Werte, die bei einem Sync unterlagen"
            case .syncLog: return "Sync-Log: die letzten Syncs mit den git-Befehlen und was sie sagten"
            case .recordHistory: return "Verlauf: wer welches Feld wann geändert hat (aus dem geteilten Verlauf)"
            case .privacy: return "Datenschutz: welche personenbezogenen Daten, wann sie gelöscht werden"
            case .editPolicy: return "Aufbewahrungsregel des Netzwerks ändern"
            case .confirmHeld: return "zurückgehaltene Datensätze als unbedenklich senden (Fehlalarm)"
            case .releaseAnswer: return "Antwort für Ehrenamtliche freigeben (Leitfaden, `lotse publish`), oder nach einer Prüfung neu freigeben"
            case .withdrawRelease: return "Freigabe zurückziehen: die Antwort erscheint nicht mehr im Leitfaden"
            case .editOutcome: return "gewähltes Ergebnis korrigieren (↑↓ wählt)"
            case .deleteOutcome: return "gewähltes Ergebnis entfernen (fragt nach)"
            case .addInternal: return "interne Notiz zum TOP (nur mit v sichtbar)"
            case .nextOutcome: return "nächstes Ergebnis des TOPs wählen"
            case .editNames: return "Namen der Anwesenden dieser Kommune eintragen (mit Komma)"
            case .approveMinutes: return "Protokoll freigeben (beim nächsten Treffen: das des letzten)"
            case .palette: return "Befehlspalette: jeden Befehl finden, tippen filtert"
            case .redo: return "rückgängig Gemachtes wiederherstellen"
            case .reverseSort: return "Sortierung umkehren (▲/▼ im Titel)"
            case .openSimilar: return "die ähnlichste Frage lesen (Esc zurück ins Formular)"
            case .joinSimilar: return "statt eines Duplikats: die eigenen Kommunen zur ähnlichsten Frage hinzufügen"
            case .editCommune: return "Kommune bearbeiten: Name, Art, Notizen"
            case .deleteCommune: return "Kommune entfernen (fragt nach; genannte werden archiviert)"
            case .editMeeting: return "Treffen bearbeiten: Titel, Termin, Ort, Eingeladene"
            case .newItem: return "neuer TOP"
            case .editItem: return "TOP bearbeiten"
            case .deleteItem: return "TOP löschen (fragt nach)"
            case .moveItemUp: return "TOP nach oben schieben"
            case .moveItemDown: return "TOP nach unten schieben"
            case .schedule: return "Frage auf die Tagesordnung des nächsten Treffens setzen"
            case .suggestions: return "Vorschläge: gebündelte Fragen und offene Maßnahmen"
            case .measures: return "alle Maßnahmen aller Treffen"
            case .exportMinutes: return "Protokoll als Markdown speichern"
            case .exportAgenda: return "Einladung mit Tagesordnung als Markdown speichern"
            case .startPause: return "Zeit starten oder anhalten"
            case .nextItem: return "nächster TOP"
            case .previousItem: return "vorheriger TOP"
            case .attendance: return "Anwesenheit der Kommunen"
            case .addNote: return "Notiz zum TOP"
            case .addDecision: return "Beschluss zum TOP (kann eine Frage beantworten)"
            case .addMeasure: return "Maßnahme zum TOP: wer, bis wann"
            case .endMeeting: return "Sitzung beenden (fragt nach)"
            case .toggleInternal: return "interne Notizen und Namen zeigen oder verbergen"
            case .markDone: return "Maßnahme erledigt"
            case .markDropped: return "Maßnahme verworfen"
            case .markOpen: return "Maßnahme wieder offen"
            case .toggleAll: return "nur offene oder alle Maßnahmen"
            }
        },
        commandHint: { command, context in
            switch command {
            case .screen(let named): return ListScreens.words(named, in: .de)?.hint ?? named.name
            case .focusNext: return "Panel"
            case .moveDown:
                switch context {
                case .pager, .privacy: return "Blättern"
                case .filterMenu: return "Zeile"
                case .picker, .typeahead, .attendance, .choiceField, .listField: return "wählen"
                default: return "Auswahl"
                }
            case .open: return context == .matrix ? "Fragen" : context == .knowledge ? "Lesen" : "Details"
            case .back: return "Zurück"
            case .filter: return context == .knowledge ? "Suchen" : "Filter"
            case .help: return "Hilfe"
            case .quit: return "Beenden"
            case .newQuestion: return "Neu"
            case .editQuestion: return "Bearbeiten"
            case .answerQuestion: return "Antworten"
            case .advanceStatus: return "Status"
            case .knowledge: return "Wissen"
            case .matrix: return "Bedarfe"
            case .moveLeft: return "Zelle"
            case .nextField: return "Feld"
            case .save: return "Speichern"
            case .cancel:
                switch context {
                case .confirm, .confirmDestructive: return "Nein"
                case .textInput: return "leert"
                case .conflict: return "zurück"
                case .filterMenu: return "schließt"
                case .picker: return "fertig"
                default: return context == .form ? "Abbrechen" : "abbrechen"
                }
            case .confirm:
                switch context {
                case .prompt, .attendance: return "speichern"
                case .typeahead: return "zusammenführen"
                case .textInput: return "übernimmt"
                case .picker: return "aufnehmen"
                case .palette: return "ausführen"
                default: return "Ja"
                }
            case .toggle: return context == .filterMenu ? "an/aus" : "an/ab"
            case .selectInvited: return "alle Eingeladenen"
            case .keepMine: return "meine speichern"
            case .takeTheirs: return "andere übernehmen"
            case .moveRight: return "wechseln"
            case .meetingMode: return "Sitzung"
            case .agenda: return "Tagesordnung"
            case .newMeeting: return "Neu"
            case .newCommune: return "Neu"
            case .editCommune: return "Bearbeiten"
            case .showArchived: return "Archivierte"
            case .restoreCommune: return "Wiederherstellen"
            case .syncNow: return "Sync"
            case .conflicts: return "Konflikte"
            case .syncLog: return "Sync-Log"
            case .recordHistory: return "Verlauf"
            case .privacy: return "Datenschutz"
            case .editPolicy: return "Regel ändern"
            case .confirmHeld: return "unbedenklich"
            case .releaseAnswer: return "Freigeben"
            case .withdrawRelease: return "Zurückziehen"
            case .editOutcome: return "korrigieren"
            case .deleteOutcome: return "entfernen"
            case .addInternal: return "intern"
            case .nextOutcome: return "Ergebnis"
            case .editNames: return "Namen"
            case .approveMinutes: return "freigeben"
            case .palette: return "Befehle"
            case .redo: return "wiederherstellen"
            case .reverseSort: return "umkehren"
            case .openSimilar: return "ähnliche lesen"
            case .joinSimilar: return "bündeln"
            case .newItem: return "Neuer TOP"
            case .editItem: return "Bearbeiten"
            case .moveItemDown: return "Verschieben"
            case .schedule: return "Tagesordnung"
            case .suggestions: return "Vorschläge"
            case .measures: return "Maßnahmen"
            case .exportMinutes: return "Protokoll"
            case .startPause: return "Zeit"
            case .nextItem: return "TOP"
            case .attendance: return "Anwesend"
            case .addNote: return "Notiz"
            case .addDecision: return "Beschluss"
            case .addMeasure: return "Maßnahme"
            case .endMeeting: return "Ende"
            case .markDone: return "Erledigt"
            case .markDropped: return "Verworfen"
            case .toggleAll: return "Alle"
            default: return ""
            }
        },
        questionStatus: { status in
            switch status {
            case .open: return "offen"
            case .clarifying: return "in Klärung"
            case .answered: return "beantwortet"
            case .closed: return "geschlossen"
            case .merged: return "zusammengeführt"
            }
        },
        meetingState: { state in
            switch state {
            case .planned: return "geplant"
            case .running: return "läuft"
            case .finished: return "abgeschlossen"
            }
        },
        outcomeKind: { kind in
            switch kind {
            case .info: return "Info"
            case .decision: return "Beschluss"
            case .measure: return "Maßnahme"
            case .internal: return "Intern"
            }
        },
        measureStatus: { status in
            switch status {
            case .open: return "offen"
            case .done: return "erledigt"
            case .dropped: return "verworfen"
            }
        },
        fields: Fields(
            status: "Status", communes: "Kommunen", category: "Kategorie", tags: "Schlagwörter",
            loggedBy: "Erfasst von", assignee: "Klärt", created: "Erfasst", updated: "Geändert",
            answer: "Antwort", sources: "Quellen", answeredBy: "Antwort von", mergedInto: "Zusammengeführt mit",
            coordinators: "Koordination", notes: "Notizen", openQuestionsCount: "Offene Fragen",
            answeredCount: "Beantwortet", place: "Ort", date: "Termin", state: "Stand", invited: "Eingeladen",
            attendance: "Anwesend", presenter: "Vortrag", plannedTotal: "Geplant", projectedEnd: "Ende voraussichtlich",
            linkedQuestions: "Fragen", kind: "Art", phone: "Telefon", email: "E-Mail", none: "—",
            questionsOfCommune: "Offene Fragen dieser Kommune", outcomes: "Ergebnisse", owner: "Verantwortlich",
            due: "fällig", earlierAnswers: "Frühere Antworten (bei einem Sync-Konflikt zurückgestellt, intern)",
            formerly: "Ehemals"),
        weekdays: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        noProblems: "Alle Dateien im Store sind in Ordnung.",
        problemReason: { reason in
            switch reason {
            case .unreadable: return "nicht lesbar (Dateirechte prüfen)"
            case .invalidJSON(let detail): return "kein gültiges JSON" + (detail.map { " (\($0))" } ?? "")
            case .missingField(let field): return "Feld „\(field)“ fehlt"
            case .wrongType(let field, let expected): return "Feld „\(field)“ hat den falschen Typ (erwartet: \(expected.german))"
            case .invalidValue(let field, let detail): return "Feld „\(field)“: \(detail)"
            case .badID(let id, let kind):
                return kind == .commune
                    ? "Kennung „\(id)“ ist kein gültiger Kurzname (a–z, 0–9, Bindestrich)"
                    : "Kennung „\(id)“ ist keine gültige Datensatz-ID (26 Zeichen 0–9, A–Z)"
            case .duplicateID(let id, let other): return "Kennung „\(id)“ doppelt, auch in \(other)"
            case .nameMismatch(let id): return "Dateiname passt nicht zur Kennung „\(id)“ (erwartet \(id).json)"
            case .missingFolder: return "der Ordner fehlt; keine Datensätze dieser Art gelesen"
            case .notAFolder: return "an Stelle des Ordners steht eine Datei; keine Datensätze dieser Art gelesen"
            case .wrongExtension: return "nicht gelesen: Datensätze enden auf .json (klein geschrieben)"
            case .leftover: return "Zwischendatei eines beendeten Lotse-Prozesses; wird beim nächsten Schreiben entfernt"
            case .unknownReference(let field, let id): return "Feld „\(field)“ nennt „\(id)“, das es nicht gibt"
            case .mergeCycle: return "mit sich selbst zusammengeführt oder im Kreis"
            case .outOfRange(let field): return "Feld „\(field)“ zeigt außerhalb seiner Liste"
            case .link: return "Verknüpfung – nicht gefolgt; Lotse liest nur gewöhnliche Dateien im Store (bitte entfernen)"
            case .notARegularFile: return "keine gewöhnliche Datei (Ordner, Gerät oder Submodul); nicht gelesen"
            case .tooLarge(let size, let limit):
                return "\(size / 1024) KB, größer als die \(limit / 1024) KB, die ein Datensatz haben darf; nicht gelesen"
            case .unreadableFolder: return "der Ordner ist nicht lesbar (Rechte prüfen); keine Datensätze dieser Art gelesen"
            }
        },
        moreItems: { "… \($0) weitere" },
        showEverything: "Enter: alles zeigen",
        bundledHeading: "Gebündelte Bedarfe (mehrere Kommunen)",
        bundledSuffix: { "  (\($0) Kommunen — gebündelt)" },
        paletteTitle: "Befehle", policyFormTitle: "Aufbewahrungsregel des Netzwerks",
        communeColumn: "Kommune", totalColumn: "Summe"
    )

    public static let english = Strings(
        communes: "Communes",
        openQuestions: "Open questions",
        meetings: "Meetings",
        detail: "Details",
        allCommunes: "All communes",
        archivedMark: "archived",
        archivedDetail: "Archived: hidden from lists and invitations · r restores it",
        archivedShown: { shown, n in
            guard n > 0 else { return "No commune is archived." }
            return shown ? "\(n) archived \(n == 1 ? "commune" : "communes") shown · r restores"
                : "Archived communes hidden"
        },
        notArchived: { "\($0) is not archived." },
        alreadyArchived: { "\($0) is archived already · r restores it" },
        city: "city",
        municipality: "municipality",
        noOpenQuestions: "No open questions.",
        noMatches: "Nothing matches this filter.",
        noMeetings: "No meetings yet – n plans one.",
        noCommunesYet: "No communes yet – n adds one.",
        noQuestionsWithoutCommunes: "No questions yet – first add a commune in panel 1 (n).",
        noQuestionsInStore: "No questions in the store yet – lotse questions add adds one.",
        agenda: "Agenda",
        minutesShort: "min",
        filterLabel: "Filter",
        storeLabel: "Store",
        loading: { read, total in
            total > 0 ? "loading questions \(Format.grouped(read, separator: ",")) / \(Format.grouped(total, separator: ","))"
                : "loading questions \(Format.grouped(read, separator: ","))"
        },
        loadingShort: "Reading the questions …",
        helpTitle: "Help: keys",
        problemsTitle: "Broken files in the store",
        tooSmallTitle: "Terminal too small",
        tooSmallBody: { w, h, mw, mh in "Now \(w)×\(h), needs at least \(mw)×\(mh).\nPlease enlarge the window or use a smaller font." },
        problemSummary: { n in n == 1 ? "1 broken file" : "\(n) broken files" },
        showAllProblems: "! shows all",
        problemsNotLoaded: "not loaded and not changed",
        inconsistencySummary: { n in n == 1 ? "1 inconsistency in the store — loaded, please check" : "\(n) inconsistencies in the store — loaded, please check" },
        helpContexts: { context in
            switch context {
            case .home: return "Overview"
            case .question: return "Selected question"
            case .pager: return "Details and windows"
            case .form: return "Forms"
            case .confirm: return "Questions"
            case .conflict: return "Save conflict"
            case .prompt: return "Prompts"
            case .typeahead: return "Lists with a search field"
            case .picker: return "Pick lists"
            case .attendance: return "Attendance"
            case .filterMenu: return "Filter menu"
            case .textInput: return "While typing a filter"
            case .choiceField: return "Communes in forms"
            case .listField: return "Category in forms"
            case .knowledge: return "Knowledge"
            case .matrix: return "Needs"
            case .communesPanel: return "Communes panel"
            case .screen(let id): return ListScreens.heading(id, in: .en)
            case .privacy: return "Data protection"
            case .palette: return "Command palette"
            case .confirmDestructive: return "Questions before deleting (Enter says no)"
            case .meetings: return "Meetings panel"
            case .agenda: return "Agenda"
            case .meetingMode: return "Meeting mode (projector)"
            case .measures: return "Measures"
            case .global: return "Everywhere"
            }
        },
        commandHelp: { command in
            switch command {
            case .screen(let named): return ListScreens.words(named, in: .en)?.help ?? named.name
            case .focusNext: return "next panel"
            case .focusPrevious: return "previous panel"
            case .focusCommunes: return "Communes panel"
            case .focusQuestions: return "Open questions panel"
            case .focusMeetings: return "Meetings panel"
            case .moveUp: return "up"
            case .moveDown: return "down"
            case .pageUp: return "page up"
            case .pageDown: return "page down"
            case .moveToTop: return "to the top"
            case .moveToBottom: return "to the bottom"
            case .open: return "open details"
            case .back: return "back (never quits)"
            case .filter: return "filter the list (Enter keeps, Esc clears)"
            case .help: return "this help"
            case .showProblems: return "show broken files"
            case .redraw: return "redraw the screen"
            case .quit: return "quit Lotse"
            case .moveLeft: return "left"
            case .moveRight: return "right"
            case .newQuestion: return "new, by panel: commune, question, meeting"
            case .editQuestion: return "edit the question"
            case .answerQuestion: return "answer the question"
            case .advanceStatus: return "status forward: open → clarifying → answered → closed"
            case .revertStatus: return "status back"
            case .assign: return "assign: who clarifies the question"
            case .merge: return "merge as a duplicate into another question"
            case .delete: return "delete the question (asks first, can be undone)"
            case .undo: return "undo the last change"
            case .filterMenu: return "filter questions: status, category, tag, assignee"
            case .cycleSort: return "change the order: date, commune, category, status"
            case .knowledge: return "knowledge: search the answered questions"
            case .matrix: return "needs: communes × categories"
            case .nextField: return "next field"
            case .previousField: return "previous field"
            case .save: return "save"
            case .toggle: return "select or deselect"
            case .confirm: return "yes, do it"
            case .cancel: return "cancel"
            case .keepMine: return "save my version"
            case .takeTheirs: return "take the other version"
            case .selectInvited: return "mark all invited communes present"
            case .clearText: return "clear the input"
            case .meetingMode: return "meeting mode for the projector"
            case .agenda: return "open and edit the agenda"
            case .newMeeting: return "new meeting"
            case .newCommune: return "add a commune"
            case .mergeCommune: return "merge the commune into another (a municipal merger)"
            case .showArchived: return "show or hide archived communes"
            case .restoreCommune: return "restore the archived commune"
            case .coordinators: return "the commune's coordinators: add, edit, remove"
            case .categories: return "edit the categories of questions"
            case .syncNow: return "sync now with the network's remote (git)"
            case .conflicts: return "conflicts: values that lost when two machines changed the same field"
            case .syncLog: return "sync log: the last syncs with the git commands and what they said"
            case .recordHistory: return "history: who changed which field when (from the shared history)"
            case .privacy: return "data protection: which personal data, when it is deleted"
            case .editPolicy: return "change the network's retention policy"
            case .confirmHeld: return "send held-back records as fine (a false alarm)"
            case .releaseAnswer: return "release the answer for volunteers (the guide, `lotse publish`), or release it again after a review"
            case .withdrawRelease: return "withdraw the release: the answer leaves the guide"
            case .editOutcome: return "correct the selected outcome (↑↓ selects)"
            case .deleteOutcome: return "remove the selected outcome (asks first)"
            case .addInternal: return "internal note on the item (shown only with v)"
            case .nextOutcome: return "select the item's next outcome"
            case .editNames: return "enter the names of those present from this commune (with commas)"
            case .approveMinutes: return "approve the minutes (at the next meeting: the last one's)"
            case .palette: return "command palette: find any command, typing filters"
            case .redo: return "redo what was undone"
            case .reverseSort: return "reverse the order (▲/▼ in the title)"
            case .openSimilar: return "read the most similar question (Esc back to the form)"
            case .joinSimilar: return "instead of a duplicate: add your communes to the most similar question"
            case .editCommune: return "edit the commune: name, kind, notes"
            case .deleteCommune: return "remove the commune (asks; one that records name is archived)"
            case .editMeeting: return "edit the meeting: title, date, place, invited"
            case .newItem: return "new agenda item"
            case .editItem: return "edit the agenda item"
            case .deleteItem: return "delete the agenda item (asks first)"
            case .moveItemUp: return "move the item up"
            case .moveItemDown: return "move the item down"
            case .schedule: return "put the question on the next meeting's agenda"
            case .suggestions: return "suggestions: bundled questions and open measures"
            case .measures: return "all measures of all meetings"
            case .exportMinutes: return "save the minutes as Markdown"
            case .exportAgenda: return "save the invitation with the agenda as Markdown"
            case .startPause: return "start or pause the timer"
            case .nextItem: return "next item"
            case .previousItem: return "previous item"
            case .attendance: return "attendance of the communes"
            case .addNote: return "note on the item"
            case .addDecision: return "decision on the item (can answer a question)"
            case .addMeasure: return "measure on the item: who, by when"
            case .endMeeting: return "end the meeting (asks first)"
            case .toggleInternal: return "show or hide internal notes and names"
            case .markDone: return "measure done"
            case .markDropped: return "measure dropped"
            case .markOpen: return "measure open again"
            case .toggleAll: return "open measures only, or all"
            }
        },
        commandHint: { command, context in
            switch command {
            case .screen(let named): return ListScreens.words(named, in: .en)?.hint ?? named.name
            case .focusNext: return "panel"
            case .moveDown:
                switch context {
                case .pager, .privacy: return "scroll"
                case .filterMenu: return "row"
                default: return "select"
                }
            case .open: return context == .matrix ? "questions" : context == .knowledge ? "read" : "details"
            case .back: return "back"
            case .filter: return context == .knowledge ? "search" : "filter"
            case .help: return "help"
            case .quit: return "quit"
            case .newQuestion: return "new"
            case .editQuestion: return "edit"
            case .answerQuestion: return "answer"
            case .advanceStatus: return "status"
            case .knowledge: return "knowledge"
            case .matrix: return "needs"
            case .moveLeft: return "cell"
            case .nextField: return "field"
            case .save: return "save"
            case .cancel:
                switch context {
                case .confirm, .confirmDestructive: return "no"
                case .textInput: return "clears"
                case .conflict: return "back"
                case .filterMenu: return "closes"
                case .picker: return "done"
                default: return "cancel"
                }
            case .confirm:
                switch context {
                case .prompt, .attendance: return "save"
                case .typeahead: return "merge"
                case .textInput: return "keeps"
                case .picker: return "take"
                case .palette: return "run"
                default: return "yes"
                }
            case .toggle: return "on/off"
            case .selectInvited: return "all invited"
            case .keepMine: return "save mine"
            case .takeTheirs: return "take theirs"
            case .moveRight: return "change"
            case .meetingMode: return "meeting"
            case .agenda: return "agenda"
            case .newMeeting: return "new"
            case .newCommune: return "new"
            case .editCommune: return "edit"
            case .showArchived: return "archived"
            case .restoreCommune: return "restore"
            case .syncNow: return "sync"
            case .conflicts: return "conflicts"
            case .syncLog: return "sync log"
            case .recordHistory: return "history"
            case .privacy: return "privacy"
            case .editPolicy: return "edit policy"
            case .confirmHeld: return "fine to send"
            case .releaseAnswer: return "release"
            case .withdrawRelease: return "withdraw"
            case .editOutcome: return "correct"
            case .deleteOutcome: return "remove"
            case .addInternal: return "internal"
            case .nextOutcome: return "outcome"
            case .editNames: return "names"
            case .approveMinutes: return "approve"
            case .palette: return "commands"
            case .redo: return "redo"
            case .reverseSort: return "reverse"
            case .openSimilar: return "read similar"
            case .joinSimilar: return "bundle"
            case .newItem: return "new item"
            case .editItem: return "edit"
            case .moveItemDown: return "move"
            case .schedule: return "agenda"
            case .suggestions: return "suggest"
            case .measures: return "measures"
            case .exportMinutes: return "minutes"
            case .startPause: return "timer"
            case .nextItem: return "item"
            case .attendance: return "present"
            case .addNote: return "note"
            case .addDecision: return "decision"
            case .addMeasure: return "measure"
            case .endMeeting: return "end"
            case .markDone: return "done"
            case .markDropped: return "dropped"
            case .toggleAll: return "all"
            default: return ""
            }
        },
        questionStatus: { status in
            switch status {
            case .open: return "open"
            case .clarifying: return "clarifying"
            case .answered: return "answered"
            case .closed: return "closed"
            case .merged: return "merged"
            }
        },
        meetingState: { state in
            switch state {
            case .planned: return "planned"
            case .running: return "running"
            case .finished: return "finished"
            }
        },
        outcomeKind: { kind in
            switch kind {
            case .info: return "Info"
            case .decision: return "Decision"
            case .measure: return "Measure"
            case .internal: return "Internal"
            }
        },
        measureStatus: { status in
            switch status {
            case .open: return "open"
            case .done: return "done"
            case .dropped: return "dropped"
            }
        },
        fields: Fields(
            status: "Status", communes: "Communes", category: "Category", tags: "Tags",
            loggedBy: "Logged by", assignee: "Assignee", created: "Created", updated: "Updated",
            answer: "Answer", sources: "Sources", answeredBy: "Answered by", mergedInto: "Merged into",
            coordinators: "Coordinators", notes: "Notes", openQuestionsCount: "Open questions",
            answeredCount: "Answered", place: "Place", date: "Date", state: "State", invited: "Invited",
            attendance: "Present", presenter: "Presenter", plannedTotal: "Planned", projectedEnd: "Projected end",
            linkedQuestions: "Questions", kind: "Kind", phone: "Phone", email: "E-mail", none: "—",
            questionsOfCommune: "Open questions of this commune", outcomes: "Outcomes", owner: "Owner",
            due: "due", earlierAnswers: "Earlier answers (set aside in a sync conflict, internal)",
            formerly: "Formerly"),
        weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        noProblems: "Every file in the store is fine.",
        problemReason: { $0.english },
        moreItems: { "… \($0) more" },
        showEverything: "Enter: show all",
        bundledHeading: "Bundled needs (several communes)",
        bundledSuffix: { "  (\($0) communes — bundled)" },
        paletteTitle: "Commands", policyFormTitle: "The network's retention policy",
        communeColumn: "Commune", totalColumn: "Total"
    )
}

extension StoreProblem.ValueKind {
    var german: String {
        switch self {
        case .text: return "Text"
        case .wholeNumber: return "ganze Zahl"
        case .number: return "Zahl"
        case .boolean: return "true oder false"
        case .list: return "Liste"
        case .object: return "Objekt"
        case .other: return "anderer Wert"
        }
    }
}
