import Foundation
import LotseStore

/// The coordinators' work on questions: new, edit, answer, move along the workflow,
/// assign, merge, delete, undo. Every change leaves as an `.apply` effect and enters
/// the state only when the disk has it.
extension Reducer {
    static func questionCommand(_ command: Command, in state: inout AppState) -> [Effect] {
        if command == .newQuestion {
            let category = state.network.manifest.categories.first ?? ""
            openForm(.question(QuestionForm(new: state.selectedCommune, category: category)), in: &state)
            return []
        }
        if command == .cycleSort {
            let all = QuestionQuery.Sort.allCases
            state.query.sort = all[((all.firstIndex(of: state.query.sort) ?? 0) + 1) % all.count]
            state.cursors[.questions] = ListCursor()
            return []
        }
        if command == .filterMenu {
            state.dialog = .filter(FilterMenu(query: state.query))
            return []
        }
        guard let question = state.actionQuestion else { return [] }
        let merged = question.status == .merged
        switch command {
        case .editQuestion:
            openForm(.question(QuestionForm(editing: question)), in: &state)
        case .answerQuestion:
            guard !merged else { return notPossible(question, in: &state) }
            openForm(.answer(AnswerForm(question)), in: &state)
        case .advanceStatus, .revertStatus:
            guard !merged else { return notPossible(question, in: &state) }
            let flow: [QuestionStatus] = [.open, .clarifying, .answered, .closed]
            let index = flow.firstIndex(of: question.status) ?? 0
            let target = index + (command == .advanceStatus ? 1 : -1)
            guard flow.indices.contains(target) else { return [] }
            // Answered means: there is an answer. Without one, ask for it.
            if flow[target] == .answered && question.answer == nil {
                openForm(.answer(AnswerForm(question)), in: &state)
                return []
            }
            var changed = question
            changed.status = flow[target]
            changed.updated = state.now
            return [.apply(Change(.status(flow[target]), writes: [.init(id: question.id, new: changed, base: question)]))]
        case .assign:
            state.dialog = .assign(questionID: question.id, editor: TextEditor(question.assignee ?? ""))
        case .merge:
            guard !merged else { return notPossible(question, in: &state) }
            state.dialog = .merge(MergePicker(source: question))
        case .delete:
            state.dialog = .confirm(.delete(question))
        default:
            break
        }
        return []
    }

    private static func notPossible(_ question: Question, in state: inout AppState) -> [Effect] {
        state.notice = .notPossible(question.title)
        return []
    }

    static func openForm(_ form: Form, in state: inout AppState) {
        state.form = form
        state.levels.append(Level(.form))
    }

    static func undo(in state: inout AppState) -> [Effect] {
        guard let change = state.undoStack.popLast() else {
            state.notice = .nothingToUndo
            return []
        }
        return [.apply(change)]
    }

    /// Merging: the target gains the duplicate's communes; the duplicate points to it.
    public static func mergeChange(_ source: Question, into target: Question, now: Date) -> Change {
        var gaining = target
        for commune in source.communes where !gaining.communes.contains(commune) {
            gaining.communes.append(commune)
        }
        gaining.updated = now
        var duplicate = source
        duplicate.status = .merged
        duplicate.duplicateOf = target.id
        duplicate.updated = now
        return Change(.merge, writes: [
            .init(id: target.id, new: gaining, base: target),
            .init(id: source.id, new: duplicate, base: source),
        ])
    }
}
