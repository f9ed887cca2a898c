import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// The command palette and redo.
@Suite("Reducer: command palette and redo")
struct PaletteAndRedoTests {
    @Test func thePaletteFindsACommandByTypingAndRunsIt() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("2")))
        _ = Reducer.reduce(&state, .key(.character(":")))
        guard case .palette(let palette)? = state.dialog else { Issue.record("no palette"); return }
        let all = palette.entries(strings: state.strings, userKeys: state.userKeys)
        #expect(all.contains { $0.command == .answerQuestion && $0.keys == "a" }, "the question's commands with their keys")
        #expect(all.contains { $0.command == .quit }, "and the global ones")
        for character in "wissen" { _ = Reducer.reduce(&state, .key(.character(character))) }
        guard case .palette(let typed)? = state.dialog else { return }
        #expect(typed.entries(strings: state.strings, userKeys: state.userKeys).first?.command == .knowledge)
        _ = Reducer.reduce(&state, .key(.enter))
        guard case .knowledge? = state.top else { Issue.record("Enter runs the command"); return }
        // Umlauts and case do not matter; Ctrl-P opens it too.
        _ = Reducer.reduce(&state, .key(.escape))
        _ = Reducer.reduce(&state, .key(.control("p")))
        for character in "LOESCHEN" { _ = Reducer.reduce(&state, .key(.character(character))) }
        guard case .palette(let folded)? = state.dialog else { Issue.record("Ctrl-P opens it"); return }
        #expect(folded.entries(strings: state.strings, userKeys: state.userKeys).first?.command == .delete)
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(state.dialog == nil)
    }

    @Test func redoBringsBackWhatWasUndoneAndSaysWhat() throws {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.character("2")))
        let question = try #require(state.selectedQuestion)
        var answered = question
        answered.answer = Answer(text: "So.", by: "KI", date: state.now)
        answered.status = .answered
        let change = Change(.answer, writes: [.init(id: question.id, new: answered, base: question)])
        _ = Reducer.reduce(&state, .applied(change))
        guard case .apply(let undo)? = Reducer.reduce(&state, .key(.character("u"))).first else { Issue.record("no undo"); return }
        _ = Reducer.reduce(&state, .applied(undo))
        #expect(state.notice == .undid(.answer, question.title))
        #expect(state.language.questionTexts.notice(state.notice ?? .undone).hasPrefix("↶ Antwort auf „"))
        guard case .apply(let redo)? = Reducer.reduce(&state, .key(.control("r"))).first else { Issue.record("no redo"); return }
        #expect(redo.isRedo && !redo.isUndo)
        _ = Reducer.reduce(&state, .applied(redo))
        #expect(state.question(question.id)?.answer?.text == "So.")
        #expect(state.notice == .redid(.answer, question.title))
        _ = Reducer.reduce(&state, .key(.control("r")))
        #expect(state.notice == .nothingToRedo)
        // A new change after an undo drops what could be redone.
        guard case .apply(let again)? = Reducer.reduce(&state, .key(.character("u"))).first else { return }
        _ = Reducer.reduce(&state, .applied(again))
        #expect(state.redoStack.count == 1)
        _ = Reducer.reduce(&state, .applied(change))
        #expect(state.redoStack.isEmpty)
    }
}

@Suite("Reducer: searching the help")
struct HelpSearchTests {
    @Test func slashNarrowsTheHelpAndEscClearsItThenCloses() {
        var state = Fixtures.state(size: Size(width: 80, height: 24))
        _ = Reducer.reduce(&state, .key(.character("?")))
        let all = PagerContent.make(for: .help, in: state).lines.count
        _ = Reducer.reduce(&state, .key(.character("/")))
        for character in "rueckgaengig" { _ = Reducer.reduce(&state, .key(.character(character))) }
        let found = PagerContent.make(for: .help, in: state)
        #expect(found.lines.count < all / 5)
        #expect(found.lines.contains { $0.spans.map(\.text).joined().contains("letzte Änderung rückgängig machen") })
        #expect(found.title.contains("/ rueckgaengig"))
        _ = Reducer.reduce(&state, .key(.enter))
        _ = Reducer.reduce(&state, .key(.escape))
        guard case .pager(let pager)? = state.top else { Issue.record("Esc first clears the search"); return }
        #expect(pager.query.isEmpty)
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(state.top == nil)
    }
}

@Suite("Reducer: notices that say where a change went")
struct NamedNoticeTests {
    @Test func aMergeNamesItsTargetAndTNamesTheMeetingAndTOP() throws {
        var store = MeetingReducerTests.inMeetingMode()
        store.press(.escape, .character("2"))
        let question = try #require(store.state.selectedQuestion)
        _ = MeetingReducerTests.keyAndLand(.character("t"), in: &store)
        guard case .scheduledOn(let meeting, let item)? = store.state.notice else { Issue.record("t names no meeting: \(String(describing: store.state.notice))"); return }
        #expect(meeting == MeetingReducerTests.meeting(store)?.title && item == 3)
        let other = try #require(store.state.network.questions.first { $0.id != question.id && $0.status != .merged })
        let merge = Change.merge(question, into: other, now: store.state.now)
        _ = Reducer.reduce(&store.stateForTests, .applied(merge))
        #expect(store.state.notice == .mergedInto(other.title))
        #expect(store.state.language.questionTexts.notice(.mergedInto(other.title)).hasPrefix("✓ Zusammengeführt mit „"))
    }
}
