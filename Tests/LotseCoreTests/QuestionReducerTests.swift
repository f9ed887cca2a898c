import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// Every question action: the exact state and effects it leads to.
@Suite("Reducer: questions")
struct QuestionReducerTests {
    static let now = Date(timeIntervalSince1970: 1_500_000_000)

    static func state() -> AppState {
        var state = Fixtures.state()
        state.user = "KI Test"
        state.now = now
        return state
    }

    static func focusQuestions(_ store: inout ReducerHarness) {
        store.key(.character("2")) { $0.home.focus = .questions }
    }

    @Test func aNewQuestionIsValidatedSavedAndThenClosesItsForm() throws {
        var store = ReducerHarness(Self.state())
        store.key(.down) { $0.select(.communes, row: 1); $0.select(.questions, row: 0) }  // Möhnesee
        Self.focusQuestions(&store)  // n in the communes panel adds a commune; in the questions panel, a question
        var form = QuestionForm(new: "moehnesee", category: "")
        store.key(.character("n")) {
            $0.form = .question(form)
        }
        // Saving without a title: the field says why, nothing is written.
        form.field = .body
        store.press(.tab, .tab, .tab, .tab, .tab)
        store.key(.control("s")) {
            form.showProblems = true
            form.field = .title
            $0.form = .question(form)
            $0.notice = .formHasProblems
        }
        store.type("Wohnraum für Familien")
        store.press(.tab, .down, .character(" "))  // Soest joins
        guard case .question(let typed)? = store.state.form else { Issue.record("no form"); return }
        #expect(typed.title.text == "Wohnraum für Familien")
        #expect(typed.communes == ["moehnesee", "soest"])

        var ids = store.state.ids
        let id = RecordID.make(at: Self.now, using: &ids)
        let saved = typed.question(id: id, now: Self.now, user: "KI Test")
        let change = Change(.create, writes: [.init(id: id, new: saved, base: nil)])
        store.key(.control("s"), effects: [.apply(change)]) {
            var saving = typed
            saving.saving = true
            $0.form = .question(saving)
            $0.ids = ids
        }
        #expect(saved.loggedBy == "KI Test" && saved.created == Self.now && saved.status == .open)
        store.send(.applied(change)) {
            $0.network.questions.append(saved)
            $0.select(.questions, row: 0)  // the new question, newest first
            $0.form = nil
            $0.path = []
            $0.undoStack = [change.inverse]
            $0.notice = .saved(.create)
        }
    }

    @Test func escapeAsksBeforeDiscardingEdits() {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        store.key(.character("n")) {
            $0.form = .question(QuestionForm(new: nil, category: ""))
        }
        store.type("x")
        let typed = store.state.form
        store.key(.escape) { $0.dialog = .confirm(.discardForm) }
        store.key(.character("n")) { $0.dialog = nil }
        #expect(store.state.form == typed)
        store.key(.escape) { $0.dialog = .confirm(.discardForm) }
        store.key(.character("j")) {
            $0.dialog = nil
            $0.form = nil
            $0.path = []
        }
    }

    @Test func anUntouchedFormClosesWithoutAsking() {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        store.key(.character("n")) {
            $0.form = .question(QuestionForm(new: nil, category: ""))
        }
        store.key(.escape) {
            $0.form = nil
            $0.path = []
        }
    }

    @Test func editingKeepsTheBaseForTheConflictCheck() throws {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        let question = try #require(store.state.selectedQuestion)
        store.key(.character("e")) {
            $0.form = .question(QuestionForm(editing: question))
        }
        store.type("!")
        var edited = question
        edited.title += "!"
        edited.updated = Self.now
        let change = Change(.edit, writes: [.init(id: question.id, new: edited, base: question)])
        guard case .question(var form)? = store.state.form else { return }
        form.saving = true
        store.key(.control("s"), effects: [.apply(change)]) { $0.form = .question(form) }
    }

