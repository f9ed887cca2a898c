import Foundation
import Testing
@testable import LotseCore
@testable import LotseUI
import LotseStore

/// Golden screens of the example network, and checks that hold for every screen.
@Suite("Screens: golden files")
struct ScreenTests {
    static let wide = Size(width: 120, height: 40)
    static let narrow = Size(width: 80, height: 24)

    static func state(_ size: Size, language: Language = .de, network: Network = ExampleNetwork.make(),
                      problems: [StoreProblem] = []) -> AppState {
        AppState(network: network, problems: problems, storeLabel: "~/.local/share/lotse", language: language, size: size)
    }

    static func send(_ keys: [Key], to state: inout AppState) {
        for key in keys { _ = Reducer.reduce(&state, .key(key)) }
    }

    /// Every row must fill exactly the width: a row that is a column short or long means
    /// a wide character or a cut broke the layout.
    static func expectRowsFit(_ buffer: Buffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<buffer.height {
            var width = 0
            for x in 0..<buffer.width where !buffer[x, y].isContinuation {
                width += max(1, DisplayWidth.of(buffer[x, y].text))
            }
            #expect(width == buffer.width, "row \(y) is \(width) columns wide: \(buffer.line(y))", sourceLocation: sourceLocation)
        }
    }

    @Test func homeWide() {
        let buffer = Renderer.render(Self.state(Self.wide))
        Self.expectRowsFit(buffer)
        Golden.check(buffer, "home-120x40")
    }

    @Test func homeNarrow() {
        let buffer = Renderer.render(Self.state(Self.narrow))
        Self.expectRowsFit(buffer)
        Golden.check(buffer, "home-80x24")
    }

    @Test func homeNarrowWithQuestionsFocusedInEnglish() {
        var state = Self.state(Self.narrow, language: .en)
        Self.send([.tab, .down], to: &state)
        let buffer = Renderer.render(state)
        Self.expectRowsFit(buffer)
        Golden.check(buffer, "home-80x24-questions-en")
    }

    @Test func communeSelectedFiltersQuestions() {
        var state = Self.state(Self.wide)
        // Möhnesee is the ninth commune; "Alle Kommunen" comes first.
        Self.send(Array(repeating: .down, count: 8), to: &state)
        #expect(state.selectedCommune == "moehnesee")
        let buffer = Renderer.render(state)
        Self.expectRowsFit(buffer)
        Golden.check(buffer, "home-120x40-moehnesee")
    }

    @Test func filterWhileTyping() {
        var state = Self.state(Self.wide)
        Self.send([.tab, .character("/")] + "strasse".map { .character($0) }, to: &state)
        let buffer = Renderer.render(state)
        #expect(buffer.text.contains("/ strasse▏"))
        #expect(buffer.text.contains("Straßenverkehr"))
        Golden.check(buffer, "home-120x40-filter")
    }

    @Test func tooSmall() {
        let buffer = Renderer.render(Self.state(Size(width: 50, height: 12)))
        #expect(buffer.text.contains("Terminal zu klein"))
        #expect(buffer.text.contains("Aktuell 50×12, benötigt mindestens 60×16."))
        Golden.check(buffer, "too-small-50x12")
    }

    @Test func helpOverlay() {
        var state = Self.state(Self.narrow)
        Self.send([.character("?")], to: &state)
        let buffer = Renderer.render(state)
        Self.expectRowsFit(buffer)
        Golden.check(buffer, "help-80x24")
    }

    @Test func agendaOfAMeeting() {
        var state = Self.state(Self.wide)
        Self.send([.character("3"), .up, .enter], to: &state)
        let buffer = Renderer.render(state)
        Self.expectRowsFit(buffer)
        #expect(buffer.text.contains("Evangelische Frauenhilfe Soest"))
        #expect(buffer.text.contains("Mo, 05.12.2016, 15:00"))
        #expect(buffer.text.contains("Summe 145 Min. · Ende voraussichtlich 17:25"))
        Golden.check(buffer, "agenda-120x40")
    }

