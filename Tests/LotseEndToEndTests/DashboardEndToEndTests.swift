import Foundation
import Testing

/// The built binary in a real terminal: tmux at 120×40 and 80×24.
@Suite("End to end: the dashboard in tmux", .serialized)
struct DashboardEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-e2e-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The restored-terminal line printed after lotse ends: cooked mode, echo on.
    static func expectRestored(_ screen: String, exit: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(screen.contains("EXIT=\(exit)"), sourceLocation: sourceLocation)
        #expect(screen.contains("icanon echo") || screen.contains("icanon") && !screen.contains("-icanon"),
                "terminal left in raw mode:\n\(screen)", sourceLocation: sourceLocation)
        #expect(!screen.contains("-echo "), sourceLocation: sourceLocation)
        #expect(!screen.contains("[1] Kommunen"), "the dashboard is still on screen", sourceLocation: sourceLocation)
    }

    @Test func firstRunCreatesTheExampleStoreAndQuitsCleanly() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40)
        // The hint bar is the last line of the first frame: wait for it, not for the first panel.
        let screen = tmux.waitFor("q Beenden")
        #expect(screen.contains("Netzwerk Ehrenamtskoordination · Kreis Soest"))
        #expect(screen.contains("Store: ") && screen.contains("/store\n"))
        #expect(screen.contains("[1] Kommunen") && screen.contains("[2] Offene Fragen") && screen.contains("[3] Treffen"))
        #expect(screen.contains("Möhnesee") && screen.contains("Wickede (Ruhr)") && screen.contains("Rüthen"))
        #expect(screen.contains("2. Treffen der Ehr"))
        #expect(screen.contains("Tab Panel") && screen.contains("q Beenden"))
        #expect(screen.contains("Beispieldaten erfunden · lotse init"), "the first screen says the example data is made up")
        #expect(FileManager.default.fileExists(atPath: store + "/store.json"))
        let communes = try FileManager.default.contentsOfDirectory(atPath: store + "/communes")
        #expect(communes.count == 14)
        tmux.press("q")
        Self.expectRestored(tmux.waitFor("EXIT="), exit: 0)
    }

    @Test func panelsFilterAndDetailsThroughTheKeyboard() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40)
        tmux.waitFor("Alle Kommunen")
        // Möhnesee is the ninth row; selecting it narrows the questions.
        for _ in 0..<8 { tmux.press("j") }
        tmux.waitFor("[2] Offene Fragen · Möhnesee")
        tmux.press("Tab")
        tmux.waitFor("Status        ● offen")
        // Filter the questions, umlaut-insensitively, while typing.
        tmux.press("/")
        tmux.type("fahrrader")
        var screen = tmux.waitFor("/ fahrrader▏")
        #expect(screen.contains("Gespendete Fahrräder") == false, "Fahrräder is a Lippetal/Welver question")
        tmux.press("Escape")
        tmux.press("1", "g")
        tmux.waitFor("[2] Offene Fragen · Datum ▼ ─")
        tmux.press("2", "/")
        tmux.type("fahrräder")
        screen = tmux.waitFor("Gespendete Fahrräder: Wer prüft")
        #expect(screen.contains("1/1"))
        tmux.press("Enter")  // keeps the filter
        tmux.press("Enter")  // opens the full detail view
        screen = tmux.waitFor("Esc Zurück")
        #expect(screen.contains("Lippetal, Welver"))
        tmux.press("Escape")
        tmux.waitFor("/ fahrräder")
        tmux.press("Escape")
        screen = tmux.waitFor("the filter to go") { !$0.contains("/ fahrräder") }
        tmux.press("3")
        tmux.press("Enter")
        // The home screen names the place too: wait for what only the agenda shows.
        screen = tmux.waitFor("Summe 115 Min.")
        #expect(screen.contains("Tagesordnung: 2. Treffen der Ehrenamtskoordinatoren"))
        #expect(screen.contains("Wohnungssuche und Mietobergrenzen"))
        tmux.press("Escape", "?")
        screen = tmux.waitFor("Hilfe: Tasten")
        #expect(screen.contains("nächstes Panel"))
        tmux.press("F1")
        tmux.waitFor("the help to close") { !$0.contains("Hilfe: Tasten") }
        tmux.press("q")
        Self.expectRestored(tmux.waitFor("EXIT="), exit: 0)
    }

    @Test func resizingRedrawsAtOnceAndATinyTerminalGetsANotice() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40)
        tmux.waitFor("Alle Kommunen")
        tmux.resize(width: 80, height: 24)
        var screen = tmux.waitFor("80×24 layout") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 24 && lines[1].hasPrefix("┌─ [1] Kommunen") && lines[1].contains("┐┌─ Netzwerk")
        }
        #expect(screen.contains("Tab Panel"))
        tmux.resize(width: 50, height: 12)
        screen = tmux.waitFor("Terminal zu klein")
        #expect(screen.contains("Aktuell 50×12, benötigt mindestens 60×16."))
        tmux.press("Tab")  // ignored while too small, no crash
        tmux.resize(width: 120, height: 40)
        tmux.waitFor("[3] Treffen")
        tmux.press("q")
        Self.expectRestored(tmux.waitFor("EXIT="), exit: 0)
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 80, height: 24)
        tmux.waitFor("Alle Kommunen")
        tmux.press("C-c")
        Self.expectRestored(tmux.waitFor("EXIT="), exit: 130)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 80, height: 24)
        tmux.waitFor("Alle Kommunen")
        let shell = tmux.tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            .split(separator: " ").compactMap { Int32($0) }
        let lotse = try #require(children.first)
        kill(lotse, SIGTERM)
        Self.expectRestored(tmux.waitFor("EXIT="), exit: 143)
    }

    @Test func englishWhenTheLocaleAsksForIt() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store], before: "LANG=en_US.UTF-8 "), width: 120, height: 40)
        let screen = tmux.waitFor("All communes")
        #expect(screen.contains("[2] Open questions") && screen.contains("q quit"))
        #expect(screen.contains("Möhnesee"), "umlauts still print under a locale this machine lacks")
        tmux.press("q")
        tmux.waitFor("EXIT=0")
    }

    @Test func aBrokenFileIsNamedAndLeftAlone() throws {
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let questions = try FileManager.default.contentsOfDirectory(atPath: store + "/questions").sorted()
        let broken = "\(store)/questions/\(questions[3])"
        let garbage = Data("{ \"id\": \"kaputt\", ".utf8)
        try garbage.write(to: URL(fileURLWithPath: broken))
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40)
        var screen = tmux.waitFor("1 fehlerhafte Datei")
        #expect(screen.contains("questions/\(questions[3]): kein gültiges JSON"))
        #expect(screen.contains("Alle Kommunen"))
        tmux.press("!")
        screen = tmux.waitFor("Fehlerhafte Dateien im Store")
        tmux.press("Escape", "q")
        tmux.waitFor("EXIT=0")
        #expect(try Data(contentsOf: URL(fileURLWithPath: broken)) == garbage)
    }

    @Test func aTerminalWithoutCursorAddressingIsRefused() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store], before: "LC_ALL= LC_MESSAGES= LANG=C.UTF-8 TERM=dumb "), width: 80, height: 24)
        let screen = tmux.waitFor("EXIT=")
        #expect(screen.contains("EXIT=2"))
        #expect(screen.contains("„dumb“ kann den Cursor nicht bewegen"))
    }

    @Test func anUnknownTerminalTypeIsRefused() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store], before: "LC_ALL= LC_MESSAGES= LANG=C.UTF-8 TERM=no-such-terminal "), width: 80, height: 24)
        let screen = tmux.waitFor("EXIT=")
        #expect(screen.contains("EXIT=2"))
        #expect(screen.contains("„no-such-terminal“ kennt dieser Rechner nicht"))
    }

    @Test func coloursInA256ColourTerminalAndAttributesUnderNoColor() throws {
        let colour = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40)
        colour.waitFor("Alle Kommunen")
        let styled = colour.tmux(["capture-pane", "-e", "-p", "-t", "t"]).output
        // The selection (#264f78 → palette 24) and the focused border (#87d75f → 113).
        #expect(styled.contains("48;5;24m"))
        #expect(styled.contains("38;5;113m"))
        colour.press("q")
        colour.waitFor("EXIT=0")

        let plain = try Tmux(Tmux.lotseCommand(["--store", store], before: "NO_COLOR=1 "), width: 120, height: 40)
        plain.waitFor("Alle Kommunen")
        let attributes = plain.tmux(["capture-pane", "-e", "-p", "-t", "t"]).output
        #expect(!attributes.contains("38;5;") && !attributes.contains("48;5;"))
        #expect(attributes.contains("7m"), "the selection is shown in reverse video")
        plain.press("q")
        plain.waitFor("EXIT=0")
    }

    @Test func umlautsPrintEvenWithTheCLocale() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store], before: "LANG=C LC_ALL= "), width: 80, height: 24)
        let screen = tmux.waitFor("Alle Kommunen")
        #expect(screen.contains("Anröchte") && screen.contains("Möhnesee"))
        tmux.press("/")
        tmux.type("rüth")
        tmux.waitFor("/ rüth▏")
        tmux.press("q")  // typed into the filter, not a command
        tmux.waitFor("/ rüthq▏")
        tmux.press("Escape", "q")
        tmux.waitFor("EXIT=0")
    }
}

