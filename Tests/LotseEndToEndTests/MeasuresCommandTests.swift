import Foundation
import Testing
import LotseStore

/// `lotse measures`: the meetings' measures on the command line, as a user runs them.
@Suite("End to end: lotse measures")
struct MeasuresCommandTests {
    @Test func listFilterAndMarkMeasures() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-measures-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        func run(_ arguments: [String]) -> Spawn.Result { Lotse.run(["measures"] + arguments + ["--store", store]) }

        let open = run(["list"])
        #expect(open.status == 0)
        let lines = open.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true && lines.first?.contains("Verantwortlich") == true, "\(open.output)")
        #expect(lines.count == 3 && !open.output.contains("erledigt"), "two open measures: \(open.output)")
        let all = run(["list", "--all"])
        #expect(all.output.contains("erledigt") && all.output.split(separator: "\n").count == 4)
        #expect(run(["list", "--overdue"]).output.contains("überfällig"))
        #expect(run(["list", "--owner", "ki kreis"]).output.split(separator: "\n").count == 3)
        #expect(run(["list", "--owner", "Werl"]).output.contains("Keine Treffer"))

        // JSON and CSV for other programs, with the full ids.
        let json = try JSONValue.parse(Data(run(["list", "--format", "json", "--all"]).output.utf8))
        guard case .array(let items) = json else { Issue.record("not a JSON array"); return }
        #expect(items.count == 3)
        let first = try #require(items.first?.object)
        guard case .string(let id)? = first["id"], case .string(let text)? = first["text"] else { Issue.record("no id"); return }
        let csv = run(["list", "--format", "csv"]).output
        #expect(csv.hasPrefix("id,due,status,owner,text,meeting,top\r\n") && csv.contains(id))
        let sheet = run(["list", "--format", "csv-excel"]).output
        #expect(sheet.hasPrefix("\u{FEFF}ID;Fällig;Stand;Verantwortlich;Maßnahme;Treffen;TOP\r\n") && sheet.contains(id), "\(sheet)")

        // Done, then open again, by the id shown; the dashboard's O sees the same.
        let done = run(["done", id])
        #expect(done.status == 0 && done.output.contains("erledigt: \(text)"), "\(done.error)")
        #expect(!run(["list"]).output.contains(text))
        #expect(run(["done", id]).status == 1, "nothing to change")
        #expect(run(["reopen", id]).status == 0 && run(["list"]).output.contains(text))
        #expect(run(["drop", id]).status == 0)
        #expect(run(["list", "--all"]).output.contains("verworfen"))
        let unknown = run(["done", "zzz"])
        #expect(unknown.status == 1 && unknown.error.contains("Keine Maßnahme „zzz“"))
        let ambiguous = run(["done", String(id.prefix(10))])
        #expect(ambiguous.status == 1 && ambiguous.error.contains("passt auf mehrere Maßnahmen"))
        #expect(Lotse.run(["check", store]).status == 0)
    }
}
