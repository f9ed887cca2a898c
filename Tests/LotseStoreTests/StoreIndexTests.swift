import Foundation
import GRDB
import Testing
@testable import LotseStore

/// The index beside the files never says anything the files do not: after every kind of
/// change a load through it gives what reading every file gives, and it only ever saves
/// reading.
@Suite("Store: the index agrees with the files")
struct StoreIndexTests {
    let folder = TemporaryFolder()
    let network = ExampleNetwork.make()
    var root: URL { folder.path("store") }
    let index: StoreIndex

    init() throws {
        try FileStore.create(at: folder.path("store"), with: network)
        try FileManager.default.createDirectory(at: folder.path("cache"), withIntermediateDirectories: true)
        // Files written a moment ago count as settled here; the real index waits two seconds.
        index = try StoreIndex(path: folder.path("cache/index.sqlite").path, fold: { $0.lowercased() }, racyWindow: 0)
    }

    var indexed: FileStore {
        get throws {
            var store = try FileStore(at: root)
            store.index = index
            return store
        }
    }

    /// Loads through the index and from the files alone, and holds them to be the same.
    func expectAgreement(_ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let plain = try FileStore(at: root).load()
        let fast = try indexed.load()
        #expect(fast.network.sortedByID == plain.network.sortedByID, comment, sourceLocation: sourceLocation)
        #expect(fast.problems == plain.problems, comment, sourceLocation: sourceLocation)
        // And once more, now that the index took in what the last load read.
        let again = try indexed.load()
        #expect(again.network.sortedByID == plain.network.sortedByID, comment, sourceLocation: sourceLocation)
    }

    func path(_ question: Question) -> URL { root.appendingPathComponent("questions/\(question.id).json") }

    @Test func theFirstLoadFillsItAndTheNextIsServedFromIt() throws {
        try expectAgreement()
        #expect(index.entries().count == network.questions.count)
        #expect(!index.path.hasPrefix(root.path), "the index lives outside the store folder")
        // Served from the index: a question read from it carries no sign of its file being opened.
        let state = try #require(index.checkedState())
        #expect(state.unindexed.isEmpty)
        #expect(state.count == network.questions.count)
    }

    /// A list chooses through SQLite; what it gets is what the files say, and without the
    /// long texts it differs only in those.
    @Test func aSelectionIsTheQuestionsTheFilesHold() throws {
        try expectAgreement()
        let tagged = network.questions.filter { $0.tags.contains { $0.lowercased() == "versicherung" } }
        try #require(!tagged.isEmpty)
        let whole = index.select(statuses: nil, commune: nil, tag: "VERSICHERUNG", category: nil)
        #expect(whole.map(\.entry.question).sorted { $0.id < $1.id } == tagged.sorted { $0.id < $1.id })
        #expect(whole.allSatisfy { $0.name == $0.entry.question.id + ".json" })
        let short = index.select(statuses: nil, commune: nil, tag: "versicherung", category: nil, texts: false)
        let expected = tagged.map { question in
            var question = question
            question.body = ""
            question.answer?.text = ""
            return question
        }
        #expect(short.map(\.entry.question).sorted { $0.id < $1.id } == expected.sorted { $0.id < $1.id })
        let open = index.select(statuses: ["open"], commune: nil, tag: nil, category: nil, texts: false)
        #expect(Set(open.map(\.entry.question.id)) == Set(network.questions.filter { $0.status == .open }.map(\.id)))
    }

    @Test func anEditIsSeen() throws {
        try expectAgreement()
        var question = network.questions[3]
        let base = question
        question.title = "Neu gefasst: Kita-Platz"
        try indexed.save(question, expecting: base)
        try expectAgreement("edit")
        #expect(try indexed.load().network.questions.first { $0.id == question.id }?.title == "Neu gefasst: Kita-Platz")
    }

    /// A release for the guide and answers set aside in a sync conflict come back from the
    /// index as the files hold them (the one in a column, the others by reading the file).
    @Test func aReleaseAndEarlierAnswersComeBackFromTheIndex() throws {
        try expectAgreement()
        var released = try #require(network.questions.first { $0.answer != nil })
        let base = released
        released.release = Release(by: "KI Kreis Soest", date: Date(timeIntervalSince1970: 1_764_000_000),
                                   stand: LocalDate(year: 2026, month: 12, day: 3), recheck: LocalDate(year: 2027, month: 12, day: 3),
                                   fingerprint: Release.fingerprint(of: released))
        try indexed.save(released, expecting: base)
        var disputed = try #require(network.questions.last { $0.answer != nil && $0.id != released.id })
        let before = disputed
        disputed.earlierAnswers = [Answer(text: "Die andere Antwort", by: "KI", date: Date(timeIntervalSince1970: 1_700_000_000))]
        try indexed.save(disputed, expecting: before)
        try expectAgreement("release and earlier answers")
        #expect(try indexed.load().network.questions.first { $0.id == released.id }?.release == released.release)
    }

