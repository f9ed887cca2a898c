/// Wissen: moving through the hits, searching, opening one.
enum KnowledgeReducer {
    static func reduce(_ command: Command, in knowledge: inout KnowledgeState, state: inout AppState) -> [Effect] {
        let ids = state.knowledgeHits(knowledge.query).lazy.map(\.question.id)
        if knowledge.selection.follow(command, in: ids, visible: KnowledgeLayout.listHeight(state.size)) { return [] }
        switch command {
        case .filter: knowledge.editing = true
        case .open:
            if let question = knowledge.selectedQuestion(in: state) {
                Reducer.push(.pager(PagerState(.question(question.id))), in: &state)
            }
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

    /// Typing the search: the hits narrow with every key, the best one selected.
    static func editQuery(_ key: Key, in knowledge: inout KnowledgeState, state: inout AppState) -> [Effect] {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            guard let command = KeyMap.command(for: key, in: [.global]) else { return [] }
            return reduce(command, in: &knowledge, state: &state)
        case .character(let c): knowledge.query.append(c)
        case .backspace: if !knowledge.query.isEmpty { knowledge.query.removeLast() }
        case .control("u"): knowledge.query = ""
        case .enter: knowledge.editing = false; return []
        case .escape:
            knowledge.editing = false
            knowledge.query = ""
        default: return []
        }
        knowledge.selection = Selection()
        return []
    }
}
