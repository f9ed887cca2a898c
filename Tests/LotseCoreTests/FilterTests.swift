import Testing
@testable import LotseCore
import LotseStore

@Suite("Reducer: filtering as you type")
struct FilterTests {
    @Test func slashStartsTypingAndTheListNarrowsWithEveryKey() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("2")) { $0.home.focus = .questions }
        store.key(.character("/")) { $0.home.editingFilter = .questions }
        // "Miete" does not match: the selection starts at the top of what does.
        store.key(.character("s")) { $0.home.filters[.questions] = "s"; $0.select(.questions, row: 0) }
        store.type("trasse")
        #expect(store.state.home.filter(.questions) == "strasse")
        #expect(store.state.questionRows.map(\.title) == ["Straßenbahn nach Soest"])
        store.key(.backspace) { $0.home.filters[.questions] = "strass" }
        store.key(.enter) { $0.home.editingFilter = nil }
        // Keys mean commands again, and the filter stays.
        store.key(.character("j"))
        #expect(store.state.questionRows.count == 1)
        // The question found stays selected when the filter is cleared.
        store.key(.escape) { $0.home.filters[.questions] = nil; $0.select(.questions, row: 3) }
        #expect(store.state.questionRows.count == 4)
        #expect(store.state.selectedQuestion?.title == "Straßenbahn nach Soest")
    }

    @Test func escWhileTypingClearsTheFilter() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("/")) { $0.home.editingFilter = .communes }
        store.type("mohne")
        #expect(store.state.communeRows.map(\.name) == ["Alle Kommunen", "Möhnesee"])
        store.key(.escape) {
            $0.home.editingFilter = nil
            $0.home.filters[.communes] = nil
        }
    }

    @Test func typedCommandKeysAreText() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("/")) { $0.home.editingFilter = .communes }
        store.key(.character("q")) { $0.home.filters[.communes] = "q" }
        store.key(.character("?")) { $0.home.filters[.communes] = "q?" }
        store.key(.control("u")) { $0.home.filters[.communes] = nil }
    }

    @Test func filteringCommunesResetsTheQuestionList() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.down) { $0.select(.communes, row: 1); $0.select(.questions, row: 0) }
        #expect(store.state.selectedCommune == "moehnesee")
        store.key(.character("/")) { $0.home.editingFilter = .communes }
        store.type("werl")
        #expect(store.state.selectedCommune == nil)
        store.key(.down) {
            $0.select(.communes, row: 1)
            $0.select(.questions, row: 0)
        }
        #expect(store.state.selectedCommune == "werl")
        #expect(store.state.questionRows.map(\.title) == ["Miete", "Kita-Platz"])
    }

    @Test func foldingIgnoresCaseAndGermanAccents() {
        #expect(TextFolding.fold("Straße") == "strasse")
        #expect(TextFolding.fold("MÖHNESEE") == "mohnesee")
        #expect(TextFolding.matches("rüthen", in: ["Ruthen"]))
        #expect(TextFolding.matches("ruthen", in: ["Rüthen"]))
        #expect(TextFolding.matches("bad sass", in: ["Bad Sassendorf"]))
        #expect(TextFolding.matches("sass bad", in: ["Bad Sassendorf"]))
        #expect(!TextFolding.matches("soest", in: ["Werl"]))
        #expect(TextFolding.matches("", in: []))
    }
}

@Suite("Reducer: pickers jump by letter")
struct LetterJumpTests {
    @Test func theCategoryJumpsByLetterInTheFormAndTheFilterMenu() {
        #expect(LetterJump.next(after: 0, in: ["Aufenthalt", "Wohnen", "Werl", "Rückkehr"], letter: "w") == 1)
        #expect(LetterJump.next(after: 1, in: ["Aufenthalt", "Wohnen", "Werl", "Rückkehr"], letter: "W") == 2)
        #expect(LetterJump.next(after: 2, in: ["Aufenthalt", "Wohnen", "Werl", "Rückkehr"], letter: "w") == 1, "round the end")
        #expect(LetterJump.next(after: 0, in: ["Aufenthalt", "Rückkehr"], letter: "r") == 1)
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.character("f")))
        for _ in 0 ..< 5 { _ = Reducer.reduce(&state, .key(.down)) }
        guard case .filter(let menu)? = state.dialog, menu.row == .category else { Issue.record("not on the category row"); return }
        _ = Reducer.reduce(&state, .key(.character("w")))
        #expect(state.home.query.category == "Wohnen")
    }
}

