import Testing
@testable import LotseCore
import LotseStore

@Suite("Reducer: moving around the home screen")
struct NavigationTests {
    @Test func initialStateSelectsAllCommunesAndTheNextMeeting() {
        let state = Fixtures.state()
        #expect(state.home.focus == .communes)
        #expect(state.selectedCommune == nil)
        #expect(state.communeRows.map(\.name) == ["Alle Kommunen", "Möhnesee", "Soest", "Werl"])
        #expect(state.communeRows.map(\.openCount) == [4, 1, 2, 2])
        #expect(state.questionRows.map(\.title) == ["Miete", "Kita-Platz", "Fahrrad für den Schulweg", "Straßenbahn nach Soest"])
        #expect(state.selectedMeeting?.title == "2. Treffen")
    }

    @Test func tabShiftTabAndDigitsMoveTheFocus() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.tab) { $0.home.focus = .questions }
        store.key(.tab) { $0.home.focus = .meetings }
        store.key(.tab) { $0.home.focus = .communes }
        store.key(.backTab) { $0.home.focus = .meetings }
        store.key(.character("2")) { $0.home.focus = .questions }
        store.key(.character("1")) { $0.home.focus = .communes }
        store.key(.character("3")) { $0.home.focus = .meetings }
    }

    @Test func arrowsAndVimKeysMoveAndStopAtTheEnds() {
        var store = ReducerHarness(Fixtures.state())
        // The questions panel keeps its question while it is in the commune's list.
        store.key(.down) { $0.select(.communes, row: 1); $0.select(.questions, row: 0) }
        store.key(.character("j")) { $0.select(.communes, row: 2) }
        store.key(.character("k")) { $0.select(.communes, row: 1) }
        store.key(.up) { $0.select(.communes, row: 0); $0.select(.questions, row: 2) }
        store.key(.up)
        store.key(.character("G")) { $0.select(.communes, row: 3); $0.select(.questions, row: 0) }
        store.key(.end)
        store.key(.character("g")) { $0.select(.communes, row: 0) }
        store.key(.pageDown) { $0.select(.communes, row: 3) }
        store.key(.home) { $0.select(.communes, row: 0) }
    }

    @Test func selectingACommuneFiltersTheQuestionsAndRestartsTheirList() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("2")) { $0.home.focus = .questions }
        store.key(.down) { $0.select(.questions, row: 1) }
        store.key(.character("1")) { $0.home.focus = .communes }
        store.key(.down) {
            $0.select(.communes, row: 1)
            $0.select(.questions, row: 0)
        }
        #expect(store.state.selectedCommune == "moehnesee")
        #expect(store.state.questionRows.map(\.title) == ["Fahrrad für den Schulweg"])
        store.key(.down) { $0.select(.communes, row: 2) }
        #expect(store.state.questionRows.map(\.title) == ["Fahrrad für den Schulweg", "Straßenbahn nach Soest"])
    }

    @Test func pagingScrollsTheListByItsVisibleHeight() {
        var network = Fixtures.network
        network.questions = (1...60).map { Fixtures.question($0, "Frage \($0)", communes: ["soest"]) }
        var state = AppState(network: network, storeLabel: "~", size: Size(width: 120, height: 40))
        state.home.focus = .questions
        let visible = state.visibleRows(.questions)
        #expect(visible == 20)
        var store = ReducerHarness(state)
        store.key(.pageDown) { $0.select(.questions, row: 20, offset: 1) }
        store.key(.pageDown) { $0.select(.questions, row: 40, offset: 21) }
        store.key(.pageUp) { $0.select(.questions, row: 20, offset: 20) }
        store.key(.character("G")) { $0.select(.questions, row: 59, offset: 40) }
        store.key(.character("k")) { $0.select(.questions, row: 58, offset: 40) }
    }

    @Test func enterOpensDetailsAndEscGoesBackOneLevelButNeverQuits() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("2")) { $0.home.focus = .questions }
        store.key(.enter) { $0.path = [.pager(PagerState(.detail(.questions)))] }
        store.key(.character("?")) { $0.path.append(.pager(PagerState(.help))) }
        store.key(.escape) { $0.path = [.pager(PagerState(.detail(.questions)))] }
        store.key(.escape) { $0.path = [] }
        store.key(.escape)
        store.key(.escape)
    }

    @Test func helpTogglesWithQuestionMarkAndF1() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("?")) { $0.path = [.pager(PagerState(.help))] }
        store.key(.character("?")) { $0.path = [] }
        store.key(.function(1)) { $0.path = [.pager(PagerState(.help))] }
        store.key(.function(1)) { $0.path = [] }
    }

    @Test func quitAndRedrawAreEffects() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("q"), effects: [.quit])
        store.key(.control("l"), effects: [.repaint])
        store.key(.character("?")) { $0.path = [.pager(PagerState(.help))] }
        store.key(.character("q"), effects: [.quit])
    }

    @Test func unknownKeysChangeNothing() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.unknown)
        store.key(.function(7))
        store.key(.character("ü"))
        store.key(.control("x"))
    }

    @Test func aTooSmallTerminalOnlyQuitsAndRedraws() {
        var store = ReducerHarness(Fixtures.state())
        store.send(.resize(Size(width: 40, height: 10))) { $0.size = Size(width: 40, height: 10) }
        store.key(.tab)
        store.key(.enter)
        store.key(.control("l"), effects: [.repaint])
        store.key(.character("q"), effects: [.quit])
        store.send(.resize(Size(width: 80, height: 24))) {
            $0.size = Size(width: 80, height: 24)
            // The folded meetings panel shows one row: the selected meeting scrolls into it.
            $0.select(.meetings, row: 1, offset: 1)
        }
        store.key(.tab) { $0.home.focus = .questions }
    }

    @Test func shrinkingTheTerminalKeepsTheSelectionVisible() {
        var network = Fixtures.network
        network.questions = (1...60).map { Fixtures.question($0, "Frage \($0)", communes: ["soest"]) }
        var store = ReducerHarness(AppState(network: network, storeLabel: "~", size: Size(width: 120, height: 40)))
        store.key(.character("2")) { $0.home.focus = .questions }
        store.key(.pageDown) { $0.select(.questions, row: 20, offset: 1) }
        store.send(.resize(Size(width: 80, height: 24))) {
            $0.size = Size(width: 80, height: 24)
            // Narrow layout: the focused panel gets 10 list rows, the folded ones 1.
            $0.select(.questions, row: 20, offset: 11)
            $0.select(.meetings, row: 1, offset: 1)
        }
        #expect(store.state.visibleRows(.questions) == 10)
    }

    @Test func thePagerScrollsWithinItsText() throws {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        state.home.focus = .meetings
        var store = ReducerHarness(state)
        store.key(.character("k")) { $0.select(.meetings, row: 0) }
        store.key(.character("?")) { $0.path = [.pager(PagerState(.help))] }
        let total = PagerLayout.lines(for: .help, in: store.state).count
        let visible = PagerLayout.visibleLines(for: .help, in: store.state)
        #expect(total > visible)
        store.key(.down) { $0.path = [.pager(PagerState(.help, offset: 1))] }
        store.key(.character("G")) { $0.path = [.pager(PagerState(.help, offset: total - visible))] }
        store.key(.down)
        store.key(.pageUp) { $0.path = [.pager(PagerState(.help, offset: max(0, total - 2 * visible)))] }
        store.key(.character("g")) { $0.path = [.pager(PagerState(.help))] }
        store.key(.up)
    }
}

