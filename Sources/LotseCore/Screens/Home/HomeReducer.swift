/// The home screen: panels, selection, the typed filter.
enum HomeReducer {
    static func reduce(_ command: Command, in state: inout AppState) {
        let panel = state.home.focus
        switch command {
        case .focusNext: state.home.focus = panel.next
        case .focusPrevious: state.home.focus = panel.previous
        case .focusCommunes: state.home.focus = .communes
        case .focusQuestions: state.home.focus = .questions
        case .focusMeetings: state.home.focus = .meetings
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            move(panel, command, in: &state)
        case .open: Reducer.push(.pager(PagerState(.detail(panel))), in: &state)
        case .back:
            // Esc on the home screen clears the focused panel's filter, then the f filters
            // of the questions (keeping the order), and never quits.
            if !state.home.filter(panel).isEmpty {
                setFilter("", for: panel, in: &state)
            } else if let back = state.home.matrixReturn, state.home.query == back.drilled, state.selectedCommune == back.commune {
                // After a drill-down from the needs matrix: the filters from before, and the matrix again.
                state.home.focus = back.focus
                state.home.selections = back.selections
                state.home.filters = back.filters
                state.home.query = back.query
                state.home.matrixReturn = nil
                Reducer.push(.matrix(back.matrix), in: &state)
            } else if panel == .questions, !state.home.query.isDefault {
                state.home.matrixReturn = nil
                let sort = state.home.query.sort
                state.home.query = .open
                state.home.query.sort = sort
                keepOrStartAtTop(.questions, in: &state)
            }
        case .filter: state.home.editingFilter = panel
        case .showProblems: Reducer.push(.pager(PagerState(.problems)), in: &state)
        case .knowledge: Reducer.push(.knowledge(KnowledgeState()), in: &state)
        case .matrix: Reducer.push(.matrix(MatrixState()), in: &state)
        case .categories: Reducer.push(CategoriesState().destination, in: &state)
        case .conflicts: Reducer.push(ConflictsState().destination, in: &state)
        case .privacy: Reducer.push(.pager(PagerState(.privacy)), in: &state)
        default: break
        }
    }

    /// Typing into the focused panel's filter; the list narrows with every key.
    static func editFilter(_ key: Key, in state: inout AppState) {
        guard let panel = state.home.editingFilter else { return }
        var text = state.home.filter(panel)
        switch KeyMap.command(for: key, in: [.textInput]) {
        case .clearText: text = ""
        case .confirm:
            state.home.editingFilter = nil
            return
        case .cancel:
            state.home.editingFilter = nil
            text = ""
        case let command? where [.moveUp, .moveDown, .pageUp, .pageDown].contains(command):
            reduce(command, in: &state)
            return
        default:
            switch key {
            case .character(let c): text.append(c)
            case .backspace: if !text.isEmpty { text.removeLast() }
            default: return
            }
        }
        setFilter(text, for: panel, in: &state)
    }

    static func setFilter(_ text: String, for panel: Panel, in state: inout AppState) {
        state.home.filters[panel] = text.isEmpty ? nil : text
        keepOrStartAtTop(panel, in: &state)
        if panel == .communes { keepOrStartAtTop(.questions, in: &state) }
    }

    static func move(_ panel: Panel, _ command: Command, in state: inout AppState) {
        var selection = state.home.selection(panel)
        _ = selection.follow(command, in: state.rowIDs(panel), visible: state.visibleRows(panel))
        state.home.selections[panel] = selection
        if panel == .communes { keepOrStartAtTop(.questions, in: &state) }
    }

    /// After the list changed around it (a filter, another commune, another sort), the
    /// selection stays on its record; when the record left the list, it starts at the top.
    static func keepOrStartAtTop(_ panel: Panel, in state: inout AppState) {
        // The rows are derived here for the new inputs and kept, so that `normalize` after
        // this key uses them rather than deriving them a second time.
        state.rememberHomeView()
        guard let id = state.home.selection(panel).id, !state.rowIDs(panel).contains(id) else { return }
        state.home.selections[panel] = Selection()
    }
}