/// Keys of one's own, from the settings file's `[keys]` section.
@Suite("End to end: own keys", .serialized)
struct OwnKeysTests {
    @Test func aRemappedKeyWorksAndTheHintBarAndHelpShowIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-keys-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config/lotse")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("""
            [keys]
            quit = "Q"
            knowledge = "F3"
            frobnicate = "x"
            help = "n"

            """.utf8).write(to: config.appendingPathComponent("config.toml"))
        let environment = Lotse.environment(["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path])
        let check = Lotse.run(["config"], ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path])
        #expect(check.output.contains("Zeile 4: [keys]: einen Befehl „frobnicate“ gibt es nicht"), "\(check.output)\(check.error)")
        #expect(check.output.contains("Zeile 5: [keys]: n ruft schon"))

        let store = folder.appendingPathComponent("store").path
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40, environment: environment)
        let first = tmux.waitFor("Q Beenden")
        #expect(first.contains("F3 Wissen"), "the hint bar shows the keys in force")
        tmux.press("F3")
        tmux.waitFor("Wissen")
        tmux.press("Escape")
        tmux.press("?")
        tmux.press("G")
        let help = tmux.waitFor("Lotse beenden")
        #expect(help.contains("Q q") || help.contains("Q           "), "the help names the user's key first:\n\(help)")
        tmux.press("Escape")
        tmux.press("Q")
        tmux.waitFor("EXIT=0")
    }
}

/// The mouse, as SGR mouse reports sent into the pane: what a terminal sends for a click.
@Suite("End to end: the mouse", .serialized)
struct MouseEndToEndTests {
    static func click(_ tmux: Tmux, x: Int, y: Int) {
        tmux.tmux(["send-keys", "-t", "t", "-l", "\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m"])
    }

    @Test func aClickOnACommuneFiltersTheQuestionsAndASecondOpensIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-mouse-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Tmux(Tmux.lotseCommand(["--store", folder.appendingPathComponent("store").path]), width: 120, height: 40)
        let first = tmux.waitFor("Alle Kommunen")
        // Möhnesee's row in the communes panel.
        let lines = first.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("│ Möhnesee") })
        Self.click(tmux, x: 5, y: row)
        let filtered = tmux.waitFor("[2] Offene Fragen · Möhnesee")
        #expect(filtered.contains("Möhnesee"))
        // The wheel over the questions moves their selection.
        tmux.tmux(["send-keys", "-t", "t", "-l", "\u{1B}[<65;50;5M"])
        tmux.waitFor("─ 2/")
        // A second click on the selected commune opens its details.
        Self.click(tmux, x: 5, y: row)
        tmux.waitFor("Koordination")
        tmux.press("q")
        tmux.waitFor("EXIT=0")
    }
}
