import LotseStore

/// The texts of the question work: forms, dialogs, notices, the knowledge base and the
/// needs matrix, per language.
public struct QuestionTexts: Sendable {
    public var newQuestion, editQuestion, answerTitle, saving: String
    public var title, communes, category, tags, assignee, body, answer, sources: String
    public var communesHint, tagsHint, sourcesHint: String
    public var titleRequired, communeRequired, answerRequired: String
    public var unknownCategory: @Sendable (String) -> String
    public var similarTitle, noSimilar: String
    /// Under the similar questions: Ctrl-O reads the first, Ctrl-B bundles into it.
    public var similarKeys: String
    public var alreadyBundled: @Sendable (_ title: String) -> String
    /// Said when a key would change a question that was merged into another.
    public var mergedQuestion: String
    public var privacy: @Sendable ([PrivacyCheck.Finding]) -> String
    public var notice: @Sendable (Notice) -> String
    public var deleteTitle: String
    public var deleteBody: @Sendable (String) -> String
    public var discardTitle, discardBody, quitTitle, quitBody: String
    public var conflictTitle, conflictMeetingTitle, conflictMine, conflictTheirs, conflictDeleted: String
    /// Before the names of the fields both sides changed; "m" writes mine into those only.
    public var conflictFields: String
    /// A question without a category, in the form and as the needs matrix's column.
    public var noCategory: String
    public var assignTitle: String
    /// What an empty answer means, after the prompt's keys.
    public var assignHint: String
    /// Added to the hint when names are suggested.
    public var assignTabHint: String
    public var mergeTitle: String
    public var mergeBody: @Sendable (String) -> String
    public var filterTitle, all, sort: String
    public var sortName: @Sendable (QuestionQuery.Sort) -> String
    public var questionsTitle: String
    public var knowledgeTitle, knowledgeEmpty, searchPrompt: String
    public var answers: @Sendable (Int) -> String
    public var matrixTitle, matrixTotal, matrixLegend, matrixTrend: String
    /// The selected cell of the needs matrix in words.
    public var matrixCell: @Sendable (_ commune: String, _ category: String, _ count: Int) -> String
}

extension Language {
    public var questionTexts: QuestionTexts { self == .de ? .german : .english }
}

