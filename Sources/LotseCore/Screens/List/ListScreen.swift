import LotseStore

/// A screen that is one framed list: the categories, a commune's coordinators, the sync
/// conflicts. It is a feature of its own: its state, its rows, its own actions (an enum,
/// not cases of the global `Command`), its keys with their texts and when they work, its
/// confirmations and what each row looks like. `ListScreenReducer` moves the selection
/// and runs the actions; `ListScreenView` draws the frame, the rows, the empty state and
/// the pane below. Adding one: see docs/architecture.md.
public protocol ListScreen: DestinationState {
    associatedtype Row: Sendable
    associatedtype Action: ScreenAction

    /// Its name in the key map (`KeyBinding.Context.screen`); unique.
    static var id: String { get }
    /// The heading of its keys in the help overlay and docs/keys.md.
    static func helpHeading(in language: Language) -> String
    /// Its keys, in the order of the help.
    static var keys: [ListKey<Self>] { get }
    /// Rows of the list on screen; the reducer pages by them.
    static func listHeight(_ size: Size) -> Int

    var selection: Selection { get set }

    /// The rows in display order, made from the records. Made once per change of the
    /// records (`AppState.listRows`), not per frame.
    func makeRows(in state: AppState) -> [Row]
    /// A row's identity for the selection.
    func id(of row: Row, at index: Int) -> String
    /// Runs one of its actions on the selected row (nil when the list is empty).
    mutating func perform(_ action: Action, on row: Row?, in state: inout AppState) -> [Effect]

    func title(in state: AppState) -> String
    /// What the frame says when there are no rows: what the list is for and how to add one.
    func emptyText(in state: AppState) -> String
    /// One row as the list shows it; `rows` for what a column needs of the others.
    func line(for row: Row, among rows: [Row], in state: AppState, width: Int) -> ListRow
    /// What stands below the list about the selected row, laid out for `width` columns and
    /// `height` lines; nil for a screen that is only its list.
    func pane(for row: Row, in state: AppState, width: Int, height: Int) -> ListPane?
}

extension ListScreen {
    public static func listHeight(_ size: Size) -> Int { ListScreenLayout.rows(size) }

    public func pane(for row: Row, in state: AppState, width: Int, height: Int) -> ListPane? { nil }

    public init?(_ destination: Destination) {
        guard case .list(let screen) = destination, let own = screen.base as? Self else { return nil }
        self = own
    }

    public var destination: Destination { .list(AnyListScreen(self)) }

    /// The rows as they are now, from the view cache when it holds this screen's.
    public func rows(in state: AppState) -> [Row] {
        state.listRows(of: self) ?? makeRows(in: state)
    }

    /// The selected row, found by its identity.
    public func selectedRow(in rows: [Row]) -> Row? {
        guard let id = selection.id else { return nil }
        if rows.indices.contains(selection.index), self.id(of: rows[selection.index], at: selection.index) == id {
            return rows[selection.index]
        }
        return rows.indices.first { self.id(of: rows[$0], at: $0) == id }.map { rows[$0] }
    }

    func ids(of rows: [Row]) -> [String] {
        rows.indices.map { id(of: rows[$0], at: $0) }
    }

    /// The screen as the view cache keys its rows: everything but where the cursor is.
    var rowsKey: AnyListScreen {
        var key = self
        key.selection = Selection()
        return AnyListScreen(key)
    }

    static var bindings: [KeyBinding] { keys.map(\.binding) }
}

/// What a list screen shows below its list: lines already laid out, and a last line of
/// its own at the frame's foot.
public struct ListPane: Equatable, Sendable {
    public var lines: [[TextSpan]]
    public var footer: String?

    public init(lines: [[TextSpan]], footer: String? = nil) {
        self.lines = lines
        self.footer = footer
    }
}

/// A list screen as a `Destination` holds it: any of them, compared and hashed as itself.
public struct AnyListScreen: Hashable, Sendable {
    public let base: any ListScreen

    public init(_ base: some ListScreen) { self.base = base }

    public static func == (lhs: AnyListScreen, rhs: AnyListScreen) -> Bool { lhs.base.isEqual(to: rhs.base) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(type(of: base)))
        base.hash(into: &hasher)
    }
}

extension ListScreen {
    func isEqual(to other: any ListScreen) -> Bool { (other as? Self) == self }
}

extension ListScreen {
    func makeRowsErased(in state: AppState) -> any Sendable { makeRows(in: state) }
}

extension ListScreen {
    func isEmpty(in state: AppState) -> Bool { rows(in: state).isEmpty }
}
