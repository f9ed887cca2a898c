import Foundation
import Testing
@testable import LotseStore

/// The subcommands, run as a user would, with their exit statuses and messages.
@Suite("End to end: command line")
struct CommandLineTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-cli-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func versionAndHelp() {
        let version = Lotse.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = Lotse.run(["--help"])
        #expect(help.status == 0)
        for word in ["init", "check", "--store", "LOTSE_STORE"] { #expect(help.output.contains(word)) }
    }

    /// `--help` speaks the run's language, for every command: German in a German run,
    /// English with `--lang en`. The commands are found from the help itself.
    @Test func helpIsInTheRunsLanguageForEveryCommand() {
        var paths: [[String]] = [[]]
        var checked = 0
        let english = try? Regex(#"(?i)\b(the|of|and|is|to|a|or|with|when|this|its|show|list|one|for|by|from|on|it|be|are|not|all|new|only|add|remove|into|as|that|which|each|every)\b"#)
        while let path = paths.popLast() {
            let german = Lotse.run(path + ["--help"])
            #expect(german.status == 0, "\(path)")
            #expect(german.output.hasPrefix("ÜBERSICHT: ") && german.output.contains("AUFRUF: lotse"), "\(path): \(german.output.prefix(200))")
            // Option names and values are the program's words; the sentences are German.
            for line in german.output.split(separator: "\n") where !line.hasPrefix("AUFRUF") && !line.hasPrefix("        [") {
                // A command's or option's names stand in the first 26 columns, or on a line of their own.
                let named = line.hasPrefix("  ") && !line.hasPrefix("   ")
                if named && (line.count < 27 || !line.prefix(26).hasSuffix("  ")) { continue }
                let text = named ? Substring(line.dropFirst(26)) : line
                let words = text.replacing(/--?[a-z][\w-]*|<[^>]*>|\(Werte: [^)]*\)|"[^"]*"|`[^`]*`/, with: "")
                if let english, let match = words.firstMatch(of: english) {
                    Issue.record("\(path): English “\(match.output[0].substring ?? "")” in: \(line)")
                }
            }
            let other = Lotse.run(path + ["--help", "--lang", "en"])
            #expect(other.output.hasPrefix("OVERVIEW: "), "\(path)")
            checked += 1
            guard let list = german.output.components(separatedBy: "BEFEHLE:\n").dropFirst().first else { continue }
            for line in list.components(separatedBy: "\n") {
                if line.hasPrefix("   ") { continue }
                guard line.hasPrefix("  "), let name = line.split(separator: " ").first else { break }
                if name == "merge-driver" { continue }
                paths.append(path + [String(name)])
            }
        }
        #expect(checked > 50, "\(checked) commands")
    }

