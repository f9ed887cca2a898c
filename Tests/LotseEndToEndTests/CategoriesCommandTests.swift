import Foundation
import Testing

/// `lotse categories`: a rename reaches every question in one step, a category in use
/// is not removed, and wrong input writes nothing.
@Suite("End to end: lotse categories")
struct CategoriesCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-categories-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(Lotse.run(["init", "--example", store]).status == 0)
    }

    func run(_ arguments: [String]) -> Spawn.Result { Lotse.run(["categories"] + arguments + ["--store", store]) }

    func snapshot() throws -> [String: Data] { try Lotse.snapshot(store) }

    @Test func renameReachesEveryQuestionAddAndRemove() throws {
        let before = Lotse.run(["questions", "list", "--category", "Wohnen", "--format", "csv", "--store", store]).output
        let count = before.split(separator: "\r\n").count - 1
        #expect(count > 1)
        let renamed = run(["rename", "wohnen", "Wohnen und Unterkunft"])
        #expect(renamed.output.contains("„Wohnen“ heißt jetzt „Wohnen und Unterkunft“ (\(count) Fragen geändert)"))
        let after = Lotse.run(["questions", "list", "--category", "Wohnen und Unterkunft", "--format", "csv", "--store", store]).output
        #expect(after.split(separator: "\r\n").count - 1 == count)
        #expect(run(["list"]).output.contains("Wohnen und Unterkunft"))
        #expect(run(["add", "Digitales"]).status == 0)
        #expect(run(["remove", "Digitales"]).status == 0)
        #expect(!run(["list"]).output.contains("Digitales"))
        #expect(Lotse.run(["check", store]).status == 0)
    }

    @Test(arguments: [
        (["remove", "Freizeit"], "„Freizeit“ wird von 2 Fragen genutzt und bleibt"),
        (["add", "wohnen"], "Die Kategorie „Wohnen“ gibt es schon"),
        (["rename", "Sport", "Bewegung"], "Unbekannte Kategorie „Sport“"),
        (["rename", "Wohnen", "Mobilität"], "Die Kategorie „Mobilität“ gibt es schon"),
        (["add", "  "], "darf nicht leer sein"),
    ])
    func wrongInputIsNamedAndWritesNothing(arguments: [String], message: String) throws {
        let before = try snapshot()
        let result = run(arguments)
        #expect(result.status != 0)
        #expect(result.error.contains(message), "stderr was: \(result.error)")
        #expect(try snapshot() == before)
    }
}
