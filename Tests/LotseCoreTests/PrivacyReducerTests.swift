import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// D opens the Datenschutz view: e edits the network's retention policy, f sends what the
/// last sync held back as a false alarm.
@Suite("Reducer: the Datenschutz view")
struct PrivacyReducerTests {
    @Test func thePolicyIsEditedAsOneChangeOfStoreJSON() throws {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("D")))
        guard case .pager(let pager)? = state.top, pager.page == .privacy else { Issue.record("no Datenschutz view"); return }
        #expect(Reducer.reduce(&state, .key(.character("f"))).isEmpty, "nothing held back, nothing to confirm")
        _ = Reducer.reduce(&state, .key(.character("e")))
        guard case .fields(let form)? = state.form, form.purpose == .policy else { Issue.record("no policy form"); return }
        _ = Reducer.reduce(&state, .key(.control("u")))
        for character in "0" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.control("s"))).isEmpty, "0 months is refused")
        _ = Reducer.reduce(&state, .key(.control("u")))
        for character in "6" { _ = Reducer.reduce(&state, .key(.character(character))) }
        guard case .apply(let change)? = Reducer.reduce(&state, .key(.control("s"))).first else { Issue.record("not saved"); return }
        #expect(change.kind == .policy && change.writes.isEmpty)
        #expect(change.manifest?.new.retention == RetentionPolicy(attendanceNamesMonths: 6, questionNamesMonths: 24))
        _ = Reducer.reduce(&state, .applied(change))
        #expect(state.network.manifest.retentionInForce.attendanceNamesMonths == 6)
        guard case .pager? = state.top else { Issue.record("back on the Datenschutz view"); return }
    }

    @Test func heldBackRecordsAreListedAndConfirmedThroughAnEffect() throws {
        var state = Fixtures.state()
        let question = try #require(state.network.questions.first)
        state.sync = SyncState()
        _ = Reducer.reduce(&state, .syncFinished(.synced(SyncReport(pulled: 0, pushed: 1, heldBack: ["questions/\(question.id).json"]))))
        #expect(state.notice == .synced(pulled: 0, pushed: 1, conflicts: 0, held: 1))
        #expect(state.sync?.unsent == ["questions/\(question.id).json"], "a held-back record is still to be sent")
        _ = Reducer.reduce(&state, .key(.character("D")))
        let text = PagerContent.make(for: .privacy, in: state).lines.map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("Beim letzten Sync zurückgehalten") && text.contains(question.title))
        #expect(Reducer.reduce(&state, .key(.character("f"))) == [.confirmPrivacy(["questions/\(question.id).json"])])
        _ = Reducer.reduce(&state, .privacyConfirmed(count: 1, state.network, []))
        #expect(state.sync?.heldBack.isEmpty == true && state.notice == .privacyConfirmed(1))
    }
}
