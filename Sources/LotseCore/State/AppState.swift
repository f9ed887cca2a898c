import LotseStore

/// Everything the screen shows is derived from this value; the reducer is the only thing
/// that changes it.
public struct AppState: Equatable, Sendable {
    public var network: Network
    public var problems: [StoreProblem]
    /// The store's folder as the title line shows it (home abbreviated to ~).
    public var storeLabel: String
    public var language: Language
    public var size: Size
    /// The screens above home, innermost last, each with its scroll offset; Esc pops one.
    public var levels: [Level]
    public var focus: Panel
    public var cursors: [Panel: ListCursor]
    public var filters: [Panel: String]
    /// The panel whose filter is being typed, if any.
    public var editingFilter: Panel?

    public init(network: Network, problems: [StoreProblem] = [], storeLabel: String, language: Language = .de,
                size: Size = Size(width: 120, height: 40)) {
        self.network = network
        self.problems = problems
        self.storeLabel = storeLabel
        self.language = language
        self.size = size
        self.levels = []
        self.focus = .communes
        self.cursors = [:]
        self.filters = [:]
        self.editingFilter = nil
        cursors[.meetings] = ListCursor(selected: MeetingRows.defaultSelection(in: network.meetings))
        normalize()
    }

    public var strings: Strings { language.strings }

    public var screen: Screen { levels.last?.screen ?? .home }

    /// First line shown by the current pager screen.
    public var pagerOffset: Int { levels.last?.offset ?? 0 }

    public func cursor(_ panel: Panel) -> ListCursor { cursors[panel] ?? ListCursor() }

    public func filter(_ panel: Panel) -> String { filters[panel] ?? "" }

    /// Whether the panel shows a filter line: while typing, or when a filter is active.
    public func showsFilter(_ panel: Panel) -> Bool {
        editingFilter == panel || !filter(panel).isEmpty
    }

    public var layout: HomeLayout {
        HomeLayout(size: size, focus: focus, warningLines: problems.isEmpty ? 0 : 2)
    }

    public func visibleRows(_ panel: Panel) -> Int {
        layout.listHeight(of: panel, showsFilter: showsFilter(panel), meetingRows: meetingRows.count)
    }

    // MARK: Derived rows (the view model of each panel)

    public var communeRows: [CommuneRow] {
        CommuneRows.make(network: network, filter: filter(.communes), strings: strings)
    }

    /// The commune chosen in the communes panel; nil for "all communes".
    public var selectedCommune: String? {
        let rows = communeRows
        let index = cursor(.communes).selected
        return rows.indices.contains(index) ? rows[index].communeID : nil
    }

    public var questionRows: [QuestionRow] {
        QuestionRows.make(network: network, commune: selectedCommune, filter: filter(.questions))
    }

    public var meetingRows: [MeetingRow] {
        MeetingRows.make(network: network, filter: filter(.meetings), strings: strings)
    }

    public func rowCount(_ panel: Panel) -> Int {
        switch panel {
        case .communes: return communeRows.count
        case .questions: return questionRows.count
        case .meetings: return meetingRows.count
        }
    }

    public var selectedQuestion: Question? {
        let rows = questionRows
        let index = cursor(.questions).selected
        guard rows.indices.contains(index) else { return nil }
        return network.questions.first { $0.id == rows[index].id }
    }

    public var selectedMeeting: Meeting? {
        let rows = meetingRows
        let index = cursor(.meetings).selected
        guard rows.indices.contains(index) else { return nil }
        return network.meetings.first { $0.id == rows[index].id }
    }

    /// Keeps every cursor inside its list and on screen. Called after each change.
    public mutating func normalize() {
        // Below the minimum size nothing is drawn; keep the cursors for when it grows.
        guard HomeLayout.fits(size) else { return }
        for panel in Panel.allCases {
            var cursor = cursor(panel)
            cursor.clamp(count: rowCount(panel), visible: visibleRows(panel))
            cursors[panel] = cursor
        }
    }
}
