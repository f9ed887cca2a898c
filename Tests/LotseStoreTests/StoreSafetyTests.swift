import Foundation
import Testing
@testable import LotseStore

/// What the store keeps safe: fields it does not know, changes of several records as one,
/// the work of a writer that died, and a colleague's edit when "mine" is chosen.
@Suite("Store: nothing lost")
struct StoreSafetyTests {
    let folder = TemporaryFolder()
    let network = ExampleNetwork.make()
    let store: FileStore

    init() throws {
        store = try FileStore.create(at: folder.path("store"), with: network)
    }

    /// Adds a field this version of Lotse does not know, as a newer version or a person might.
    func addUnknownField(to kind: RecordKind, id: String) throws {
        let url = store.url(of: kind, id: id)
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "{\n", with: "{\n  \"reviewedBy\" : {\n    \"name\" : \"Zukunft\"\n  },\n", options: [], range: text.range(of: "{\n"))
        try Data(text.utf8).write(to: url)
    }

    @Test func aSaveKeepsEveryFieldItDoesNotKnow() throws {
        let base = network.questions[3]
        try addUnknownField(to: .question, id: base.id)
        var mine = base
        mine.status = .closed
        try store.save(mine, expecting: base)
        let text = try String(contentsOf: store.url(of: .question, id: base.id), encoding: .utf8)
        #expect(text.contains("\"reviewedBy\" : {\n    \"name\" : \"Zukunft\"\n  }"))
        #expect(store.currentQuestion(id: base.id)?.status == .closed)
    }

    @Test func keepingMineWritesOnlyTheFieldsBothChanged() throws {
        let base = network.questions.first { $0.answer == nil && $0.status == .open } ?? network.questions[0]
        var theirs = base
        theirs.title = "Ihre Überschrift"
        theirs.answer = Answer(text: "Von der Kollegin beantwortet.", by: "KI", date: base.created)
        theirs.status = .answered
        try store.save(theirs)
        var mine = base
        mine.title = "Meine Überschrift"
        let writes = [RecordWrite(kind: .question, id: base.id, new: .question(mine), base: .question(base))]
        #expect(throws: SaveError.self) { try store.commit(writes) }
        try store.commit(writes, force: true)
        let onDisk = try #require(store.currentQuestion(id: base.id))
        #expect(onDisk.title == "Meine Überschrift")
        #expect(onDisk.answer?.text == "Von der Kollegin beantwortet." && onDisk.status == .answered,
                "the colleague's answer and status are not erased")
    }

    @Test func outcomesCapturedOnTwoMachinesInOneMeetingBothStay() throws {
        let base = network.meetings[1]
        #expect(base.agenda.allSatisfy { !$0.id.isEmpty }, "TOPs have ids")
        var theirs = base
        theirs.agenda[2].outcomes.append(Outcome(id: "01CCCCCCCCCCCCCCCCCCCCCCC1", kind: .decision, text: "Ihr Beschluss"))
        theirs.agenda.swapAt(0, 1)
        try store.save(.meeting(theirs), expecting: .meeting(base))
        var mine = base
        mine.agenda[2].outcomes.append(Outcome(id: "01CCCCCCCCCCCCCCCCCCCCCCC2", kind: .measure, text: "Meine Maßnahme", owner: "KI"))
        mine.agenda[3].title = "Umbenannt"
        try store.save(.meeting(mine), expecting: .meeting(base))
        guard case .meeting(let merged)? = store.current(.meeting, id: base.id) else { Issue.record("no meeting"); return }
        let item = try #require(merged.agenda.first { $0.id == base.agenda[2].id })
        #expect(item.outcomes.map(\.text) == ["Ihr Beschluss", "Meine Maßnahme"])
        #expect(merged.agenda.map(\.id).prefix(2) == [base.agenda[1].id, base.agenda[0].id], "their reordering stays")
        #expect(merged.agenda.first { $0.id == base.agenda[3].id }?.title == "Umbenannt", "my rename too")
    }

    @Test func aChangeOfTwoRecordsWithAConflictWritesNeither() throws {
        let target = network.questions[0], source = network.questions[1]
        var gaining = target
        gaining.communes.append("ense")
        var duplicate = source
        duplicate.status = .merged
        duplicate.duplicateOf = target.id
        var racing = source
        racing.status = .closed
        try store.save(racing)  // someone closes the duplicate meanwhile
        let before = try snapshot()
        #expect(throws: SaveError.self) {
            try store.commit([
                RecordWrite(kind: .question, id: target.id, new: .question(gaining), base: .question(target)),
                RecordWrite(kind: .question, id: source.id, new: .question(duplicate), base: .question(source)),
            ])
        }
        #expect(try snapshot() == before, "the target did not gain the commune either")
    }

    @Test func aJournalLeftByADeadWriterIsFinishedAtTheNextOpen() throws {
        let first = network.questions[0], second = network.questions[1]
        var a = first
        a.title = "Erster Teil"
        var b = second
        b.title = "Zweiter Teil"
        // A writer wrote its temporary files and its journal, renamed the first file, and died.
        let urlA = store.url(of: .question, id: a.id), urlB = store.url(of: .question, id: b.id)
        let temporaryA = try AtomicFile.writeTemporary(try FileStore.encode(.question(a), path: ""), beside: urlA)
        let temporaryB = try AtomicFile.writeTemporary(try FileStore.encode(.question(b), path: ""), beside: urlB)
        let root = store.root.path
        let plan = Journal.Plan(renames: [[String(temporaryA.path.dropFirst(root.count + 1)), "questions/\(a.id).json"],
                                          [String(temporaryB.path.dropFirst(root.count + 1)), "questions/\(b.id).json"]],
                                deletes: [])
        try AtomicFile.write(try CanonicalJSON.encode(plan), to: Journal.url(in: store.root))
        #expect(rename(temporaryA.path, urlA.path) == 0)
        let loaded = try store.load().network.questions
        #expect(loaded.first { $0.id == a.id }?.title == "Erster Teil")
        #expect(loaded.first { $0.id == b.id }?.title == "Zweiter Teil", "the rest of the change was carried out")
        #expect(!FileManager.default.fileExists(atPath: Journal.url(in: store.root).path))
    }

    @Test func temporaryFilesOfDeadWritersAreNamedByCheckAndRemovedAtTheNextOpen() throws {
        let dead = deadProcessID()
        let leftover = store.root.appendingPathComponent("questions/.\(network.questions[0].id).json.tmp-\(dead)-42")
        try Data("halb".utf8).write(to: leftover)
        let mine = store.root.appendingPathComponent("questions/.x.json.tmp-\(getpid())-7")
        try Data("lebt".utf8).write(to: mine)
        #expect(store.leftoverFiles() == ["questions/.\(network.questions[0].id).json.tmp-\(dead)-42"])
        _ = try store.load(tidy: false)
        #expect(FileManager.default.fileExists(atPath: leftover.path), "reading for check changes nothing")
        _ = try store.load()
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: mine.path), "a living writer's file stays")
        unlink(mine.path)
    }

    func deadProcessID() -> Int32 {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        posix_spawn(&pid, "/bin/true", nil, nil, argv, nil)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        argv.forEach { free($0) }
        return pid
    }

    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: store.root.path)
        while let name = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: store.root.appendingPathComponent(name).path) { files[name] = data }
        }
        return files
    }
}
