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
        String(run(["list"]).output.split(separator: "\n").first?.prefix(12) ?? "")
    }

    @Test func listAndShow() {
        let list = run(["list"])
        #expect(list.status == 0)
        let lines = list.output.split(separator: "\n")
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
        #expect(minutes.error.contains("wrote \(out)"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("# Protokoll: 1. Treffen der Ehrenamtskoordinatoren\n"))
        #expect(text.contains("## Maßnahmen") && !text.contains("Interne Notiz"))
        #expect(run(["minutes", id, "--internal"]).output.contains("> **Interne Notiz:**"))
        let agenda = run(["agenda", id])
        #expect(agenda.output.contains("| | **Summe** | | **145** | Ende 17:25 |"))
    }

    @Test func wrongIdsAndPathsAreExplained() {
        let unknown = run(["agenda", "ZZZ"])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("no meeting has an id starting with \"ZZZ\""))
        let ambiguous = run(["minutes", "01"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.error.contains("is the start of 2 meeting ids"))
        let badPath = run(["agenda", firstID(), "--out", "/nonexistent-folder/x.md"])
        #expect(badPath.status == 1)
        #expect(badPath.error.contains("cannot write /nonexistent-folder/x.md"))
    }
}
