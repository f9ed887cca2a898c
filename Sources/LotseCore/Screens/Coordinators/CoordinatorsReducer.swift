import LotseStore

/// A commune's coordinators: each change rewrites the commune's one file, so that it
/// merges and undoes like any other edit of the commune.
enum CoordinatorsReducer {
    static func reduce(_ command: Command, in coordinators: inout CoordinatorsState, state: inout AppState) -> [Effect] {
        guard let commune = coordinators.commune(in: state) else {
            if command == .back { Reducer.pop(&state) }
            return []
        }
        if coordinators.selection.follow(command, in: coordinators.rowIDs(in: state), visible: ListScreenLayout.rows(state.size)) {
            return []
        }
        let selected = commune.coordinators.isEmpty ? nil : min(coordinators.selection.index, commune.coordinators.count - 1)
        switch command {
        case .back: Reducer.pop(&state)
        case .newCoordinator:
            FormReducer.open(.fields(MeetingForms.coordinator(of: commune, index: nil, language: state.language)), in: &state)
        case .editCoordinator:
            guard let selected else { return [] }
            FormReducer.open(.fields(MeetingForms.coordinator(of: commune, index: selected, language: state.language)), in: &state)
        case .removeCoordinator:
            guard let selected else { return [] }
            Reducer.push(.dialog(.confirm(.removeCoordinator(commune, index: selected))), in: &state)
        default: break
        }
        return []
    }

    /// The change a confirmed removal makes; nil when the entry is already gone.
    static func removal(_ index: Int, from commune: Commune) -> Change? {
        guard commune.coordinators.indices.contains(index) else { return nil }
        var changed = commune
        changed.coordinators.remove(at: index)
        return Change(.commune, writes: [.init(id: commune.id, new: .commune(changed), base: .commune(commune))])
    }
}
