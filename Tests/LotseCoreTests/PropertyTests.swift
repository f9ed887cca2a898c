import Testing
@testable import LotseCore
import LotseStore

/// Long random key sequences, sizes included, never crash the reducer and always keep
/// the invariants: every selection inside its list, the scroll offset showing it, the
/// data untouched.
@Suite("Reducer: random key sequences")
struct PropertyTests {
    static let keys: [Key] = [
        .up, .down, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace,
        .character("j"), .character("k"), .character("g"), .character("G"), .character("/"),
        .character("1"), .character("2"), .character("3"), .character("?"), .character("!"),
        .character("s"), .character("ö"), .character("中"), .character(" "), .control("l"), .control("u"),
        .function(1), .left, .right, .delete, .unknown,
    ]

    @Test(arguments: [1, 2, 3, 4])
    func invariantsHoldForRandomSequences(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let network = ExampleNetwork.make()
        var state = AppState(network: network, storeLabel: "~", size: Size(width: 120, height: 40))
        for step in 0..<2_000 {
            let action: Action
            if generator.next() % 40 == 0 {
                let width = Int(generator.next() % 200) + 1
                let height = Int(generator.next() % 70) + 1
                action = .resize(Size(width: width, height: height))
            } else {
                action = .key(Self.keys[Int(generator.next() % UInt64(Self.keys.count))])
            }
            let effects = Reducer.reduce(&state, action)
            // Navigation writes nothing on its own; Enter can save a form it opened, and
            // that change comes back as landed, as the run loop would report it.
            for effect in effects {
                switch effect {
                case .quit, .repaint, .export, .sync, .settle, .confirmPrivacy, .readSyncLog, .readHistory, .answerCredential: break
                case .apply(let change): _ = Reducer.reduce(&state, .applied(change))
                case .quitInterrupted: Issue.record("navigation never interrupts")
                }
            }
            // Below the minimum size nothing is drawn, so only the range is checked there.
            let drawn = HomeLayout.fits(state.size)
            for panel in Panel.allCases {
                let cursor = state.cursor(panel)
                let count = state.rowCount(panel)
                let visible = state.visibleRows(panel)
                let inRange = cursor.selected >= 0 && (count == 0 ? cursor.selected == 0 : cursor.selected < count)
                let shown = !drawn || (cursor.offset <= cursor.selected && cursor.selected < cursor.offset + visible)
                if !inRange || !shown {
                    Issue.record("step \(step) after \(action): \(panel) cursor \(cursor), \(count) rows, \(visible) visible")
                    return
                }
            }
            #expect(state.path.allSatisfy { PagerState($0).map { $0.offset >= 0 } ?? true })
            // Enter can save an agenda form it opened, but no question or commune comes or goes.
            if state.network.questions.map(\.id) != network.questions.map(\.id) || state.network.communes != network.communes {
                Issue.record("step \(step): questions or communes changed")
                return
            }
        }
    }
}

/// Random work on questions, with every write carried out against an in-memory copy of
/// the store (with the same expect-the-base rule as the real one): the state and the
/// "disk" never disagree, and a question disappears only through a confirmed delete.
@Suite("Reducer: random question work")
struct QuestionPropertyTests {
    static let keys: [Key] = [
        .character("2"), .character("1"), .tab, .up, .down, .enter, .escape, .character("n"), .character("e"),
        .character("a"), .character(">"), .character("<"), .character("@"), .character("M"), .character("d"),
        .character("u"), .character("f"), .character("o"), .character("w"), .character("b"), .character("j"),
        .character("m"), .character("t"), .character(" "), .character("x"), .character("ä"), .control("s"),
        .backspace, .left, .right, .character("/"),
    ]

    @Test(arguments: [11, 13, 14])
    func questionsAreNeverLost(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var state = AppState(network: ExampleNetwork.make(), storeLabel: "~", size: Size(width: 120, height: 40), seed: seed)
        var disk = Dictionary(uniqueKeysWithValues: state.network.questions.map { ($0.id, $0) })
        var expectedCount = disk.count
        var kinds: [String: Int] = [:]

        func execute(_ change: Change) -> Action {
            kinds[String(describing: change.kind).prefix { $0 != "(" }.description, default: 0] += 1
            for (index, write) in change.writes.enumerated() {
                // Communes and meetings (a commune merged or removed from panel 1) are not
                // what this test counts; they are written as they come.
                guard write.new?.question != nil || write.base?.question != nil else { continue }
                guard disk[write.id] == write.base?.question else { return .conflicted(change, index: index, current: disk[write.id].map(Record.question), fields: []) }
                disk[write.id] = write.new?.question
                if write.base == nil && write.new != nil { expectedCount += 1 }
                if write.base != nil && write.new == nil { expectedCount -= 1 }
            }
            return .applied(change)
        }

        for step in 0..<1_500 {
            var queue: [Action] = [.key(Self.keys[Int(generator.next() % UInt64(Self.keys.count))])]
            // Now and then someone else edits a question on disk.
            if generator.next() % 50 == 0, let id = disk.keys.sorted().first, var other = disk[id] {
                other.body += " (extern)"
                disk[id] = other
                var network = state.network
                network.questions = disk.values.sorted { $0.id < $1.id }
                queue.append(.reloaded(network, []))
            }
            while !queue.isEmpty {
                for effect in Reducer.reduce(&state, queue.removeFirst()) {
                    if case .apply(let change) = effect { queue.append(execute(change)) }
                }
            }
            let inState = Set(state.network.questions.map(\.id))
            if inState != Set(disk.keys) || disk.count != expectedCount {
                Issue.record("step \(step): state has \(inState.count), disk \(disk.count), expected \(expectedCount)")
                return
            }
            let cursor = state.cursor(.questions)
            if state.rowCount(.questions) > 0 && cursor.selected >= state.rowCount(.questions) {
                Issue.record("step \(step): selection out of range")
                return
            }
        }
        // The walk must really have changed things, or it proves nothing.
        #expect(kinds.values.reduce(0, +) > 20, "changes made: \(kinds)")
        #expect(kinds.count >= 4, "kinds of change: \(kinds)")
    }
}
