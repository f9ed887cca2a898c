import LotseStore

/// Wissen: moving through the hits, searching, opening one.
enum KnowledgeReducer {
    static func reduce(_ command: Command, in knowledge: inout KnowledgeState, state: inout AppState) -> [Effect] {
        let ids = state.knowledgeHits(knowledge.query).lazy.map(\.id)
        if knowledge.selection.follow(command, in: ids, visible: KnowledgeLayout.listHeight(state.size)) { return [] }
        switch command {
        case .filter: knowledge.editing = true
        case .open:
            if let question = knowledge.selectedQuestion(in: state) {
                Reducer.push(.pager(PagerState(.question(question.id))), in: &state)
            }
        case .releaseAnswer, .withdrawRelease:
            guard let question = knowledge.selectedQuestion(in: state) else { return [] }
            return release(command == .releaseAnswer, question, in: &state)
        case .back:
            if !knowledge.query.isEmpty {
                knowledge.query = ""
                knowledge.selection = Selection()
            } else {
                Reducer.pop(&state)
            }
        default: break
        }
        return []
    }

    /// `f` releases the answer (again, after an edit or when it is due); `F` withdraws
    /// it. Each is one undoable change; a refusal says why in the notice line.
    private static func release(_ releasing: Bool, _ question: Question, in state: inout AppState) -> [Effect] {
        do throws(GuideRelease.Refusal) {
            let changed = releasing
                ? try GuideRelease.release(question, by: state.user, now: state.now, today: state.today,
                                           settings: state.network.manifest.guideInForce)
                : try GuideRelease.withdraw(question, now: state.now)
            return [.apply(Change(releasing ? .release : .withdraw, writes: [.init(id: question.id, new: changed, base: question)]))]
        } catch {
            state.notice = .notPossible(state.language.guideTexts.refusal(error))
            return []
        }
    }

    /// Typing the search: the hits narrow with every key, the best one selected.
    static func editQuery(_ key: Key, in knowledge: inout KnowledgeState, state: inout AppState) -> [Effect] {
        switch KeyMap.command(for: key, in: [.textInput]) {
        case let command? where [.moveUp, .moveDown, .pageUp, .pageDown].contains(command):
            return reduce(command, in: &knowledge, state: &state)
        case .clearText: knowledge.query = ""
        case .confirm: knowledge.editing = false; return []
        case .cancel:
            knowledge.editing = false
            knowledge.query = ""
        default:
            switch key {
            case .character(let c): knowledge.query.append(c)
            case .backspace: if !knowledge.query.isEmpty { knowledge.query.removeLast() }
            default: return []
            }
        }
        knowledge.selection = Selection()
        return []
    }
}
