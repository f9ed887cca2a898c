import LotseStore

/// A screen of text that scrolls: a record's full detail, the help, the list of broken files.
public struct PagerState: Hashable, Sendable {
    public enum Page: Hashable, Sendable {
        /// The full-screen detail of the selected row of a panel.
        case detail(Panel)
        /// The full-screen detail of one question, opened from the knowledge base.
        case question(String)
        case help
        case problems
        /// Datenschutz: the personal data the store holds, the retention policy, what is due.
        case privacy
        /// The last syncs with the git commands they ran, as read when it was opened.
        case syncLog([SyncLogEntry])
        /// A record's changes from the shared history (nil: not synced), as read when opened.
        case history(HistorySubject, [RecordHistory.Entry]?)
    }

    public var page: Page
    /// The first line shown.
    public var offset: Int
    /// The help searched with `/`: only the keys whose text or key holds these words.
    public var query = ""
    /// The search is being typed.
    public var editing = false

    public init(_ page: Page, offset: Int = 0) {
        self.page = page
        self.offset = offset
    }

    /// Help and the broken-file list stand over the screen as overlays.
    public var isOverlay: Bool { page == .help || page == .problems }
}

extension PagerState: DestinationState {
    public init?(_ destination: Destination) {
        guard case .pager(let state) = destination else { return nil }
        self = state
    }

    public var destination: Destination { .pager(self) }
}
