import Foundation
import Testing
@testable import LotseStore

/// `lotse questions …` as a coordinator would type it: every path, errors included, and
/// the machine formats parsed back.
@Suite("End to end: lotse questions")
struct QuestionsCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-q-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(Lotse.run(["init", "--example", folder.appendingPathComponent("store").path]).status == 0)
    }

    func run(_ arguments: [String]) -> Spawn.Result {
        Lotse.run(["questions"] + arguments + ["--store", store], ["LOTSE_USER": "KI Test"])
    }

    /// The store's files, to prove that a failed command wrote nothing.
    func snapshot() throws -> [String: Data] { try Lotse.snapshot(store) }

    func questions(json: String) throws -> [Question] {
        try CanonicalJSON.decode([Question].self, from: Data(json.utf8))
    }

    @Test func listFiltersAndFormats() throws {
        let table = run(["list", "--commune", "mohnesee"])
        #expect(table.status == 0)
        let lines = table.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.count == 5)
        #expect(lines.dropFirst().allSatisfy { $0.contains("Möhnesee") })

        let json = run(["list", "--status", "in Klärung", "--format", "json"])
        let clarifying = try questions(json: json.output)
        #expect(clarifying.count == 7 && clarifying.allSatisfy { $0.status == .clarifying })

        let csv = run(["list", "--category", "Ehrenamt selbst", "--format", "csv"])
        let rows = CSV.parse(csv.output)
        #expect(rows.first == ["id", "status", "communes", "category", "tags", "title", "created", "updated", "assignee", "answer"])
        #expect(rows.count == 8)
        #expect(rows.dropFirst().allSatisfy { $0[3] == "Ehrenamt selbst" })
        let answered = try #require(rows.first { $0[5].hasPrefix("Dürfen Ehrenamtliche Geflüchtete") })
        #expect(answered[9].contains("Kfz-Haftpflicht; für Schäden"), "a field with a comma or semicolon survives")

        let search = run(["list", "--search", "strasse", "--format", "json"])
        #expect(try questions(json: search.output).map(\.title) == ["Straßenverkehr: Verkehrsschulung für Radfahrende"])
        let tag = run(["list", "--tag", "versicherung", "--format", "json"])
        #expect(try questions(json: tag.output).count == 2)
    }

    @Test func addShowAnswerSetStatusAndMerge() throws {
        let added = run(["add", "--commune", "Möhnesee", "--commune", "welver", "--title", "Gibt es Fahrradkurse für Frauen?",
                         "--body", "Mehrere Frauen möchten Rad fahren lernen.", "--category", "mobilität", "--tag", "Fahrrad"])
        #expect(added.status == 0, "\(added.error)")
        let id = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.count == 26)
        let prefix = String(id.prefix(14))

        let shown = run(["show", prefix, "--format", "json"])
        let question = try CanonicalJSON.decode(Question.self, from: Data(shown.output.utf8))
        #expect(question.communes == ["moehnesee", "welver"] && question.category == "Mobilität")
        #expect(question.loggedBy == "KI Test" && question.status == .open)
        let text = run(["show", prefix])
        #expect(text.output.contains("Kommunen      Möhnesee, Welver  (2 Kommunen — gebündelt)"))

        #expect(run(["set-status", prefix, "in-klarung"]).output.contains("clarifying"))
        let answered = run(["answer", prefix, "--text", "Die Verkehrswacht bietet Kurse an.", "--source", "Verkehrswacht"])
        #expect(answered.status == 0)
        #expect(run(["set-status", prefix, "geschlossen"]).status == 0)
        let closed = try CanonicalJSON.decode(Question.self, from: Data(run(["show", prefix, "--format", "json"]).output.utf8))
        #expect(closed.status == .closed && closed.answer?.text == "Die Verkehrswacht bietet Kurse an." && closed.answer?.by == "KI Test")

        let all = try questions(json: run(["list", "--format", "json"]).output)
        let target = try #require(all.first { $0.title.hasPrefix("Gespendete Fahrräder") })
        let merged = run(["merge", prefix, "--into", String(target.id.prefix(12))])
        #expect(merged.status == 0, "\(merged.error)")
        let after = try questions(json: run(["list", "--format", "json"]).output)
        let gained = try #require(after.first { $0.id == target.id })
        #expect(gained.communes == ["lippetal", "welver", "moehnesee"])
        let duplicate = try #require(after.first { $0.id == id })
        #expect(duplicate.status == .merged && duplicate.duplicateOf == target.id)
    }

    @Test(arguments: [
        (["list", "--commune", "Dortmund"], "Unbekannte Kommune „Dortmund“. Gültig: anroechte (Anröchte)"),
        (["list", "--status", "erledigt"], "Unbekannter Status „erledigt“. Gültig: open (offen), clarifying (in Klärung)"),
        (["list", "--category", "Sport"], "Unbekannte Kategorie „Sport“. Gültig: „Aufenthalt/Asylverfahren“"),
        (["list", "--format", "xml"], "xml"),
        (["add", "--title", "Ohne Kommune"], "--commune fehlt"),
        (["add", "--commune", "soest", "--title", "  "], "--title darf nicht leer sein"),
        (["add", "--commune", "soest", "--title", "T", "--category", "Sprach"], "Unbekannte Kategorie „Sprach“"),
        (["add", "--commune", "Soestt", "--title", "T"], "Unbekannte Kommune „Soestt“"),
        (["show", "ZZZ"], "Keine Frage hat eine ID, die mit „ZZZ“ beginnt"),
        (["show", "01"], "„01“ ist der Anfang von 42 Fragen-IDs; bitte mehr davon angeben"),
        (["answer", "ZZZ", "--text", "x"], "Keine Frage hat eine ID"),
        (["set-status", "01B4G2VX", "fertig"], "Unbekannter Status „fertig“"),
        (["set-status", "01B4G2VX", "answered"], "hat noch keine Antwort"),
        (["set-status", "01B4G2VX", "merged"], "`lotse questions merge 01B4G2VX --into ID` verwenden"),
        (["set-status", "01B40MFK", "open"], "ist zusammengeführt"),
        (["answer", "01B40MFK", "--text", "x"], "wurde mit"),
        (["merge", "01B4G2VX", "--into", "01B4G2VX"], "nicht mit sich selbst zusammenführen"),
        (["merge", "01B40MFK", "--into", "01B4G2VX"], "ist schon zusammengeführt"),
        (["merge", "01B4G2VX", "--into", "01B40MFK"], "ist selbst mit"),
        (["merge", "01B4G2VX"], "--into"),
    ])
    func wrongValuesAreExplainedAndNothingIsWritten(arguments: [String], message: String) throws {
        let before = try snapshot()
        let result = run(arguments)
        #expect(result.status != 0)
        #expect(result.error.contains(message), "stderr was: \(result.error)")
        #expect(try snapshot() == before, "a failed command changed the store")
    }

    @Test func tagsSeparatedByCommasAreSeveralTagsAsInTheForm() throws {
        let added = run(["add", "--commune", "werl", "--title", "Zahnarzt gesucht", "--tag", "Zahn, Arzt", "--tag", "Arzt"])
        #expect(added.status == 0, "\(added.error)")
        let id = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let question = try #require(try FileStore(at: URL(fileURLWithPath: store)).load().network.questions.first { $0.id == id })
        #expect(question.tags == ["Zahn", "Arzt"])
    }

    @Test func aMissingStoreIsNamed() {
        let result = Lotse.run(["questions", "list", "--store", folder.appendingPathComponent("nope").path])
        #expect(result.status == 2)
        #expect(result.error.contains("ist kein Lotse-Store"))
    }

    @Test func personalDataInATitleGetsAWarningButIsNotBlocked() {
        let added = run(["add", "--commune", "soest", "--title", "Frau geb. 01.02.1990 braucht Hilfe"])
        #expect(added.status == 0)
        #expect(added.error.contains("enthält womöglich ein Geburtsdatum"))
    }
}

