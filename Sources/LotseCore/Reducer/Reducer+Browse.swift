/// The knowledge base and the needs matrix.
extension Reducer {
    static func knowledgeCommand(_ command: Command, in state: inout AppState) {
        if state.knowledge.cursor.follow(command, count: state.knowledgeHits.count, visible: KnowledgeLayout.listHeight(state.size)) {
            return
        }
        switch command {
        case .filter: state.knowledge.editing = true
        case .open:
            if let question = state.actionQuestion { state.levels.append(Level(.question(question.id))) }
        case .back:
            if !state.knowledge.query.isEmpty {
                state.knowledge.query = ""
                state.knowledge.cursor = ListCursor()
            } else {
                state.levels.removeLast()
            }
        default: break
        }
    }

    static func editKnowledgeQuery(_ key: Key, in state: inout AppState) {
        switch key {
        case .character(let c): state.knowledge.query.append(c)
        case .backspace: if !state.knowledge.query.isEmpty { state.knowledge.query.removeLast() }
        case .control("u"): state.knowledge.query = ""
        case .enter: state.knowledge.editing = false; return
        case .escape:
            state.knowledge.editing = false
            state.knowledge.query = ""
        case .up, .down, .pageUp, .pageDown:
            if let command = KeyMap.command(for: key, in: [.global]) { knowledgeCommand(command, in: &state) }
            return
        default: return
        }
        state.knowledge.cursor = ListCursor()
    }

    static func matrixCommand(_ command: Command, in state: inout AppState) {
        let matrix = state.needsMatrix
        let rows = matrix.communes.count
        let columns = matrix.categories.count
        switch command {
        case .moveUp: state.matrix.row = max(0, state.matrix.row - 1)
        case .moveDown: state.matrix.row = min(max(0, rows - 1), state.matrix.row + 1)
        case .moveLeft: state.matrix.column = max(0, state.matrix.column - 1)
        case .moveRight: state.matrix.column = min(max(0, columns - 1), state.matrix.column + 1)
        case .moveToTop, .pageUp: state.matrix.row = 0
        case .moveToBottom, .pageDown: state.matrix.row = max(0, rows - 1)
        case .open:
            // The cell's questions: the commune chosen, the category filtered, the panel focused.
            guard matrix.communes.indices.contains(state.matrix.row), matrix.categories.indices.contains(state.matrix.column) else { return }
            let commune = matrix.communes[state.matrix.row].id
            state.levels.removeAll()
            state.filters[.communes] = nil
            if let index = state.communeRows.firstIndex(where: { $0.communeID == commune }) {
                state.cursors[.communes] = ListCursor(selected: index)
            }
            state.query = .open
            state.query.category = matrix.categories[state.matrix.column]
            state.filters[.questions] = nil
            state.cursors[.questions] = ListCursor()
            state.focus = .questions
        case .back: state.levels.removeLast()
        default: break
        }
    }
}