    /// A first start quit halfway keeps what it indexed: entries are written in batches as
    /// the files are read, not all at the end.
    @Test func whatWasReadIsKeptBeforeTheLoadIsThrough() throws {
        var cache = RecordCache<Question>(index: index)
        cache.batchSize = 10
        let stamp = FileStamp(size: 1, modified: 1, changed: 1, inode: 1)
        for question in network.questions.prefix(25) {
            cache.add("\(question.id).json", stamp: stamp, record: question)
        }
        // No save(): the process was quit here.
        #expect(index.entries().count == 20)
        #expect(index.checkedState() == nil, "a partial index never claims to hold every file")
    }

    @Test func anAddedAndADeletedFileAreSeen() throws {
        try expectAgreement()
        var added = network.questions[0]
        added.id = "01ZZZZZZZZZZZZZZZZZZZZZZZZ"
        added.title = "Hinzugefügt"
        try indexed.save(added, expecting: nil)
        try indexed.delete(network.questions[1])
        try expectAgreement("add and delete")
        #expect(index.entries()["\(network.questions[1].id).json"] == nil, "the deleted file left the index")
    }

    @Test func aRenamedFileIsReportedAsTheFilesAlone() throws {
        try expectAgreement()
        let question = network.questions[2]
        try FileManager.default.moveItem(at: path(question), to: root.appendingPathComponent("questions/01ZZZZZZZZZZZZZZZZZZZZZZZZ.json"))
        try expectAgreement("rename")
        #expect(try indexed.load().problems.contains { $0.path.hasSuffix("01ZZZZZZZZZZZZZZZZZZZZZZZZ.json") })
    }

    @Test func aBrokenFileIsAProblemAndLeavesTheIndex() throws {
        try expectAgreement()
        let question = network.questions[4]
        try Data("{ kaputt".utf8).write(to: path(question))
        try expectAgreement("broken")
        #expect(index.entries()["\(question.id).json"] == nil)
        #expect(try #require(index.checkedState()).unindexed == ["\(question.id).json"])
    }

    @Test func aFileReplacedInPlaceWithItsOldTimeAndSizeIsReadAgain() throws {
        try expectAgreement()
        let question = network.questions[5]
        let file = path(question)
        var before = stat()
        #expect(stat(file.path, &before) == 0)
        var text = try String(contentsOf: file, encoding: .utf8)
        // Same length, other letters, written into the same inode, the old time put back.
        let old = question.title
        let new = String(old.reversed())
        text = text.replacingOccurrences(of: old, with: new)
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        // The old modification time to the nanosecond, as `touch -r` would put it back.
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        var after = stat()
        #expect(stat(file.path, &after) == 0)
        #expect(after.st_size == before.st_size && after.st_ino == before.st_ino)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        try expectAgreement("replaced behind our back")
        #expect(try indexed.load().network.questions.first { $0.id == question.id }?.title == new)
    }

    @Test func aBrokenIndexIsThrownAwayAndBuiltAgain() throws {
        let cache = folder.path("xdg")
        var store = try FileStore(at: root)
        store.index = StoreIndex.open(forStore: root, environment: ["XDG_CACHE_HOME": cache.path], fold: { $0 })
        let file = try #require(store.index?.path)
        #expect(file.hasPrefix(cache.path + "/lotse/index/"))
        _ = try store.load()
        store.index = nil
        try Data(String(repeating: "kein SQLite ", count: 100).utf8).write(to: URL(fileURLWithPath: file))
        store.index = StoreIndex.open(forStore: root, environment: ["XDG_CACHE_HOME": cache.path], fold: { $0 })
        #expect(store.index != nil, "a broken index is replaced, not a reason to fail")
        #expect(try store.load().network.sortedByID == FileStore(at: root).load().network.sortedByID)
        // No cache folder at all: the store is read from its files.
        #expect(StoreIndex.open(forStore: root, environment: [:], fold: { $0 }) == nil)
    }

    /// A write of our own taken in by reading just its files gives what a full load gives.
    @Test func filesReadAgainIntoANetworkGiveWhatAFullLoadGives() throws {
        let store = try FileStore(at: root)
        var network = try store.load().network
        var edited = network.questions[3]
        let base = edited
        edited.title = "Geklärt und neu gefasst"
        try store.save(edited, expecting: base)
        try store.delete(network.questions[5])
        var added = network.questions[0]
        added.id = "01ZZZZZZZZZZZZZZZZZZZZZZZZ"
        try store.save(added, expecting: nil)
        let paths = [edited, network.questions[5], added].map { "questions/\($0.id).json" }
        store.reread(paths, into: &network)
        #expect(network.sortedByID == (try store.load().network.sortedByID))
    }

