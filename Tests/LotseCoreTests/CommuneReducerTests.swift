import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// The communes panel: n adds a commune, e edits it, d removes one no record names and
/// archives one that records name.
@Suite("Reducer: communes in the dashboard")
struct CommuneReducerTests {
    @Test func nAddsACommuneWithASlugMadeFromItsName() throws {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("n")))
        guard case .fields(let form)? = state.form, case .commune(nil) = form.purpose else { Issue.record("no commune form"); return }
        for character in "Bad Sassendorf" { _ = Reducer.reduce(&state, .key(.character(character))) }
        let effects = Reducer.reduce(&state, .key(.control("s")))
        let expected = Commune(id: "bad-sassendorf", name: "Bad Sassendorf", kind: .municipality)
        #expect(effects == [.apply(Change(.commune, writes: [.init(id: "bad-sassendorf", new: .commune(expected), base: nil)]))])
        guard case .apply(let change)? = effects.first else { return }
        _ = Reducer.reduce(&state, .applied(change))
        #expect(state.form == nil && state.notice == .saved(.commune))
        #expect(state.selectedCommune == "bad-sassendorf", "the new commune is selected")
    }

    @Test func aNameThatExistsIsRefusedAtTheFieldAndTheKindIsChosenNotTyped() throws {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("n")))
        for character in "Möhnesee" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .key(.control("u")))
        for character in "Dorf" { _ = Reducer.reduce(&state, .key(.character(character))) }
        guard case .fields(let typed)? = state.form else { Issue.record("the form closed"); return }
        #expect(typed.text(.kind) == "Gemeinde", "letters choose among Stadt and Gemeinde; \"Dorf\" is not one")
        _ = Reducer.reduce(&state, .key(.right))
        guard case .fields(let chosen)? = state.form else { Issue.record("the form closed"); return }
        #expect(chosen.text(.kind) == "Stadt")
        #expect(Reducer.reduce(&state, .key(.control("s"))).isEmpty)
        guard case .fields(let form)? = state.form else { Issue.record("the form closed"); return }
        #expect(state.problems(of: form) == [.name: .nameTaken])
        #expect(state.notice == .formHasProblems)
    }

    @Test func dRemovesAnUnusedCommuneAndArchivesOneThatRecordsName() throws {
        var network = Fixtures.network
        network.communes.append(Commune(id: "ense", name: "Ense", kind: .municipality))
        var state = AppState(network: network, storeLabel: "~")
        _ = Reducer.reduce(&state, .key(.down))  // Ense, first by name
        #expect(state.selectedCommune == "ense")
        _ = Reducer.reduce(&state, .key(.character("d")))
        #expect(state.dialog == .confirm(.deleteCommune(network.communes[3])))
        let removal = Reducer.reduce(&state, .key(.character("j")))
        #expect(removal == [.apply(Change(.commune, writes: [.init(id: "ense", new: nil, base: .commune(network.communes[3]))]))])

        _ = Reducer.reduce(&state, .key(.down))  // Möhnesee: a question names it
        #expect(state.selectedCommune == "moehnesee")
        _ = Reducer.reduce(&state, .key(.character("d")))
        guard case .confirm(.archiveCommune(let commune, let uses))? = state.dialog else { Issue.record("no archive question"); return }
        #expect(commune.id == "moehnesee" && uses == 1)
        guard case .apply(let change)? = Reducer.reduce(&state, .key(.character("j"))).first else { Issue.record("nothing archived"); return }
        #expect(change.writes.first?.new?.commune?.archived == true)
        _ = Reducer.reduce(&state, .applied(change))
        #expect(!state.communeRows.contains { $0.communeID == "moehnesee" }, "an archived commune leaves the panel")
        #expect(state.network.questions.contains { $0.communes.contains("moehnesee") }, "its questions keep it")
    }

    @Test func aShowsArchivedCommunesAndRRestoresOne() throws {
        var network = Fixtures.network
        let index = try #require(network.communes.firstIndex { $0.id == "moehnesee" })
        network.communes[index].archived = true
        var state = AppState(network: network, storeLabel: "~")
        #expect(!state.communeRows.contains { $0.communeID == "moehnesee" })
        #expect(HintBarModel.items(state).contains { $0.command == .showArchived }, "a is offered while a commune is archived")
        _ = Reducer.reduce(&state, .key(.character("a")))
        let rows = state.communeRows
        #expect(rows.last?.communeID == "moehnesee" && rows.last?.archived == true, "archived communes follow the active ones")
        #expect(!HintBarModel.items(state).contains { $0.command == .restoreCommune }, "r is offered only on an archived commune")
        state.home.selections[.communes] = Selection(id: "moehnesee")
        #expect(HintBarModel.items(state).contains { $0.command == .restoreCommune })
        #expect(Details.make(for: .communes, in: state).lines.first?.spans.first?.text.hasPrefix("Archiviert") == true, "the details say so")
        #expect(Reducer.reduce(&state, .key(.character("d"))).isEmpty)
        #expect(state.dialog == nil, "an archived commune is not archived again")
        guard case .apply(let change)? = Reducer.reduce(&state, .key(.character("r"))).first else { Issue.record("nothing restored"); return }
        #expect(change.writes.first?.new?.commune?.archived == false)
        _ = Reducer.reduce(&state, .applied(change))
        _ = Reducer.reduce(&state, .key(.character("a")))
        #expect(state.communeRows.contains { $0.communeID == "moehnesee" && !$0.archived }, "a restored commune is back among the active")
    }

    @Test func cListsTheCoordinatorsWhereNAddsEEditsAndDRemovesOne() throws {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.down))
        let selected = try #require(state.network.communes.first { $0.id == state.selectedCommune })
        _ = Reducer.reduce(&state, .key(.character("c")))
        #expect(state.top == CoordinatorsState(communeID: selected.id).destination)
        _ = Reducer.reduce(&state, .key(.character("n")))
        guard case .fields(let form)? = state.form, case .coordinator(selected.id, nil) = form.purpose else { Issue.record("no coordinator form"); return }
        #expect(Reducer.reduce(&state, .key(.control("s"))).isEmpty, "a coordinator needs a name")
        for character in "Anna Weiß" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.tab))
        for character in "Ehrenamtskoordination" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.tab))
        for character in "02921 1234" { _ = Reducer.reduce(&state, .key(.character(character))) }
        var added = selected
        added.coordinators.append(Coordinator(name: "Anna Weiß", role: "Ehrenamtskoordination", phone: "02921 1234"))
        let adding = Reducer.reduce(&state, .key(.control("s")))
        #expect(adding == [.apply(Change(.commune, writes: [.init(id: selected.id, new: .commune(added), base: .commune(selected))]))])
        guard case .apply(let change)? = adding.first else { return }
        _ = Reducer.reduce(&state, .applied(change))
        guard let list = state.top.flatMap(CoordinatorsState.init) else { Issue.record("not back on the list after saving"); return }
        #expect(list.communeID == selected.id && list.selection.index == 0)

        _ = Reducer.reduce(&state, .key(.character("e")))
        guard case .fields(let edit)? = state.form, case .coordinator(selected.id, 0) = edit.purpose else { Issue.record("no edit form"); return }
        #expect(edit.text(.role) == "Ehrenamtskoordination", "the form holds the entry as it is")
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .key(.control("u")))
        for character in "KI Soest" { _ = Reducer.reduce(&state, .key(.character(character))) }
        var edited = added
        edited.coordinators[0].role = "KI Soest"
        let editing = Reducer.reduce(&state, .key(.control("s")))
        #expect(editing == [.apply(Change(.commune, writes: [.init(id: selected.id, new: .commune(edited), base: .commune(added))]))])
        guard case .apply(let second)? = editing.first else { return }
        _ = Reducer.reduce(&state, .applied(second))

        _ = Reducer.reduce(&state, .key(.character("d")))
        guard case .confirm(let asked)? = state.dialog, case .screen(let question) = asked, asked.isDestructive else { Issue.record("no question asked"); return }
        #expect(question.title == "Eintrag entfernen?" && question.body.contains("„Anna Weiß“"), "the question names the entry")
        let removing = Reducer.reduce(&state, .key(.character("j")))
        #expect(removing == [.apply(Change(.commune, writes: [.init(id: selected.id, new: .commune(selected), base: .commune(edited))]))])
    }

    @Test func capitalMMergesTheCommuneIntoAnotherInOneUndoableChange() throws {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.down))
        #expect(state.selectedCommune == "moehnesee")
        _ = Reducer.reduce(&state, .key(.character("M")))
        guard case .dialog(.communeMerge(let picker))? = state.top else { Issue.record("no merge picker"); return }
        #expect(picker.targets(in: state).map(\.id) == ["soest", "werl"], "every other commune, by name")
        _ = Reducer.reduce(&state, .key(.down))
        // Enter chooses Werl; the merger is asked first, and Enter alone says no.
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        guard case .confirm(.mergeCommune(let source, let target))? = state.dialog else { Issue.record("not asked"); return }
        #expect(source.id == "moehnesee" && target.id == "werl")
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty && state.dialog == nil)
        _ = Reducer.reduce(&state, .key(.character("M")))
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.enter))
        let effects = Reducer.reduce(&state, .key(.character("j")))
        guard case .apply(let change)? = effects.first else { Issue.record("nothing merged"); return }
        #expect(state.dialog == nil)
        let werl = try #require(change.writes.first { $0.id == "werl" }?.new?.commune)
        #expect(werl.formerly == [FormerCommune(slug: "moehnesee", name: "Möhnesee")], "Werl remembers Möhnesee")
        #expect(change.writes.contains { $0.id == "moehnesee" && $0.new == nil }, "the commune that goes is removed")
        _ = Reducer.reduce(&state, .applied(change))
        #expect(!state.network.communes.contains { $0.id == "moehnesee" })
        let bike = try #require(state.network.questions.first { $0.title == "Fahrrad für den Schulweg" })
        #expect(bike.communes == ["werl", "soest"], "the question names Werl instead, once")
        #expect(state.selectedCommune == "werl", "the commune it became part of is selected")
        guard case .apply(let undo)? = Reducer.reduce(&state, .key(.character("u"))).first else { Issue.record("no undo"); return }
        _ = Reducer.reduce(&state, .applied(undo))
        #expect(state.network.questions.first { $0.title == "Fahrrad für den Schulweg" }?.communes == ["moehnesee", "soest"])
        #expect(state.network.communes.contains { $0.id == "moehnesee" })
    }

    @Test func anUnsavedCoordinatorEditIsKeptAsADraftForTheSameEntry() throws {
        var network = Fixtures.network
        network.communes[0].coordinators = [Coordinator(name: "Anna Weiß", role: "Koordination"),
                                            Coordinator(name: "Ben Ott", role: "Stellvertretung")]
        var state = AppState(network: network, storeLabel: "~", language: .de)
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.down))
        #expect(state.selectedCommune == "soest")
        for key in [Key.character("c"), .down, .character("e"), .tab, .character("!")] { _ = Reducer.reduce(&state, .key(key)) }
        let draft = try #require(Draft(state))
        #expect(draft.kind == .coordinator && draft.recordID == "soest" && draft.index == 1)

        let fresh = AppState(network: network, storeLabel: "~", language: .de)
        guard case .fields(let restored)? = draft.form(in: fresh) else { Issue.record("the draft was not restored"); return }
        #expect(restored.purpose == .coordinator(communeID: "soest", index: 1))
        #expect(restored.text(.name) == "Ben Ott" && restored.text(.role) == "Stellvertretung!")

        var fewer = network
        fewer.communes[0].coordinators.removeLast()
        #expect(draft.form(in: AppState(network: fewer, storeLabel: "~", language: .de)) == nil, "an entry removed meanwhile is not edited")
    }
}
