import LotseStore

extension Messages {
    public static let english = Messages(
        storeError: { $0.description },
        lookupError: { $0.description },
        exportError: { error in
            switch error {
            case .folderMissing(let path, let folder): return "cannot write \(path): the folder \(folder) does not exist."
            case .notPermitted(let path): return "cannot write \(path): permission denied."
            case .failed(let path, let reason): return "cannot write \(path): \(reason)"
            }
        },
        problem: { $0.description },
        problemWarning: { "warning: \($0.description) (left unchanged; `lotse check` lists all)" },
        changedMeanwhile: { kind, id in
            "\(kind.rawValue) \(id) was changed by someone else just now; nothing more was written. Run the command again."
        },
        nothingWritten: "Nothing was written.",
        nothingToChange: "nothing to change; nothing was written.",
        valid: { "Valid: " + $0.joined(separator: ", ") },
        noneYet: "none yet in this store",
        wrote: { "wrote \($0)" },
        createdStore: { path, example in
            "Created a store in \(path)" + (example ? " with the example network of Kreis Soest." : ".")
        },
        createdExampleStore: { "created a new store with the example network of Kreis Soest in \($0)" },
        storeSummary: { c, q, m in
            "\(c) \(c == 1 ? "commune" : "communes"), \(q) \(q == 1 ? "question" : "questions"), \(m) \(m == 1 ? "meeting" : "meetings")"
        },
        allValid: { path, summary in "\(path): all files are valid (\(summary))." },
        someInvalid: { count, summary in
            "\(count) file\(count == 1 ? "" : "s") with problems; they were left unchanged. Loaded: \(summary)."
        },
        communeRequired: { "--commune is required (the commune that raised the question). Valid: \($0)" },
        mustNotBeEmpty: { "\($0) must not be empty." },
        mustBePositive: { "\($0) needs a whole number from 1." },
        icalNeedsOne: "`lotse meetings ical` takes a meeting's id or --all (every upcoming one), not both.",
        badOrganizer: { "--organizer: \"\($0)\" has no valid e-mail address. Give \"Name <address>\" or an address alone." },
        answerTheTarget: { id, target in "question \(id) was merged into \(target); answer that one instead." },
        useMerge: { "use `lotse questions merge \($0) --into ID` to merge a question." },
        staysMerged: { "question \($0) is merged; its status stays \"merged\"." },
        noAnswerYet: { id, typed in "question \(id) has no answer yet; use `lotse questions answer \(typed) --text …`." },
        alreadyStatus: { id, status in "\(id): already \(status)" },
        statusSet: { id, status in "\(id): \(status)" },
        answered: { "\($0): answered" },
        notIntoItself: "a question cannot be merged into itself.",
        alreadyMerged: { "question \($0) is already merged." },
        targetMerged: { id, target in "question \(id) is itself merged into \(target); merge into that one." },
        mergedInto: { id, target in "\(id) merged into \(target)" },
        itemAdded: { number, title, end in "TOP \(number): \(title) · ends \(end)" },
        termUnset: "TERM is not set, so Lotse cannot tell what this terminal can do. Run it in a terminal emulator, or set TERM (for example: TERM=xterm-256color lotse).",
        unknownTerm: { "the terminal type \"\($0)\" is unknown on this machine (no terminfo entry). Set TERM to a known type such as xterm-256color." },
        cannotAddressCursor: { "the terminal type \"\($0)\" cannot move the cursor, which a full-screen dashboard needs. Use a terminal emulator, or set TERM to a type such as xterm-256color. The command-line subcommands (lotse check, lotse --help) work anywhere." },
        notATerminal: "standard input or output is not a terminal. Run the dashboard in a terminal; the subcommands (lotse check, lotse init) work without one.",
        themeNotFound: { name, searched in "theme \"\(name)\" not found (looked in \(searched)). Use --theme default or a path to a .theme file." },
        themeNotText: { "\($0) is not UTF-8 text" },
        fieldName: { field in
            let names = ["body": "text", "duplicateOf": "merge", "start": "date", "currentItem": "current item",
                         "loggedBy": "logged by", "earlierAnswers": "earlier answers", "spans": "times"]
            return names[field] ?? field
        },
        isAFile: { "\($0) is a file, not a store folder. `lotse check` takes the folder that holds store.json." },
        initNeedsPath: "`lotse init` needs the folder for the new store: `lotse init FOLDER` or `lotse init --store FOLDER`.",
        unknownKind: { "unknown kind \"\($0)\". Valid: stadt, gemeinde" },
        badSlug: { "\"\($0)\" cannot be a slug: only a–z, 0–9 and hyphens." },
        slugTaken: { slug, name in "the slug \"\(slug)\" belongs to \(name) already. Choose another with --slug." },
        unknownCoordinator: { name, commune, valid in
            "\(commune) has no coordinator \"\(name)\". " + (valid.isEmpty ? "No one is listed yet." : "Valid: " + valid.joined(separator: ", "))
        },
        communeInUse: { slug, q, m in
            "\(slug) is still named by \(q) \(q == 1 ? "question" : "questions") and \(m) \(m == 1 ? "meeting" : "meetings") and stays. `lotse communes archive \(slug)` hides it."
        },
        communeRemoved: { "\($0): removed" },
        communeArchived: { "\($0): archived (hidden from lists, kept in history and exports)" },
        communeRestored: { "\($0): active again (in lists, pickers and \"all\" invited)" },
        communeSaved: { "\($0): saved" },
        archivedMark: "archived",
        communeMerged: { source, target, n in "\(source) is now part of \(target) (\(n) \(n == 1 ? "record" : "records") rewritten)" },
        categoryExists: { "the category \"\($0)\" exists already." },
        categoryInUse: { category, n in
            "\"\(category)\" is used by \(n) \(n == 1 ? "question" : "questions") and stays. `lotse categories rename` renames it."
        },
        categorySaved: { "\"\($0)\" added" },
        categoryRemoved: { "\"\($0)\" removed" },
        categoryRenamed: { old, new, n in "\"\(old)\" is now \"\(new)\" (\(n) \(n == 1 ? "question" : "questions") changed)" },
        settingsIssue: { issue in
            let text: String
            switch issue.problem {
            case .badSection: text = "a section heading is written [name]"
            case .noEquals: text = "expected key = value"
            case .badKey(let key): text = "\"\(key)\" is not a key"
            case .badValue(let key): text = "the value of \(key) must be a \"text in quotes\", a number or true/false"
            case .unknownCommand(let name): text = "[keys]: there is no command “\(name)” (`?` in the dashboard lists them; names such as new_question, quit, help)"
            case .unreadableKey(let key): text = "[keys]: “\(key)” is not a key Lotse knows (a character, Ctrl-X, F1–F12, Enter, Esc, Tab, Space, arrows)"
            case .keyTaken(let key, let command): text = "[keys]: \(key) already runs “\(command)”; please choose another key"
            case .notPositive(let key): text = "\(key) must be a whole number above 0 (minutes); without the line Lotse syncs only on request"
            case .unknownSetting(let key): text = "unknown setting \"\(key)\" (known: \(SettingsFile.known.sorted().joined(separator: ", ")))"
            case .badLanguage: text = "lang is \"de\" or \"en\""
            }
            return "line \(issue.line): \(text); Lotse starts without that line."
        },
        settingsFile: "Settings file", settingsFileMissing: "not there",
        settingFromLocale: "from the locale (LANG)", settingDefault: "default",
        settingFrom: { "from \($0)" },
        settingFromFile: { "from the settings file, line \($0)" },
        warning: "warning",
        another: "another")
}