@Suite("Reducer: the mouse")
struct MouseTests {
    @Test func aClickFocusesAndSelectsAndASecondClickOpens() {
        var state = Fixtures.state()
        let communes = state.layout.rect(of: .communes).inner
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.click, x: communes.x + 2, y: communes.y + 2)))
        #expect(state.home.focus == .communes && state.cursor(.communes).selected == 2)
        #expect(state.top == nil)
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.click, x: communes.x + 2, y: communes.y + 2)))
        guard case .pager? = state.top else { Issue.record("a second click opens"); return }
        _ = Reducer.reduce(&state, .key(.escape))
        let questions = state.layout.rect(of: .questions).inner
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.wheelDown, x: questions.x + 3, y: questions.y)))
        #expect(state.home.focus == .questions)
        // Outside any row nothing happens, and nothing ever crashes.
        let before = state
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.click, x: 500, y: 500)))
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.click, x: -1, y: -1)))
        #expect(state.home.selections == before.home.selections)
    }
}

@Suite("Reducer: a click on the hint bar")
struct HintClickTests {
    @Test func clickingAHintRunsItsCommand() throws {
        var state = Fixtures.state()
        let placed = HintBarModel.place(HintBarModel.items(state), trailing: "", x: 0, width: state.size.width)
        let help = try #require(placed.first { $0.item.command == .help })
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.click, x: help.x + 1, y: state.size.height - 1)))
        guard case .pager(let pager)? = state.top, pager.page == .help else { Issue.record("the click opened no help"); return }
        _ = Reducer.reduce(&state, .key(.escape))
        // Between hints nothing happens.
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.click, x: state.size.width - 2, y: state.size.height - 1)))
        #expect(state.top == nil)
    }
}
