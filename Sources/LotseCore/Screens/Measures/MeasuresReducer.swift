import LotseStore

/// The measures list: moving, marking done, dropped or open, showing all.
enum MeasuresReducer {
    static func reduce(_ command: Command, in measures: inout MeasuresState, state: inout AppState) -> [Effect] {
        let rows = state.measureRows(all: measures.all)
        if measures.selection.follow(command, in: rows.lazy.map(\.id), visible: MeasuresState.visible(state.size)) { return [] }
        var selection = measures.selection
        selection.resolve(in: rows.lazy.map(\.id), visible: MeasuresState.visible(state.size))
        let row = rows.indices.contains(selection.index) ? rows[selection.index] : nil
        switch command {
        case .back: Reducer.pop(&state)
        case .toggleAll:
            measures.all.toggle()
        case .agenda:
            guard let row else { return [] }
            Reducer.push(.agenda(AgendaState(meetingID: row.meetingID, item: row.item)), in: &state)
        case .markDone, .markDropped, .markOpen:
            guard let row else { return [] }
            let status: Outcome.MeasureStatus = command == .markDone ? .done : command == .markDropped ? .dropped : .open
            guard row.status != status, let meeting = state.meeting(row.meetingID) else { return [] }
            var changed = meeting
            changed.agenda[row.item].outcomes[row.outcome].status = status
            return [.apply(.meeting(.measure(status), changed, base: meeting))]
        default:
            if MeetingWork.commands.contains(command) { return MeetingWork.reduce(command, in: &state) }
        }
        return []
    }
}
