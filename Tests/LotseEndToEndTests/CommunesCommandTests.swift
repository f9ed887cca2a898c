import Foundation
import Testing
import LotseStore

/// `lotse communes`: a network's communes and coordinators from the command line, every
/// error named with the valid values, and nothing written on bad input.
@Suite("End to end: lotse communes")
struct CommunesCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-communes-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(Lotse.run(["init", store, "--district", "Kreis Beispiel"]).status == 0)
    }

    func run(_ arguments: [String]) -> Spawn.Result { Lotse.run(["communes"] + arguments + ["--store", store]) }

    func snapshot() throws -> [String: Data] { try Lotse.snapshot(store) }

    @Test func addEditCoordinatorsArchiveAndRemove() throws {
        #expect(run(["add", "--name", "Möhnesee"]).output == "moehnesee\n")
        #expect(run(["add", "--name", "Wickede (Ruhr)", "--kind", "stadt"]).output == "wickede-ruhr\n")
        #expect(run(["add", "--name", "Bad Sassendorf", "--slug", "bad-sassendorf"]).output == "bad-sassendorf\n")
        #expect(run(["edit", "Möhnesee", "--notes", "Treffen im Rathaus", "--kind", "gemeinde"]).status == 0)
        #expect(run(["coordinator", "add", "moehnesee", "--name", "Ehrenamtskoordination Möhnesee", "--role", "Koordination",
                     "--email", "ehrenamt@moehnesee.example"]).status == 0)
        let json = run(["list", "--format", "json"]).output
        #expect(json.contains("\"notes\" : \"Treffen im Rathaus\"") && json.contains("ehrenamt@moehnesee.example"))
        let table = run(["list"]).output
        #expect(table.contains("wickede-ruhr") && table.contains("Wickede (Ruhr)") && table.contains("Stadt"))
        #expect(run(["list", "--format", "csv"]).output.hasPrefix("slug,name,kind,coordinators,archived\r\n"))
        #expect(run(["coordinator", "remove", "moehnesee", "Ehrenamtskoordination Möhnesee"]).status == 0)

        // A question names Möhnesee: it can be archived, not removed.
        #expect(Lotse.run(["questions", "add", "--commune", "moehnesee", "--title", "Frage", "--store", store]).status == 0)
        let refused = run(["remove", "moehnesee"])
        #expect(refused.status == 1 && refused.error.contains("von 1 Frage und 0 Sitzungen genannt"))
        #expect(run(["archive", "moehnesee"]).status == 0)
        #expect(run(["list"]).output.contains("(archiviert)"))
        #expect(run(["remove", "wickede-ruhr"]).status == 0)
        #expect(!run(["list"]).output.contains("wickede-ruhr"))
        // "alle" invites the active communes only; restored, Möhnesee is invited again.
        func invitedByAll() throws -> [String] {
            let made = Lotse.run(["meetings", "new", "--date", "1.3.2030", "--invite", "alle", "--store", store])
            let id = made.output.trimmingCharacters(in: .whitespacesAndNewlines)
            return try FileStore(at: URL(fileURLWithPath: store)).load().network.meetings.first { $0.id == id }?.invited ?? []
        }
        #expect(try !invitedByAll().contains("moehnesee"))
        let restored = run(["restore", "moehnesee"])
        #expect(restored.status == 0 && restored.output.contains("moehnesee: wieder aktiv"), "\(restored.error)")
        #expect(!run(["list"]).output.contains("(archiviert)"))
        #expect(try invitedByAll().contains("moehnesee"))
        #expect(run(["restore", "moehnesee"]).status == 1)
        #expect(run(["archive", "moehnesee"]).status == 0)
        #expect(Lotse.run(["check", store]).status == 0)
    }

    @Test(arguments: [
        (["add", "--name", "  "], "--name darf nicht leer sein"),
        (["add", "--name", "Dorf", "--kind", "dorf"], "Unbekannte Art „dorf“. Gültig: stadt, gemeinde"),
        (["add", "--name", "Dorf", "--slug", "Dorf Eins"], "„Dorf Eins“ taugt nicht als Kurzname"),
        (["add", "--name", "Erste"], "Den Kurznamen „erste“ hat schon Erste"),
        (["edit", "atlantis", "--name", "X"], "Unbekannte Kommune „atlantis“. Gültig: erste (Erste)"),
        (["edit", "erste"], "Nichts zu ändern"),
        (["coordinator", "remove", "erste", "Niemand"], "Erste hat keine Koordination „Niemand“. Es ist noch niemand eingetragen."),
        (["coordinator", "add", "erste", "--name", ""], "--name darf nicht leer sein"),
        (["coordinator", "add", "erste", "--name", "KI", "--phone", "abc"], "--phone: Telefon nur mit Ziffern"),
        (["coordinator", "add", "erste", "--name", "KI", "--email", "keine-mail"], "--email: E-Mail als name@domain.de eingeben."),
        (["remove", "atlantis"], "Unbekannte Kommune „atlantis“"),
    ])
    func wrongValuesAreNamedAndNothingIsWritten(arguments: [String], message: String) throws {
        #expect(run(["add", "--name", "Erste"]).status == 0)
        let before = try snapshot()
        let result = run(arguments)
        #expect(result.status != 0)
        #expect(result.error.contains(message), "stderr was: \(result.error)")
        #expect(try snapshot() == before, "a failed command changed the store")
    }
}

/// A municipal merger rewrites every reference in one change.
@Suite("End to end: merging communes")
struct CommuneMergeTests {
    @Test func aMergedCommunesQuestionsAndMeetingsNameTheOtherAndNothingIsLeftDangling() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        func ids(_ commune: String) -> Set<String> {
            let csv = Lotse.run(["questions", "list", "--commune", commune, "--format", "csv", "--store", store]).output
            return Set(csv.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) })
        }
        let ense = ids("ense"), werl = ids("werl")
        #expect(!ense.isEmpty)
        let merged = Lotse.run(["communes", "merge", "ense", "--into", "werl", "--store", store])
        #expect(merged.status == 0, "\(merged.error)")
        #expect(ids("werl") == ense.union(werl), "every question of Ense is now one of Werl's")
        #expect(!Lotse.run(["communes", "list", "--store", store]).output.contains("ense "))
        let check = Lotse.run(["check", store])
        #expect(check.status == 0, "no reference to Ense is left: \(check.output)")
        let meetings = try FileManager.default.contentsOfDirectory(atPath: store + "/meetings")
        for file in meetings {
            #expect(!(try String(contentsOfFile: store + "/meetings/" + file, encoding: .utf8)).contains("\"ense\""))
        }
        // The merged commune stays findable: its slug and name lead to Werl, which says
        // what it took in.
        let byOldSlug = Lotse.run(["questions", "list", "--commune", "ense", "--store", store])
        #expect(byOldSlug.status == 0 && !byOldSlug.output.isEmpty, "\(byOldSlug.error)")
        let werlFile = try String(contentsOfFile: store + "/communes/werl.json", encoding: .utf8)
        #expect(werlFile.contains("\"formerly\"") && werlFile.contains("\"slug\" : \"ense\""), "\(werlFile)")
        #expect(Lotse.run(["history", "Ense", "--store", store]).output.contains("Werl"))
    }
}