    /// The man page comes from the command definitions; the copy in docs/ is what they make.
    @Test func theManPageAndCompletionsComeFromTheCommands() throws {
        let manual = Lotse.run(["manual"])
        #expect(manual.status == 0)
        #expect(manual.output.hasPrefix(".TH LOTSE 1"))
        for command in ["lotse publish", "lotse questions release", "lotse knowledge due", "lotse check"] {
            #expect(manual.output.contains(".SS \"\(command.replacingOccurrences(of: "-", with: "\\-"))\""), "\(command)")
        }
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/lotse.1")
        if ProcessInfo.processInfo.environment["LOTSE_UPDATE_GOLDENS"] != nil {
            try manual.output.write(to: docs, atomically: true, encoding: .utf8)
        }
        #expect(manual.output == (try String(contentsOf: docs, encoding: .utf8)),
                "docs/lotse.1 is out of date: LOTSE_UPDATE_GOLDENS=1 swift test --filter theManPage")
        let bash = Lotse.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0 && bash.output.contains("publish") && bash.output.contains("knowledge"))
    }

    @Test func initAndCheckAGoodStore() {
        let created = Lotse.run(["init", "--example", store])
        #expect(created.status == 0, "\(created.error)")
        let check = Lotse.run(["check", store])
        #expect(check.status == 0)
        #expect(check.output.contains("alle Dateien sind gültig (14 Kommunen, 42 Fragen, 2 Sitzungen)"))
        let again = Lotse.run(["init", store])
        #expect(again.status == 1)
        #expect(again.error.contains("enthält schon Dateien"))
    }

    @Test func anEmptyStoreSaysHowToAddAQuestionAndAFilterThatMatchesNothingSaysSo() {
        #expect(Lotse.run(["init", store, "--district", "Kreis Unna"]).status == 0)
        let empty = Lotse.run(["questions", "list", "--store", store])
        #expect(empty.status == 0)
        #expect(empty.output.contains("Noch keine Fragen im Store – lotse questions add"))
        let example = folder.appendingPathComponent("example").path
        #expect(Lotse.run(["init", "--example", example]).status == 0)
        let none = Lotse.run(["questions", "list", "--store", example, "--search", "zzzzqqq"])
        #expect(none.output.contains("Keine Treffer für diesen Filter."), "\(none.output)\(none.error)")
    }

    @Test func checkPrintsEachProblemAsPathAndReason() throws {
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let questions = try FileManager.default.contentsOfDirectory(atPath: store + "/questions").sorted()
        let meetings = try FileManager.default.contentsOfDirectory(atPath: store + "/meetings").sorted()
        try Data("not json".utf8).write(to: URL(fileURLWithPath: "\(store)/questions/\(questions[0])"))
        let meetingURL = URL(fileURLWithPath: "\(store)/meetings/\(meetings[0])")
        let meeting = try String(contentsOf: meetingURL, encoding: .utf8)
            .replacingOccurrences(of: "\"state\" : \"finished\"", with: "\"state\" : \"vorbei\"")
        try Data(meeting.utf8).write(to: meetingURL)
        let check = Lotse.run(["check", store])
        #expect(check.status == 1)
        let lines = check.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.contains { $0.hasPrefix("questions/\(questions[0]): kein gültiges JSON") })
        #expect(lines.contains { $0.hasPrefix("meetings/\(meetings[0]): Feld „state“: unknown value \"vorbei\"") })
        #expect(check.error.contains("2 Dateien mit Problemen"))
    }

    @Test func checkOnSomethingThatIsNotAStore() {
        let check = Lotse.run(["check", folder.path])
        #expect(check.status == 2)
        #expect(check.error.contains("ist kein Lotse-Store"))
        #expect(check.error.contains("lotse init"))
    }

    @Test func wrongArgumentsExplainThemselves() {
        let language = Lotse.run(["--lang", "fr", "--store", store])
        #expect(language.status != 0)
        #expect(language.error.contains("fr"))
        #expect(!FileManager.default.fileExists(atPath: store), "nothing is written on bad input")
        let unknown = Lotse.run(["frobnicate"])
        #expect(unknown.status != 0)
    }

    /// A broken store.json is named with its reason in the run's language, not the store's English.
    @Test func aBrokenManifestIsSaidInTheRunsLanguage() throws {
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        try Data("{ kaputt".utf8).write(to: URL(fileURLWithPath: store + "/store.json"))
        let german = Lotse.run(["check", "--store", store])
        #expect(german.status != 0 && german.error.contains("store.json: kein gültiges JSON") && !german.error.contains("invalid"), "\(german.error)")
        let english = Lotse.run(["check", "--store", store, "--lang", "en"])
        #expect(english.error.contains("store.json: invalid JSON") && english.error.contains("cannot be opened"), "\(english.error)")
    }

    @Test func argumentMistakesAreSaidInTheRunsLanguageAndDashValuesAreValues() {
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let bogus = Lotse.run(["questions", "list", "--bogus", "--store", store])
        #expect(bogus.status == 64 && bogus.error.hasPrefix("Fehler: Unbekannte Option '--bogus'") && bogus.error.contains("Aufruf: lotse questions list"),
                "\(bogus.error)")
        let format = Lotse.run(["questions", "list", "--format", "xls", "--store", store])
        #expect(format.error.contains("Möglich sind: 'table', 'json', 'csv' oder 'csv-excel'"), "\(format.error)")
        let english = Lotse.run(["questions", "list", "--bogus", "--store", store, "--lang", "en"])
        #expect(english.error.hasPrefix("Error: Unknown option '--bogus'"))
        // A missing argument: the help line under it speaks German too.
        let missing = Lotse.run(["sync", "init", "--store", store])
        #expect(missing.status == 64 && missing.error.contains("Es fehlt das Argument '--remote <remote>'")
                && missing.error.contains("Hilfe:  --remote <remote>  Das geteilte Remote") && !missing.error.contains("The shared remote"),
                "\(missing.error)")
        // A dashboard option before a subcommand: said as such, not as stray words.
        let theme = Lotse.run(["--store", store, "--theme", "neon", "questions", "list"])
        #expect(theme.status == 2 && theme.error.contains("--theme gilt nur für das Dashboard") && !theme.error.contains("unexpected"),
                "\(theme.error)")
        // A value that starts with a dash is a value.
        let added = Lotse.run(["questions", "add", "--title", "-2 Grad: Kältehilfe?", "--commune", "werl", "--tag", "-minus",
                               "--store", store])
        #expect(added.status == 0, "\(added.error)")
        let listed = Lotse.run(["questions", "list", "--tag", "-minus", "--store", store]).output
        #expect(listed.contains("-2 Grad: Kältehilfe?"), "\(listed)")
    }

    @Test func withoutTERMTheDashboardSaysWhatToDo() {
        var environment = Lotse.environment()
        environment.removeValue(forKey: "TERM")
        let result = Spawn.run([Lotse.binary, "--store", store], environment: environment)
        #expect(result.status == 2)
        #expect(result.error.contains("TERM ist nicht gesetzt"))
    }

    @Test func aFolderWithOtherFilesIsNotTurnedIntoAStore() throws {
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = Lotse.run(["--store", folder.path])
        #expect(result.status == 1)
        #expect(result.error.contains("ist kein Lotse-Store"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("store.json").path))
    }
}

