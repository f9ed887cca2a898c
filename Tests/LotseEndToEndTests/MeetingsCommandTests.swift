import Foundation
import Testing

/// `lotse meetings …`: listing, showing and exporting the example meetings.
@Suite("End to end: lotse meetings")
struct MeetingsCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-m-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(Lotse.run(["init", "--example", folder.appendingPathComponent("store").path]).status == 0)
    }

    func run(_ arguments: [String]) -> Spawn.Result {
        Lotse.run(["meetings"] + arguments + ["--store", store])
    }

    func firstID() -> String {
        String(run(["list"]).output.split(separator: "\n").dropFirst().first?.prefix(12) ?? "")
    }

    @Test func listAndShow() {
        let list = run(["list"])
        #expect(list.status == 0)
        #expect(list.output.hasPrefix("ID            Termin      Stand             Titel\n"), "a header row as the other lists")
        let lines = Array(list.output.split(separator: "\n").dropFirst())
        #expect(lines.count == 2)
        #expect(lines[0].contains("05.12.2016  ✓ abgeschlossen") && lines[0].hasSuffix("1. Treffen der Ehrenamtskoordinatoren"))
        #expect(lines[1].contains("13.03.2017  ○ geplant"))
        let show = run(["show", firstID()])
        #expect(show.output.contains("Ort           Evangelische Frauenhilfe Soest"))
        #expect(show.output.contains("TOP 4  Bündelung der Unterstützungsbedarfe"))
    }

    @Test func agendaAndMinutesAsMarkdownFiles() throws {
        let id = firstID()
        let out = folder.appendingPathComponent("protokoll.md").path
        let minutes = run(["minutes", id, "--out", out])
        #expect(minutes.status == 0)
        #expect(minutes.error.contains("\(out) geschrieben"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("# Protokoll: 1. Treffen der Ehrenamtskoordinatoren\n"))
        #expect(text.contains("## Maßnahmen") && !text.contains("Interne Notiz"))
        #expect(run(["minutes", id, "--internal"]).output.contains("> **Interne Notiz:**"))
        let agenda = run(["agenda", id])
        #expect(agenda.output.contains("| | **Summe** | | **145** | Ende 17:25 |"))
    }

    /// The files of the store, with their contents, to prove that a refused command wrote nothing.
    func snapshot() throws -> [String: Data] { try Lotse.snapshot(store) }

    @Test func aNewMeetingGetsItemsAndItsAgendaAddsUp() throws {
        let new = run(["new", "--date", "12.06.2017", "--time", "9:30", "--place", "Rathaus Werl", "--invite", "Werl", "--invite", "möhnesee"])
        #expect(new.status == 0, "\(new.error)")
        let id = new.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.count == 26)
        let csv = Lotse.run(["questions", "list", "--store", store, "--format", "csv"])
        // CSV lines end in CRLF, which Swift reads as one character.
        let rows = csv.output.split(whereSeparator: \.isNewline)
        let question = String(try #require(rows.dropFirst().first, "no questions: \(csv.error)").prefix { $0 != "," })
        let first = run(["add-item", id, "--title", "Fahrräder für Geflüchtete", "--minutes", "20", "--presenter", "Werl",
                         "--question", String(question.prefix(10))])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output == "TOP 1: Fahrräder für Geflüchtete · Ende 09:50\n")
        #expect(run(["add-item", String(id.prefix(12)), "--title", "Verschiedenes", "--minutes", "10"]).status == 0)
        let list = run(["list"]).output
        #expect(list.contains("12.06.2017  ○ geplant         Netzwerktreffen Ehrenamtskoordination"))
        let agenda = run(["agenda", id]).output
        #expect(agenda.contains("| 1 | Fahrräder für Geflüchtete | Werl | 20 | 09:30 |"))
        #expect(agenda.contains("| 2 | Verschiedenes |  | 10 | 09:50 |"))
        #expect(agenda.contains("| | **Summe** | | **30** | Ende 10:00 |"))
        #expect(agenda.contains("- **Eingeladen:** Werl, Möhnesee"))
        let json = try String(contentsOfFile: "\(store)/meetings/\(id).json", encoding: .utf8)
        #expect(json.contains("\"questions\" : [\n        \"\(question)\""))
    }

    @Test func planningErrorsNameTheOptionAndWriteNothing() throws {
        let before = try snapshot()
        let badDate = run(["new", "--date", "31.02.2017"])
        #expect(badDate.status == 1)
        #expect(badDate.error.contains("--date: 31.02.2017 gibt es nicht."), "the message names the real problem")
        #expect(run(["new", "--date", "morgen"]).error.contains("--date: Datum als TT.MM.JJJJ eingeben."))
        #expect(badDate.error.contains("Nichts wurde geschrieben."))
        let badInvite = run(["new", "--date", "1.3.2017", "--time", "25:00", "--invite", "Nirgendwo"])
        #expect(badInvite.status == 1)
        #expect(badInvite.error.contains("--time: 25:00 gibt es nicht: Stunden 0 bis 23, Minuten 00 bis 59."))
        #expect(run(["new", "--date", "1.3.2017", "--time", "halb drei"]).error.contains("--time: Uhrzeit als HH:MM eingeben."))
        #expect(badInvite.error.contains("--invite: Unbekannt: Nirgendwo.") && badInvite.error.contains("werl (Werl)"))
        let id = firstID()
        let badItem = run(["add-item", id, "--title", " ", "--minutes", "viele"])
        #expect(badItem.status == 1)
        #expect(badItem.error.contains("--title: Bitte ausfüllen.") && badItem.error.contains("--minutes: Minuten als Zahl"))
        let badQuestion = run(["add-item", id, "--title", "x", "--question", "ZZZ"])
        #expect(badQuestion.status == 1)
        #expect(badQuestion.error.contains("Keine Frage hat eine ID, die mit „ZZZ“ beginnt"))
        #expect(run(["add-item", "ZZZ", "--title", "x"]).status == 1)
        #expect(try snapshot() == before)
    }

    @Test func wrongIdsAndPathsAreExplained() {
        let unknown = run(["agenda", "ZZZ"])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("Keine Sitzung hat eine ID, die mit „ZZZ“ beginnt"))
        let ambiguous = run(["minutes", "01"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.error.contains("ist der Anfang von 2 Sitzungs-IDs"))
        let badPath = run(["agenda", firstID(), "--out", "/nonexistent-folder/x.md"])
        #expect(badPath.status == 1)
        #expect(badPath.error.contains("/nonexistent-folder/x.md lässt sich nicht schreiben: den Ordner /nonexistent-folder gibt es nicht"))
    }
}
