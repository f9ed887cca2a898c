import LotseStore

/// The communes panel's own work: add a commune, edit it, remove it. A commune that
/// questions or meetings name is archived instead (hidden from panels and pickers, kept
/// in the records and exports) and can be shown again (`a`) and restored (`r`).
enum CommuneWork {
    static let commands: Set<Command> = [.newCommune, .editCommune, .deleteCommune, .coordinators, .mergeCommune,
                                         .showArchived, .restoreCommune]

    static func reduce(_ command: Command, in state: inout AppState) -> [Effect] {
        let selected = state.selectedCommune.flatMap { id in state.network.communes.first { $0.id == id } }
        switch command {
        case .newCommune:
            FormReducer.open(.fields(CommuneForm.make(nil, strings: state.strings)), in: &state)
        case .editCommune:
            guard let selected else { return [] }
            FormReducer.open(.fields(CommuneForm.make(selected, strings: state.strings)), in: &state)
        case .coordinators:
            guard let selected else { return [] }
            Reducer.push(CoordinatorsState(communeID: selected.id).destination, in: &state)
        case .mergeCommune:
            guard let selected else { return [] }
            Reducer.push(.dialog(.communeMerge(CommuneMergePicker(sourceID: selected.id))), in: &state)
        case .showArchived:
            state.home.showsArchived.toggle()
            state.notice = .notPossible(state.strings.archivedShown(state.home.showsArchived, state.network.communes.count { $0.archived }))
        case .restoreCommune:
            guard let selected else { return [] }
            guard selected.archived else {
                state.notice = .notPossible(state.strings.notArchived(selected.name))
                return []
            }
            var restored = selected
            restored.archived = false
            return [.apply(Change(.commune, writes: [.init(id: selected.id, new: .commune(restored), base: .commune(selected))]))]
        case .deleteCommune:
            guard let selected else { return [] }
            guard !selected.archived else {
                state.notice = .notPossible(state.strings.alreadyArchived(selected.name))
                return []
            }
            let references = CommuneMerge.references(to: selected.id, in: state.network)
            let uses = references.questions + references.meetings
            Reducer.push(.dialog(.confirm(uses == 0 ? .deleteCommune(selected) : .archiveCommune(selected, uses: uses))), in: &state)
        default:
            break
        }
        return []
    }

    /// The merge picker's keys: Enter merges the commune into the chosen one, in one
    /// change that rewrites every question and meeting that names it (undoable).
    static func merge(_ command: Command?, picker: inout CommuneMergePicker, in state: inout AppState) -> [Effect] {
        let targets = picker.targets(in: state)
        guard let source = state.network.communes.first(where: { $0.id == picker.sourceID }) else {
            Reducer.pop(&state)
            return []
        }
        switch command {
        case .cancel:
            Reducer.pop(&state)
            return []
        case .confirm:
            picker.selection.resolve(in: targets.lazy.map(\.id), visible: 1)
            guard targets.indices.contains(picker.selection.index) else { return [] }
            let target = targets[picker.selection.index]
            // A merger rewrites many records: asked first, like everything that ends something.
            Reducer.replaceTop(.dialog(.confirm(.mergeCommune(source, into: target))), in: &state)
            return []
        case let command?:
            _ = picker.selection.follow(command, in: targets.lazy.map(\.id), visible: DialogLayout.pickerRows(count: targets.count, size: state.size))
        case nil:
            break
        }
        Reducer.replaceTop(.dialog(.communeMerge(picker)), in: &state)
        return []
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