/// Every run speaks one language: German by default, English with `--lang en` or an
/// English locale, for data and messages alike.
@Suite("One language per run")
struct LanguageTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-lang-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func germanByDefaultEnglishWhenAskedNeverMixed() throws {
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let german = Lotse.run(["meetings", "agenda", "ZZZ", "--store", store])
        #expect(german.error.contains("Keine Sitzung hat eine ID, die mit „ZZZ“ beginnt"))
        #expect(!german.error.contains("no meeting"))
        let english = Lotse.run(["meetings", "agenda", "ZZZ", "--store", store, "--lang", "en"])
        #expect(english.error.contains("no meeting has an id starting with \"ZZZ\""))

        var environment = Lotse.environment()
        environment["LANG"] = "en_GB.UTF-8"
        let byLocale = Spawn.run([Lotse.binary, "questions", "list", "--commune", "Dortmund", "--store", store], environment: environment)
        #expect(byLocale.error.contains("unknown commune \"Dortmund\". Valid:"))

        // The document and the message about it in the same language.
        let out = folder.appendingPathComponent("minutes.md").path
        let list = Lotse.run(["meetings", "list", "--store", store]).output
        let id = String(list.split(separator: "\n").dropFirst().first?.prefix { $0 != " " } ?? "")
        let minutes = Lotse.run(["meetings", "minutes", id, "--store", store, "--out", out, "--lang", "en"])
        #expect(minutes.error.contains("wrote \(out)"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# Minutes"))
        let check = Lotse.run(["check", store, "--lang", "en"])
        #expect(check.status == 0 && check.output.contains("all files are valid (14 communes, 42 questions, 2 meetings)"))
    }
}

