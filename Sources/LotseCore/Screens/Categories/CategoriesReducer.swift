import LotseStore

/// The categories screen: moving, adding, renaming (in every question, in one change) and
/// removing a category no question uses.
enum CategoriesReducer {
    static func reduce(_ command: Command, in categories: inout CategoriesState, state: inout AppState) -> [Effect] {
        let names = state.network.manifest.categories
        if categories.selection.follow(command, in: names, visible: ListScreenLayout.rows(state.size)) { return [] }
        let selected = categories.selection.id.flatMap { names.contains($0) ? $0 : nil }
        switch command {
        case .back: Reducer.pop(&state)
        case .newCategory:
            FormReducer.open(.fields(MeetingForms.category(nil)), in: &state)
        case .renameCategory:
            guard let selected else { return [] }
            FormReducer.open(.fields(MeetingForms.category(selected)), in: &state)
        case .deleteCategory:
            guard let selected else { return [] }
            let uses = state.network.questions.filter { $0.category == selected }.count
            if uses > 0 {
                state.notice = .categoryInUse(selected, uses)
            } else {
                Reducer.push(.dialog(.confirm(.deleteCategory(selected))), in: &state)
            }
        default: break
        }
        return []
    }
}
