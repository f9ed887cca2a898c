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
            #expect(effects.allSatisfy { $0 == .quit || $0 == .repaint })
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
            #expect(state.pagerOffset >= 0)
            if state.network != network {
                Issue.record("step \(step): the data changed")
                return
            }
        }
    }
}