    /// An index an older Lotse made (another shape, pages of another size) is made anew.
    @Test func anIndexOfAnotherFormatIsMadeAnew() throws {
        let cache = folder.path("xdg")
        let file = try #require(StoreIndex.open(forStore: root, environment: ["XDG_CACHE_HOME": cache.path], fold: { $0 })?.path)
        unlink(file)
        let old = try DatabaseQueue(path: file)
        try old.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096")
            try db.execute(sql: "CREATE TABLE question (name TEXT PRIMARY KEY, body TEXT)")
            try db.execute(sql: "PRAGMA user_version = \(StoreIndex.format - 1)")
        }
        try old.close()
        var store = try FileStore(at: root)
        store.index = StoreIndex.open(forStore: root, environment: ["XDG_CACHE_HOME": cache.path], fold: { $0 })
        #expect(store.index != nil)
        #expect(try store.load().network.sortedByID == FileStore(at: root).load().network.sortedByID)
        let made = try DatabaseQueue(path: file)
        #expect(try made.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == StoreIndex.format)
        #expect(try made.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 65536)
    }

    @Test func aRefreshOfSomeFilesEqualsAFullLoad() throws {
        var loaded = try indexed.loadParts(tidy: true, index: index)
        var edited = network.questions[6]
        let base = edited
        edited.tags.append("Neu")
        try indexed.save(edited, expecting: base)
        try indexed.delete(network.questions[7])
        try Data("[]".utf8).write(to: path(network.questions[8]))
        var meeting = network.meetings[0]
        meeting.title = "Umbenanntes Treffen"
        try indexed.save(.meeting(meeting), expecting: .meeting(network.meetings[0]))
        loaded.refresh(["questions/\(edited.id).json", "questions/\(network.questions[7].id).json",
                        "questions/\(network.questions[8].id).json", "meetings/\(meeting.id).json"],
                       in: try indexed)
        let plain = try FileStore(at: root).load()
        #expect(loaded.network.sortedByID == plain.network.sortedByID)
        #expect(loaded.problems.sorted { $0.path < $1.path } == plain.problems.sorted { $0.path < $1.path })
    }

    /// The checks across records are kept from one refresh to the next unless a reference
    /// changed; whatever the edits, they say what a full load's checks say.
    @Test func checksKeptAcrossRefreshesSayWhatAFullLoadSays() throws {
        var generator = SeededGenerator(seed: 5)
        var loaded = try indexed.loadParts(tidy: true, index: index)
        loaded.checkAcrossRecords()
        let ids = network.questions.map(\.id)
        for step in 0..<40 {
            let store = try indexed
            let id = ids[Int(generator.next() % UInt64(ids.count))]
            guard var question = loaded.network.questions.first(where: { $0.id == id }) else { continue }
            let base = question
            switch generator.next() % 5 {
            case 0: question.title += " ·"
            case 1: question.communes = [generator.next() % 2 == 0 ? "soest" : "atlantis"]
            case 2: question.duplicateOf = generator.next() % 2 == 0 ? ids[Int(generator.next() % UInt64(ids.count))] : "01NICHTDA"
            case 3: question.duplicateOf = nil
            default: question.tags.append("T\(step)")
            }
            question.updated = question.updated.addingTimeInterval(1)
            try store.save(question, expecting: base)
            loaded.refresh(["questions/\(id).json"], in: store)
            let plain = try FileStore(at: root).load()
            #expect(loaded.problems.sorted { "\($0)" < "\($1)" } == plain.problems.sorted { "\($0)" < "\($1)" }, "step \(step)")
        }
    }

    @Test func aQuestionsValueIsWhatTheEncoderMakes() throws {
        var questions = network.questions
        var odd = questions[0]
        odd.title = "Zeile\nmit \"Zeichen\" \u{1B}[31m und \u{9B}"
        odd.created = Date(timeIntervalSince1970: -86_400 * 400 + 7)
        odd.answer = Answer(text: "ok", sources: [], by: "KI", date: Date(timeIntervalSince1970: 4_102_444_799), meeting: "01ABC")
        odd.assignee = "Sozialamt"
        odd.duplicateOf = questions[1].id
        questions.append(odd)
        odd.body = "Tab\t, Entf \u{7F}, Glocke \u{07}, Backslash \\ und Umlaute äöü ß 🙂"
        odd.tags = []
        questions.append(odd)
        odd.release = Release(by: "KI \"Soest\"", date: Date(timeIntervalSince1970: 1_764_000_000),
                              stand: LocalDate(year: 2026, month: 12, day: 3), recheck: LocalDate(year: 2027, month: 6, day: 3),
                              fingerprint: Release.fingerprint(of: odd))
        questions.append(odd)
        for question in questions {
            var bytes: [UInt8] = []
            question.writeCanonical(into: &bytes, indent: 1)
            #expect(try JSONValue.parse(Data(bytes)) == (try JSONValue.of(question)), "\(question.id)")
            #expect(String(decoding: bytes, as: UTF8.self) == (try JSONValue.of(question)).canonicalText(indentedBy: 1),
                    "\(question.id)")
        }
    }
}
