import Foundation
import Testing
@testable import LotseStore

/// Each kind of broken file is reported with its path and reason, left byte for byte as
/// it was, and the rest of the store still opens.
@Suite("Store: broken files")
struct BrokenFileTests {
    let folder = TemporaryFolder()
    let network = ExampleNetwork.make()
    var root: URL { folder.path("store") }

    init() throws {
        try FileStore.create(at: folder.path("store"), with: network)
    }

    /// Writes `text` over a question file and returns the problems of the next load.
    private func corrupt(_ relative: String, with text: String) throws -> (problems: [StoreProblem], questions: Int, bytes: Data) {
        try Data(text.utf8).write(to: root.appendingPathComponent(relative))
        let loaded = try FileStore(at: root).load()
        let after = try Data(contentsOf: root.appendingPathComponent(relative))
        #expect(after == Data(text.utf8), "the broken file was modified")
        return (loaded.problems, loaded.network.questions.count, after)
    }

    private var firstQuestion: Question { network.questions[0] }
    private var firstPath: String { "questions/\(network.questions[0].id).json" }

    private func json(_ question: Question) throws -> String {
        String(decoding: try CanonicalJSON.encode(question), as: UTF8.self)
    }

    @Test func invalidJSON() throws {
        let result = try corrupt(firstPath, with: "{ \"id\": \"x\", ")
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.path == firstPath)
        guard case .invalidJSON = result.problems.first?.reason else {
            Issue.record("expected invalid JSON, got \(String(describing: result.problems.first))")
            return
        }
        #expect(result.questions == network.questions.count - 1)
    }

    @Test func wrongFieldType() throws {
        let text = try json(firstQuestion).replacingOccurrences(of: "\"title\" : \"", with: "\"title\" : 42, \"x\" : \"")
        let result = try corrupt(firstPath, with: text)
        #expect(result.problems == [StoreProblem(path: firstPath, reason: .wrongType(field: "title", expected: .text))])
        #expect(result.problems.first?.description == "\(firstPath): field \"title\": expected a text")
        #expect(result.questions == network.questions.count - 1)
    }

    @Test func unknownStatusNamesTheValidOnes() throws {
        let text = try json(firstQuestion).replacingOccurrences(of: "\"status\" : \"answered\"", with: "\"status\" : \"erledigt\"")
        let result = try corrupt(firstPath, with: text)
        let problem = try #require(result.problems.first)
        #expect(problem.path == firstPath)
        #expect(problem.description.contains("field \"status\": unknown value \"erledigt\""))
        #expect(problem.description.contains("\"open\", \"clarifying\", \"answered\", \"closed\", \"merged\""))
    }

    @Test func missingField() throws {
        let text = try json(firstQuestion).replacingOccurrences(of: "\"loggedBy\"", with: "\"loggedByX\"")
        let result = try corrupt(firstPath, with: text)
        #expect(result.problems == [StoreProblem(path: firstPath, reason: .missingField("loggedBy"))])
    }

    @Test func duplicateID() throws {
        // A copy of a question under another name: its id is taken by the real file.
        let copy = "questions/01ZZZZZZZZZZZZZZZZZZZZZZZZ.json"
        let result = try corrupt(copy, with: try json(firstQuestion))
        #expect(result.problems == [StoreProblem(path: copy, reason: .duplicateID(id: firstQuestion.id, otherPath: firstPath))])
        #expect(result.questions == network.questions.count)
    }

    @Test func fileNameDiffersFromID() throws {
        var moved = firstQuestion
        moved.id = "01AAAAAAAAAAAAAAAAAAAAAAAA"
        try FileManager.default.removeItem(at: root.appendingPathComponent(firstPath))
        let path = "questions/01BBBBBBBBBBBBBBBBBBBBBBBB.json"
        let result = try corrupt(path, with: try json(moved))
        // (The meeting that refers to the question by its old id now names a missing record: reported too.)
        #expect(result.problems.filter { $0.path == path } == [StoreProblem(path: path, reason: .nameMismatch(id: moved.id))])
        #expect(result.problems.first?.description.contains("expected 01AAAAAAAAAAAAAAAAAAAAAAAA.json") == true)
    }

    @Test func badCommuneSlugAndWrongTypeInAMeeting() throws {
        let commune = Commune(id: "Bad Slug", name: "X", kind: .city)
        let communePath = "communes/Bad Slug.json"
        try CanonicalJSON.encode(commune).write(to: root.appendingPathComponent(communePath))
        let meeting = try #require(network.meetings.first)
        let meetingPath = "meetings/\(meeting.id).json"
        let text = String(decoding: try CanonicalJSON.encode(meeting), as: UTF8.self)
            .replacingOccurrences(of: "\"plannedMinutes\" : 20", with: "\"plannedMinutes\" : \"zwanzig\"")
        try Data(text.utf8).write(to: root.appendingPathComponent(meetingPath))
        let loaded = try FileStore(at: root).load()
        #expect(loaded.problems.contains(StoreProblem(path: communePath, reason: .badID(id: "Bad Slug", kind: .commune))))
        #expect(loaded.problems.contains(StoreProblem(path: meetingPath, reason: .wrongType(field: "agenda[0].plannedMinutes", expected: .wholeNumber))))
        #expect(loaded.network.communes.count == 14)
        #expect(loaded.network.meetings.count == 1)
    }

    @Test func aDateInTheWrongFormatShowsTheRightOne() throws {
        let meeting = try #require(network.meetings.first)
        let path = "meetings/\(meeting.id).json"
        let text = String(decoding: try CanonicalJSON.encode(meeting), as: UTF8.self)
            .replacingOccurrences(of: "\"start\" : \"2016-12-05T15:00\"", with: "\"start\" : \"5.12.2016 15 Uhr\"")
        let result = try corrupt(path, with: text)
        #expect(result.problems == [StoreProblem(path: path, reason: .invalidValue(
            field: "start", detail: "\"5.12.2016 15 Uhr\" is not in the form \"2016-12-05T15:00\""))])
    }

    @Test func hiddenAndNonJSONFilesAreIgnored() throws {
        try Data("junk".utf8).write(to: root.appendingPathComponent("questions/.x.json.tmp-1-2"))
        try Data("junk".utf8).write(to: root.appendingPathComponent("questions/README.txt"))
        let loaded = try FileStore(at: root).load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.network.questions.count == network.questions.count)
    }
}