/// The shipped themes are in the binary: by name, from any folder, with an empty HOME.
@Suite("Themes by name, installed")
struct BuiltInThemeTests {
    @Test(arguments: ["default", "light", "mono", "projector", "colorblind"])
    func eachThemeLoadsByNameFromOutsideTheSourceTree(name: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Started from an empty folder with an empty HOME; themes are no longer looked for
        // beside the binary's source tree, so where it was built does not matter either.
        let binary = Lotse.binary
        let home = folder.appendingPathComponent("home").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let command = "cd '\(folder.path)' && '\(binary)' --store '\(folder.path)/store' --theme \(name)"
        let tmux = try Tmux("\(command); echo EXIT=$?; sleep 600", width: 100, height: 30,
                            environment: Lotse.environment(["HOME": home]))
        let screen = tmux.waitFor("q Beenden")
        #expect(!screen.contains("not found") && !screen.contains("nicht gefunden"))
        tmux.press("q")
        tmux.waitFor("EXIT=0")
    }

    @Test func anUnknownThemeNamesTheBuiltInOnes() {
        let result = Lotse.run(["--theme", "neon", "--store", "/nonexistent/store-for-theme-test"])
        #expect(result.status == 2)
        #expect(result.error.contains("neon") && result.error.contains("colorblind, default, light, mono, projector"))
    }
}

/// `--store` and `--lang` before or after the subcommand, for every subcommand.
@Suite("Global options")
struct GlobalOptionTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-global-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func storeAndLanguageBeforeOrAfterTheSubcommand() throws {
        #expect(Lotse.run(["init", "--example", "--store", store]).status == 0)
        let before = Lotse.run(["--store", store, "questions", "list", "--commune", "werl"])
        let after = Lotse.run(["questions", "list", "--commune", "werl", "--store", store])
        #expect(before.status == 0 && before.output == after.output && before.output.contains("Bildung und Teilhabe"), "\(before.error)")
        let english = Lotse.run(["--lang", "en", "--store", store, "meetings", "agenda", "ZZZ"])
        #expect(english.error.contains("no meeting has an id starting with"))
        let equals = Lotse.run(["--lang=en", "--store=\(store)", "questions", "show", "ZZZ"])
        #expect(equals.error.contains("no question has an id starting with"))
        for arguments in [["--store", store, "check"], ["check", "--store", store], ["check", store, "--lang", "de"],
                          ["--lang", "de", "questions", "add", "--commune", "werl", "--title", "Neu", "--store", store]] {
            let result = Lotse.run(arguments)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.error)")
        }
    }

    @Test func initStartsANetworkWithItsDistrictAndName() throws {
        #expect(Lotse.run(["init", store, "--district", "Kreis Unna", "--network", "Netzwerk Integrationslotsen"]).status == 0)
        let manifest = try String(contentsOfFile: store + "/store.json", encoding: .utf8)
        #expect(manifest.contains("\"district\" : \"Kreis Unna\"") && manifest.contains("\"network\" : \"Netzwerk Integrationslotsen\""))
        #expect(Lotse.run(["check", store]).output.contains("0 Kommunen, 0 Fragen, 0 Sitzungen"))
    }

    @Test func checkOnARegularFileSaysItIsAFile() throws {
        let file = folder.appendingPathComponent("notizen.txt").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let result = Lotse.run(["check", file])
        #expect(result.status == 2)
        #expect(result.error.contains("ist eine Datei, kein Store-Ordner"))
        #expect(!result.error.contains("lotse init"))
    }
}

