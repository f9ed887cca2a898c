import LotseStore

extension Messages {
    public static let german = Messages(
        storeError: { error in
            switch error {
            case .notAStore(let path):
                return "\(path) ist kein Lotse-Store (keine store.json). Mit `lotse init \(path)` anlegen oder mit --store einen anderen wählen."
            case .alreadyExists(let path):
                return "\(path) enthält schon Dateien; `lotse init` legt einen Store nur in einem neuen oder leeren Ordner an."
            case .unreadableManifest(let path, let reason):
                return "\(path): \(Strings.german.problemReason(reason)). Der Store lässt sich erst öffnen, wenn store.json repariert ist."
            case .newerSchema(let path, let found, let supported):
                return "\(path) hat die Schema-Version \(found), dieses Lotse liest bis \(supported). Bitte Lotse aktualisieren."
            case .cannotCreate(let path, let reason):
                return "\(path) lässt sich nicht anlegen: \(reason.german). Pfad und Rechte prüfen."
            case .cannotWrite(let path, let reason):
                return "\(path) lässt sich nicht schreiben: \(reason.german). Nichts wurde geändert; Speicherplatz und Rechte prüfen."
            case .locked(let path):
                return "Ein anderer Lotse-Prozess schreibt gerade in \(path); gleich noch einmal versuchen."
            case .unsafePath(let path, let reason):
                return "Nicht geschrieben: \(path): \(Strings.german.problemReason(reason)). Nichts wurde geändert; `lotse check` zeigt, was zu reparieren ist."
            }
        },
        lookupError: { error in
            switch error {
            case .unknownMeeting(let prefix):
                return "Keine Sitzung hat eine ID, die mit „\(prefix)“ beginnt. `lotse meetings list` zeigt die IDs."
            case .ambiguousMeeting(let prefix, let matches):
                return "„\(prefix)“ ist der Anfang von \(matches.count) Sitzungs-IDs; bitte mehr davon angeben:\n  "
                    + matches.joined(separator: "\n  ")
            case .unknownOutcome(let prefix):
                return "Kein Ergebnis hat eine ID, die mit „\(prefix)“ beginnt. `lotse meetings show ID` zeigt die IDs."
            case .ambiguousOutcome(let prefix, let matches):
                return "„\(prefix)“ ist der Anfang von \(matches.count) Ergebnis-IDs; bitte mehr davon angeben:\n  " + matches.joined(separator: "\n  ")
            case .unknownQuestion(let prefix):
                return "Keine Frage hat eine ID, die mit „\(prefix)“ beginnt. `lotse questions list` zeigt die IDs."
            case .ambiguousQuestion(let prefix, let matches):
                let more = matches.count > 10 ? "\n  … und \(matches.count - 10) weitere" : ""
                return "„\(prefix)“ ist der Anfang von \(matches.count) Fragen-IDs; bitte mehr davon angeben:\n  "
                    + matches.prefix(10).joined(separator: "\n  ") + more
            case .unknownCommune(let name, let valid):
                let guess = Nearest.match(name, in: valid.map(Lookup.communeName)).map { " Meinten Sie \($0)?" } ?? ""
                return "Unbekannte Kommune „\(name)“.\(guess) Gültig: " + valid.joined(separator: ", ")
            case .unknownCategory(let name, let valid):
                return "Unbekannte Kategorie „\(name)“. Gültig: " + valid.map { "„\($0)“" }.joined(separator: ", ")
            case .unknownStatus(let name, let valid):
                return "Unbekannter Status „\(name)“. Gültig: " + valid.joined(separator: ", ")
            }
        },
        exportError: { error in
            switch error {
            case .folderMissing(let path, let folder):
                return "\(path) lässt sich nicht schreiben: den Ordner \(folder) gibt es nicht."
            case .notPermitted(let path):
                return "\(path) lässt sich nicht schreiben: keine Berechtigung."
            case .failed(let path, let reason):
                return "\(path) lässt sich nicht schreiben: \(reason.german)"
            }
        },
        problem: { "\($0.path): \(Strings.german.problemReason($0.reason))" },
        problemWarning: { "Warnung: \($0.path): \(Strings.german.problemReason($0.reason)) (unverändert gelassen; `lotse check` zeigt alle)" },
        changedMeanwhile: { kind, id in
            "\(kind == .meeting ? "Sitzung" : kind == .commune ? "Kommune" : "Frage") \(id) wurde eben von jemand anderem geändert; nichts weiter wurde geschrieben. Den Befehl bitte noch einmal ausführen."
        },
        nothingWritten: "Nichts wurde geschrieben.",
        nothingToChange: "Nichts zu ändern; nichts wurde geschrieben.",
        valid: { "Gültig: " + $0.joined(separator: ", ") },
        noneYet: "noch keine in diesem Store",
        wrote: { "\($0) geschrieben" },
        createdStore: { path, example in
            "Store angelegt in \(path)" + (example ? " mit dem Beispielnetzwerk des Kreises Soest." : ".")
        },
        createdExampleStore: { "Neuer Store mit dem Beispielnetzwerk des Kreises Soest angelegt in \($0)" },
        storeSummary: { c, q, m in
            "\(c) \(c == 1 ? "Kommune" : "Kommunen"), \(q) \(q == 1 ? "Frage" : "Fragen"), \(m) \(m == 1 ? "Sitzung" : "Sitzungen")"
        },
        allValid: { path, summary in "\(path): alle Dateien sind gültig (\(summary))." },
        someInvalid: { count, summary in
            "\(count) \(count == 1 ? "Datei" : "Dateien") mit Problemen; sie wurden nicht verändert. Geladen: \(summary)."
        },
        communeRequired: { "--commune fehlt (die Kommune, aus der die Frage kommt). Gültig: \($0)" },
        mustNotBeEmpty: { "\($0) darf nicht leer sein." },
        mustBePositive: { "\($0) braucht eine ganze Zahl ab 1." },
        icalNeedsOne: "`lotse meetings ical` braucht die ID eines Treffens oder --all (alle kommenden), nicht beides.",
        badOrganizer: { "--organizer: „\($0)“ enthält keine gültige E-Mail-Adresse. „Name <Adresse>“ oder nur die Adresse angeben." },
        answerTheTarget: { id, target in "Frage \(id) wurde mit \(target) zusammengeführt; bitte jene beantworten." },
        useMerge: { "Zum Zusammenführen `lotse questions merge \($0) --into ID` verwenden." },
        staysMerged: { "Frage \($0) ist zusammengeführt; ihr Status bleibt „zusammengeführt“." },
        noAnswerYet: { id, typed in "Frage \(id) hat noch keine Antwort; `lotse questions answer \(typed) --text …` verwenden." },
        alreadyStatus: { id, status in "\(id): schon \(status)" },
        statusSet: { id, status in "\(id): \(status)" },
        answered: { "\($0): beantwortet" },
        notIntoItself: "Eine Frage lässt sich nicht mit sich selbst zusammenführen.",
        alreadyMerged: { "Frage \($0) ist schon zusammengeführt." },
        targetMerged: { id, target in "Frage \(id) ist selbst mit \(target) zusammengeführt; bitte mit jener zusammenführen." },
        mergedInto: { id, target in "\(id) mit \(target) zusammengeführt" },
        itemAdded: { number, title, end in "TOP \(number): \(title) · Ende \(end)" },
        termUnset: "TERM ist nicht gesetzt, daher weiß Lotse nicht, was dieses Terminal kann. Lotse in einem Terminal-Emulator starten oder TERM setzen (zum Beispiel: TERM=xterm-256color lotse).",
        unknownTerm: { "Den Terminaltyp „\($0)“ kennt dieser Rechner nicht (kein terminfo-Eintrag). TERM auf einen bekannten Typ wie xterm-256color setzen." },
        cannotAddressCursor: { "Der Terminaltyp „\($0)“ kann den Cursor nicht bewegen, was ein Dashboard braucht. Einen Terminal-Emulator verwenden oder TERM auf einen Typ wie xterm-256color setzen. Die Unterbefehle (lotse check, lotse --help) gehen überall." },
        notATerminal: "Standardeingabe oder -ausgabe ist kein Terminal. Das Dashboard in einem Terminal starten; die Unterbefehle (lotse check, lotse init) gehen auch ohne.",
        themeNotFound: { name, searched in "Farbschema „\(name)“ nicht gefunden (gesucht in \(searched)). --theme default oder den Pfad einer .theme-Datei angeben." },
        themeNotText: { "\($0) ist kein UTF-8-Text." },
        fieldName: { field in
            let names = ["title": "Titel", "body": "Text", "answer": "Antwort", "status": "Status", "communes": "Kommunen",
                         "category": "Kategorie", "tags": "Schlagwörter", "assignee": "Klärt", "duplicateOf": "Zusammenführung",
                         "agenda": "Tagesordnung", "attendance": "Anwesenheit", "invited": "Eingeladen", "place": "Ort",
                         "start": "Termin", "state": "Stand", "currentItem": "aktueller TOP",
                         "name": "Name", "kind": "Art", "coordinators": "Koordination", "role": "Rolle", "phone": "Telefon",
                         "email": "E-Mail", "text": "Text", "sources": "Quellen", "by": "von", "date": "Datum",
                         "loggedBy": "Erfasst von", "created": "Erfasst", "earlierAnswers": "Frühere Antworten",
                         "outcomes": "Ergebnisse", "minutes": "Minuten", "presenter": "Vortrag", "owner": "Verantwortlich",
                         "due": "fällig", "questions": "Fragen", "notes": "Notizen", "spans": "Zeiten", "end": "Ende",
                         "archived": "archiviert", "categories": "Kategorien", "network": "Netzwerk", "district": "Kreis"]
            return names[field] ?? field
        },
        isAFile: { "\($0) ist eine Datei, kein Store-Ordner. `lotse check` erwartet den Ordner, in dem store.json liegt." },
        initNeedsPath: "`lotse init` braucht den Ordner für den neuen Store: `lotse init ORDNER` oder `lotse init --store ORDNER`.",
        unknownKind: { "Unbekannte Art „\($0)“. Gültig: stadt, gemeinde" },
        badSlug: { "„\($0)“ taugt nicht als Kurzname: nur a–z, 0–9 und Bindestrich." },
        slugTaken: { slug, name in "Den Kurznamen „\(slug)“ hat schon \(name). Mit --slug einen anderen wählen." },
        unknownCoordinator: { name, commune, valid in
            "\(commune) hat keine Koordination „\(name)“. " + (valid.isEmpty ? "Es ist noch niemand eingetragen." : "Gültig: " + valid.joined(separator: ", "))
        },
        communeInUse: { slug, q, m in
            "\(slug) wird noch von \(q) \(q == 1 ? "Frage" : "Fragen") und \(m) \(m == 1 ? "Sitzung" : "Sitzungen") genannt und bleibt. `lotse communes archive \(slug)` blendet sie aus."
        },
        communeRemoved: { "\($0): entfernt" },
        communeArchived: { "\($0): archiviert (in Listen ausgeblendet, in Verlauf und Exporten erhalten)" },
        communeRestored: { "\($0): wieder aktiv (in Listen, Auswahl und „alle“ Eingeladenen)" },
        communeSaved: { "\($0): gespeichert" },
        archivedMark: "archiviert",
        communeMerged: { source, target, n in "\(source) ist jetzt Teil von \(target) (\(n) \(n == 1 ? "Datensatz" : "Datensätze") umgeschrieben)" },
        categoryExists: { "Die Kategorie „\($0)“ gibt es schon." },
        categoryInUse: { category, n in
            "„\(category)“ wird von \(n) \(n == 1 ? "Frage" : "Fragen") genutzt und bleibt. `lotse categories rename` benennt sie um."
        },
        categorySaved: { "„\($0)“ angelegt" },
        categoryRemoved: { "„\($0)“ entfernt" },
        categoryRenamed: { old, new, n in "„\(old)“ heißt jetzt „\(new)“ (\(n) \(n == 1 ? "Frage" : "Fragen") geändert)" },
        settingsIssue: { issue in
            let text: String
            switch issue.problem {
            case .badSection: text = "ein Abschnitt wird [name] geschrieben"
            case .noEquals: text = "erwartet wird schlüssel = wert"
            case .badKey(let key): text = "„\(key)“ ist kein Schlüssel"
            case .badValue(let key): text = "der Wert von \(key) muss \"Text in Anführungszeichen\", eine Zahl oder true/false sein"
            case .unknownCommand(let name): text = "[keys]: einen Befehl „\(name)“ gibt es nicht (`?` im Dashboard zeigt die Befehle; Namen wie new_question, quit, help)"
            case .unreadableKey(let key): text = "[keys]: „\(key)“ ist keine Taste, die Lotse kennt (ein Zeichen, Ctrl-X, F1–F12, Enter, Esc, Tab, Space, Pfeile)"
            case .keyTaken(let key, let command): text = "[keys]: \(key) ruft schon „\(command)“ auf; bitte eine andere Taste wählen"
            case .notPositive(let key): text = "\(key) muss eine ganze Zahl größer als 0 sein (Minuten); ohne die Zeile synchronisiert Lotse nur auf Tastendruck"
            case .unknownSetting(let key):
                text = "unbekannte Einstellung „\(key)“ (bekannt: \(SettingsFile.known.sorted().joined(separator: ", ")))"
            case .badLanguage: text = "lang ist \"de\" oder \"en\""
            }
            return "Zeile \(issue.line): \(text); Lotse startet ohne diese Zeile."
        },
        settingsFile: "Einstellungsdatei", settingsFileMissing: "nicht vorhanden",
        settingFromLocale: "aus der Spracheinstellung (LANG)", settingDefault: "Voreinstellung",
        settingFrom: { "aus \($0)" },
        settingFromFile: { "aus der Einstellungsdatei, Zeile \($0)" },
        warning: "Warnung",
        another: "einer anderen")
}
