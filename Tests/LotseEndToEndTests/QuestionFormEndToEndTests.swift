import Foundation
import Testing

/// Logging a question through the form in a real terminal, and finding it again after a
/// restart: typed umlauts, Tab between fields, Ctrl-S (flow control must be off), undo.
@Suite("End to end: the question form in tmux", .serialized)
struct QuestionFormEndToEndTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-form-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func logAQuestionWithUmlautsAndFindItAfterARestart() throws {
        let title = "Führerschein für Geflüchtete: Übersetzung der Prüfung?"
        var tmux = try Tmux(Tmux.lotseCommand(["--store", store, "--user", "Koordination Möhnesee"]), width: 120, height: 40)
        tmux.waitFor("Alle Kommunen")
        tmux.press("2", "n")
        tmux.waitFor("Neue Frage")
        tmux.type(title)
        // The similar question from Welver shows up while typing.
        tmux.waitFor("Führerschein: Wird die theoretische Prüfung übersetzt?")
        tmux.press("Tab")
        tmux.type("m")       // type-ahead: Möhnesee
        tmux.press("Space")
        tmux.waitFor("Kommunen      Möhnesee")
        tmux.press("Tab")
        for _ in 0..<9 { tmux.press("Down") }   // Mobilität, after "ohne Kategorie"
        tmux.waitFor("Kategorie     Mobilität")
        tmux.press("Tab")
        tmux.type("Führerschein, Übersetzung")
        tmux.press("Tab", "Tab")
        tmux.type("Mehrere Männer möchten den Führerschein machen. Gibt es die Prüfung auf Arabisch oder Farsi?")
        tmux.waitFor("auf Arabisch oder Farsi?")
        tmux.press("C-s")
        var screen = tmux.waitFor("✓ Gespeichert: neue Frage")
        #expect(screen.contains("[1] Kommunen"))
        tmux.press("q")
        tmux.waitFor("EXIT=0")

        tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40)
        tmux.waitFor("Alle Kommunen")
        tmux.press("2", "/")
        tmux.type("fuhrerschein ubersetzung")
        // The title is in the list as soon as the filter matches it, maybe before it is the
        // selected row: wait for its details, not for the title.
        screen = tmux.waitFor("Schlagwörter  Führerschein, Übersetzung")
        #expect(screen.contains(title))
        #expect(screen.contains("Schlagwörter  Führerschein, Übersetzung"))
        #expect(screen.contains("Koordination Möhnesee"))
        // Undo is per session: this fresh one has nothing to undo.
        tmux.press("Enter", "u")
        tmux.waitFor("Nichts rückgängig zu machen.")
        tmux.press("q")
        tmux.waitFor("EXIT=0")

        let list = Lotse.run(["questions", "list", "--store", store, "--search", "Führerschein Übersetzung", "--format", "csv"])
        let rows = CSV.parse(list.output)
        #expect(rows.count == 2)
        #expect(rows.last?[2] == "moehnesee" && rows.last?[3] == "Mobilität" && rows.last?[5] == title)
    }

    @Test func escAsksBeforeThrowingAwayAForm() throws {
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 80, height: 24)
        tmux.waitFor("Alle Kommunen")
        tmux.press("2", "n")
        tmux.type("Entwurf")
        tmux.press("Escape")
        tmux.waitFor("Änderungen verwerfen?")
        tmux.press("2", "n")
        tmux.waitFor("Titel         Entwurf")
        // Ctrl-C with unsaved edits asks too, and quits on yes.
        tmux.press("C-c")
        tmux.waitFor("Lotse beenden?")
        tmux.press("j")
        let screen = tmux.waitFor("EXIT=")
        #expect(screen.contains("EXIT=130"))
        #expect(screen.contains("icanon echo"))
    }
}

