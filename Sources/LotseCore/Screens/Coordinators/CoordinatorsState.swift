import LotseStore

/// The coordinators of one commune, to add, edit and remove them. Each change rewrites the
/// commune's one file, so that it merges and undoes like any other edit of the commune.
/// Coordinators have no ids of their own (two entries may share a name), so the selection
/// holds the row's position.
public struct CoordinatorsState: ListScreen {
    public enum Action: String, ScreenAction {
        case newCoordinator, editCoordinator, removeCoordinator

        public func words(in language: Language) -> BindingWords {
            let t = language.coordinatorsTexts
            switch self {
            case .newCoordinator: return t.new
            case .editCoordinator: return t.edit
            case .removeCoordinator: return t.remove
            }
        }
    }

    public struct Row: Hashable, Sendable {
        public var index: Int
        public var coordinator: Coordinator
    }

    public static let id = "coordinators"
    public static let keys: [ListKey<CoordinatorsState>] = [
        .action([.character("n")], .newCoordinator, hint: 2, needsRow: false, offered: { screen, state in screen.commune(in: state) != nil }),
        .action([.character("e"), .enter], .editCoordinator, hint: 3),
        .action([.character("d")], .removeCoordinator, hint: 4),
        .command([.escape], .back, hint: 5),
    ]

    public var communeID: String
    public var selection = Selection()

    public init(communeID: String) {
        self.communeID = communeID
    }

    public static func helpHeading(in language: Language) -> String { language.coordinatorsTexts.heading }

    /// The commune as it is now; nil once it is gone (merged or removed elsewhere).
    public func commune(in state: AppState) -> Commune? {
        state.network.communes.first { $0.id == communeID }
    }

    public func makeRows(in state: AppState) -> [Row] {
        (commune(in: state)?.coordinators ?? []).enumerated().map { Row(index: $0.offset, coordinator: $0.element) }
    }

    public func id(of row: Row, at index: Int) -> String { String(row.index) }

    public mutating func perform(_ action: Action, on row: Row?, in state: inout AppState) -> [Effect] {
        guard let commune = commune(in: state) else { return [] }
        switch action {
        case .newCoordinator:
            FormReducer.open(.fields(CoordinatorForm.make(of: commune, index: nil, language: state.language)), in: &state)
        case .editCoordinator:
            guard let row else { return [] }
            FormReducer.open(.fields(CoordinatorForm.make(of: commune, index: row.index, language: state.language)), in: &state)
        case .removeCoordinator:
            guard let row, let change = CoordinatorForm.removal(row.index, from: commune) else { return [] }
            let t = state.language.coordinatorsTexts
            Reducer.ask(ScreenConfirmation(title: t.removeTitle, body: t.removeBody(row.coordinator.name, commune.name),
                                           effects: [.apply(change)]), in: &state)
        }
        return []
    }

    public func title(in state: AppState) -> String {
        state.language.coordinatorsTexts.title(commune(in: state)?.name ?? communeID)
    }

    public func emptyText(in state: AppState) -> String { state.language.coordinatorsTexts.empty }

    /// Name, then role, phone, e-mail and whether the guide names the person; the names in
    /// one column, as wide as the longest up to half the screen.
    public func line(for row: Row, among rows: [Row], in state: AppState, width: Int) -> ListRow {
        let nameWidth = min(rows.map { DisplayWidth.of($0.coordinator.name) }.max() ?? 0, width / 2)
        let person = row.coordinator
        let guide = person.isPublic ? state.language.guideTexts.field + ": " + state.language.guideTexts.withName : ""
        let contact = [person.role, person.phone, person.email, guide].filter { !$0.isEmpty }.joined(separator: " · ")
        return ListRow([TextSpan(DisplayWidth.pad(person.name, to: nameWidth)), TextSpan("  " + contact, .muted)])
    }
}
