import Foundation
import Testing
@testable import LotseCore
@testable import LotseUI
import LotseStore

/// The knowledge view with answers in every standing for the volunteers' guide: released,
/// edited since (to review), past "prüfen bis" (to review), internal.
@Suite("Screens: the volunteers' guide")
struct GuideScreenTests {
    /// The example network with three answers released on 24.11.2016: one as it was, one
    /// edited since, one whose "prüfen bis" day has passed by the clock's 24.11.2016.
    static func network() -> Network {
        var network = ExampleNetwork.make()
        let answered = network.questions.indices.filter { KnowledgeSearch.isKnowledge(network.questions[$0]) }
            .sorted { network.questions[$0].title < network.questions[$1].title }
        let stand = LocalDate(year: 2016, month: 11, day: 1)
        for (n, index) in answered.prefix(3).enumerated() {
            let question = network.questions[index]
            let recheck = n == 2 ? LocalDate(year: 2016, month: 11, day: 20) : LocalDate(year: 2017, month: 11, day: 1)
            network.questions[index].release = Release(by: "KI Kreis Soest", date: Date(timeIntervalSince1970: 1_478_000_000),
                                                       stand: stand, recheck: recheck, fingerprint: Release.fingerprint(of: question))
            if n == 1 { network.questions[index].answer?.text += " Ergänzt nach der Freigabe." }
        }
        return network
    }

    static func state(_ size: Size) -> AppState {
        var state = ScreenTests.state(size, network: network())
        state.now = Date(timeIntervalSince1970: 1_480_000_000)
        ScreenTests.send([.character("w")], to: &state)
        return state
    }

    @Test func statesInTheKnowledgeView() {
        let state = Self.state(ScreenTests.wide)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("freigegeben"))
        #expect(buffer.text.components(separatedBy: "⚠ prüfen").count - 1 == 2, "one edited, one past its day")
        Golden.check(buffer, "knowledge-guide-120x40")
    }

    @Test func statesInTheKnowledgeViewAt80x24() {
        var state = Self.state(ScreenTests.narrow)
        let due = state.knowledgeHits("").firstIndex { $0.question.guideState(on: state.today) == .due } ?? 0
        for _ in 0..<due { ScreenTests.send([.character("j")], to: &state) }
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("ist vorbei"))
        // A due answer can be released again: the key is offered (F, to withdraw, is in the help).
        #expect(buffer.line(23).contains("f Freigeben"))
        #expect(KeyAvailability.offers(.withdrawRelease, in: state) && KeyAvailability.offers(.releaseAnswer, in: state))
        Golden.check(buffer, "knowledge-guide-80x24")
    }

    @Test func fReleasesAndFWithdrawsAsOneChangeEach() throws {
        var state = Self.state(ScreenTests.wide)
        let internalIndex = try #require(state.knowledgeHits("").firstIndex { $0.question.release == nil })
        for _ in 0..<internalIndex { ScreenTests.send([.character("j")], to: &state) }
        #expect(!HintBarModel.items(state).contains { $0.key == "F" }, "nothing to withdraw")
        let effects = Reducer.reduce(&state, .key(.character("f")))
        guard case .apply(let change)? = effects.first else {
            Issue.record("no change: \(effects)")
            return
        }
        #expect(change.kind == .release)
        let released = try #require(change.writes.first?.new?.question)
        #expect(released.guideState(on: state.today) == .released)
        #expect(released.release?.recheck == state.today.adding(months: 12))

        let withdrawn = Reducer.reduce(&state, .key(.character("F")))
        #expect(withdrawn.isEmpty, "F on an answer never released does nothing but say so")
        #expect(state.notice != nil)
    }

    @Test func districtSummaryCountsWhatIsDue() {
        var state = ScreenTests.state(ScreenTests.wide, network: Self.network())
        state.now = Date(timeIntervalSince1970: 1_480_000_000)
        let detail = Details.make(for: .communes, in: state)
        let text = detail.lines.map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("3 freigegeben · ⚠ 2 zu prüfen"), "\(text)")
    }
}
