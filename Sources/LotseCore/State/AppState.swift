import Foundation
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
    /// Status, category, tag and assignee filters and the order of the questions panel.
    public var query: QuestionQuery
    public var form: Form?
    public var dialog: Dialog?
    /// Inverses of the latest changes, newest last.
    public var undoStack: [Change]
    public var notice: Notice?
    public var knowledge: KnowledgeState
    public var matrix: MatrixCursor
    /// Who is logging and answering: the coordinator at this keyboard.
    public var user: String
    /// The time, as the run loop last told it (a tick is an action, so tests set it).
    public var now: Date
    /// Source of new record ids; seeded by the run loop, fixed in tests.
    public var ids: SeededGenerator
    /// The district's time zone, for wall-clock times such as a meeting's expected end.
    public var timeZone: TimeZone
    /// Meeting mode shows internal notes and the names of those present only when asked.
    public var showInternal: Bool
    /// The selected TOP of the agenda screen.
    public var agendaCursor: Int
    /// The selection of the measures list, and whether it shows done and dropped ones too.
    public var measuresCursor: ListCursor
    public var allMeasures: Bool

    public static let undoLimit = 50

    public init(network: Network, problems: [StoreProblem] = [], storeLabel: String, language: Language = .de,
                size: Size = Size(width: 120, height: 40), user: String = "Koordination",
                now: Date = Date(timeIntervalSince1970: 1_480_000_000), seed: UInt64 = 1,
                timeZone: TimeZone = TimeZone(identifier: "Europe/Berlin") ?? .current) {
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
        self.query = .open
        self.form = nil
        self.dialog = nil
        self.undoStack = []
        self.notice = nil
        self.knowledge = KnowledgeState()
        self.matrix = MatrixCursor()
        self.user = user
        self.now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        self.ids = SeededGenerator(seed: seed)
        self.timeZone = timeZone
        self.showInternal = false
        self.agendaCursor = 0
        self.measuresCursor = ListCursor()
        self.allMeasures = false
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
            || (panel == .questions && (!query.isDefault || query.sort != .date))
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

    /// The panel's query with the chosen commune and the typed filter.
    public var effectiveQuery: QuestionQuery {
        var query = query
        query.commune = selectedCommune
        query.text = filter(.questions)
        return query
    }

    public var questionRows: [QuestionRow] {
        QuestionRows.make(network: network, query: effectiveQuery)
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
        return question(rows[index].id)
    }

    public func question(_ id: String) -> Question? {
        network.questions.first { $0.id == id }
    }

    /// The question the question keys (e, a, >, …) act on, if the screen shows one.
    public var actionQuestion: Question? {
        switch screen {
        case .home, .detail(.questions): return focus == .questions || screen != .home ? selectedQuestion : nil
        case .question(let id): return question(id)
        case .knowledge:
            let hits = knowledgeHits
            return hits.indices.contains(knowledge.cursor.selected) ? hits[knowledge.cursor.selected].question : nil
        default: return nil
        }
    }

    public var knowledgeHits: [KnowledgeSearch.Hit] {
        KnowledgeSearch.search(knowledge.query, in: network.questions)
    }

    public var needsMatrix: NeedsMatrix { NeedsMatrix(network: network) }

    /// The communes in the order a German reader expects (Möhnesee after Lippstadt).
    public var communesByName: [Commune] {
        network.communes.sorted { $0.name.localizedStandardCompareFolded($1.name) }
    }

    public var communeNames: [String: String] {
        Dictionary(network.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    public var selectedMeeting: Meeting? {
        let rows = meetingRows
        let index = cursor(.meetings).selected
        guard rows.indices.contains(index) else { return nil }
        return network.meetings.first { $0.id == rows[index].id }
    }

    public func meeting(_ id: String) -> Meeting? {
        network.meetings.first { $0.id == id }
    }

    public var measureRows: [MeasureRow] {
        MeasureRows.make(network: network, today: today, all: allMeasures)
    }

    /// Rows of the measures list on screen: all but the bars, the frame and the heading.
    public static func measuresVisible(_ size: Size) -> Int { max(1, size.height - 5) }

    public func suggestions(for meeting: Meeting) -> [Suggestion] {
        Suggestion.make(for: meeting, network: network, today: today, carryTitle: language.meetingScreenTexts.carryTitle)
    }

    /// The day it is in the district.
    public var today: LocalDate { LocalDate(now, in: timeZone) }

    /// Keeps every cursor inside its list and on screen. Called after each change.
    public mutating func normalize() {
        // Below the minimum size nothing is drawn; keep the cursors for when it grows.
        guard HomeLayout.fits(size) else { return }
        for panel in Panel.allCases {
            var cursor = cursor(panel)
            cursor.clamp(count: rowCount(panel), visible: visibleRows(panel))
            cursors[panel] = cursor
        }
        // The other lists shrink too when a reload removes questions or communes.
        if screen == .knowledge {
            knowledge.cursor.clamp(count: knowledgeHits.count, visible: KnowledgeLayout.listHeight(size))
        }
        if case .agenda(let id) = screen {
            agendaCursor = max(0, min(agendaCursor, (meeting(id)?.agenda.count ?? 0) - 1))
        }
        if screen == .measures {
            measuresCursor.clamp(count: measureRows.count, visible: Self.measuresVisible(size))
        }
        if screen == .matrix {
            let table = needsMatrix
            matrix.row = max(0, min(matrix.row, table.communes.count - 1))
            matrix.column = max(0, min(matrix.column, table.categories.count - 1))
        }
    }
}
