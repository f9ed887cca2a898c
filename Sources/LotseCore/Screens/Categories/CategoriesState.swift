import LotseStore

/// The categories of questions: adding, renaming (in every question, in one change) and
/// removing a category no question uses. The selection holds the category's name.
public struct CategoriesState: ListScreen {
    public enum Action: String, ScreenAction {
        case newCategory, renameCategory, deleteCategory

        public func words(in language: Language) -> BindingWords {
            let t = language.categoriesTexts
            switch self {
            case .newCategory: return t.new
            case .renameCategory: return t.rename
            case .deleteCategory: return t.delete
            }
        }
    }

    /// A category and how many questions use it, counted once per change of the records.
    public struct Row: Hashable, Sendable {
        public var name: String
        public var uses: Int
    }

    public static let id = "categories"
    public static let keys: [ListKey<CategoriesState>] = [
        .action([.character("n")], .newCategory, hint: 2, needsRow: false),
        .action([.character("e"), .enter], .renameCategory, hint: 3),
        .action([.character("d")], .deleteCategory, hint: 4),
        .command([.escape], .back, hint: 5),
    ]

    public var selection = Selection()

    public init() {}

    public static func helpHeading(in language: Language) -> String { language.categoriesTexts.heading }

    public func makeRows(in state: AppState) -> [Row] {
        var uses: [String: Int] = [:]
        for question in state.network.questions { uses[question.category, default: 0] += 1 }
        return state.network.manifest.categories.map { Row(name: $0, uses: uses[$0] ?? 0) }
    }

    public func id(of row: Row, at index: Int) -> String { row.name }

    public mutating func perform(_ action: Action, on row: Row?, in state: inout AppState) -> [Effect] {
        switch action {
        case .newCategory:
            FormReducer.open(.fields(CategoryForm.make(nil)), in: &state)
        case .renameCategory:
            guard let row else { return [] }
            FormReducer.open(.fields(CategoryForm.make(row.name)), in: &state)
        case .deleteCategory:
            guard let row else { return [] }
            if row.uses > 0 {
                state.notice = .categoryInUse(row.name, row.uses)
            } else {
                let t = state.language.categoriesTexts
                Reducer.ask(ScreenConfirmation(title: t.deleteTitle, body: t.deleteBody(row.name),
                                               effects: [.apply(CategoryChange.removing(row.name, in: state.network))]), in: &state)
            }
        }
        return []
    }

    public func title(in state: AppState) -> String { state.language.categoriesTexts.title }

    public func emptyText(in state: AppState) -> String { state.language.categoriesTexts.empty }

    public func line(for row: Row, among rows: [Row], in state: AppState, width: Int) -> ListRow {
        ListRow([TextSpan(row.name)], trailing: TextSpan("\(row.uses)", row.uses == 0 ? .muted : .plain))
    }
}