    @Test func statusMovesAlongTheWorkflowAndAsksForAnAnswer() throws {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        let question = try #require(store.state.selectedQuestion)  // "Miete", open
        var clarifying = question
        clarifying.status = .clarifying
        clarifying.updated = Self.now
        let change = Change(.status(.clarifying), writes: [.init(id: question.id, new: clarifying, base: question)])
        store.key(.character(">"), effects: [.apply(change)])
        store.send(.applied(change)) {
            $0.network.questions[4] = clarifying
            $0.undoStack = [change.inverse]
            $0.notice = .saved(.status(.clarifying))
        }
        store.key(.character("<"), effects: [.apply(Change(.status(.open), writes: [
            .init(id: question.id, new: { var q = clarifying; q.status = .open; return q }(), base: clarifying),
        ]))]) { $0.notice = nil }
        // Forward from "in Klärung" without an answer opens the answer form instead.
        store.key(.character(">")) {
            $0.form = .answer(AnswerForm(clarifying))
        }
        store.type("Das Jobcenter übernimmt die Miete bis zur Obergrenze.")
        store.press(.tab)
        store.type("Jobcenter Kreis Soest")
        var answered = clarifying
        answered.answer = Answer(text: "Das Jobcenter übernimmt die Miete bis zur Obergrenze.", sources: ["Jobcenter Kreis Soest"],
                                 by: "KI Test", date: Self.now)
        answered.status = .answered
        let answer = Change(.answer, writes: [.init(id: question.id, new: answered, base: clarifying)])
        guard case .answer(var form)? = store.state.form else { return }
        form.saving = true
        store.key(.control("s"), effects: [.apply(answer)]) { $0.form = .answer(form) }
    }

    @Test func revertingAnOpenQuestionDoesNothing() {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        store.key(.character("<"))
    }

    @Test func assignThroughItsDialog() throws {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        let question = try #require(store.state.selectedQuestion)
        store.key(.character("@")) { $0.dialog = .assign(questionID: question.id, editor: TextEditor()) }
        store.type("Ausländerbehörde")
        var assigned = question
        assigned.assignee = "Ausländerbehörde"
        assigned.updated = Self.now
        store.key(.enter, effects: [.apply(Change(.assign, writes: [.init(id: question.id, new: assigned, base: question)]))]) {
            $0.dialog = nil
        }
    }

    @Test func mergeGivesTheTargetTheDuplicatesCommunes() throws {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        store.key(.character("G")) { $0.select(.questions, row: 3) }
        let source = try #require(store.state.selectedQuestion)  // Straßenbahn nach Soest (soest)
        var picker = MergePicker(source: source)
        picker.selection = Selection(id: picker.candidates(in: store.state.network).first?.id)
        store.key(.character("M")) { $0.dialog = .merge(picker) }
        store.type("kita")
        let target = try #require(store.state.question("01AAAAAAAAAAAAAAAAAAAAAA03"))  // Kita-Platz (werl)
        var gaining = target
        gaining.communes = ["werl", "soest"]
        gaining.updated = Self.now
        var duplicate = source
        duplicate.status = .merged
        duplicate.duplicateOf = target.id
        duplicate.updated = Self.now
        let change = Change(.merge, writes: [.init(id: target.id, new: gaining, base: target),
                                             .init(id: source.id, new: duplicate, base: source)])
        store.key(.enter, effects: [.apply(change)]) { $0.dialog = nil }
        #expect(change.inverse.writes.map(\.new) == [.question(source), .question(target)])
    }

    @Test func deleteAsksFirstAndUndoBringsItBack() throws {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        let question = try #require(store.state.selectedQuestion)
        store.key(.character("d")) { $0.dialog = .confirm(.delete(question)) }
        store.key(.escape) { $0.dialog = nil }
        store.key(.character("d")) { $0.dialog = .confirm(.delete(question)) }
        let change = Change(.delete, writes: [.init(id: question.id, new: nil, base: question)])
        store.key(.character("j"), effects: [.apply(change)]) { $0.dialog = nil }
        store.send(.applied(change)) {
            $0.network.questions.removeAll { $0.id == question.id }
            $0.select(.questions, row: 0)  // the neighbour that took its place
            $0.undoStack = [change.inverse]
            $0.notice = .saved(.delete)
        }
        store.key(.character("u"), effects: [.apply(change.inverse)]) {
            $0.undoStack = []
            $0.notice = nil
        }
        store.send(.applied(change.inverse)) {
            $0.network.questions = Fixtures.network.questions
            $0.select(.questions, row: 1)  // still on the neighbour, which moved down
            $0.notice = .undid(.delete, question.title)
            $0.redoStack = [change.inverse.redoing]
        }
        store.key(.character("u")) { $0.notice = .nothingToUndo }
    }