    @Test func brokenFilesAreNamedOnTheHomeScreen() {
        let problems = [
            StoreProblem(path: "questions/01ZZZZZZZZZZZZZZZZZZZZZZZZ.json", reason: .invalidJSON(detail: nil)),
            StoreProblem(path: "communes/Bad Slug.json", reason: .badID(id: "Bad Slug", kind: .commune)),
        ]
        var state = Self.state(Self.narrow, problems: problems)
        var buffer = Renderer.render(state)
        Self.expectRowsFit(buffer)
        #expect(buffer.line(21).contains("⚠ 2 fehlerhafte Dateien — nicht geladen und nicht verändert  ! zeigt alle"))
        #expect(buffer.line(22).contains("questions/01ZZZZZZZZZZZZZZZZZZZZZZZZ.json: kein gültiges JSON"))
        Golden.check(buffer, "home-80x24-problems")
        Self.send([.character("!")], to: &state)
        buffer = Renderer.render(state)
        #expect(buffer.text.contains("communes/Bad Slug.json"))
        #expect(buffer.text.contains("Kennung „Bad Slug“ ist kein gültiger Kurzname"))
        Golden.check(buffer, "problems-80x24")
    }

    @Test func wideCharactersNeverBreakABorder() {
        var network = ExampleNetwork.make()
        network.questions[0].title = "中文标题：难民援助的问题 with emoji 😀🎉 and Ümläüte"
        network.questions[0].status = .open
        network.questions[0].created = Date(timeIntervalSince1970: 2_000_000_000)
        network.communes[0].name = "Anröchte 中文"
        for size in [Self.wide, Self.narrow, Size(width: 61, height: 17), Size(width: 101, height: 30)] {
            var state = Self.state(size, network: network)
            Self.send([.tab], to: &state)
            let buffer = Renderer.render(state)
            Self.expectRowsFit(buffer)
            if size == Self.wide { Golden.check(buffer, "home-120x40-wide-characters") }
        }
    }

    @Test func theSelectedRowIsHighlightedAndTheFocusedBorderStandsOut() {
        let state = Self.state(Self.wide)
        let buffer = Renderer.render(state)
        // Row 2 is "Alle Kommunen", selected in the focused panel.
        #expect(buffer[5, 2].style.background == .selection)
        #expect(buffer[0, 1].style.foreground == .borderFocus)
        #expect(buffer[30, 1].style.foreground == .border)
        // The meeting selection in an unfocused panel is shown, but quieter.
        let meetingRow = (2..<10).first { buffer.line($0).contains("2. Treffen") } ?? 0
        #expect(buffer[100, meetingRow].style.background == .selectionInactive)
    }

    @Test func everyScreenFitsAtManySizes() {
        let screens: [[Key]] = [[], [.tab], [.tab, .tab], [.enter], [.character("?")], [.character("!")],
                                [.character("3"), .enter], [.tab, .enter]]
        for width in stride(from: 60, through: 200, by: 13) {
            for height in stride(from: 16, through: 60, by: 11) {
                for keys in screens {
                    var state = Self.state(Size(width: width, height: height))
                    Self.send(keys, to: &state)
                    Self.expectRowsFit(Renderer.render(state))
                }
            }
        }
    }
}

