/// The home screen: panels, selection, the typed filter.
extension Reducer {
    static func home(_ command: Command, in state: inout AppState) {
        let panel = state.focus
        switch command {
        case .focusNext: state.focus = panel.next
        case .focusPrevious: state.focus = panel.previous
        case .focusCommunes: state.focus = .communes
        case .focusQuestions: state.focus = .questions
        case .focusMeetings: state.focus = .meetings
        case .moveUp: move(panel, by: -1, in: &state)
        case .moveDown: move(panel, by: 1, in: &state)
        case .pageUp: move(panel, by: -state.visibleRows(panel), in: &state)
        case .pageDown: move(panel, by: state.visibleRows(panel), in: &state)
        case .moveToTop: move(panel, by: -state.rowCount(panel), in: &state)
        case .moveToBottom: move(panel, by: state.rowCount(panel), in: &state)
        case .open: state.levels.append(Level(.detail(panel)))
        case .back:
            // Esc on the home screen clears the focused panel's filter, and never quits.
            if !state.filter(panel).isEmpty { setFilter("", for: panel, in: &state) }
        case .filter: state.editingFilter = panel
        case .showProblems: state.levels.append(Level(.problems))
        case .knowledge: state.levels.append(Level(.knowledge))
        case .matrix: state.levels.append(Level(.matrix))
        default: break
        }
    }

    /// Typing into the focused panel's filter; the list narrows with every key.
    static func editFilter(_ key: Key, panel: Panel, in state: inout AppState) {
        var text = state.filter(panel)
        switch key {
        case .character(let c): text.append(c)
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .control("u"): text = ""
        case .enter:
            state.editingFilter = nil
            return
        case .escape:
            state.editingFilter = nil
            text = ""
        case .up, .down, .pageUp, .pageDown:
            if let command = KeyMap.command(for: key, in: [.global]) { home(command, in: &state) }
            return
        default: return
        }
        setFilter(text, for: panel, in: &state)
    }

    static func setFilter(_ text: String, for panel: Panel, in state: inout AppState) {
        let commune = state.selectedCommune
        state.filters[panel] = text.isEmpty ? nil : text
        state.cursors[panel] = ListCursor()
        if panel == .communes { keepQuestionsConsistent(previousCommune: commune, in: &state) }
    }

    static func move(_ panel: Panel, by delta: Int, in state: inout AppState) {
        let commune = state.selectedCommune
        var cursor = state.cursor(panel)
        cursor.move(by: delta, count: state.rowCount(panel), visible: state.visibleRows(panel))
        state.cursors[panel] = cursor
        if panel == .communes { keepQuestionsConsistent(previousCommune: commune, in: &state) }
    }

    /// A new commune means a new question list: start it at the top.
    static func keepQuestionsConsistent(previousCommune: String?, in state: inout AppState) {
        if state.selectedCommune != previousCommune { state.cursors[.questions] = ListCursor() }
    }

    static func pager(_ command: Command, in state: inout AppState) {
        guard !state.levels.isEmpty else { return }
        let page = PagerLayout.visibleLines(for: state.screen, in: state)
        let index = state.levels.count - 1
        switch command {
        case .back: state.levels.removeLast()
        case .moveUp: state.levels[index].offset -= 1
        case .moveDown: state.levels[index].offset += 1
        case .pageUp: state.levels[index].offset -= page
        case .pageDown: state.levels[index].offset += page
        case .moveToTop: state.levels[index].offset = 0
        case .moveToBottom: state.levels[index].offset = Int.max / 2
        default: break
        }
    }
}