    @Test func undoReachesBackAtLeastTwentyChanges() throws {
        var state = Self.state()
        let original = try #require(state.question("01AAAAAAAAAAAAAAAAAAAAAA05"))
        var current = original
        for step in 0..<25 {
            var next = current
            next.assignee = "Stelle \(step)"
            _ = Reducer.reduce(&state, .applied(Change(.assign, writes: [.init(id: current.id, new: next, base: current)])))
            current = next
        }
        #expect(state.undoStack.count == 25)
        for _ in 0..<25 {
            let effects = Reducer.reduce(&state, .key(.character("u")))
            guard case .apply(let inverse)? = effects.first else { Issue.record("undo did nothing"); return }
            _ = Reducer.reduce(&state, .applied(inverse))
        }
        #expect(state.question(original.id) == original)
    }

    @Test func aConflictShowsBothVersionsAndTheUserChooses() throws {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        let question = try #require(store.state.selectedQuestion)
        store.key(.character("e")) {
            $0.form = .question(QuestionForm(editing: question))
        }
        store.type(" neu")
        _ = Reducer.reduce(&store.stateForTests, .key(.control("s")))
        guard case .question(let saving)? = store.state.form else { return }
        var mine = question
        mine.title += " neu"
        mine.updated = Self.now
        var theirs = question
        theirs.title = "Eine Kollegin war schneller."
        let fields = [JSONMerge.Conflict(path: ["title"], base: .string(question.title), mine: .string(mine.title),
                                         theirs: .string(theirs.title))]
        let change = Change(.edit, writes: [.init(id: question.id, new: mine, base: question)])
        var notSaving = saving
        notSaving.saving = false
        store.send(.conflicted(change, index: 0, current: .question(theirs), fields: fields)) {
            $0.dialog = .conflict(Conflict(change: change, index: 0, current: .question(theirs), fields: fields))
            $0.form = .question(notSaving)
        }
        // Keep mine: the same change again, with mine in the fields both changed.
        var again = change
        again.force = true
        store.key(.character("m"), effects: [.apply(again)]) {
            $0.dialog = nil
            $0.form = .question(saving)
        }
        // Or take theirs: the form closes and the state shows their version.
        store.send(.conflicted(change, index: 0, current: .question(theirs), fields: fields)) {
            $0.dialog = .conflict(Conflict(change: change, index: 0, current: .question(theirs), fields: fields))
            $0.form = .question(notSaving)
        }
        store.key(.character("t")) {
            $0.dialog = nil
            $0.form = nil
            $0.path = []
            $0.network.questions[4] = theirs
            $0.notice = .keptTheirs
        }
    }

    @Test func aFailedWriteSaysWhyAndKeepsTheForm() throws {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        store.key(.character("n")) {
            $0.form = .question(QuestionForm(new: nil, category: ""))
        }
        let change = Change(.create, writes: [])
        let full = StoreError.cannotWrite(path: "questions/x.json", reason: .system(ENOSPC))
        store.send(.failed(change, index: 0, error: full)) { $0.notice = .failed(full) }
    }

    @Test func changesFromOutsideReplaceTheDataQuietlyWhenNothingDiffers() {
        var store = ReducerHarness(Self.state())
        store.send(.reloaded(Fixtures.network, []))
        var changed = Fixtures.network
        changed.questions[0].title = "Von außen geändert"
        store.send(.reloaded(changed, [])) {
            $0.network = changed
            $0.notice = .reloaded
        }
    }

    @Test func ctrlCAsksOnlyWhenAFormHasUnsavedEdits() {
        var store = ReducerHarness(Self.state())
        store.send(.interrupt, effects: [.quitInterrupted])
        Self.focusQuestions(&store)
        store.key(.character("n")) {
            $0.form = .question(QuestionForm(new: nil, category: ""))
        }
        store.send(.interrupt, effects: [.quitInterrupted])
        store.type("Titel")
        store.send(.interrupt) { $0.dialog = .confirm(.quitWithUnsavedForm(interrupted: true)) }
        // Enter alone says no: the typed text stays.
        store.key(.enter) { $0.dialog = nil }
        store.send(.interrupt) { $0.dialog = .confirm(.quitWithUnsavedForm(interrupted: true)) }
        store.key(.character("j"), effects: [.quitInterrupted]) { $0.dialog = nil }
    }

