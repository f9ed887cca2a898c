import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// K opens the categories: n adds one, e renames one in every question in one change,
/// d removes one no question uses.
@Suite("Reducer: categories in the dashboard")
struct CategoryReducerTests {
    @Test func renameReachesEveryQuestionInOneChangeAndRemoveIsRefusedWhileInUse() throws {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("K")))
        guard state.top.flatMap(CategoriesState.init) != nil else { Issue.record("no categories screen"); return }
        let names = state.network.manifest.categories
        let wohnen = try #require(names.firstIndex(of: "Wohnen"))
        for _ in 0..<wohnen { _ = Reducer.reduce(&state, .key(.down)) }
        _ = Reducer.reduce(&state, .key(.character("d")))
        #expect(state.notice == .categoryInUse("Wohnen", 5), "all five questions use it")
        _ = Reducer.reduce(&state, .key(.character("e")))
        guard case .fields(let form)? = state.form, case .category(old: "Wohnen") = form.purpose else { Issue.record("no form"); return }
        _ = Reducer.reduce(&state, .key(.control("u")))
        for character in "Wohnen und Unterkunft" { _ = Reducer.reduce(&state, .key(.character(character))) }
        let effects = Reducer.reduce(&state, .key(.control("s")))
        guard case .apply(let change)? = effects.first else { Issue.record("nothing saved"); return }
        #expect(change.kind == .categories && change.writes.count == 5)
        #expect(change.manifest?.new.categories[wohnen] == "Wohnen und Unterkunft")
        _ = Reducer.reduce(&state, .applied(change))
        #expect(state.network.questions.allSatisfy { $0.category == "Wohnen und Unterkunft" })
        #expect(state.network.manifest.categories.contains("Wohnen und Unterkunft") && !state.network.manifest.categories.contains("Wohnen"))
        // Undo takes the whole rename back.
        guard case .apply(let undo)? = Reducer.reduce(&state, .key(.character("u"))).first else { Issue.record("no undo"); return }
        _ = Reducer.reduce(&state, .applied(undo))
        #expect(state.network.manifest.categories == names && state.network.questions.allSatisfy { $0.category == "Wohnen" })
    }

    @Test func anUnusedCategoryIsRemovedAfterAskingAndANewOneAdded() throws {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("K")))
        _ = Reducer.reduce(&state, .key(.character("d")))  // the first category: no question uses it
        guard case .confirm(.screen(let asked))? = state.dialog else { Issue.record("no question asked"); return }
        let name = try #require(state.network.manifest.categories.first)
        #expect(asked.title == "Kategorie entfernen?" && asked.body.contains("„\(name)“"), "the question names the category")
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty, "Enter alone says no to a removal")
        _ = Reducer.reduce(&state, .key(.character("d")))
        guard case .apply(let change)? = Reducer.reduce(&state, .key(.character("j"))).first else { Issue.record("nothing removed"); return }
        #expect(change.writes.isEmpty && change.manifest?.new.categories.contains(name) == false)
        _ = Reducer.reduce(&state, .applied(change))
        _ = Reducer.reduce(&state, .key(.character("n")))
        for character in "Digitales" { _ = Reducer.reduce(&state, .key(.character(character))) }
        guard case .apply(let added)? = Reducer.reduce(&state, .key(.control("s"))).first else { Issue.record("nothing added"); return }
        #expect(added.manifest?.new.categories.last == "Digitales")
    }
}

/// A list screen's own actions are commands like any other for the user's `[keys]`: found
/// by their name, shown with the user's key in the hint bar, and run by it.
@Suite("Reducer: a list screen's actions under the user's keys")
struct ScreenActionKeyTests {
    @Test func renameCategoryCanBeBoundByNameAndRunsOnItsScreen() throws {
        let (keys, problems) = UserKeys.parse([(name: "rename_category", value: "R", line: 1), (name: "take_other", value: "T", line: 2)])
        #expect(problems.isEmpty, "\(problems)")
        #expect(keys.keys[.screen(ScreenCommand("renameCategory"))] == .character("R"))
        #expect(UserKeys.name(of: .screen(ScreenCommand("renameCategory"))) == "rename_category")
        var state = Fixtures.state()
        state.userKeys = keys
        _ = Reducer.reduce(&state, .key(.character("K")))
        let hints = HintBarModel.items(state).map { "\($0.key) \($0.label)" }
        #expect(hints.contains("R Umbenennen"), "\(hints)")
        _ = Reducer.reduce(&state, .key(.character("R")))
        guard case .fields(let form)? = state.form, case .category(old: .some) = form.purpose else {
            Issue.record("R did not open the rename form")
            return
        }
    }
}
