import LotseStore

/// This machine's last syncs (`L`), newest first: each one's time and how it ended, and
/// below the list what git did in the selected one and what it said, masked and made safe
/// for the terminal. Enter reads the selected sync in full. The entries are read from
/// `.git/lotse-sync-log.json` when the screen opens; the selection holds the sync's start.
public struct SyncLogState: ListScreen {
    public enum Action: String, ScreenAction {
        case readSyncInFull

        public func words(in language: Language) -> BindingWords { language.syncLogTexts.readInFull }
    }

    public static let id = "syncLog"
    public static let keys: [ListKey<SyncLogState>] = [
        .action([.enter], .readSyncInFull, hint: 2),
        .command([.escape], .back, hint: 3),
    ]

    /// Oldest first, as the file keeps them.
    public var entries: [SyncLogEntry]
    public var selection = Selection()

    public init(entries: [SyncLogEntry]) {
        self.entries = entries
    }

    public static func helpHeading(in language: Language) -> String { language.syncLogTexts.heading }

    /// The list takes the upper half; the selected sync's commands the lower.
    public static func listHeight(_ size: Size) -> Int { max(1, (size.height - 4) / 2 - 1) }

    public func makeRows(in state: AppState) -> [SyncLogEntry] { entries.reversed() }

    public func id(of row: SyncLogEntry, at index: Int) -> String { String(row.started.timeIntervalSince1970) }

    public mutating func perform(_ action: Action, on row: SyncLogEntry?, in state: inout AppState) -> [Effect] {
        guard let row else { return [] }
        Reducer.push(.pager(PagerState(.syncLog([row]))), in: &state)
        return []
    }

    public func title(in state: AppState) -> String { state.language.syncLogTexts.title }

    public func emptyText(in state: AppState) -> String { state.language.syncLogTexts.empty }

    public func line(for row: SyncLogEntry, among rows: [SyncLogEntry], in state: AppState, width: Int) -> ListRow {
        let heading = SyncLogText.lines([row], language: state.language, timeZone: state.timeZone, commands: false).first
        return ListRow(heading?.spans ?? [])
    }

    /// The git commands of the selected sync, as `lotse sync log` prints them, wrapped.
    public func pane(for row: SyncLogEntry, in state: AppState, width: Int, height: Int) -> ListPane? {
        let lines = SyncLogText.lines([row], language: state.language, timeZone: state.timeZone).dropFirst()
        let wrapped = lines.flatMap { Wrap.wrap($0, width: max(1, width - 2)) }.map(\.spans)
        return ListPane(lines: Array(wrapped.prefix(height)))
    }
}
