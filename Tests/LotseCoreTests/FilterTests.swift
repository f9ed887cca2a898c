import Testing
@testable import LotseCore
import LotseStore

@Suite("Reducer: filtering as you type")
struct FilterTests {
    @Test func slashStartsTypingAndTheListNarrowsWithEveryKey() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("2")) { $0.focus = .questions }
        store.key(.character("/")) { $0.editingFilter = .questions }
        store.key(.character("s")) { $0.filters[.questions] = "s" }
        store.type("trasse")
        #expect(store.state.filter(.questions) == "strasse")
        #expect(store.state.questionRows.map(\.title) == ["Straßenbahn nach Soest"])
        store.key(.backspace) { $0.filters[.questions] = "strass" }
        store.key(.enter) { $0.editingFilter = nil }
        // Keys mean commands again, and the filter stays.
        store.key(.character("j"))
        #expect(store.state.questionRows.count == 1)
        store.key(.escape) { $0.filters[.questions] = nil }
        #expect(store.state.questionRows.count == 4)
    }

    @Test func escWhileTypingClearsTheFilter() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("/")) { $0.editingFilter = .communes }
        store.type("mohne")
        #expect(store.state.communeRows.map(\.name) == ["Alle Kommunen", "Möhnesee"])
        store.key(.escape) {
            $0.editingFilter = nil
            $0.filters[.communes] = nil
        }
    }

    @Test func typedCommandKeysAreText() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.character("/")) { $0.editingFilter = .communes }
        store.key(.character("q")) { $0.filters[.communes] = "q" }
        store.key(.character("?")) { $0.filters[.communes] = "q?" }
        store.key(.control("u")) { $0.filters[.communes] = nil }
    }

    @Test func filteringCommunesResetsTheQuestionList() {
        var store = ReducerHarness(Fixtures.state())
        store.key(.down) { $0.cursors[.communes] = ListCursor(selected: 1) }
        #expect(store.state.selectedCommune == "moehnesee")
        store.key(.character("/")) { $0.editingFilter = .communes }
        store.type("werl")
        #expect(store.state.selectedCommune == nil)
        store.key(.down) {
            $0.cursors[.communes] = ListCursor(selected: 1)
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