@Suite("Screens: communes and categories of a network")
struct NetworkScreenTests {
    @Test func theCategoriesWithTheirQuestions() {
        var state = ScreenTests.state(ScreenTests.narrow)
        ScreenTests.send([.character("K"), .down], to: &state)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("Kategorien der Fragen") && buffer.text.contains("Familiennachzug"))
        Golden.check(buffer, "categories-80x24")
    }

    /// Empty lists offer what adds to them, not what would act on a row.
    @Test func emptyListsOfferOnlyKeysThatWork() throws {
        var network = ExampleNetwork.make()
        network.communes[0].coordinators = []
        var state = ScreenTests.state(ScreenTests.narrow, network: network)
        ScreenTests.send([.down, .character("c")], to: &state)
        let coordinators = Renderer.render(state)
        let hints = coordinators.line(coordinators.height - 1)
        #expect(hints.contains("n Neu") && hints.contains("Esc Zurück"))
        #expect(!hints.contains("e Bearbeiten") && !hints.contains("d Entfernen") && !hints.contains("↑↓"), "\(hints)")
        Golden.check(coordinators, "coordinators-empty-80x24")

        var conflicts = ScreenTests.state(ScreenTests.narrow)
        ScreenTests.send([.character("C")], to: &conflicts)
        let empty = Renderer.render(conflicts)
        let conflictHints = empty.line(empty.height - 1)
        #expect(!conflictHints.contains("Enter") && !conflictHints.contains("b so behalten") && conflictHints.contains("Esc Zurück"),
                "\(conflictHints)")
        Golden.check(empty, "conflicts-empty-80x24")

        var noCategories = ExampleNetwork.make()
        noCategories.manifest.categories = []
        var categories = ScreenTests.state(ScreenTests.narrow, network: noCategories)
        ScreenTests.send([.character("K")], to: &categories)
        let categoriesScreen = Renderer.render(categories)
        let categoryHints = categoriesScreen.line(categoriesScreen.height - 1)
        #expect(categoryHints.contains("n Neu") && categoryHints.contains("Esc Zurück"), "\(categoryHints)")
        #expect(!categoryHints.contains("Umbenennen") && !categoryHints.contains("Entfernen") && !categoryHints.contains("↑↓"), "\(categoryHints)")
        #expect(categoriesScreen.text.contains("Noch keine Kategorien – n legt eine an."))
        Golden.check(categoriesScreen, "categories-empty-80x24")

        var noItems = ExampleNetwork.make()
        let first = try #require(noItems.meetings.indices.first)
        noItems.meetings[first].agenda = []
        var agenda = ScreenTests.state(ScreenTests.narrow, network: noItems)
        ScreenTests.send([.character("3")], to: &agenda)
        ScreenTests.send([.home], to: &agenda)
        for _ in agenda.meetingRows where agenda.selectedMeeting?.id != noItems.meetings[first].id { ScreenTests.send([.down], to: &agenda) }
        #expect(agenda.selectedMeeting?.id == noItems.meetings[first].id)
        ScreenTests.send([.enter], to: &agenda)
        let agendaScreen = Renderer.render(agenda)
        let agendaHints = agendaScreen.line(agendaScreen.height - 1)
        #expect(agendaHints.contains("n Neuer TOP") && agendaHints.contains("Esc Zurück"), "\(agendaHints)")
        #expect(!agendaHints.contains("Bearbeiten") && !agendaHints.contains("J/K") && !agendaHints.contains("↑↓"), "\(agendaHints)")
        Golden.check(agendaScreen, "agenda-empty-80x24")
    }

    @Test func aCommunesCoordinators() {
        var state = ScreenTests.state(ScreenTests.narrow)
        ScreenTests.send([.down, .character("c")], to: &state)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        let commune = state.network.communes.first { $0.id == state.selectedCommune }
        let first = commune?.coordinators.first
        #expect(first != nil, "the example's first commune has coordinators")
        #expect(buffer.text.contains("Koordination · \(commune?.name ?? "?")") && buffer.text.contains(first?.name ?? "?"))
        Golden.check(buffer, "coordinators-80x24")
        ScreenTests.send([.character("d")], to: &state)
        #expect(Renderer.render(state).text.contains("Eintrag entfernen?"))
    }

    @Test func theMergePickerSaysWhatAMergerDoes() {
        var state = ScreenTests.state(ScreenTests.narrow)
        ScreenTests.send([.down, .character("M")], to: &state)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("Anröchte zusammenlegen mit"))
        #expect(buffer.text.contains("Koordination zieht mit um"))
        #expect(buffer.text.contains("Bad Sassendorf") && buffer.text.contains("Enter: zusammenlegen"))
        Golden.check(buffer, "commune-merge-80x24")
    }

    @Test func aMeetingFormIsABoxWithTheInvitedCommunesToTick() {
        var state = ScreenTests.state(ScreenTests.narrow)
        ScreenTests.send([.character("3"), .character("n"), .tab, .tab, .tab, .tab, .down, .character(" ")], to: &state)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("[x] Bad Sassendorf") && buffer.text.contains("[ ] Anröchte"))
        #expect(buffer.text.contains("Eingeladen      Bad Sassendorf"))
        #expect(buffer.text.contains("[1] Kommunen"), "the home screen stays in sight around the box")
        Golden.check(buffer, "meeting-form-invited-80x24")
    }

    @Test func aNewNetworkSaysWhatToDoNext() {
        let empty = Network(manifest: StoreManifest(network: "Netzwerk", district: "Kreis Neu", categories: StoreManifest.defaultCategories))
        let buffer = Renderer.render(ScreenTests.state(ScreenTests.narrow, network: empty))
        #expect(buffer.text.contains("Noch keine Kommunen – n legt eine"))
        #expect(buffer.text.contains("Noch keine Treffen – n plant"))
        Golden.check(buffer, "home-new-network-80x24")

        var withCommune = empty
        withCommune.communes = [Commune(id: "boenen", name: "Bönen", kind: .municipality)]
        var state = ScreenTests.state(ScreenTests.narrow, network: withCommune)
        ScreenTests.send([.down], to: &state)
        #expect(Renderer.render(state).text.contains("Noch niemand eingetragen – c trägt"), "the commune's detail says how to add coordinators")
    }
}