extension QuestionTexts {
    public static let german = QuestionTexts(
        newQuestion: "Neue Frage", editQuestion: "Frage bearbeiten", answerTitle: "Antworten", saving: "Speichert …",
        title: "Titel", communes: "Kommunen", category: "Kategorie", tags: "Schlagwörter", assignee: "Klärt",
        body: "Text", answer: "Antwort", sources: "Quellen",
        communesHint: "Buchstabe springt",
        tagsHint: "durch Komma getrennt", sourcesHint: "durch ; getrennt",
        titleRequired: "Bitte einen Titel eingeben.", communeRequired: "Mindestens eine Kommune wählen.",
        answerRequired: "Bitte eine Antwort eingeben.",
        unknownCategory: { "Unbekannte Kategorie „\($0)“: bitte aus der Liste wählen." },
        similarTitle: "Ähnliche Fragen aus allen Kommunen (beantwortete zuerst)",
        noSimilar: "Keine ähnliche Frage gefunden.",
        similarKeys: "Ctrl-O liest die erste · Ctrl-B: statt eines Duplikats die eigenen Kommunen dort hinzufügen",
        alreadyBundled: { "„\($0)“ nennt diese Kommunen schon; nichts geändert" },
        mergedQuestion: "Für zusammengeführte Fragen nicht möglich.",
        privacy: { findings in
            let names = findings.map { finding -> String in
                switch finding {
                case .birthDate: return "ein Geburtsdatum"
                case .caseNumber: return "ein Aktenzeichen oder eine Fallnummer"
                case .email: return "eine E-Mail-Adresse"
                case .phone: return "eine Telefonnummer"
                }
            }
            return "⚠ Der Text enthält womöglich \(names.joined(separator: ", ")). Fragen bitte als allgemeinen Fall schreiben, ohne Daten über Geflüchtete."
        },
        notice: { notice in
            switch notice {
            case .mergedInto(let target): return "✓ Zusammengeführt mit „\(ChangeWords.short(target))“"
            case .scheduledOn(let meeting, let item): return "✓ Auf „\(ChangeWords.short(meeting))“ gesetzt, TOP \(item)"
            case .saved(let kind):
                switch kind {
                case .create: return "✓ Gespeichert: neue Frage"
                case .edit: return "✓ Gespeichert"
                case .status(let status): return "✓ Status: \(Strings.german.questionStatus(status))"
                case .answer: return "✓ Antwort gespeichert"
                case .assign: return "✓ Zuständigkeit gespeichert"
                case .merge: return "✓ Zusammengeführt"
                case .delete: return "✓ Gelöscht (u macht es rückgängig)"
                case .commune: return "✓ Kommune gespeichert"
                case .categories: return "✓ Kategorien gespeichert"
                case .purge: return "✓ Personenbezogene Daten nach der Aufbewahrungsregel bereinigt"
                case .policy: return "✓ Aufbewahrungsregel gespeichert"
                case .release: return "✓ Für Ehrenamtliche freigegeben"
                case .withdraw: return "✓ Freigabe zurückgezogen"
                case .guide: return "✓ Einstellungen des Leitfadens gespeichert"
                case .meeting: return "✓ Sitzung gespeichert"
                case .agenda: return "✓ Tagesordnung gespeichert"
                case .timer: return "✓ Zeit gespeichert"
                case .attendance: return "✓ Anwesenheit gespeichert"
                case .outcome: return "✓ Ergebnis festgehalten"
                case .measure(let status): return "✓ Maßnahme: \(Strings.german.measureStatus(status))"
                case .scheduled: return "✓ Auf die Tagesordnung gesetzt"
                case .ended: return "✓ Sitzung beendet"
                case .approved: return "✓ Protokoll freigegeben"
                }
            case .mergedSaved(_, let fields):
                return "✓ Gespeichert, dazu von anderer Seite: " + fields.map(Messages.german.fieldName).joined(separator: ", ")
            case .exampleNetwork: return "ℹ Beispieldaten erfunden · lotse init"
            case .categoryInUse(let category, let n): return "„\(category)“: \(n) \(n == 1 ? "Frage nutzt" : "Fragen nutzen") sie – e benennt um"
            case .draftRestored: return "↺ Entwurf wiederhergestellt: Lotse wurde zuletzt mit ungespeicherter Eingabe beendet"
            case .draftLost: return "Ein Entwurf gehört zu einem Datensatz, den es nicht mehr gibt"
            case .synced(let pulled, let pushed, let conflicts, let held):
                return "⇅ " + SyncMessages.german.summary(pulled, pushed, conflicts) + (held > 0 ? ", \(held) zurückgehalten (D)" : "")
            case .syncKeptOut(let n, let author):
                return "⚠ Ferngehalten: \(n) \(n == 1 ? "Pfad" : "Pfade") von \(TerminalSafe.line(author, width: 24))"
            case .privacyConfirmed(let n): return "✓ \(n) als unbedenklich bestätigt; der nächste Sync sendet \(n == 1 ? "ihn" : "sie")"
            case .syncFailed(.remote(let failure, _, _, _)): return SyncMessages.remoteNotice(failure, .de)
            case .syncFailed(let error): return "✗ Sync: " + SyncMessages.german.error(error)
            case .syncCancelled: return "Sync abgebrochen, nichts verloren"
            case .syncNotSetUp: return "Dieser Store wird nicht synchronisiert: `lotse sync init --remote URL` richtet es ein"
            case .conflictSettled: return "✓ Konflikt entschieden; der nächste Sync teilt es den anderen mit"
            case .undone: return "↶ Rückgängig gemacht"
            case .undid(let kind, let subject): return "↶ " + ChangeWords.german(kind, subject, undone: true)
            case .redid(let kind, let subject): return "↷ " + ChangeWords.german(kind, subject, undone: false)
            case .nothingToRedo: return "Nichts wiederherzustellen (Ctrl-R bringt Rückgängiggemachtes zurück)."
            case .nothingToUndo: return "Nichts rückgängig zu machen."
            case .failed(let error): return "✗ Nicht gespeichert: " + Messages.german.storeError(error)
            case .exportFailed(let error): return "✗ " + Messages.german.exportError(error)
            case .formHasProblems: return "✗ Bitte die markierten Felder prüfen."
            case .reloaded: return "↻ Änderungen aus dem Store geladen"
            case .keptTheirs: return "Die andere Fassung wurde übernommen."
            case .notPossible(let why): return why
            case .exported(let path): return MeetingScreenTexts.german.exported(path)
            case .meetingHint(let hint): return MeetingScreenTexts.german.meetingHint(hint)
            }
        },
        deleteTitle: "Frage löschen?",
        deleteBody: { "„\($0)“ wird gelöscht. Mit u lässt es sich rückgängig machen." },
        discardTitle: "Änderungen verwerfen?", discardBody: "Das Formular hat ungespeicherte Änderungen.",
        quitTitle: "Lotse beenden?", quitBody: "Das Formular hat ungespeicherte Änderungen, die dann verloren gehen.",
        conflictTitle: "Die Frage wurde inzwischen woanders geändert",
        conflictMeetingTitle: "Die Sitzung wurde inzwischen woanders geändert",
        conflictMine: "Meine Fassung", conflictTheirs: "Fassung im Store (geändert)", conflictDeleted: "(gelöscht)",
        conflictFields: "Von beiden geändert (m setzt nur hier meine Fassung ein)",
        noCategory: "ohne Kategorie",
        assignTitle: "Wer klärt die Frage?", assignHint: "leer: niemand", assignTabHint: " · Tab: erster Vorschlag",
        mergeTitle: "Zusammenführen mit …",
        mergeBody: { "„\($0)“ wird zum Duplikat der gewählten Frage; deren Kommunen werden ergänzt." },
        filterTitle: "Filter und Sortierung",
        all: "alle", sort: "Sortierung",
        sortName: { sort in
            switch sort {
            case .date: return "Datum"
            case .commune: return "Kommune"
            case .category: return "Kategorie"
            case .status: return "Status"
            }
        },
        questionsTitle: "Fragen",
        knowledgeTitle: "Wissen: beantwortete Fragen", knowledgeEmpty: "Keine beantwortete Frage passt zur Suche.",
        searchPrompt: "Suche", answers: { $0 == 1 ? "1 Antwort" : "\($0) Antworten" },
        matrixTitle: "Bedarfe: offene Fragen je Kommune und Kategorie", matrixTotal: "Σ",
        matrixLegend: "Zahl = offene Fragen (eine Frage mehrerer Kommunen zählt in jeder) · Enter zeigt die Fragen der Zelle",
        matrixTrend: "12 Monate",
        matrixCell: { commune, category, n in "\(commune) × \(category): \(n) \(n == 1 ? "offene Frage" : "offene Fragen")" }
    )