    @Test func filterMenuAndSortChangeWhatThePanelShows() {
        var store = ReducerHarness(Self.state())
        Self.focusQuestions(&store)
        store.key(.character("f")) { $0.dialog = .filter(FilterMenu(query: .open)) }
        store.key(.character(" ")) { $0.home.query.statuses = [.clarifying]; $0.select(.questions, row: 0) }
        #expect(store.state.questionRows.map(\.title) == ["Kita-Platz"])
        store.key(.down) {
            var menu = FilterMenu(query: .open)
            menu.row = .clarifying
            $0.dialog = .filter(menu)
        }
        store.press(.down, .down)
        store.key(.character(" ")) { $0.home.query.statuses = [.clarifying, .closed] }
        store.key(.escape) { $0.dialog = nil }
        store.key(.character("o")) { $0.home.query.sort = .commune }
        store.key(.character("o")) { $0.home.query.sort = .category }
        #expect(store.state.showsFilter(.questions))
    }

    @Test func theKnowledgeBaseSearchesAnsweredQuestions() {
        var network = Fixtures.network
        network.questions[3].answer = Answer(text: "Ja, über die Sammelversicherung.", by: "KI", date: Fixtures.day)
        var store = ReducerHarness(AppState(network: network, storeLabel: "~"))
        let answered = "01AAAAAAAAAAAAAAAAAAAAAA04"
        var knowledge = KnowledgeState()
        knowledge.selection = Selection(id: answered)
        store.key(.character("w")) { $0.path = [.knowledge(knowledge)] }
        #expect(store.state.knowledgeHits("").map(\.question.title) == ["Beantwortet schon"])
        store.key(.character("/")) { $0.top(KnowledgeState.self) { $0.editing = true } }
        store.type("versicherung")
        #expect(store.state.knowledgeHits("versicherung").count == 1)
        store.key(.enter) { $0.top(KnowledgeState.self) { $0.editing = false } }
        store.key(.enter) { $0.path.append(.pager(PagerState(.question(answered)))) }
        knowledge.query = "versicherung"
        store.key(.escape) { $0.path = [.knowledge(knowledge)] }
        store.key(.escape) { $0.top(KnowledgeState.self) { $0.query = "" } }
        store.key(.escape) { $0.path = [] }
    }

    @Test func aMatrixCellLeadsToItsQuestions() {
        var store = ReducerHarness(Self.state())
        let categories = store.state.network.manifest.categories
        var matrix = MatrixState()
        matrix.row = Selection(id: "moehnesee")
        matrix.column = Selection(id: categories[0], offset: 0)
        store.key(.character("b")) { $0.path = [.matrix(matrix)] }
        // Rows: Möhnesee, Soest, Werl; columns: the categories; Wohnen is the sixth.
        store.key(.down) { $0.top(MatrixState.self) { $0.row = Selection(id: "soest", index: 1) } }
        for column in 1...5 {
            store.key(.right) { $0.top(MatrixState.self) { $0.column = Selection(id: categories[column], index: column) } }
        }
        #expect(store.state.needsMatrix.counts[1][5] == 2)
        let before = store.state.home
        store.key(.enter) {
            var cell = matrix
            cell.row = Selection(id: "soest", index: 1)
            cell.column = Selection(id: categories[5], index: 5)
            var drilled = QuestionQuery.open
            drilled.category = "Wohnen"
            $0.home.matrixReturn = MatrixReturn(matrix: cell, focus: before.focus, selections: before.selections,
                                                filters: before.filters, query: before.query, drilled: drilled, commune: "soest")
            $0.path = []
            $0.select(.communes, row: 2)
            $0.home.query.category = "Wohnen"
            $0.home.focus = .questions
            $0.select(.questions, row: 0)
        }
        #expect(store.state.questionRows.map(\.title) == ["Fahrrad für den Schulweg", "Straßenbahn nach Soest"])
    }
}
