/// The mouse, for those who reach for it: a click focuses a panel and selects the row
/// under it, a second click (or a double click) opens it, the wheel moves through lists
/// and scrolls details and overlays. Everything it does is also a key; it turns into the
/// same commands, so the screens need nothing of their own for it.
enum MouseWork {
    static func reduce(_ event: MouseEvent, in state: inout AppState) -> [Effect] {
        guard HomeLayout.fits(state.size) else { return [] }
        // Forms and dialogs are for the keyboard; the wheel scrolls everything else.
        if state.top.map({ Form($0) != nil || $0.isDialog }) == true { return [] }
        // A click on a hint in the bottom line runs it, as its key would.
        if event.y == state.size.height - 1, event.kind == .click {
            return HintBarModel.command(at: event.x, in: state).map { Reducer.command($0, in: &state) } ?? []
        }
        if state.home.editingFilter != nil { state.home.editingFilter = nil }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let command: Command = event.kind == .wheelUp ? .moveUp : .moveDown
            if state.top == nil, let panel = panel(at: event, in: state) {
                state.home.focus = panel
            }
            var effects: [Effect] = []
            for _ in 0 ..< 3 { effects += Reducer.command(command, in: &state) }
            return effects
        case .click, .doubleClick:
            guard state.top == nil, let panel = panel(at: event, in: state) else { return [] }
            let wasFocused = state.home.focus == panel
            state.home.focus = panel
            var inner = state.layout.rect(of: panel).inner
            if state.showsFilter(panel) { inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1) }
            let row = event.y - inner.y
            let cursor = state.cursor(panel)
            let ids = state.rowIDs(panel)
            let index = cursor.offset + row
            guard row >= 0, row < state.visibleRows(panel), ids.indices.contains(index) else { return [] }
            let again = wasFocused && cursor.selected == index
            state.home.selections[panel] = Selection(id: ids[index], index: index, offset: cursor.offset)
            // A second click on the selected row, or a double click, opens it, as Enter does.
            if again || event.kind == .doubleClick { return Reducer.command(.open, in: &state) }
            return []
        }
    }

    static func panel(at event: MouseEvent, in state: AppState) -> Panel? {
        Panel.allCases.first { state.layout.rect(of: $0).contains(x: event.x, y: event.y) }
    }
}
