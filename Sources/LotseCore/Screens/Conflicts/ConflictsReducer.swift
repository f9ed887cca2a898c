import LotseStore

/// The conflicts screen: for each field two machines changed, take the value that lost,
/// or keep the one in force. Either way the entry goes, on every machine after the next
/// sync.
enum ConflictsReducer {
    static func reduce(_ command: Command, in conflicts: inout ConflictsState, state: inout AppState) -> [Effect] {
        let all = state.network.syncConflicts
        if conflicts.selection.follow(command, in: all.map(\.id), visible: ConflictsState.rows(state.size)) { return [] }
        let selected = all.first { $0.id == conflicts.selection.id }
        switch command {
        case .back: Reducer.pop(&state)
        case .takeOther:
            guard let selected else { return [] }
            return [.settle(selected, takingOther: true)]
        case .keepCurrent:
            guard let selected else { return [] }
            return [.settle(selected, takingOther: false)]
        default: break
        }
        return []
    }
}