/// What `check` must find beyond a file that does not parse: impossible dates, numbers
/// no timer can reckon with, missing folders, files it would skip, and references and
/// merges that do not add up.
@Suite("Store: what check finds")
struct IntegrityTests {
    let folder = TemporaryFolder()
    let network = ExampleNetwork.make()
    var root: URL { folder.path("store") }

    init() throws {
        try FileStore.create(at: folder.path("store"), with: network)
    }

    func edit(_ relative: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(relative)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    func load() throws -> (network: Network, problems: [StoreProblem]) { try FileStore(at: root).load(tidy: false) }

    @Test func anImpossibleDateIsRefusedNotRolledOver() throws {
        let question = network.questions[0]
        try edit("questions/\(question.id).json") {
            $0.replacingOccurrences(of: "\"created\" : \"2016-10-12T07:00:00Z\"", with: "\"created\" : \"2016-02-30T25:61:00Z\"")
        }
        let problems = try load().problems
        #expect(problems.contains { $0.path == "questions/\(question.id).json" && $0.description.contains("2016-02-30T25:61:00Z") })
        #expect(StrictDate.parse("2016-02-29T23:59:59Z") != nil && StrictDate.parse("2017-02-29T12:00:00Z") == nil)
        #expect(StrictDate.parse("2016-12-05T15:00:00+01:00") == StrictDate.parse("2016-12-05T14:00:00Z"))
    }

    @Test func plannedMinutesBeyondADayAreRefusedAtDecoding() throws {
        let meeting = network.meetings[0]
        try edit("meetings/\(meeting.id).json") {
            $0.replacingOccurrences(of: "\"plannedMinutes\" : 10,", with: "\"plannedMinutes\" : 153722867280912930,")
        }
        let result = try load()
        #expect(result.problems.contains { $0.path == "meetings/\(meeting.id).json" && $0.description.contains("plannedMinutes") })
        #expect(!result.network.meetings.contains { $0.id == meeting.id })
    }

    @Test func aMissingFolderAFileInItsPlaceAndUpperCaseJSONAreReported() throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent("questions"))
        try Data("x".utf8).write(to: root.appendingPathComponent("questions"))
        let meeting = network.meetings[0]
        try FileManager.default.moveItem(at: root.appendingPathComponent("meetings/\(meeting.id).json"),
                                         to: root.appendingPathComponent("meetings/\(meeting.id).JSON"))
        let problems = try load().problems
        #expect(problems.contains(StoreProblem(path: "questions", reason: .notAFolder)))
        #expect(problems.contains(StoreProblem(path: "meetings/\(meeting.id).JSON", reason: .wrongExtension)))
        try FileManager.default.removeItem(at: root.appendingPathComponent("questions"))
        #expect(try load().problems.contains(StoreProblem(path: "questions/", reason: .missingFolder)))
    }

    @Test func referencesToMissingRecordsMergeCirclesAndOutOfRangeIndexesAreReported() throws {
        let a = network.questions[0], b = network.questions[1]
        try edit("questions/\(a.id).json") { $0.replacingOccurrences(of: "\"communes\" : [", with: "\"duplicateOf\" : \"\(b.id)\",\n  \"communes\" : [\n    \"atlantis\",") }
        try edit("questions/\(b.id).json") { $0.replacingOccurrences(of: "\"communes\" : [", with: "\"duplicateOf\" : \"\(a.id)\",\n  \"communes\" : [") }
        let meeting = network.meetings[1]
        try edit("meetings/\(meeting.id).json") { $0.replacingOccurrences(of: "\"agenda\" : [", with: "\"currentItem\" : 99,\n  \"agenda\" : [") }
        let result = try load()
        #expect(result.network.questions.count == network.questions.count, "they still load")
        #expect(result.problems.contains(StoreProblem(path: "questions/\(a.id).json", reason: .unknownReference(field: "communes", id: "atlantis"))))
        #expect(result.problems.contains(StoreProblem(path: "questions/\(a.id).json", reason: .mergeCycle)))
        #expect(result.problems.contains(StoreProblem(path: "questions/\(b.id).json", reason: .mergeCycle)))
        #expect(result.problems.contains(StoreProblem(path: "meetings/\(meeting.id).json", reason: .outOfRange(field: "currentItem"))))
    }

    /// `check` through a warm index says exactly what a full read says, in the same order:
    /// files edited since the index read them are read again, the rest comes from it.
    @Test func checkThroughTheIndexFindsWhatAFullReadFinds() throws {
        try FileManager.default.createDirectory(at: folder.path("cache"), withIntermediateDirectories: true)
        let index = try StoreIndex(path: folder.path("cache/index.sqlite").path, fold: { $0.lowercased() }, racyWindow: 0)
        var store = try FileStore(at: root)
        store.index = index
        _ = try store.load()
        #expect(try store.check(using: index).problems.isEmpty)

        let a = network.questions[0], b = network.questions[1], c = network.questions[2]
        try edit("questions/\(a.id).json") { $0.replacingOccurrences(of: "\"communes\" : [", with: "\"duplicateOf\" : \"\(b.id)\",\n  \"communes\" : [\n    \"atlantis\",") }
        try edit("questions/\(b.id).json") { $0.replacingOccurrences(of: "\"communes\" : [", with: "\"duplicateOf\" : \"\(a.id)\",\n  \"communes\" : [") }
        try Data("{".utf8).write(to: root.appendingPathComponent("questions/01ZZZZZZZZZZZZZZZZZZZZZZZZ.json"))
        try FileManager.default.copyItem(at: root.appendingPathComponent("questions/\(c.id).json"),
                                         to: root.appendingPathComponent("questions/01YYYYYYYYYYYYYYYYYYYYYYYY.json"))
        try Data("{}".utf8).write(to: root.appendingPathComponent("questions/notes.JSON"))
        let meeting = network.meetings[1]
        try edit("meetings/\(meeting.id).json") { $0.replacingOccurrences(of: "\"agenda\" : [", with: "\"currentItem\" : 99,\n  \"agenda\" : [") }

        let full = try FileStore(at: root).load(tidy: false)
        let quick = try store.check(using: index)
        #expect(full.problems.count >= 6)
        #expect(quick.problems == full.problems)
        #expect(quick.counts.questions == full.network.questions.count && quick.counts.meetings == full.network.meetings.count)
    }
}