/// The settings file, and which setting wins: the command line over the environment over
/// the file over the defaults.
@Suite("Settings")
struct SettingsTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-settings-\(UUID().uuidString)")

    @Test func theSyncIntervalIsReadFromItsSection() throws {
        let config = folder.appendingPathComponent("config/lotse")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = config.appendingPathComponent("config.toml")
        let base = ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
        try Data("[sync]\nevery_minutes = 10\n".utf8).write(to: file)
        let good = Lotse.run(["config"], base)
        #expect(good.output.contains("[sync] every_minutes = 10") && good.output.contains("Zeile 2"), "\(good.output)")
        try Data("[sync]\nevery_minutes = 0\n".utf8).write(to: file)
        let bad = Lotse.run(["config"], base)
        #expect(!bad.output.contains("every_minutes = 0"))
        #expect(bad.error.contains("Zeile 2: every_minutes muss eine ganze Zahl größer als 0 sein"), "\(bad.error)")
    }

    @Test func optionsWinOverTheEnvironmentWhichWinsOverTheFile() throws {
        let config = folder.appendingPathComponent("config/lotse")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        try Data("""
            # Lotse
            store = "\(store)"
            user = "Koordination Werl"
            farbe = "rot"
            """.utf8).write(to: config.appendingPathComponent("config.toml"))
        let base = ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
        #expect(Lotse.run(["init", "--example"], base).status == 0, "init uses the store from the file")
        #expect(FileManager.default.fileExists(atPath: store + "/store.json"))

        let fromFile = Lotse.run(["config"], base)
        #expect(fromFile.output.contains("user  = \"Koordination Werl\"") && fromFile.output.contains("aus der Einstellungsdatei, Zeile 3"))
        #expect(fromFile.error.contains("Zeile 4: unbekannte Einstellung „farbe“"), "a bad line is named and Lotse goes on")
        var environment = base
        environment["LOTSE_USER"] = "Aus der Umgebung"
        let fromEnvironment = Lotse.run(["config"], environment).output
        #expect(fromEnvironment.contains("\"Aus der Umgebung\"") && fromEnvironment.contains("aus LOTSE_USER"))
        #expect(Lotse.run(["config", "--user", "Von der Befehlszeile"], environment).output
            .contains("\"Von der Befehlszeile\""))

        // A question logged without --user names the coordinator from the file.
        let added = Lotse.run(["questions", "add", "--commune", "werl", "--title", "Aus der Datei"], base)
        #expect(added.status == 0, "\(added.error)")
        let id = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Lotse.run(["questions", "show", id, "--format", "json"], base).output.contains("\"loggedBy\" : \"Koordination Werl\""))
    }
}

/// The store generator for measuring at 1,000, 10,000 and 100,000 questions.
@Suite("End to end: the store generator")
struct StoreGeneratorTests {
    @Test func aGeneratedStoreIsValidAndTheSameEveryTime() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bench = URL(fileURLWithPath: Lotse.binary).deletingLastPathComponent().appendingPathComponent("lotse-bench").path
        for name in ["a", "b"] {
            let made = Spawn.run([bench, "generate", "--questions", "300", "--out", folder.appendingPathComponent(name).path],
                                 environment: Lotse.environment())
            #expect(made.status == 0, "\(made.error)")
        }
        let check = Lotse.run(["check", folder.appendingPathComponent("a").path])
        #expect(check.status == 0 && check.output.contains("50 Kommunen, 300 Fragen"), "\(check.output)")
        #expect(try Lotse.snapshot(folder.appendingPathComponent("a").path) == Lotse.snapshot(folder.appendingPathComponent("b").path),
                "seeded: the same store every time")
        let network = try FileStore(at: folder.appendingPathComponent("a")).load().network
        let bundled = network.questions.filter { $0.communes.count > 1 }.count
        #expect(bundled > 10 && bundled < 100, "some needs are shared by several communes: \(bundled)")
        #expect(Set(network.questions.map(\.status)).count >= 4, "every kind of status")
        #expect(Spawn.run([bench, "generate", "--questions", "x"], environment: Lotse.environment()).status == 2)
    }
}
