import Foundation
import Testing
@testable import LotseStore

@Suite("Store: writing and reading")
struct StoreRoundTripTests {
    @Test func exampleNetworkRoundTripsThroughTheFiles() throws {
        let folder = TemporaryFolder()
        let root = folder.path("store")
        let network = ExampleNetwork.make()
        try FileStore.create(at: root, with: network)
        let loaded = try FileStore(at: root).load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.network.manifest == network.manifest)
        #expect(loaded.network.communes == network.communes.sorted { $0.id < $1.id })
        #expect(loaded.network.questions == network.questions.sorted { $0.id < $1.id })
        #expect(loaded.network.meetings == network.meetings.sorted { $0.id < $1.id })
    }

    @Test func exampleNetworkHasTheFourteenCommunesOfKreisSoest() {
        let network = ExampleNetwork.make()
        let names = network.communes.map(\.name).sorted()
        #expect(names == ["Anröchte", "Bad Sassendorf", "Ense", "Erwitte", "Geseke", "Lippetal", "Lippstadt",
                          "Möhnesee", "Rüthen", "Soest", "Warstein", "Welver", "Werl", "Wickede (Ruhr)"])
        let cities = network.communes.filter { $0.kind == .city }.map(\.name).sorted()
        #expect(cities == ["Erwitte", "Geseke", "Lippstadt", "Rüthen", "Soest", "Warstein", "Werl"])
        // Contacts are role addresses under the reserved .example domain: no real persons.
        for coordinator in network.communes.flatMap(\.coordinators) {
            #expect(coordinator.email.hasSuffix(".example"))
        }
    }

    @Test func exampleNetworkQuestionsAndMeetingsAreConsistent() {
        let network = ExampleNetwork.make()
        let communeIDs = Set(network.communes.map(\.id))
        let questionIDs = Set(network.questions.map(\.id))
        #expect((35...45).contains(network.questions.count))
        #expect(questionIDs.count == network.questions.count)
        for question in network.questions {
            #expect(!question.communes.isEmpty && question.communes.allSatisfy(communeIDs.contains))
            #expect(network.manifest.categories.contains(question.category))
            if question.status == .merged { #expect(question.duplicateOf.map(questionIDs.contains) == true) }
            if question.status == .answered { #expect(question.answer != nil) }
        }
        #expect(network.questions.contains { $0.communes.count > 1 })
        for status in QuestionStatus.allCases {
            #expect(network.questions.contains { $0.status == status }, "no example question is \(status)")
        }
        let first = network.meetings.first { $0.start.date == LocalDate(year: 2016, month: 12, day: 5) }
        #expect(first?.place == "Evangelische Frauenhilfe Soest")
        #expect(first?.start.date.weekday == 0)
        #expect(network.meetings.contains { $0.state == .planned })
        for item in network.meetings.flatMap(\.agenda) {
            #expect(item.questions.allSatisfy(questionIDs.contains))
        }
    }

    @Test func exampleNetworkIsTheSameOnEveryRun() {
        #expect(ExampleNetwork.make() == ExampleNetwork.make())
    }

    @Test func savingTwiceGivesTheSameBytesWithSortedKeys() throws {
        let folder = TemporaryFolder()
        let root = folder.path("store")
        let network = ExampleNetwork.make()
        let store = try FileStore.create(at: root, with: network)
        let question = try #require(network.questions.first)
        let file = "questions/\(question.id).json"
        let before = try folder.read("store/\(file)")
        try store.save(question)
        #expect(try folder.read("store/\(file)") == before)
        let text = String(decoding: before, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(text.contains("\"created\" : \"2016-"))
    }

    @Test func aWriteLeavesNoTemporaryFilesAndOwnerOnlyPermissions() throws {
        let folder = TemporaryFolder()
        let root = folder.path("store")
        let network = ExampleNetwork.make()
        let store = try FileStore.create(at: root, with: network)
        var question = try #require(network.questions.last)
        question.title = "Geänderter Titel mit Umlauten: äöüß"
        try store.save(question)

        let manager = FileManager.default
        var paths: [String] = []
        let enumerator = manager.enumerator(atPath: root.path)
        while let next = enumerator?.nextObject() as? String { paths.append(next) }
        #expect(!paths.contains { $0.contains(".tmp-") }, "temporary files left: \(paths)")
        for path in paths where path != ".lock" {
            let attributes = try manager.attributesOfItem(atPath: root.appendingPathComponent(path).path)
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            let isFolder = (attributes[.type] as? FileAttributeType) == .typeDirectory
            #expect(mode == (isFolder ? 0o700 : 0o600), "\(path) has mode \(String(mode, radix: 8))")
        }
        let reloaded = try FileStore(at: root).load()
        #expect(reloaded.network.questions.first { $0.id == question.id }?.title == question.title)
    }

    @Test func initRefusesAFolderThatHoldsFiles() throws {
        let folder = TemporaryFolder()
        try folder.write("notes", to: "keep.txt")
        #expect(throws: StoreError.alreadyExists(path: folder.url.standardizedFileURL.path)) {
            try FileStore.create(at: folder.url, with: ExampleNetwork.make())
        }
        #expect(try folder.read("keep.txt") == Data("notes".utf8))
    }

    @Test func openingAFolderWithoutStoreJSONSaysHowToCreateOne() {
        let folder = TemporaryFolder()
        do {
            _ = try FileStore(at: folder.url)
            Issue.record("opened a folder without store.json")
        } catch {
            #expect(error.description.contains("lotse init"))
        }
    }

    @Test func aNewerSchemaIsRefusedWithAnUpdateHint() throws {
        let folder = TemporaryFolder()
        let root = folder.path("store")
        try FileStore.create(at: root, with: ExampleNetwork.make())
        let manifest = StoreManifest(schemaVersion: 99, network: "N", district: "D", categories: [])
        try CanonicalJSON.encode(manifest).write(to: root.appendingPathComponent("store.json"))
        #expect(throws: StoreError.newerSchema(path: root.appendingPathComponent("store.json").path, found: 99, supported: 1)) {
            _ = try FileStore(at: root).load()
        }
    }
}

