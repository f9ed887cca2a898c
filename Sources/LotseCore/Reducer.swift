/// The one place where the app state changes: a pure function of the state and an
/// action, returning what the outside world must do. No terminal, no files, no clock.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let size):
            state.size = size
            state.normalize()
            clampPager(&state)
            return []
        case .key(let key):
            let effects = handle(key, in: &state)
            state.normalize()
            clampPager(&state)
            return effects
        }
    }

    private static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        guard HomeLayout.fits(state.size) else {
            // Too small to draw anything but the notice: only quitting and redrawing work.
            switch KeyMap.command(for: key, in: .global) {
            case .quit: return [.quit]
            case .redraw: return [.repaint]
            default: return []
            }
        }
        if let panel = state.editingFilter, state.screen == .home {
            return editFilter(key, panel: panel, in: &state)
        }
        guard let command = KeyMap.command(for: key, in: state.screen.keyContext) else { return [] }
        switch command {
        case .quit: return [.quit]
        case .redraw: return [.repaint]
        case .help:
            if state.screen == .help { state.levels.removeLast() } else { state.levels.append(Level(.help)) }
            return []
        default:
            if state.screen == .home {
                home(command, in: &state)
            } else {
                pager(command, in: &state)
            }
            return []
        }
    }

    private static func home(_ command: Command, in state: inout AppState) {
        let panel = state.focus
        switch command {
        case .focusNext: state.focus = panel.next
        case .focusPrevious: state.focus = panel.previous
        case .focusCommunes: state.focus = .communes
        case .focusQuestions: state.focus = .questions
        case .focusMeetings: state.focus = .meetings
        case .moveUp: move(panel, in: &state) { cursor, count, visible in cursor.move(by: -1, count: count, visible: visible) }
        case .moveDown: move(panel, in: &state) { cursor, count, visible in cursor.move(by: 1, count: count, visible: visible) }
        case .pageUp: move(panel, in: &state) { cursor, count, visible in cursor.move(by: -visible, count: count, visible: visible) }
        case .pageDown: move(panel, in: &state) { cursor, count, visible in cursor.move(by: visible, count: count, visible: visible) }
        case .moveToTop: move(panel, in: &state) { cursor, count, visible in cursor.move(by: -count, count: count, visible: visible) }
        case .moveToBottom: move(panel, in: &state) { cursor, count, visible in cursor.move(by: count, count: count, visible: visible) }
        case .open: state.levels.append(Level(.detail(panel)))
        case .back:
            // Esc on the home screen clears the focused panel's filter, and never quits.
            if !state.filter(panel).isEmpty { setFilter("", for: panel, in: &state) }
        case .filter: state.editingFilter = panel
        case .showProblems: state.levels.append(Level(.problems))
        case .help, .redraw, .quit: break
        }
    }

    private static func pager(_ command: Command, in state: inout AppState) {
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

    /// Typing into the focused panel's filter; the list narrows with every key.
    private static func editFilter(_ key: Key, panel: Panel, in state: inout AppState) -> [Effect] {
        var text = state.filter(panel)
        switch key {
        case .character(let c): text.append(c)
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .control("u"): text = ""
        case .enter:
            state.editingFilter = nil
            return []
        case .escape:
            state.editingFilter = nil
            text = ""
        case .up, .down, .pageUp, .pageDown:
            if let command = KeyMap.command(for: key, in: .home) { home(command, in: &state) }
            return []
        case .control("l"): return [.repaint]
        default: return []
        }
        setFilter(text, for: panel, in: &state)
        return []
    }

    private static func setFilter(_ text: String, for panel: Panel, in state: inout AppState) {
        let commune = state.selectedCommune
        state.filters[panel] = text.isEmpty ? nil : text
        state.cursors[panel] = ListCursor()
        if panel == .communes { keepQuestionsConsistent(previousCommune: commune, in: &state) }
    }

    private static func move(_ panel: Panel, in state: inout AppState,
                             _ change: (inout ListCursor, Int, Int) -> Void) {
        let commune = state.selectedCommune
        var cursor = state.cursor(panel)
        change(&cursor, state.rowCount(panel), state.visibleRows(panel))
        state.cursors[panel] = cursor
        if panel == .communes { keepQuestionsConsistent(previousCommune: commune, in: &state) }
    }

    /// A new commune means a new question list: start it at the top.
    private static func keepQuestionsConsistent(previousCommune: String?, in state: inout AppState) {
        if state.selectedCommune != previousCommune { state.cursors[.questions] = ListCursor() }
    }

    private static func clampPager(_ state: inout AppState) {
        guard let index = state.levels.indices.last else { return }
        let total = PagerLayout.lines(for: state.screen, in: state).count
        let visible = PagerLayout.visibleLines(for: state.screen, in: state)
        state.levels[index].offset = max(0, min(state.levels[index].offset, total - visible))
    }
}
