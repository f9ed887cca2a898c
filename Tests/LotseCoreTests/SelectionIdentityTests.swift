import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// Cursors hold the selected record's id. Colleagues' questions arrive and leave (live
/// reloads) between the user's keys; whatever they do, the next command acts on the
/// question the user selected, or, when that one is gone, on its neighbour — never on one
/// the user did not pick while theirs is still there.
@Suite("Selections by identity")
struct SelectionIdentityTests {
    static let moves: [Key] = [.up, .down, .character("j"), .character("k"), .pageDown, .pageUp, .home, .end]

    /// A question a colleague logs now: newer than all others, so it sorts first.
    static func incoming(_ n: UInt64, communes: [String], at date: Date) -> Question {
        Question(id: String(format: "01ZZZZZZZZZZZZZZZZZZ%06d", n), communes: communes, title: "Neu \(n)", category: "Wohnen",
                 status: .open, created: date, loggedBy: "Kollegin")
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func outsideInsertsAndDeletesNeverMoveTheSelectionToAnotherRecord(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let example = ExampleNetwork.make()
        var state = AppState(network: example, storeLabel: "~", size: Size(width: 120, height: 40))
        _ = Reducer.reduce(&state, .key(.character("2")))
        var next: UInt64 = 0
        let communes = example.communes.map(\.id)
        for step in 0..<600 {
            let before = state.selectedQuestion?.id
            let rowsBefore = state.questionRows.map(\.id)
            // A colleague's change arrives: a few questions added and others deleted.
            var network = state.network
            for _ in 0..<Int(generator.next() % 3) {
                next += 1
                let commune = communes[Int(generator.next() % UInt64(communes.count))]
                network.questions.append(Self.incoming(next, communes: [commune], at: state.now.addingTimeInterval(Double(next))))
            }
            var deleted: Set<String> = []
            if generator.next() % 3 == 0, !network.questions.isEmpty {
                let victim = network.questions[Int(generator.next() % UInt64(network.questions.count))].id
                deleted.insert(victim)
                network.questions.removeAll { $0.id == victim }
            }
            network.questions.sort { $0.id < $1.id }
            _ = Reducer.reduce(&state, .reloaded(network, []))

            let after = state.selectedQuestion?.id
            if let before, !deleted.contains(before) {
                #expect(after == before, "step \(step): the selection left a question that is still there")
            } else if let before, deleted.contains(before), let old = rowsBefore.firstIndex(of: before) {
                // Gone: its neighbour, the question now at (or just before) its place.
                let rows = state.questionRows.map(\.id)
                let expected = rows.isEmpty ? nil : rows[min(old, rows.count - 1)]
                #expect(after == expected, "step \(step): not the neighbour of the deleted question")
            }
            // The command that follows acts on what is selected.
            if let after, generator.next() % 5 == 0 {
                let effects = Reducer.reduce(&state, .key(.character(">")))
                for effect in effects {
                    if case .apply(let change) = effect {
                        #expect(change.writes.map(\.id) == [after], "step \(step): > changed another question")
                    }
                }
                if state.form != nil { _ = Reducer.reduce(&state, .key(.escape)) }
                if state.dialog != nil { _ = Reducer.reduce(&state, .key(.escape)) }
            } else {
                _ = Reducer.reduce(&state, .key(Self.moves[Int(generator.next() % UInt64(Self.moves.count))]))
            }
            #expect(state.path.isEmpty || state.form == nil)
        }
    }

    @Test func aNewerQuestionArrivingDoesNotMoveTheCursorOffTheSelectedOne() throws {
        var state = AppState(network: Fixtures.network, storeLabel: "~")
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.down))
        let picked = try #require(state.selectedQuestion)
        #expect(picked.title == "Kita-Platz")
        var network = state.network
        network.questions.append(Self.incoming(1, communes: ["werl"], at: Fixtures.day.addingTimeInterval(10 * 86_400)))
        _ = Reducer.reduce(&state, .reloaded(network, []))
        #expect(state.questionRows.first?.title == "Neu 1", "the colleague's question sorts first")
        #expect(state.selectedQuestion == picked)
        #expect(state.cursor(.questions).selected == 2, "the cursor moved down with its question")
        let effects = Reducer.reduce(&state, .key(.character("<")))  // back to open: a write
        guard case .apply(let change)? = effects.first else { Issue.record("no change"); return }
        #expect(change.writes.map(\.id) == [picked.id])
    }
}