@Suite("Store: conditional writes")
struct ConditionalWriteTests {
    let folder = TemporaryFolder()
    let network = ExampleNetwork.make()
    let store: FileStore

    init() throws {
        store = try FileStore.create(at: folder.path("store"), with: network)
    }

    @Test func aSaveOverTheVersionItReadSucceeds() throws {
        let base = network.questions[0]
        var mine = base
        mine.title = "Neu: Fahrtkosten zum Integrationskurs"
        try store.save(mine, expecting: base)
        #expect(store.currentQuestion(id: base.id) == mine)
    }

    @Test func aSaveOverSomeoneElsesChangeToTheSameFieldIsRefusedAndShowsTheirVersion() throws {
        let base = network.questions[0]
        var theirs = base
        theirs.title = "Von einer Kollegin geändert."
        try store.save(theirs)
        var mine = base
        mine.title = "Meine Änderung"
        let conflict = JSONMerge.Conflict(path: ["title"], base: .string(base.title), mine: .string(mine.title),
                                          theirs: .string(theirs.title))
        #expect(throws: SaveError.conflict(index: 0, current: .question(theirs), fields: [conflict])) {
            try store.save(mine, expecting: base)
        }
        #expect(store.currentQuestion(id: base.id) == theirs, "their version is untouched")
    }

    @Test func aSaveOverSomeoneElsesChangeToAnotherFieldKeepsBoth() throws {
        let base = network.questions[0]
        var theirs = base
        theirs.body = "Von einer Kollegin ergänzt."
        theirs.answer = Answer(text: "Ja, über den Kursträger.", by: "KI", date: base.created)
        theirs.assignee = "Ausländerbehörde"
        try store.save(theirs)
        var mine = base
        mine.title = "Meine Überschrift"
        let outcome = try store.save(mine, expecting: base)
        let onDisk = try #require(store.currentQuestion(id: base.id))
        #expect(onDisk.title == "Meine Überschrift")
        #expect(onDisk.body == "Von einer Kollegin ergänzt." && onDisk.answer?.text == "Ja, über den Kursträger."
                && onDisk.assignee == "Ausländerbehörde", "the colleague's answer and assignee survive")
        #expect(outcome.fromTheirs == ["answer", "assignee", "body"])
        #expect(outcome.written == .question(onDisk))
    }

    @Test func aNewQuestionMayNotReplaceAnExistingFile() throws {
        let existing = network.questions[1]
        #expect(throws: SaveError.conflict(index: 0, current: .question(existing), fields: [])) {
            try store.save(existing, expecting: nil)
        }
    }

    @Test func deleteChecksTooAndUndoingItRestoresTheFile() throws {
        let question = network.questions[2]
        try store.delete(question)
        #expect(store.currentQuestion(id: question.id) == nil)
        #expect(!FileManager.default.fileExists(atPath: store.url(of: .question, id: question.id).path))
        try store.save(question, expecting: nil)
        #expect(store.currentQuestion(id: question.id) == question)
        var changed = question
        changed.title = "anders"
        #expect(throws: SaveError.conflict(index: 0, current: .question(question), fields: [])) { try store.delete(changed) }
    }

    @Test func aMeetingIsSavedWithTheSameCheckAndItsTimerSpansReadBack() throws {
        let base = network.meetings[0]
        var mine = base
        mine.currentItem = 1
        mine.agenda[1].spans = [TimeSpan(start: Date(timeIntervalSince1970: 1_480_950_000),
                                         end: Date(timeIntervalSince1970: 1_480_950_600))]
        try store.save(.meeting(mine), expecting: .meeting(base))
        #expect(store.current(.meeting, id: base.id) == .meeting(mine))
        var late = base
        late.currentItem = 2
        #expect(throws: SaveError.conflict(index: 0, current: .meeting(mine), fields: [
            JSONMerge.Conflict(path: ["currentItem"], base: nil, mine: .number("2"), theirs: .number("1")),
        ])) {
            try store.save(.meeting(late), expecting: .meeting(base))
        }
        #expect(try store.load().network.meetings.first { $0.id == base.id } == mine)
    }

    @Test func aMeetingFileFromBeforeTheTimerReadsAsNeverStarted() throws {
        let url = store.url(of: .meeting, id: network.meetings[0].id)
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: #""spans" : \[\s*\],?"#, with: "", options: .regularExpression)
        #expect(!text.contains("spans"))
        try text.write(to: url, atomically: true, encoding: .utf8)
        let loaded = try store.load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.network.meetings.first { $0.id == network.meetings[0].id }?.agenda.allSatisfy(\.spans.isEmpty) == true)
    }

    @Test func theSignatureNoticesChangesFromOutside() throws {
        let before = StoreSignature(of: store)
        #expect(StoreSignature(of: store) == before)
        var question = network.questions[3]
        question.title = "Von außen geändert, mit anderer Länge"
        try store.save(question)
        #expect(StoreSignature(of: store) != before)
    }
}