/// The terminal window closes while a question is half typed: the text comes back.
@Suite("End to end: drafts")
struct DraftEndToEndTests {
    @Test func closingTheWindowKeepsTheFormTextAndTheNextStartRestoresIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-draft-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = folder.appendingPathComponent("store").path
        let environment = Lotse.environment(["XDG_STATE_HOME": folder.appendingPathComponent("state").path])
        let first = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40, environment: environment)
        first.waitFor("q Beenden")
        first.press("2", "n")
        first.waitFor("Neue Frage")
        first.type("Halb getippte Frage über Wohnsitzauflagen")
        first.waitFor("Wohnsitzauflagen")
        first.tmux(["kill-session", "-t", "t"])  // the window closes: SIGHUP
        let drafts = folder.appendingPathComponent("state/lotse/drafts").path
        let deadline = Date().addingTimeInterval(10)
        while ((try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []).isEmpty && Date() < deadline { usleep(50_000) }
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []).count == 1)

        let second = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40, environment: environment)
        let screen = second.waitFor("Entwurf wiederhergestellt")
        #expect(screen.contains("Halb getippte Frage über Wohnsitzauflagen") && screen.contains("Neue Frage"))
        second.press("Escape")
        second.waitFor("Änderungen verwerfen?")
        second.press("j", "q")
        second.waitFor("EXIT=0")
    }
}

/// A district starts its own network: an empty store, two communes added in the
/// dashboard, a question logged, and after a restart everything is there.
@Suite("End to end: a new network from scratch")
struct NewNetworkEndToEndTests {
    @Test func initTwoCommunesInTheDashboardAQuestionAndARestart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = folder.appendingPathComponent("netz").path
        #expect(Lotse.run(["init", store, "--district", "Kreis Beispiel", "--network", "Netzwerk Integration"]).status == 0)

        var tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40)
        var screen = tmux.waitFor("Noch keine Kommunen – n")
        #expect(screen.contains("Netzwerk Integration · Kreis Beispiel"))
        tmux.press("n")
        tmux.waitFor("Neue Kommune")
        tmux.type("Möhnesee")
        tmux.press("C-s")
        tmux.waitFor("✓ Kommune gespeichert")
        tmux.press("n")
        tmux.waitFor("Neue Kommune")
        tmux.type("Wickede (Ruhr)")
        tmux.press("Tab", "C-u")
        tmux.type("Stadt")
        tmux.press("C-s")
        screen = tmux.waitFor("Wickede (Ruhr)") { $0.contains("✓ Kommune gespeichert") && $0.contains("│ Wickede (Ruhr)") }
        #expect(screen.contains("│ Möhnesee"))
        tmux.press("c")
        tmux.waitFor("Noch niemand eingetragen – n")
        tmux.press("n")
        tmux.waitFor("Koordination eintragen")
        tmux.type("Büro für Integration")
        tmux.press("Tab")
        tmux.type("Ehrenamtskoordination")
        tmux.press("C-s")
        tmux.waitFor("Koordination · Wickede (Ruhr)") { $0.contains("│ Büro für Integration  Ehrenamtskoordination") }
        tmux.press("Escape")
        tmux.waitFor("Büro für Integration — Ehrenamtskoordination")  // the commune's detail
        tmux.press("2", "n")
        tmux.waitFor("Neue Frage")
        tmux.type("Gibt es Sprachkurse am Abend?")
        tmux.waitFor("Kommunen      Wickede (Ruhr)")  // the commune just added is the one chosen
        tmux.press("C-s")
        tmux.waitFor("✓ Gespeichert: neue Frage")
        tmux.press("q")
        tmux.waitFor("EXIT=0")

        tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 120, height: 40)
        screen = tmux.waitFor("Gibt es Sprachkurse am Abend?")
        #expect(screen.contains("│ Möhnesee") && screen.contains("│ Wickede (Ruhr)"))
        tmux.press("q")
        tmux.waitFor("EXIT=0")
        let communes = Lotse.run(["communes", "list", "--store", store]).output
        #expect(communes.contains("wickede-ruhr") && communes.contains("Stadt") && communes.contains("moehnesee"))
        let json = Lotse.run(["communes", "list", "--store", store, "--format", "json"]).output
        #expect(json.contains("Büro für Integration") && json.contains("Ehrenamtskoordination"))
    }
}
