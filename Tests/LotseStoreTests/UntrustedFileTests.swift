import Foundation
import Testing
@testable import LotseStore

/// A store file is read as untrusted input: only a regular file, never through a link,
/// never over the size limit; and a pushed tree is held to the store's layout.
@Suite("Store: untrusted files and paths")
struct UntrustedFileTests {
    let folder = TemporaryFolder()

    @Test func onlyRegularFilesAreRead() throws {
        let file = folder.path("record.json").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: file))
        #expect(RecordFile.read(file) == .data(Data("{}".utf8)))
        let link = folder.path("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        #expect(RecordFile.read(link) == .link)
        let dangling = folder.path("dangling.json").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.path("nowhere").path)
        #expect(RecordFile.read(dangling) == .link)
        let pipe = folder.path("pipe.json").path
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(RecordFile.read(pipe) == .notRegular)
        #expect(RecordFile.read(folder.path("").path) == .notRegular)
        #expect(RecordFile.read(folder.path("gone.json").path) == .missing)
        #expect(RecordFile.read(file, limit: 1) == .tooLarge(size: 2))
        #expect(RecordFile.folder(folder.path("").path) == .folder)
        let folderLink = folder.path("folder-link").path
        try FileManager.default.createSymbolicLink(atPath: folderLink, withDestinationPath: folder.path("").path)
        #expect(RecordFile.folder(folderLink) == .link)
        #expect(RecordFile.folder(file) == .notAFolder)
    }

    @Test func aLinkInARecordFolderIsAProblemAndNeverWrittenThrough() throws {
        let store = try FileStore.create(at: folder.path("store"), with: ExampleNetwork.make())
        let outside = folder.path("outside.json").path
        let question = try #require(ExampleNetwork.make().questions.first)
        try Data(contentsOf: store.url(of: .question, id: question.id)).write(to: URL(fileURLWithPath: outside))
        let target = store.url(of: .question, id: question.id).path
        try FileManager.default.removeItem(atPath: target)
        try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: outside)
        let loaded = try store.load()
        #expect(loaded.problems.contains(StoreProblem(path: "questions/\(question.id).json", reason: .link)))
        #expect(!loaded.network.questions.contains { $0.id == question.id })
        var changed = question
        changed.title = "Geändert"
        #expect(throws: SaveError.self) { try store.save(changed, expecting: question) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: target) == outside)
        #expect(try Data(contentsOf: URL(fileURLWithPath: outside)) != Data())
    }

    @Test func thePushedTreeIsHeldToTheLayout() {
        #expect(StoreLayout.admits("store.json"))
        #expect(StoreLayout.admits("questions/01ARZ3NDEKTSV4RRFFQ69G5FAV.json"))
        #expect(StoreLayout.admits("communes/soest.json"))
        #expect(StoreLayout.admits(".gitattributes"))
        for path in ["evil/..", "evil/.GIT", "questions/.hidden.json", "questions/sub/x.json", "questions/x.txt",
                     "README.md", "questions/.json", "questions/a\u{1B}b.json", "questions/a\\b.json", ".git/config"] {
            #expect(!StoreLayout.admits(path), "\(path)")
        }
        #expect(StoreLayout.refusal(path: "questions/x.json", mode: "120000", size: nil) == .link)
        #expect(StoreLayout.refusal(path: "questions/x.json", mode: "160000", size: nil) == .submodule)
        #expect(StoreLayout.refusal(path: "questions/x.json", mode: "100644", size: 2 << 20) == .tooLarge(size: 2 << 20))
        #expect(StoreLayout.refusal(path: "questions/x.json", mode: "100644", size: 900) == nil)
    }

    @Test func anIncomingVersionTheMergeCannotTakeIsRefusedAndOursKept() throws {
        let ours = Data(#"{"id": "X", "title": "Mein Titel"}"#.utf8)
        let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        for theirs in [deep, Data("[]".utf8), Data("kein JSON".utf8)] {
            let result = try #require(SyncFileMerge.merge(base: ours, ours: ours, theirs: theirs, path: "questions/X.json"))
            #expect(result.refusedTheirs)
            #expect(try JSONValue.parse(result.data).object?["title"] == .string("Mein Titel"))
        }
        // A broken file of our own gives way to the colleague's, and that is no refusal.
        let mended = try #require(SyncFileMerge.merge(base: ours, ours: Data("{".utf8), theirs: ours, path: "questions/X.json"))
        #expect(!mended.refusedTheirs)
    }
}