/// RFC 4180 reading, to prove the CSV output parses back.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

@Suite("End to end: questions without a category")
struct NoCategoryCommandTests {
    @Test func aQuestionAddedWithoutACategoryHasNone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-nocat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let added = Lotse.run(["questions", "add", "--commune", "soest", "--title", "Ohne Kategorie gefragt", "--store", store])
        #expect(added.status == 0)
        let id = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Lotse.run(["questions", "show", id, "--format", "json", "--store", store]).output.contains("\"category\" : \"\""))
        #expect(Lotse.run(["questions", "show", id, "--store", store]).output.contains("ohne Kategorie"))
    }
}

/// `questions list` from the index, as a coordinator meets it: what is printed is what the
/// files say, after a file was rewritten in place and after a question was added.
@Suite("End to end: questions list from the index")
struct IndexedListTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-ix-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }
    var cache: String { folder.appendingPathComponent("cache").path }

    func run(_ arguments: [String]) -> Spawn.Result {
        Lotse.run(["questions"] + arguments + ["--store", store], ["LOTSE_USER": "KI Test", "XDG_CACHE_HOME": cache])
    }

    @Test func whatIsListedIsWhatTheFilesSay() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        // Files younger than two seconds are not indexed yet; let them settle.
        Thread.sleep(forTimeInterval: 2.2)
        let before = run(["list", "--tag", "versicherung"])
        #expect(before.status == 0)
        #expect(before.output.contains("unfallversichert"))
        let index = try FileManager.default.contentsOfDirectory(atPath: cache + "/lotse/index")
        #expect(index.contains { $0.hasSuffix(".sqlite") }, "the index is in the cache folder")
        #expect(!FileManager.default.fileExists(atPath: store + "/.index"), "nothing of it in the store")

        // Rewritten in place, as an editor that does not rename would: same folder stamp.
        let list = try #require(try FileManager.default.contentsOfDirectory(atPath: store + "/questions").first { name in
            (try? String(contentsOfFile: store + "/questions/" + name, encoding: .utf8))?.contains("unfallversichert") == true
        })
        let file = store + "/questions/" + list
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "unfallversichert", with: "UNFALLVERSICHERT").utf8))
        try handle.close()
        let after = run(["list", "--tag", "Versicherung"])
        #expect(after.output.contains("UNFALLVERSICHERT"), "the changed file was read again: \(after.output)")

        // A question added: the folder changed, the whole store is read and the index follows.
        let added = run(["add", "--commune", "soest", "--title", "Haftpflicht beim Umzugshelfen", "--tag", "Versicherung"])
        #expect(added.status == 0)
        let listed = run(["list", "--tag", "VERSICHERUNG", "--format", "json"])
        #expect(listed.output.contains("Haftpflicht beim Umzugshelfen"))
        #expect(listed.output.contains("UNFALLVERSICHERT"))
        // The JSON is the records as they are in the store.
        let decoded = try CanonicalJSON.decode([Question].self, from: Data(listed.output.utf8))
        #expect(decoded.count == 3, "two of the example and the one added")
    }

    /// `communes list` counts each commune's open questions through the index: the counts are
    /// those of the files, after a question was added and when the index answers again.
    @Test func communesListCountsWhatTheFilesSay() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        Thread.sleep(forTimeInterval: 2.2)
        #expect(run(["list"]).status == 0, "the index is in line with the folder")
        func listed() -> [String: Int] {
            let output = Lotse.run(["communes", "list", "--store", store], ["XDG_CACHE_HOME": cache, "LANG": "C.UTF-8"]).output
            var counts: [String: Int] = [:]
            for line in output.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                if let slug = fields.first, let count = fields.last.flatMap({ Int($0) }) { counts[String(slug)] = count }
            }
            return counts
        }
        func counted() throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: store + "/questions") where name.hasSuffix(".json") {
                let data = try Data(contentsOf: URL(fileURLWithPath: store + "/questions/" + name))
                let question = try CanonicalJSON.decode(Question.self, from: data)
                guard question.status.isOpen else { continue }
                for commune in Set(question.communes) { counts[commune, default: 0] += 1 }
            }
            return counts
        }
        let before = listed()
        #expect(before.count == 14, "every commune has a line: \(before)")
        #expect(before.filter { $0.value > 0 } == (try counted()))
        for title in ["Haftpflicht beim Umzugshelfen", "Schulweg im Winter"] {
            #expect(run(["add", "--commune", "soest", "--title", title]).status == 0)
        }
        // Read from the files (the folder changed), then from the index it brought in line.
        Thread.sleep(forTimeInterval: 2.2)
        for _ in 0..<2 {
            let after = listed()
            #expect(after.filter { $0.value > 0 } == (try counted()))
            #expect(after["soest"] == (before["soest"] ?? 0) + 2)
        }
    }

    /// `questions show` reads one file, the prefix found through the index while the
    /// folder is as the index knows it and by the folder's names else: what it shows is
    /// what the files say, and a prefix two files share is ambiguous however it is found.
    @Test func showAnswersFromTheFileWithOrWithoutTheIndex() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        Thread.sleep(forTimeInterval: 2.2)
        #expect(run(["list"]).status == 0, "the index is in line with the folder")
        let names = try FileManager.default.contentsOfDirectory(atPath: store + "/questions").sorted()
        let name = try #require(names.first)
        let id = String(name.dropLast(5))
        let shown = run(["show", String(id.prefix(14))])
        #expect(shown.status == 0 && shown.output.contains("ID            \(id)"), "\(shown.output)\(shown.error)")
        // Rewritten in place: the index still knows the old title, the answer is the file's.
        let file = store + "/questions/" + name
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let title = try CanonicalJSON.decode(Question.self, from: Data(text.utf8)).title
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: title, with: title.uppercased()).utf8))
        try handle.close()
        #expect(run(["show", String(id.prefix(14))]).output.hasPrefix(title.uppercased()))
        // A second file with the same beginning, which the index does not know.
        let twin = String(id.dropLast()) + (id.hasSuffix("Z") ? "Y" : "Z")
        try text.replacingOccurrences(of: id, with: twin).write(toFile: store + "/questions/\(twin).json", atomically: true, encoding: .utf8)
        let ambiguous = run(["show", String(id.prefix(20))])
        #expect(ambiguous.status != 0 && ambiguous.error.contains(id) && ambiguous.error.contains(twin), "\(ambiguous.error)")
        #expect(run(["show", id, "--format", "json"]).output.contains("\"id\" : \"\(id)\""))
        #expect(run(["show", "ZZZZ"]).status != 0)
    }

    /// A writer killed before or during its change leaves temporary files and perhaps a
    /// journal outside the questions folder; a list answered from the index still finishes
    /// the journal and removes the leftovers, as the full read does.
    @Test func aDeadWritersJournalAndLeftoversAreDealtWithWhenTheIndexAnswers() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        Thread.sleep(forTimeInterval: 2.2)
        #expect(run(["list"]).status == 0)

        // A pid above any pid_max: no process has it.
        let dead = "4194303"
        let meetings = store + "/meetings/"
        let meeting = try #require(try FileManager.default.contentsOfDirectory(atPath: meetings).first { $0.hasSuffix(".json") })
        let leftover = meetings + ".\(meeting).tmp-\(dead)-1"
        try Data("{ \"half".utf8).write(to: URL(fileURLWithPath: leftover))
        let text = try String(contentsOfFile: meetings + meeting, encoding: .utf8)
        let changed = try #require(text.range(of: #""title" : "[^"]*""#, options: .regularExpression))
        let renamed = text.replacingCharacters(in: changed, with: #""title" : "Nach dem Journal""#)
        let pending = meetings + ".\(meeting).tmp-\(dead)-2"
        try Data(renamed.utf8).write(to: URL(fileURLWithPath: pending))
        let journal = #"{ "deletes" : [ ], "renames" : [ [ "meetings/.\#(meeting).tmp-\#(dead)-2", "meetings/\#(meeting)" ] ] }"#
        try Data(journal.utf8).write(to: URL(fileURLWithPath: store + "/.journal"))

        #expect(run(["list"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: store + "/.journal"), "the journal was finished")
        #expect(!FileManager.default.fileExists(atPath: leftover), "the leftover was removed")
        #expect(try String(contentsOfFile: meetings + meeting, encoding: .utf8).contains("Nach dem Journal"))
        let check = Lotse.run(["check", store], ["XDG_CACHE_HOME": cache])
        #expect(check.status == 0, "\(check.output) \(check.error)")
    }
}
