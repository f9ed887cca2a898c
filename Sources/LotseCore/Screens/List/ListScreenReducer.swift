/// What every list screen does with a command: move the selection, go back, and hand its
/// own actions to the screen with the selected row. An action that needs a row does
/// nothing on an empty list, as the hint bar says.
enum ListScreenReducer {
    static func reduce<S: ListScreen>(_ command: Command, in screen: inout S, state: inout AppState) -> [Effect] {
        let rows = screen.rows(in: state)
        if screen.selection.follow(command, in: screen.ids(of: rows), visible: S.listHeight(state.size)) { return [] }
        switch command {
        case .back:
            Reducer.pop(&state)
            return []
        case .screen(let named):
            guard let action = named.action(S.Action.self),
                  let key = S.keys.first(where: { if case .action(action) = $0.target { return true } else { return false } }) else { return [] }
            let row = screen.selectedRow(in: rows)
            if key.needsRow && row == nil { return [] }
            if let offered = key.offered, !offered(screen, state) { return [] }
            return screen.perform(action, on: row, in: &state)
        default:
            return []
        }
    }

    /// Keeps the selection on its row after any change.
    static func normalize<S: ListScreen>(_ screen: S, in state: AppState) -> S {
        var screen = screen
        screen.selection.resolve(in: screen.ids(of: screen.rows(in: state)), visible: S.listHeight(state.size))
        return screen
    }
}

extension ListScreen {
    /// Runs a command on this screen while it is on top (`Destination` opens the existential here).
    func reduceOnTop(_ command: Command, in state: inout AppState) -> [Effect] {
        Reducer.scoped(&state, Self.self) { ListScreenReducer.reduce(command, in: &$0, state: &$1) }
    }

    func normalized(in state: AppState) -> Destination {
        ListScreenReducer.normalize(self, in: state).destination
    }

    var contexts: [KeyBinding.Context] { [.screen(Self.id), .global] }
}
