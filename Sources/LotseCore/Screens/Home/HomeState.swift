/// The home screen's own state: which panel has the focus, each panel's selection (by
/// record id) and typed filter, and the questions panel's query.
public struct HomeState: Hashable, Sendable {
    public var focus: Panel = .communes
    public var selections: [Panel: Selection] = [:]
    public var filters: [Panel: String] = [:]
    /// The panel whose filter is being typed, if any.
    public var editingFilter: Panel?
    /// Status, category, tag and assignee filters and the order of the questions panel.
    public var query: QuestionQuery = .open
    /// Where Esc goes back to after Enter on a cell of the needs matrix: the matrix as it
    /// was, and the home screen's filters from before.
    public var matrixReturn: MatrixReturn?
    /// Whether the communes panel lists archived communes too (`a`), so that one can be
    /// restored; off by default, as archived communes are out of the network's work.
    public var showsArchived = false

    public init() {}

    public func selection(_ panel: Panel) -> Selection { selections[panel] ?? Selection() }

    public func filter(_ panel: Panel) -> String { filters[panel] ?? "" }

    /// While the first reading goes on, a question selected at the top stays at the top:
    /// the questions that arrive above it were never seen, and the cursor should not be
    /// carried down the list with its row. One the user moved to stays with its row.
    mutating func keepTopQuestionAtTop() {
        if let selection = selections[.questions], selection.index == 0 { selections[.questions]?.id = nil }
    }
}

/// The home screen before a drill-down from the needs matrix, and the matrix itself.
public struct MatrixReturn: Hashable, Sendable {
    public var matrix: MatrixState
    public var focus: Panel
    public var selections: [Panel: Selection]
    public var filters: [Panel: String]
    public var query: QuestionQuery
    /// What the drill-down set: Esc goes back only while it is still in place.
    public var drilled: QuestionQuery
    public var commune: String
}
