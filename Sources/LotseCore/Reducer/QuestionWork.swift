import Foundation
import LotseStore

/// The coordinators' work on questions, from every screen that shows one: new, edit,
/// answer, move along the workflow, assign, merge, delete, filter and sort. Every change
/// leaves as an `.apply` effect and enters the state only when the disk has it.
enum QuestionWork {
    static let commands: Set<Command> = [
        .newQuestion, .editQuestion, .answerQuestion, .advanceStatus, .revertStatus, .assign, .merge, .delete,
        .filterMenu, .cycleSort, .reverseSort, .schedule,
    ]

    static func reduce(_ command: Command, in state: inout AppState) -> [Effect] {
        switch command {
        case .newQuestion:
            // No category is chosen for the coordinator: a wrong default would skew the needs matrix.
            FormReducer.open(.question(QuestionForm(new: state.selectedCommune, category: "")), in: &state)
            return []
        case .cycleSort:
            let all = QuestionQuery.Sort.allCases
            state.home.query.sort = all[((all.firstIndex(of: state.home.query.sort) ?? 0) + 1) % all.count]
            state.home.query.reversed = false
            return []
        case .reverseSort:
            state.home.query.reversed.toggle()
            return []
        case .filterMenu:
            Reducer.push(.dialog(.filter(FilterMenu(query: state.home.query))), in: &state)
            return []
        case .schedule:
            return MeetingWork.reduce(.schedule, in: &state)
        default:
            break
        }
        guard let question = state.actionQuestion else { return [] }
        let merged = question.status == .merged
        switch command {
        case .editQuestion:
            FormReducer.open(.question(QuestionForm(editing: question)), in: &state)
        case .answerQuestion:
            guard !merged else { return notPossible(question, in: &state) }
            FormReducer.open(.answer(AnswerForm(question)), in: &state)
        case .advanceStatus, .revertStatus:
            guard !merged else { return notPossible(question, in: &state) }
            let flow: [QuestionStatus] = [.open, .clarifying, .answered, .closed]
            let index = flow.firstIndex(of: question.status) ?? 0
            let target = index + (command == .advanceStatus ? 1 : -1)
            guard flow.indices.contains(target) else { return [] }
            // Answered means: there is an answer. Without one, ask for it.
            if flow[target] == .answered && question.answer == nil {
                FormReducer.open(.answer(AnswerForm(question)), in: &state)
                return []
            }
            var changed = question
            changed.status = flow[target]
            changed.updated = state.now
            return [.apply(Change(.status(flow[target]), writes: [.init(id: question.id, new: changed, base: question)]))]
        case .assign:
            Reducer.push(.dialog(.assign(questionID: question.id, editor: TextEditor(question.assignee ?? ""))), in: &state)
        case .merge:
            guard !merged else { return notPossible(question, in: &state) }
            Reducer.push(.dialog(.merge(MergePicker(source: question))), in: &state)
        case .delete:
            Reducer.push(.dialog(.confirm(.delete(question))), in: &state)
        default:
            break
        }
        return []
    }

    private static func notPossible(_ question: Question, in state: inout AppState) -> [Effect] {
        state.notice = .notPossible(state.language.questionTexts.mergedQuestion)
        return []
    }
}
