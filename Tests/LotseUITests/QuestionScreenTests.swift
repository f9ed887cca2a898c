import Foundation
import Testing
@testable import LotseCore
@testable import LotseUI
import LotseStore

/// Golden screens of the question work: the form, the knowledge base, the needs matrix,
/// and the dialogs.
@Suite("Screens: questions")
struct QuestionScreenTests {
    static func state(_ size: Size = ScreenTests.wide, keys: [Key] = [], text: String = "") -> AppState {
        var state = ScreenTests.state(size)
        state.now = Date(timeIntervalSince1970: 1_480_000_000)
        ScreenTests.send(keys, to: &state)
        for character in text { _ = Reducer.reduce(&state, .key(.character(character))) }
        return state
    }

    @Test func newQuestionFormWithSimilarQuestionsAndAPrivacyWarning() {
        var state = Self.state(keys: [.character("2"), .character("n")], text: "Fahrtkosten Integrationskurs")
        ScreenTests.send([.tab, .tab, .tab, .tab, .tab], to: &state)
        for character in "Bitte unter 0171 2345678 zurückrufen." { _ = Reducer.reduce(&state, .key(.character(character))) }
        ScreenTests.send([.backTab, .backTab, .backTab, .backTab, .backTab], to: &state)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("Wer zahlt die Fahrtkosten zum Integrationskurs?"))
        #expect(buffer.text.contains("enthält womöglich eine Telefonnummer"))
        Golden.check(buffer, "form-new-120x40")
    }

    @Test func formShowsProblemsAtTheFields() {
        var state = Self.state(ScreenTests.narrow, keys: [.character("2"), .character("n"), .control("s")])
        state.notice = .formHasProblems
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("✗ Bitte einen Titel eingeben."))
        #expect(buffer.text.contains("✗ Mindestens eine Kommune wählen."))
        Golden.check(buffer, "form-problems-80x24")
    }

    @Test func communePickerInTheForm() {
        let state = Self.state(ScreenTests.narrow, keys: [.character("2"), .character("n"), .tab, .character("m"), .character(" ")])
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("[x] Möhnesee"))
        Golden.check(buffer, "form-communes-80x24")
    }

    @Test func knowledgeBaseWithASearch() {
        let state = Self.state(keys: [.character("w"), .character("/")], text: "versicherung")
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("Suche: versicherung▏"))
        Golden.check(buffer, "knowledge-120x40")
        // The matches are highlighted in the answer.
        let row = (0..<buffer.height).first { buffer.line($0).contains("Sammelversicherung") } ?? 0
        let column = (0..<buffer.width).first { x in
            buffer[x, row].style.attributes.contains(.underline)
        }
        #expect(column != nil, "no highlighted match in: \(buffer.line(row))")
    }

    @Test func needsMatrixWideAndNarrow() {
        let wide = Renderer.render(Self.state(keys: [.character("b"), .down, .right]))
        ScreenTests.expectRowsFit(wide)
        #expect(wide.text.contains("Bad Sassendorf × Familiennachzug: 0 offene Fragen"))
        #expect(wide.text.contains("Aufen = Aufenthalt/Asylverfahren"), "the short headings in full")
        Golden.check(wide, "matrix-120x40")
        let narrow = Renderer.render(Self.state(ScreenTests.narrow, keys: [.character("b")]))
        ScreenTests.expectRowsFit(narrow)
        Golden.check(narrow, "matrix-80x24")
        // Cells with more open questions are shaded darker, and the number is printed too.
        let soest = (0..<wide.height).first { wide.line($0).contains("│ Soest") } ?? 0
        #expect(wide.line(soest).contains("1"))
    }

    @Test func deleteConfirmationAndConflictDialog() throws {
        let delete = Renderer.render(Self.state(ScreenTests.narrow, keys: [.character("2"), .character("d")]))
        ScreenTests.expectRowsFit(delete)
        #expect(delete.text.contains("Frage löschen?"))
        Golden.check(delete, "dialog-delete-80x24")

        var state = Self.state()
        let question = try #require(state.network.questions.first)
        var mine = question
        mine.title = "Meine neue Überschrift"
        var theirs = question
        theirs.title = "Die Überschrift einer Kollegin"
        theirs.body = "Inzwischen von einer Kollegin ergänzt."
        let fields = [JSONMerge.Conflict(path: ["title"], base: .string(question.title), mine: .string(mine.title),
                                         theirs: .string(theirs.title))]
        _ = Reducer.reduce(&state, .conflicted(Change(.edit, writes: [.init(id: question.id, new: mine, base: question)]),
                                                index: 0, current: .question(theirs), fields: fields))
        let conflict = Renderer.render(state)
        ScreenTests.expectRowsFit(conflict)
        #expect(conflict.text.contains("Meine Fassung") && conflict.text.contains("Fassung im Store"))
        #expect(conflict.text.contains("Von beiden geändert (m setzt nur hier meine Fassung ein): Titel"))
        #expect(conflict.text.contains("m: meine speichern · t: andere übernehmen"))
        Golden.check(conflict, "dialog-conflict-120x40")
    }

    @Test func activeFiltersAreAlwaysVisible() {
        var state = Self.state(keys: [.character("2"), .character("f"), .down, .down, .character(" "),
                                      .down, .down, .down, .right, .escape, .character("o")])
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("[2] Fragen"))
        #expect(buffer.text.contains("▾ offen, in Klärung, beantwortet · Aufenthalt/Asy…"))
        #expect(HomeScreen.querySummary(state) == "▾ offen, in Klärung, beantwortet · Aufenthalt/Asylverfahren · ↕ Kommune")
        state.notice = .saved(.create)
        #expect(Renderer.render(state).line(39).contains("✓ Gespeichert: neue Frage"))
    }
}

@Suite("Messages in the user's language")
struct MessageLanguageTests {
    @Test func aFailedWriteIsReportedInGermanOnTheGermanDashboard() throws {
        for (language, expected, foreign) in [(Language.de, "✗ Nicht gespeichert:", "cannot write"), (.en, "✗ Not saved:", "lässt sich")] {
            // The cause too, a system error by its number in the user's language.
            let message = language.questionTexts.notice(.failed(.cannotWrite(path: "/s/q.json", reason: .system(ENOSPC))))
            #expect(message.contains(language == .de ? "kein Speicherplatz mehr" : "No space left"), "\(message)")
            var state = AppState(network: ExampleNetwork.make(), storeLabel: "~", language: language)
            let question = try #require(state.network.questions.first)
            var changed = question
            changed.title = "Neu"
            let change = Change(.edit, writes: [.init(id: question.id, new: changed, base: question)])
            _ = Reducer.reduce(&state, .failed(change, index: 0, error: .cannotWrite(path: "/s/q.json", reason: .system(ENOSPC))))
            let hints = Renderer.render(state).line(39)
            #expect(hints.contains(expected), "\(hints)")
            #expect(!hints.contains(foreign))
        }
    }
}
