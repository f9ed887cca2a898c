import Foundation
import Testing
import LotseApp
import LotseCore
import LotseStore
import LotseUI

/// The dashboard's run loop driven through a `TestBackend` over a real store on disk: keys
/// in, frames out, writes landing in files, ticks and reloads, without a terminal.
@Suite("Run loop through the test backend")
struct RunLoopTests {
    static let size = Size(width: 120, height: 40)
    static let start = Date(timeIntervalSince1970: 1_489_413_600)  // 13.03.2017 15:00 in Soest

    static func keys(_ text: String) -> [TestBackend.Step] {
        text.map { .event(.key(.character($0))) }
    }

    static func state(_ store: FileStore) throws -> AppState {
        let loaded = try store.load()
        return AppState(network: loaded.network, problems: loaded.problems, storeLabel: "~/store", now: start)
    }

    @Test func drawsAFrameReducesKeysAndQuits() throws {
        let temporary = try TemporaryStore()
        var state = try Self.state(temporary.store)
        let backend = TestBackend(size: Self.size, script: Self.keys("2jq"))
        let status = RunLoop(backend: backend, store: temporary.store, clock: { Self.start }).run(&state)
        #expect(status == 0)
        #expect(state.home.focus == .questions)
        #expect(state.cursor(.questions).selected == 1)
        let screen = try #require(backend.screen)
        #expect(screen.text.contains("[2] Offene Fragen"))
        #expect(screen.line(39).contains("Beenden"), "the hint bar is drawn")
    }

    @Test func ctrlCQuitsWithStatus130AndAsksWhenAFormHoldsText() throws {
        let temporary = try TemporaryStore()
        var state = try Self.state(temporary.store)
        let quiet = TestBackend(size: Self.size, script: [.interrupt, .idle])
        #expect(RunLoop(backend: quiet, store: temporary.store, clock: { Self.start }).run(&state) == 130)

        var editing = try Self.state(temporary.store)
        let backend = TestBackend(size: Self.size, script: Self.keys("2n") + Self.keys("Titel") + [.interrupt, .idle])
        let status = RunLoop(backend: backend, store: temporary.store, clock: { Self.start }).run(&editing)
        #expect(status == 0, "the script ran out while the question was on screen, nothing quit")
        #expect(backend.screen?.text.contains("Lotse beenden?") == true)
    }

    @Test func aSavedFormLandsInTheStoreAndTheScreenSaysSo() throws {
        let temporary = try TemporaryStore()
        var state = try Self.state(temporary.store)
        // The title first, then a commune chosen with the space bar.
        let script: [TestBackend.Step] = Self.keys("2n") + Self.keys("Fahrradwerkstatt für Geflüchtete")
            + [.event(.key(.tab)), .event(.key(.character(" "))), .event(.key(.control("s"))), .idle]
        let backend = TestBackend(size: Self.size, script: script)
        _ = RunLoop(backend: backend, store: temporary.store, clock: { Self.start }).run(&state)
        let onDisk = try temporary.store.load().network.questions
        let saved = try #require(onDisk.first { $0.title == "Fahrradwerkstatt für Geflüchtete" })
        #expect(state.selectedQuestion?.id == saved.id, "the new question is selected")
        #expect(backend.screen?.text.contains("Gespeichert") == true)
        #expect(state.path.isEmpty, "the form closed when the write landed")
    }

