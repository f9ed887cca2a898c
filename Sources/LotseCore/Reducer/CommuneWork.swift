import LotseStore

/// The communes panel's own work: add a commune, edit it, remove it. A commune that
/// questions or meetings name is archived instead (hidden from panels and pickers, kept
/// in the records and exports).
enum CommuneWork {
    static let commands: Set<Command> = [.newCommune, .editCommune, .deleteCommune, .coordinators]

    static func reduce(_ command: Command, in state: inout AppState) -> [Effect] {
        let selected = state.selectedCommune.flatMap { id in state.network.communes.first { $0.id == id } }
        switch command {
        case .newCommune:
            FormReducer.open(.fields(MeetingForms.commune(nil, strings: state.strings)), in: &state)
        case .editCommune:
            guard let selected else { return [] }
            FormReducer.open(.fields(MeetingForms.commune(selected, strings: state.strings)), in: &state)
        case .coordinators:
            guard let selected else { return [] }
            Reducer.push(.coordinators(CoordinatorsState(communeID: selected.id)), in: &state)
        case .deleteCommune:
            guard let selected else { return [] }
            let uses = references(to: selected.id, in: state.network)
            Reducer.push(.dialog(.confirm(uses == 0 ? .deleteCommune(selected) : .archiveCommune(selected, uses: uses))), in: &state)
        default:
            break
        }
        return []
    }

    /// How many questions and meetings name the commune.
    static func references(to id: String, in network: Network) -> Int {
        network.questions.filter { $0.communes.contains(id) }.count
            + network.meetings.filter { meeting in
                meeting.invited.contains(id) || meeting.attendance.contains { $0.commune == id }
                    || meeting.agenda.contains { $0.outcomes.contains { $0.communes.contains(id) } }
            }.count
    }

    /// The change a confirmed removal makes: the file deleted, or the commune archived.
    static func removal(_ confirmation: Confirmation) -> Change? {
        switch confirmation {
        case .deleteCommune(let commune):
            return Change(.commune, writes: [.init(id: commune.id, new: nil, base: .commune(commune))])
        case .archiveCommune(let commune, _):
            var archived = commune
            archived.archived = true
            return Change(.commune, writes: [.init(id: commune.id, new: .commune(archived), base: .commune(commune))])
        default:
            return nil
        }
    }
}
