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

    public init() {}

    public func selection(_ panel: Panel) -> Selection { selections[panel] ?? Selection() }

    public func filter(_ panel: Panel) -> String { filters[panel] ?? "" }
}