    public static let english = QuestionTexts(
        newQuestion: "New question", editQuestion: "Edit question", answerTitle: "Answer", saving: "Saving …",
        title: "Title", communes: "Communes", category: "Category", tags: "Tags", assignee: "Assignee",
        body: "Text", answer: "Answer", sources: "Sources",
        communesHint: "a letter jumps",
        tagsHint: "separated by commas", sourcesHint: "separated by ;",
        titleRequired: "Please enter a title.", communeRequired: "Choose at least one commune.",
        answerRequired: "Please enter an answer.",
        unknownCategory: { "Unknown category \"\($0)\": please choose one from the list." },
        similarTitle: "Similar questions from all communes (answered first)",
        noSimilar: "No similar question found.",
        similarKeys: "Ctrl-O reads the first · Ctrl-B: instead of a duplicate, add your communes there",
        alreadyBundled: { "“\($0)” names these communes already; nothing changed" },
        mergedQuestion: "Not possible for merged questions.",
        privacy: { findings in
            let names = findings.map { finding -> String in
                switch finding {
                case .birthDate: return "a date of birth"
                case .caseNumber: return "a case or file number"
                case .email: return "an e-mail address"
                case .phone: return "a phone number"
                }
            }
            return "⚠ The text may contain \(names.joined(separator: ", ")). Please write questions as general cases, without data about refugees."
        },
        notice: { notice in
            switch notice {
            case .mergedInto(let target): return "✓ Merged into “\(ChangeWords.short(target))”"
            case .scheduledOn(let meeting, let item): return "✓ Put on “\(ChangeWords.short(meeting))”, item \(item)"
            case .saved(let kind):
                switch kind {
                case .create: return "✓ Saved: new question"
                case .edit: return "✓ Saved"
                case .status(let status): return "✓ Status: \(Strings.english.questionStatus(status))"
                case .answer: return "✓ Answer saved"
                case .assign: return "✓ Assignee saved"
                case .merge: return "✓ Merged"
                case .delete: return "✓ Deleted (u undoes it)"
                case .commune: return "✓ Commune saved"
                case .categories: return "✓ Categories saved"
                case .purge: return "✓ Personal data cleaned up by the retention policy"
                case .policy: return "✓ Retention policy saved"
                case .release: return "✓ Released for volunteers"
                case .withdraw: return "✓ Release withdrawn"
                case .guide: return "✓ Guide settings saved"
                case .meeting: return "✓ Meeting saved"
                case .agenda: return "✓ Agenda saved"
                case .timer: return "✓ Time saved"
                case .attendance: return "✓ Attendance saved"
                case .outcome: return "✓ Outcome recorded"
                case .measure(let status): return "✓ Measure: \(Strings.english.measureStatus(status))"
                case .scheduled: return "✓ Put on the agenda"
                case .ended: return "✓ Meeting ended"
                case .approved: return "✓ Minutes approved"
                }
            case .mergedSaved(_, let fields):
                return "✓ Saved, plus from elsewhere: " + fields.map(Messages.english.fieldName).joined(separator: ", ")
            case .exampleNetwork: return "ℹ Made-up example · your own: lotse init"
            case .categoryInUse(let category, let n): return "\"\(category)\": \(n) \(n == 1 ? "question uses" : "questions use") it – e renames"
            case .draftRestored: return "↺ Draft restored: Lotse was last ended with unsaved input"
            case .draftLost: return "A draft belongs to a record that no longer exists"
            case .synced(let pulled, let pushed, let conflicts, let held):
                return "⇅ " + SyncMessages.english.summary(pulled, pushed, conflicts) + (held > 0 ? ", \(held) held back (D)" : "")
            case .syncKeptOut(let n, let author):
                return "⚠ Kept out: \(n) \(n == 1 ? "path" : "paths") from \(TerminalSafe.line(author, width: 24))"
            case .privacyConfirmed(let n): return "✓ \(n) confirmed as fine to share; the next sync sends \(n == 1 ? "it" : "them")"
            case .syncFailed(.remote(let failure, _, _, _)): return SyncMessages.remoteNotice(failure, .en)
            case .syncFailed(let error): return "✗ Sync: " + SyncMessages.english.error(error)
            case .syncCancelled: return "Sync cancelled, nothing lost"
            case .syncNotSetUp: return "This store is not synced: `lotse sync init --remote URL` sets it up"
            case .conflictSettled: return "✓ Conflict settled; the next sync tells the others"
            case .undone: return "↶ Undone"
            case .undid(let kind, let subject): return "↶ " + ChangeWords.english(kind, subject, undone: true)
            case .redid(let kind, let subject): return "↷ " + ChangeWords.english(kind, subject, undone: false)
            case .nothingToRedo: return "Nothing to redo (Ctrl-R brings back what was undone)."
            case .nothingToUndo: return "Nothing to undo."
            case .failed(let error): return "✗ Not saved: " + Messages.english.storeError(error)
            case .exportFailed(let error): return "✗ " + Messages.english.exportError(error)
            case .formHasProblems: return "✗ Please check the marked fields."
            case .reloaded: return "↻ Loaded changes from the store"
            case .keptTheirs: return "Took the other version."
            case .notPossible(let why): return why
            case .exported(let path): return MeetingScreenTexts.english.exported(path)
            case .meetingHint(let hint): return MeetingScreenTexts.english.meetingHint(hint)
            }
        },
        deleteTitle: "Delete the question?",
        deleteBody: { "\"\($0)\" will be deleted. u undoes it." },
        discardTitle: "Discard changes?", discardBody: "The form has unsaved changes.",
        quitTitle: "Quit Lotse?", quitBody: "The form has unsaved changes, which will be lost.",
        conflictTitle: "The question was changed elsewhere meanwhile",
        conflictMeetingTitle: "The meeting was changed elsewhere meanwhile",
        conflictMine: "My version", conflictTheirs: "Version in the store (changed)", conflictDeleted: "(deleted)",
        conflictFields: "Changed on both sides (m puts my version in here only)",
        noCategory: "no category",
        assignTitle: "Who clarifies the question?", assignHint: "empty: nobody", assignTabHint: " · Tab: first suggestion",
        mergeTitle: "Merge into …",
        mergeBody: { "\"\($0)\" becomes a duplicate of the chosen question, which gains its communes." },
        filterTitle: "Filter and order",
        all: "all", sort: "Order",
        sortName: { sort in
            switch sort {
            case .date: return "date"
            case .commune: return "commune"
            case .category: return "category"
            case .status: return "status"
            }
        },
        questionsTitle: "Questions",
        knowledgeTitle: "Knowledge: answered questions", knowledgeEmpty: "No answered question matches the search.",
        searchPrompt: "Search", answers: { $0 == 1 ? "1 answer" : "\($0) answers" },
        matrixTitle: "Needs: open questions per commune and category", matrixTotal: "Σ",
        matrixLegend: "number = open questions (a question of several communes counts in each) · Enter lists the cell's questions",
        matrixTrend: "12 months",
        matrixCell: { commune, category, n in "\(commune) × \(category): \(n) open \(n == 1 ? "question" : "questions")" }
    )
}
