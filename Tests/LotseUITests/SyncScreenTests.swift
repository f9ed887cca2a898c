import Foundation
import Testing
@testable import LotseCore
@testable import LotseUI
import LotseStore

/// The sync state in the title line and the conflicts screen, as a coordinator sees them.
@Suite("Screens: sync")
struct SyncScreenTests {
    func conflicted(_ size: Size, language: Language = .de) -> AppState {
        var state = ScreenTests.state(size, language: language)
        state.now = Date(timeIntervalSince1970: 1_480_000_000)
        state.sync = SyncState(unsent: ["questions/A.json", "questions/B.json"], incoming: 0,
                               lastSync: state.now.addingTimeInterval(-300))
        let question = state.network.questions[0]
        state.network.syncConflicts = [
            SyncConflict(kind: .question, recordID: question.id, path: ["title"], kept: .string(question.title),
                         other: .string("Wohnsitzauflage: Umzug in eine andere Kommune – wer entscheidet, und wie lange dauert es?")),
            SyncConflict(kind: .question, recordID: question.id, path: ["tags"], kept: .array([.string("Umzug")]), other: nil),
        ]
        return state
    }

    @Test func theTitleLineSaysWhatIsUnsentWhenTheLastSyncWasAndTheConflicts() {
        let buffer = Renderer.render(conflicted(ScreenTests.wide))
        let title = buffer.line(0)
        #expect(title.contains("↑2 ↓0 · vor 5 Min. · 2 Konflikte │ Store: ~/.local/share/lotse"))
        #expect(buffer.line(39).contains("S Sync"))
        ScreenTests.expectRowsFit(buffer)
    }

    @Test func aStoreThatDoesNotSyncShowsNeitherStateNorKey() {
        let buffer = Renderer.render(ScreenTests.state(ScreenTests.wide))
        #expect(!buffer.line(0).contains("↑") && !buffer.line(39).contains("Sync"))
    }

    @Test func runningAndOfflineAreSaid() {
        var state = conflicted(ScreenTests.narrow, language: .en)
        state.sync?.startedAt = state.now.addingTimeInterval(-3)
        #expect(Renderer.render(state).line(0).contains("⟳ syncing … 3 s"))
        state.sync?.startedAt = nil
        state.sync?.offline = true
        #expect(Renderer.render(state).line(0).contains("↑2 · offline"))
    }

    @Test func theConflictsScreenShowsBothValuesInFull() {
        var state = conflicted(ScreenTests.narrow)
        _ = Reducer.reduce(&state, .key(.character("C")))
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("Sync-Konflikte") && buffer.text.contains("Anderer Wert:"))
        #expect(buffer.text.contains("wie lange dauert es?"), "the other value is wrapped, not cut")
        #expect(buffer.line(23).contains("Enter anderen Wert übernehmen"))
        Golden.check(buffer, "conflicts-80x24")
        _ = Reducer.reduce(&state, .key(.down))
        #expect(Renderer.render(state).text.contains("(leer)"), "a removed value says so")
    }
}