    @Test func aColleaguesWriteIsReloadedAndTheSelectionStaysOnItsQuestion() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        var state = try Self.state(store)
        let clock = TestClock(Self.start)
        _ = RunLoop(backend: TestBackend(size: Self.size, script: Self.keys("2jjj")), store: store, clock: { clock.now }).run(&state)
        let selected = try #require(state.selectedQuestion?.id)
        let script: [TestBackend.Step] = [
            .run {
                // A colleague logs a newer question in another process; it sorts first.
                let question = Question(id: "01ZZZZZZZZZZZZZZZZZZZZZZZZ", communes: ["soest"], title: "Von der Kollegin",
                                        category: "Wohnen", status: .open, created: Self.start.addingTimeInterval(3600),
                                        loggedBy: "Kollegin")
                _ = try? store.save(.question(question), expecting: nil)
                clock.advance(2)
            },
            .idle,
        ]
        let backend = TestBackend(size: Self.size, script: script)
        _ = RunLoop(backend: backend, store: store, clock: { clock.now }, pollInterval: 1).run(&state)
        #expect(state.questionRows.first?.title == "Von der Kollegin", "the reload took in the colleague's question")
        #expect(state.selectedQuestion?.id == selected, "the selection stayed on the question the user picked")
        #expect(backend.screen?.text.contains("Von der Kollegin") == true)
    }

    @Test func aConflictingSaveAsksInsteadOfOverwriting() throws {
        let temporary = try TemporaryStore()
        var state = try Self.state(temporary.store)
        let store = temporary.store
        _ = RunLoop(backend: TestBackend(size: Self.size, script: Self.keys("2")), store: store, clock: { Self.start }).run(&state)
        let question = try #require(state.selectedQuestion)
        let script: [TestBackend.Step] = Self.keys("e") + [
            .run {
                var theirs = question
                theirs.title = "Inzwischen umbenannt."
                _ = try? store.save(.question(theirs), expecting: .question(question))
            },
            .event(.key(.control("u"))),
        ] + Self.keys("Neuer Titel") + [.event(.key(.control("s"))), .idle]
        let backend = TestBackend(size: Self.size, script: script)
        _ = RunLoop(backend: backend, store: store, clock: { Self.start }, pollInterval: 3600).run(&state)
        guard case .conflict? = state.dialog else { Issue.record("no conflict dialog: \(String(describing: state.dialog))"); return }
        let onDisk = try #require(try store.load().network.questions.first { $0.id == question.id })
        #expect(onDisk.title == "Inzwischen umbenannt.", "their version is still on disk")
        #expect(backend.screen?.text.contains("Fassung im Store") == true)
    }

    @Test func meetingModeAsksForTicksAndTheTimerMovesWithTheClock() throws {
        let temporary = try TemporaryStore()
        var state = try Self.state(temporary.store)
        let clock = TestClock(Self.start)
        // The meetings panel, the planned meeting, meeting mode, start the timer.
        let script: [TestBackend.Step] = Self.keys("3m ") + [
            .run { clock.advance(61) }, .idle,
            .run { clock.advance(1) }, .idle,
        ]
        let backend = TestBackend(size: Self.size, script: script)
        _ = RunLoop(backend: backend, store: temporary.store, clock: { clock.now }, pollInterval: 3600).run(&state)
        #expect(Reducer.subscriptions(state) == [.everySecond])
        #expect(state.now == Self.start.addingTimeInterval(62), "the last second reached the state as a tick")
        let timers = backend.frames.suffix(2).map { $0.text }
        #expect(timers[0] != timers[1], "each new second is a new frame")
        var home = try Self.state(temporary.store)
        _ = RunLoop(backend: TestBackend(size: Self.size, script: Self.keys("2")), store: temporary.store, clock: { Self.start }).run(&home)
        #expect(Reducer.subscriptions(home).isEmpty, "no ticks while no clock is on screen")
    }

    @Test func aCategoryRenamedInTheDashboardReachesTheStoreInOneChange() throws {
        let temporary = try TemporaryStore()
        var state = try Self.state(temporary.store)
        let wohnen = try #require(state.network.manifest.categories.firstIndex(of: "Wohnen"))
        let script: [TestBackend.Step] = Self.keys("K") + Array(repeating: .event(.key(.down)), count: wohnen)
            + Self.keys("e") + [.event(.key(.control("u")))] + Self.keys("Wohnen und Unterkunft") + [.event(.key(.control("s"))), .idle]
        _ = RunLoop(backend: TestBackend(size: Self.size, script: script), store: temporary.store, clock: { Self.start }).run(&state)
        let onDisk = try temporary.store.load().network
        #expect(onDisk.manifest.categories.contains("Wohnen und Unterkunft") && !onDisk.manifest.categories.contains("Wohnen"))
        #expect(!onDisk.questions.contains { $0.category == "Wohnen" })
        #expect(onDisk.questions.contains { $0.category == "Wohnen und Unterkunft" })
    }

    @Test func aResizeRedrawsAtTheNewSize() throws {
        let temporary = try TemporaryStore()
        var state = try Self.state(temporary.store)
        let backend = TestBackend(size: Self.size, script: [.event(.resize(Size(width: 80, height: 24))), .idle])
        _ = RunLoop(backend: backend, store: temporary.store, clock: { Self.start }).run(&state)
        #expect(backend.screen?.width == 80 && backend.screen?.height == 24)
        #expect(state.size == Size(width: 80, height: 24))
    }
}

