import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// S syncs a synced store in the background; C shows the conflicts a sync found, each to
/// settle by taking the other value or keeping the one in force.
@Suite("Reducer: sync and its conflicts")
struct SyncReducerTests {
    func synced(_ state: AppState = Fixtures.state()) -> AppState {
        var state = state
        state.sync = SyncState(unsent: ["questions/Q1.json"], incoming: 2, lastSync: Fixtures.day)
        return state
    }

    @Test func syncIsAskedOnceAndItsEndIsShown() {
        var store = ReducerHarness(synced())
        store.key(.character("S"), effects: [.sync]) { $0.sync?.startedAt = $0.now }
        // A second S while it runs starts nothing.
        store.key(.character("S")) { $0.notice = nil }
        #expect(Reducer.subscriptions(store.state).contains(.everySecond), "progress is shown while it runs")
        let report = SyncReport(pulled: 3, pushed: 1)
        store.send(.syncFinished(.synced(report))) {
            $0.sync = SyncState(unsent: [], incoming: 0, lastSync: $0.now)
            $0.notice = .synced(pulled: 3, pushed: 1, conflicts: 0, held: 0)
        }
        #expect(!Reducer.subscriptions(store.state).contains(.everySecond))
    }

    /// Where the store stands is read after the first frame: it joins what was saved since.
    @Test func theStatusReadAfterTheFirstFrameKeepsWhatWasSavedMeanwhile() {
        var store = ReducerHarness(synced())
        let since = Fixtures.day
        store.send(.syncStatusRead(unsent: ["questions/Q2.json"], incoming: 5, purgePending: since)) {
            $0.sync?.unsent = ["questions/Q1.json", "questions/Q2.json"]
            $0.sync?.incoming = 5
            $0.sync?.purgePending = since
        }
        var plain = ReducerHarness(Fixtures.state())
        plain.send(.syncStatusRead(unsent: ["questions/Q2.json"], incoming: 5, purgePending: nil)) { _ in }
        #expect(plain.state.sync == nil, "a store that does not sync stays so")
    }

    @Test func pathsASyncKeptOutAreSaidWithTheirAuthor() {
        var store = ReducerHarness(synced())
        store.key(.character("S"), effects: [.sync]) { $0.sync?.startedAt = $0.now }
        var report = SyncReport(pulled: 0, pushed: 1)
        report.keptOut = [KeptOut(path: "evil/..", refusal: .outsideLayout, commit: "abc1234", author: "Mallory"),
                          KeptOut(path: "questions/X.json", refusal: .link, commit: "abc1234", author: "Mallory")]
        store.send(.syncFinished(.synced(report))) {
            $0.sync = SyncState(unsent: [], incoming: 0, lastSync: $0.now)
            $0.notice = .syncKeptOut(count: 2, author: "Mallory")
        }
        let lines = SyncMessages.german.keptOutLines(report.keptOut)
        #expect(lines == ["Ferngehalten (gehört nicht zum Store): evil/.. – aus Commit abc1234 von Mallory",
                          "Ferngehalten (Verknüpfung – nicht gefolgt): questions/X.json – aus Commit abc1234 von Mallory"])
    }

    @Test func anUnreachableRemoteShowsOfflineAndKeepsWhatIsUnsent() {
        var store = ReducerHarness(synced())
        store.key(.character("S"), effects: [.sync]) { $0.sync?.startedAt = $0.now }
        let error = SyncError.remote(.unreachable, remote: "/srv/netz.git", detail: "Connection refused", during: .sync)
        store.send(.syncFinished(.failed(error))) {
            $0.sync?.startedAt = nil
            $0.sync?.offline = true
            $0.notice = .syncFailed(error)
        }
        #expect(store.state.sync?.unsent == ["questions/Q1.json"])
    }

    @Test func withoutSyncSSaysHowToSetItUpAndAnAutomaticSyncStaysSilent() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("S")) { $0.notice = .syncNotSetUp }
        store.send(.syncDue)
        var synced = ReducerHarness(synced())
        synced.send(.syncDue, effects: [.sync]) { $0.sync?.startedAt = $0.now }
    }

    @Test func aSaveIsOneMoreFileToSend() throws {
        var state = synced()
        let question = try #require(state.network.questions.first)
        var edited = question
        edited.title = "Neu"
        let change = Change(.edit, writes: [Change.Write(id: question.id, new: .question(edited), base: .question(question))])
        _ = Reducer.reduce(&state, .applied(change))
        #expect(state.sync?.unsent == ["questions/Q1.json", "questions/\(question.id).json"])
    }

    @Test func conflictsAreListedAndSettledThroughAnEffect() throws {
        var state = synced()
        let question = try #require(state.network.questions.first)
        let conflict = SyncConflict(kind: .question, recordID: question.id, path: ["title"], kept: .string(question.title),
                                    other: .string("Der andere Titel"))
        state.network.syncConflicts = [conflict]
        var store = ReducerHarness(state)
        store.key(.character("C")) { $0.path = [ConflictsState().destination]; $0.top(ConflictsState.self) { $0.selection = Selection(id: conflict.id) } }
        store.key(.enter, effects: [.settle(conflict, takingOther: true)])
        store.key(.character("b"), effects: [.settle(conflict, takingOther: false)])
        var settled = store.state.network
        settled.syncConflicts = []
        store.send(.settled(conflict, settled, [])) {
            $0.network = settled
            $0.sync?.unsent.insert(conflict.file)
            $0.notice = .conflictSettled
            $0.top(ConflictsState.self) { $0.selection = Selection() }
        }
        store.key(.escape) { $0.path = []; $0.notice = nil }
    }

    @Test func lShowsTheSyncLogAndHAQuestionsHistory() {
        var store = ReducerHarness(synced())
        store.key(.character("L"), effects: [.readSyncLog])
        let entry = SyncLogEntry(started: Fixtures.day, outcome: "0 Änderungen geholt, 1 gesendet", succeeded: true,
                                 commands: [.init(line: "git push --porcelain origin HEAD:refs/heads/main", status: 0, output: "Done", milliseconds: 20)])
        var log = SyncLogState(entries: [entry])
        log.selection = Selection(id: String(entry.started.timeIntervalSince1970))
        store.send(.syncLogRead([entry])) { $0.path = [log.destination] }
        // Enter reads the selected sync in full; Esc comes back to the list, then home.
        store.key(.enter) { $0.path = [log.destination, .pager(PagerState(.syncLog([entry])))] }
        store.key(.escape) { $0.path = [log.destination] }
        store.key(.escape) { $0.path = [] }
        // H is for a record's details: in the district's summary it says what it is for.
        store.key(.enter) { $0.path = [.pager(PagerState(.detail(.communes)))] }
        store.key(.character("H")) { $0.notice = .notPossible(HistoryText.onlyForRecords(.de)) }
        store.key(.escape) {
            $0.path = []
            $0.notice = nil
        }
        store.stateForTests.home.focus = .questions
        let question = store.state.selectedQuestion
        store.key(.enter) { $0.path = [.pager(PagerState(.detail(.questions)))] }
        let subject = HistorySubject(kind: .question, id: question?.id ?? "", label: "„\(question?.title ?? "")“")
        store.key(.character("H"), effects: [.readHistory(subject)])
        store.send(.historyRead(subject, nil)) { $0.path.append(.pager(PagerState(.history(subject, nil)))) }
        let page = PagerContent.make(for: .history(subject, nil), in: store.state)
        #expect(page.lines.first?.spans.first?.text.contains("noch nicht synchronisiert") == true)
    }
}