@Suite("Screens: wide terminals and the order of the questions")
struct WideScreenTests {
    @Test func from160ColumnsTheQuestionsShowMoreAndTheOrderIsInTheTitle() {
        var state = ScreenTests.state(Size(width: 180, height: 40))
        _ = Reducer.reduce(&state, .key(.character("2")))
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.line(1).contains("[2] Offene Fragen · Datum ▼"))
        #expect(buffer.line(2).contains("Möhnesee, Soest") && buffer.line(2).contains("Mobilität"), "communes and category columns")
        Golden.check(buffer, "home-180x40-wide")
        // R turns the order round; sorting by category groups the rows under its names.
        _ = Reducer.reduce(&state, .key(.character("R")))
        #expect(Renderer.render(state).line(1).contains("Datum ▲"))
        _ = Reducer.reduce(&state, .key(.character("o")))
        _ = Reducer.reduce(&state, .key(.character("o")))
        let grouped = Renderer.render(state)
        #expect(grouped.line(1).contains("Kategorie ▼"), "a new order starts the usual way round")
        let rows = (2 ..< 8).map { grouped.line($0) }
        let named = rows.dropFirst().filter { !$0.contains("││                  ") }
        #expect(rows.dropFirst().first.map { !$0.contains("││                  ") } == true, "the top row names its group: \(rows)")
        #expect(named.count < rows.count - 1, "following rows of a group leave the name out")
        let narrow = Renderer.render(ScreenTests.narrowCopy(state))
        #expect(narrow.text.contains("Kategorie ▼"))
    }
}

extension ScreenTests {
    /// The same state in an 80×24 terminal.
    static func narrowCopy(_ state: AppState) -> AppState {
        var copy = state
        copy.size = narrow
        return copy
    }
}

@Suite("Screens: the command palette")
struct PaletteScreenTests {
    @Test func thePaletteAt80x24() {
        var state = ScreenTests.state(ScreenTests.narrow)
        for key in [Key.character("2"), .character(":"), .character("l"), .character("o"), .character("e")] {
            _ = Reducer.reduce(&state, .key(key))
        }
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains(": loe▏") && buffer.text.contains("Frage löschen"))
        Golden.check(buffer, "palette-80x24")
    }
}