/// A paste arrives as thousands of keys at once; the loop takes them all in before it
/// draws, and the text arrives whole.
@Suite("Run loop: a long paste")
struct PasteTests {
    @Test func aPasteIsTakenInWholeBeforeTheNextFrame() throws {
        let temporary = try TemporaryStore()
        let loaded = try temporary.store.load()
        var state = AppState(network: loaded.network, storeLabel: "~", now: RunLoopTests.start)
        let text = String(String(repeating: "Die Familie sucht eine Wohnung.\n", count: 700).prefix(20_000))
        // The question form, on to its text block, then the paste.
        let open: [TestBackend.Step] = RunLoopTests.keys("2n") + Array(repeating: .event(.key(.tab)), count: 5) + [.idle]
        let paste: [TestBackend.Step] = text.map { $0 == "\n" ? .event(.key(.enter)) : .event(.key(.character($0))) }
        let backend = TestBackend(size: RunLoopTests.size, script: open + paste + [.idle])
        _ = RunLoop(backend: backend, store: temporary.store, clock: { Date() }).run(&state)
        guard case .question(let form)? = state.form else { Issue.record("the form closed"); return }
        #expect(form.field == .body)
        #expect(form.body.text == text, "every character arrived, in order")
        #expect(backend.frames.count < 30, "\(backend.frames.count) frames for 20,000 keys: the paste was taken in at once")
        #expect(backend.screen?.text.contains("Die Familie sucht eine Wohnung.") == true)
    }
}

/// Ended from outside with a form half filled in, Lotse keeps the text as a draft, and the
/// next start puts it back into its form.
@Suite("Run loop: drafts")
struct DraftTests {
    @Test func aSignalKeepsTheUnsavedFormAsADraftAndTheNextStartRestoresIt() throws {
        let temporary = try TemporaryStore()
        let loaded = try temporary.store.load()
        var state = AppState(network: loaded.network, storeLabel: "~", now: RunLoopTests.start)
        let backend = TestBackend(size: RunLoopTests.size, script: RunLoopTests.keys("2n") + RunLoopTests.keys("Halb fertig")
                                  + [.terminate(SIGTERM), .idle])
        let kept = DraftBox()
        var loop = RunLoop(backend: backend, store: temporary.store, clock: { RunLoopTests.start })
        loop.keepDraft = { kept.draft = $0 }
        #expect(loop.run(&state) == 128 + SIGTERM)
        let draft = try #require(kept.draft)
        #expect(draft.kind == .question && draft.fields["title"] == "Halb fertig")

        // On disk, outside the store, owner-only; taken once.
        let stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: stateHome) }
        let file = DraftFile(store: temporary.store.root, environment: ["XDG_STATE_HOME": stateHome.path])
        file.save(draft)
        #expect(!file.url.path.hasPrefix(temporary.store.root.path))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file.url.path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        let again = try #require(file.take())
        #expect(file.take() == nil)

        var next = AppState(network: loaded.network, storeLabel: "~", now: RunLoopTests.start)
        Reducer.restore(again, in: &next)
        guard case .question(let form)? = next.form else { Issue.record("no form"); return }
        #expect(form.title.text == "Halb fertig")
        #expect(next.notice == .draftRestored)
        #expect(Renderer.render(next).text.contains("Entwurf wiederhergestellt"))
    }

    @Test func withNothingUnsavedNoDraftIsKept() throws {
        let temporary = try TemporaryStore()
        let loaded = try temporary.store.load()
        var state = AppState(network: loaded.network, storeLabel: "~", now: RunLoopTests.start)
        let kept = DraftBox()
        var loop = RunLoop(backend: TestBackend(size: RunLoopTests.size, script: RunLoopTests.keys("2n") + [.terminate(SIGHUP)]),
                           store: temporary.store, clock: { RunLoopTests.start })
        loop.keepDraft = { kept.draft = $0 }
        #expect(loop.run(&state) == 128 + SIGHUP)
        #expect(kept.draft == nil)
    }
}

final class DraftBox: @unchecked Sendable {
    var draft: Draft?
}
