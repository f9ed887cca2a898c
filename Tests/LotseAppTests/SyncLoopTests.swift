import Foundation
import Testing
import LotseApp
import LotseCore
import LotseStore
import LotseUI

/// `S` in a running dashboard: git runs on its own thread while the screen goes on, and
/// what it pulled appears through the usual reload. Real git, a real bare remote.
@Suite("Run loop: sync in the background")
struct SyncLoopTests {
    @Test func aColleaguesQuestionArrivesAfterS() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-loop-sync-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let remote = folder.appendingPathComponent("remote.git")
        try FileManager.default.createDirectory(at: remote, withIntermediateDirectories: true)
        #expect(try Git(in: remote).run(["init", "--quiet", "--bare"]).succeeded)
        let here = try FileStore.create(at: folder.appendingPathComponent("here"), with: ExampleNetwork.make())
        // No merge happens in this test (each side fast-forwards), so no driver is needed.
        func engine(_ root: URL) -> StoreSync {
            StoreSync(root: root, driver: "false", author: "Test", describe: { CommitMessage.describe($0, language: .de) })
        }
        _ = try engine(here.root).setUp(remote: remote.path)
        let there = try StoreSync.join(remote: remote.path, into: folder.appendingPathComponent("there"), driver: "false",
                                       author: "Kollegin", describe: { _ in "Neu" }, mergeMessage: "Sync")
        let colleague = Question(id: "01ZZZZZZZZZZZZZZZZZZZZZZZZ", communes: ["werl"], title: "Frage aus Werl",
                                 category: "Wohnen", created: RunLoopTests.start, loggedBy: "Kollegin")
        try FileStore(at: there.root).commit([RecordWrite(kind: .question, id: colleague.id, new: .question(colleague), base: nil)])
        _ = try there.sync()

        var state = try RunLoopTests.state(here)
        state.sync = SyncState(lastSync: RunLoopTests.start)
        let clock = TestClock(RunLoopTests.start)
        let finished = DispatchSemaphore(value: 0)
        let sync = engine(here.root)
        var loop = RunLoop(backend: TestBackend(size: RunLoopTests.size, script: [
            .event(.key(.character("S"))),
            .run {
                // The screen is drawn while git works; then the time moves on.
                _ = finished.wait(timeout: .now() + 60)
                // The result is handed over just after the syncer returns.
                Thread.sleep(forTimeInterval: 0.5)
                clock.advance(2)
            },
            .idle, .idle, .idle,
        ]), store: here, clock: { clock.now })
        loop.syncer = {
            defer { finished.signal() }
            do throws(SyncError) { return .synced(try sync.sync()) } catch { return .failed(error) }
        }
        _ = loop.run(&state)
        #expect(state.network.questions.contains { $0.id == colleague.id }, "the pulled question is on screen")
        #expect(state.notice == .synced(pulled: 1, pushed: 0, conflicts: 0, held: 0))
        #expect(state.sync?.isRunning == false && state.sync?.lastSync == RunLoopTests.start.addingTimeInterval(2))
    }
}

/// Idle means idle: between changes the run loop stats four paths a second, not every file;
/// a file rewritten in place is still noticed, by the full look it takes now and then.
@Suite("Run loop: noticing changes cheaply")
struct QuickPollTests {
    @Test func aSaveMovesTheQuickSignatureAndAnInPlaceEditIsFoundByTheFullLook() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        var state = try RunLoopTests.state(store)
        let clock = TestClock(RunLoopTests.start)
        let questions = state.network.questions
        let url = store.url(of: .question, id: questions[0].id)
        let quick = store.quickSignature()
        // A save renames a new file into place: its folder's time moves.
        var changed = questions[1]
        changed.title = "Von nebenan"
        _ = try store.save(.question(changed), expecting: .question(questions[1]))
        #expect(store.quickSignature() != quick)
        let afterSave = store.quickSignature()
        // Rewritten in place, as an editor might: the folders' times stay ...
        let title = questions[0].title
        @Sendable func editInPlace() {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
            try? text.replacingOccurrences(of: title, with: "Von Hand geändert").write(to: url, atomically: false, encoding: .utf8)
        }
        let probe = FileManager.default.contents(atPath: url.path)
        editInPlace()
        #expect(store.quickSignature() == afterSave)
        try probe?.write(to: url)
        // ... and the running dashboard finds it with the full look, ten polls on.
        let steps: [TestBackend.Step] = [.run { editInPlace(); clock.advance(2) }, .idle, .run { clock.advance(11) }, .idle]
        var loop = RunLoop(backend: TestBackend(size: RunLoopTests.size, script: steps), store: store, clock: { clock.now })
        loop.pollInterval = 1
        // The polling that stands in where the kernel does not name changed files.
        loop.watchesFiles = false
        _ = loop.run(&state)
        #expect(state.question(questions[0].id)?.title == "Von Hand geändert")
    }

    @Test func theKernelNamesAnInPlaceEditAndOnlyThatFileIsReadAgain() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        var state = try RunLoopTests.state(store)
        let questions = state.network.questions
        let url = store.url(of: .question, id: questions[2].id)
        let title = questions[2].title
        // No clock moves and no poll is due: only inotify can bring the change in.
        let steps: [TestBackend.Step] = [
            .idle,
            .run {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
                try? text.replacingOccurrences(of: title, with: "Vom Kernel gemeldet").write(to: url, atomically: false, encoding: .utf8)
            },
            // The kernel's word comes at once, but a loaded machine (the whole suite running
            // in parallel) may take a moment to hand it over: a pause, then a few turns.
            .run { usleep(300_000) },
            .idle, .idle, .idle,
        ]
        _ = RunLoop(backend: TestBackend(size: RunLoopTests.size, script: steps), store: store,
                    clock: { RunLoopTests.start }, pollInterval: 3600).run(&state)
        #expect(state.question(questions[2].id)?.title == "Vom Kernel gemeldet")
        #expect(state.network.questions.count == questions.count)
    }
}