@Suite("Reducer: back from a drill-down")
struct MatrixReturnTests {
    @Test func escAfterADrillDownRestoresTheFiltersAndTheMatrix() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.character("/")))
        for character in "miete" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.enter))
        let before = state.home
        _ = Reducer.reduce(&state, .key(.character("b")))
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.enter))
        #expect(state.top == nil && state.home.query.category != nil && state.home.focus == .questions)
        _ = Reducer.reduce(&state, .key(.escape))
        guard case .matrix(let matrix)? = state.top else { Issue.record("Esc returns to the matrix"); return }
        #expect(matrix.row.index == 1, "on the cell it came from")
        #expect(state.home.filters == before.filters && state.home.query == before.query, "the filters from before")
    }
}

@Suite("Reducer: assigning with suggestions")
struct AssignSuggestionTests {
    @Test func earlierAssigneesAndCommunesAreOfferedAndTabTakesTheFirst() {
        var network = Fixtures.network
        network.questions[0].assignee = "KI Kreis Soest"
        network.questions[1].assignee = "KI Kreis Soest"
        network.questions[2].assignee = "Jobcenter Soest"
        let suggestions = AssigneeSuggestions.make("ki", in: network)
        #expect(suggestions.first == "KI Kreis Soest")
        #expect(AssigneeSuggestions.make("soe", in: network).contains("Soest"), "communes too")
        var state = AppState(network: network, storeLabel: "~/store", language: .de)
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.character("@")))
        for character in "ki" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.tab))
        guard case .assign(_, let editor)? = state.dialog else { Issue.record("no assign dialog"); return }
        #expect(editor.text == "KI Kreis Soest")
    }
}

@Suite("Reducer: the order turned round")
struct ReverseSortTests {
    @Test func capitalRReversesTheOrderAndONewOrderStartsTheUsualWay() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("2")))
        let ids = state.rowIDs(.questions)
        _ = Reducer.reduce(&state, .key(.character("R")))
        #expect(state.rowIDs(.questions) == ids.reversed())
        _ = Reducer.reduce(&state, .key(.character("o")))
        #expect(!state.home.query.reversed)
    }
}

@Suite("Reducer: a similar question instead of a duplicate")
struct JoinSimilarTests {
    @Test func ctrlOReadsTheSimilarQuestionAndCtrlBAddsTheCommunesToIt() throws {
        var state = Fixtures.state()
        let target = try #require(state.network.questions.first { $0.title.contains("Miete") })
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.character("n")))
        for character in target.title { _ = Reducer.reduce(&state, .key(.character(character))) }
        guard case .question(var form)? = state.form else { Issue.record("no form"); return }
        #expect(state.view(of: form).similar.first?.id == target.id)
        form.communes = ["moehnesee"]
        state.form = .question(form)
        _ = Reducer.reduce(&state, .key(.control("o")))
        guard case .pager(let pager)? = state.top, pager.page == .question(target.id) else { Issue.record("Ctrl-O reads it"); return }
        _ = Reducer.reduce(&state, .key(.escape))
        guard case .question? = state.form else { Issue.record("back in the form"); return }
        let effects = Reducer.reduce(&state, .key(.control("b")))
        guard case .apply(let change)? = effects.first, case .question(let joined)? = change.writes.first?.new else {
            Issue.record("Ctrl-B changes the similar question"); return
        }
        #expect(joined.id == target.id && joined.communes.contains("moehnesee"))
        #expect(state.form == nil, "no duplicate is logged")
    }
}
