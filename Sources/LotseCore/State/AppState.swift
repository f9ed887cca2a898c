import Foundation
import LotseStore

/// Everything the screen shows is derived from this value; the reducer is the only thing
/// that changes it. It holds what every screen shares (the records, the environment, undo
/// and the notice), the home screen's own state, and the stack of screens above home,
/// each with its own state.
public struct AppState: Equatable, Sendable {
    public var network: Network {
        didSet { memo.value.revision &+= 1 }
    }
    public var problems: [StoreProblem]
    /// The store's folder as the title line shows it (home abbreviated to ~).
    public var storeLabel: String
    public var language: Language
    public var size: Size
    /// The home screen, always underneath.
    public var home: HomeState
    /// The screens and dialogs above home, innermost last; Esc pops one.
    public var path: [Destination]
    /// Inverses of the latest changes, newest last.
    public var undoStack: [Change]
    /// What Ctrl-R brings back: the changes just undone, newest last.
    public var redoStack: [Change] = []
    public var notice: Notice?
    /// Who is logging and answering: the coordinator at this keyboard.
    public var user: String
    /// The time, as the run loop last told it (a tick is an action, so tests set it).
    public var now: Date
    /// Source of new record ids; seeded by the run loop, fixed in tests.
    public var ids: SeededGenerator
    /// The district's time zone, for wall-clock times such as a meeting's expected end.
    public var timeZone: TimeZone
    /// Where the store stands against the network's remote; nil when it is not synced.
    public var sync: SyncState?
    /// While the questions are still being read at start: how far it has come. The screen
    /// works meanwhile with the questions read so far.
    public var loading: LoadProgress?
    /// The user's own keys from the settings file.
    public var userKeys = UserKeys()
    /// The rows derived from the rest, kept from one change to the next while their
    /// inputs stay the same. Not part of the state's identity: it only saves work.
    var memo: Memo<ViewCache>

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
        self.home = HomeState()
        self.path = []
        self.undoStack = []
        self.notice = nil
        self.user = user
        self.now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        self.ids = SeededGenerator(seed: seed)
        self.timeZone = timeZone
        self.memo = Memo(ViewCache())
        let meetings = MeetingRows.sorted(network.meetings)
        let next = meetings.first { $0.state != .finished } ?? meetings.last
        home.selections[.meetings] = Selection(id: next?.id, index: MeetingRows.defaultSelection(in: network.meetings))
        normalize()
    }

    public var strings: Strings { language.strings }

    /// The innermost screen or dialog; nil on the home screen.
    public var top: Destination? { path.last }

    /// The dialog on top, if one is open: it takes every key until it closes. Setting one
    /// opens it (or replaces the one open); nil closes it.
    public var dialog: Dialog? {
        get {
            if case .dialog(let dialog)? = path.last { return dialog }
            return nil
        }
        set {
            if path.last?.isDialog == true { path.removeLast() }
            if let newValue { path.append(.dialog(newValue)) }
        }
    }

    /// The innermost screen under any dialog; nil for home.
    public var screen: Destination? {
        path.last { !$0.isDialog }
    }

    /// The form being filled in, if one is open under any dialog. Setting one replaces the
    /// open form or opens it under the dialog; nil closes it and what stands above it.
    public var form: Form? {
        get {
            if case .form(let form)? = screen { return form }
            return nil
        }
        set {
            if let index = path.lastIndex(where: { Form($0) != nil }) {
                if let newValue { path[index] = .form(newValue) } else { path.removeSubrange(index...) }
            } else if let newValue {
                path.insert(.form(newValue), at: path.last?.isDialog == true ? path.count - 1 : path.count)
            }
        }
    }

    public var layout: HomeLayout {
        HomeLayout(size: size, focus: home.focus, warningLines: problems.isEmpty ? 0 : 2)
    }

    /// Whether the panel shows a filter line: while typing, or when a filter is active.
    public func showsFilter(_ panel: Panel) -> Bool {
        home.editingFilter == panel || !home.filter(panel).isEmpty
            || (panel == .questions && (!home.query.isDefault || home.query.sort != .date))
    }

    public func visibleRows(_ panel: Panel) -> Int {
        layout.listHeight(of: panel, showsFilter: showsFilter(panel), meetingRows: homeView.meetingRows.count)
    }

    // MARK: The home screen's view model

    /// The rows of the three panels: from the memo when it is current, else derived now.
    public var homeView: HomeView {
        if let view = memo.value.home, view.key == homeKey,
           view.commune == HomeView.selectedCommune(home.selection(.communes), in: view.communeIDs) {
            return view
        }
        return HomeView.make(self)
    }

    /// What the home rows are derived from, besides the chosen commune.
    var homeKey: HomeView.Key {
        HomeView.Key(revision: memo.value.revision, language: language, filters: home.filters, query: home.query,
                     showsArchived: home.showsArchived)
    }

    public var communeRows: [CommuneRow] { homeView.communeRows }
    public var questionRows: QuestionList { homeView.questionRows }
    public var meetingRows: [MeetingRow] { homeView.meetingRows }

    /// The commune chosen in the communes panel; nil for "all communes".
    public var selectedCommune: String? { homeView.commune }

    /// The panel's query with the chosen commune and the typed filter.
    public var effectiveQuery: QuestionQuery {
        var query = home.query
        query.commune = selectedCommune
        query.text = home.filter(.questions)
        return query
    }

    public func rowIDs(_ panel: Panel) -> [String] { homeView.ids(panel) }

    public func rowCount(_ panel: Panel) -> Int { homeView.ids(panel).count }

    /// Where the panel's selection stands now, as a row number and scroll offset.
    public func cursor(_ panel: Panel) -> ListCursor {
        var selection = home.selection(panel)
        selection.resolve(in: homeView.ids(panel), visible: visibleRows(panel))
        return selection.cursor
    }

    public var selectedQuestion: Question? {
        guard home.selection(.questions).id != nil else { return nil }
        var selection = home.selection(.questions)
        selection.resolve(in: homeView.questionIDs, visible: 1)
        return selection.id.flatMap(question)
    }

    public var selectedMeeting: Meeting? {
        var selection = home.selection(.meetings)
        selection.resolve(in: homeView.meetingIDs, visible: 1)
        return selection.id.flatMap(meeting)
    }

    public func question(_ id: String) -> Question? {
        if memo.value.questionIndexRevision == memo.value.revision, let index = memo.value.questionIndex[id],
           network.questions.indices.contains(index), network.questions[index].id == id {
            return network.questions[index]
        }
        return network.questions.first { $0.id == id }
    }

    public func meeting(_ id: String) -> Meeting? {
        network.meetings.first { $0.id == id }
    }

    /// The question the question keys (e, a, >, …) act on, if the screen shows one.
    public var actionQuestion: Question? {
        switch screen {
        case nil: return home.focus == .questions ? selectedQuestion : nil
        case .pager(let pager)?:
            switch pager.page {
            case .detail(.questions): return selectedQuestion
            case .question(let id): return question(id)
            default: return nil
            }
        case .knowledge(let knowledge)?: return knowledge.selectedQuestion(in: self)
        default: return nil
        }
    }

    public func knowledgeHits(_ query: String) -> [KnowledgeSearch.Hit] {
        if let cached = memo.value.knowledge, cached.revision == memo.value.revision, cached.query == query {
            return cached.hits
        }
        return KnowledgeSearch.search(query, in: network.questions, corpus: currentCorpus)
    }

    public var districtSummary: DistrictSummary {
        if let cached = memo.value.district, cached.revision == memo.value.revision { return cached.summary }
        return DistrictSummary(network: network)
    }

    public var needsMatrix: NeedsMatrix {
        if let cached = memo.value.matrix, cached.revision == memo.value.revision { return cached.matrix }
        return NeedsMatrix(network: network)
    }

    /// What the Datenschutz view shows: from the memo while the records and the day stay.
    public var privacyFacts: (inventory: PrivacyInventory, plan: RetentionPlan) {
        if let cached = memo.value.privacy, cached.revision == memo.value.revision, cached.today == today {
            return (cached.inventory, cached.plan)
        }
        return (PrivacyInventory(network), RetentionPlan.make(network, asOf: today, timeZone: timeZone))
    }

    /// A list screen's rows, if the view cache holds them for the records as they are now.
    func listRows<S: ListScreen>(of screen: S) -> [S.Row]? {
        guard let cached = memo.value.list, cached.revision == memo.value.revision else { return nil }
        return cached.rows[screen.rowsKey] as? [S.Row]
    }

    public func measureRows(all: Bool) -> [MeasureRow] {
        if let cached = memo.value.measures, cached.revision == memo.value.revision, cached.all == all, cached.today == today {
            return cached.rows
        }
        return MeasureRows.make(network: network, today: today, all: all)
    }

    /// The communes to choose from, in the order a German reader expects (Möhnesee after
    /// Lippstadt); archived ones are left out.
    public var communesByName: [Commune] {
        network.communes.filter { !$0.archived }.sorted { $0.name.localizedStandardCompareFolded($1.name) }
    }

    public var communeNames: [String: String] {
        Dictionary(network.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    public func suggestions(for meeting: Meeting) -> [Suggestion] {
        Suggestion.make(for: meeting, network: network, today: today, carryTitle: language.meetingScreenTexts.carryTitle)
    }

    /// A new id for a TOP or an outcome: collision-free across machines, like a record's.
    public mutating func newID() -> String {
        RecordID.make(at: now, using: &ids)
    }

    /// The day it is in the district.
    public var today: LocalDate { LocalDate(now, in: timeZone) }

    /// Brings the derived rows up to date and every selection back onto its row. Called
    /// after each change, so that the reducer's bounds and the renderer use one view model.
    public mutating func normalize() {
        refreshMemo()
        // Below the minimum size nothing is drawn; keep the selections for when it grows.
        guard HomeLayout.fits(size) else { return }
        let view = homeView
        for panel in Panel.allCases {
            var selection = home.selection(panel)
            selection.resolve(in: view.ids(panel), visible: visibleRows(panel))
            home.selections[panel] = selection
        }
        // What is on screen: the top, and the screen under a dialog. The others are put
        // right when they come back on top (an agenda under its TOP form keeps pointing at
        // the TOP about to be added).
        guard let last = path.indices.last else { return }
        path[last].normalize(in: self)
        if path[last].isDialog, last > 0 { path[last - 1].normalize(in: self) }
    }

    /// Keeps the home rows for the state as it is now in the memo.
    mutating func rememberHomeView() {
        prepareCorpus()
        let view = homeView
        memo.value.home = view
        // The order of all questions, for the next list made from these records.
        let rows = view.questionRows
        memo.value.order = .init(revision: memo.value.revision, sort: rows.sort, positions: rows.sorted)
    }

    /// Folds the questions' texts when something searches them: a filter typed, the
    /// knowledge base.
    private mutating func prepareCorpus() {
        let revision = memo.value.revision
        let searching = !home.filter(.questions).isEmpty || path.contains { if case .knowledge = $0 { return true } else { return false } }
        if searching, memo.value.corpus?.revision != revision {
            memo.value.corpus = .init(revision: revision, corpus: SearchCorpus(network.questions, reusing: memo.value.corpus?.corpus))
        }
    }

    /// Takes folded texts made elsewhere, if they were made from the questions held now.
    mutating func adopt(_ corpus: SearchCorpus) {
        guard corpus.isMade(from: network.questions) else { return }
        memo.value.corpus = .init(revision: memo.value.revision, corpus: corpus)
    }

    /// The folded texts, if they were made from the records as they are now.
    var currentCorpus: SearchCorpus? {
        memo.value.corpus.flatMap { $0.revision == memo.value.revision ? $0.corpus : nil }
    }

    /// Derives what the screens on the stack show, once, for the state as it is now.
    private mutating func refreshMemo() {
        let revision = memo.value.revision
        if memo.value.questionIndexRevision != revision {
            // Read in place, the first of two equal ids kept: no copy of each question.
            var index = [String: Int](minimumCapacity: network.questions.count)
            network.questions.withUnsafeBufferPointer { questions in
                for position in questions.indices where index[questions[position].id] == nil {
                    index[questions[position].id] = position
                }
            }
            memo.value.questionIndex = index
            memo.value.questionIndexRevision = revision
        }
        rememberHomeView()
        refreshSimilarityIndex()
        refreshMergeCandidates()
        if path.isEmpty, home.focus == .communes, selectedCommune == nil, memo.value.district?.revision != revision {
            memo.value.district = .init(revision: revision, summary: DistrictSummary(network: network))
        }
        if memo.value.list?.revision != revision { memo.value.list = .init(revision: revision, rows: [:]) }
        for destination in path {
            switch destination {
            case .list(let screen):
                let key = screen.base.rowsKey
                if memo.value.list?.rows[key] == nil {
                    let rows = screen.base.makeRowsErased(in: self)
                    memo.value.list?.rows[key] = rows
                }
            case .knowledge(let knowledge):
                if memo.value.knowledge?.revision != revision || memo.value.knowledge?.query != knowledge.query {
                    // Typing on: only the hits of the shorter text can match the longer one.
                    let previous = memo.value.knowledge.flatMap { cached in
                        cached.revision == revision && !cached.query.isEmpty && knowledge.query.hasPrefix(cached.query)
                            && SearchCorpus.Query(knowledge.query).narrows ? cached.hits : nil
                    }
                    memo.value.knowledge = .init(revision: revision, query: knowledge.query,
                                                 hits: KnowledgeSearch.search(knowledge.query, in: network.questions,
                                                                              corpus: currentCorpus, within: previous))
                }
            case .pager(let pager) where pager.page == .privacy:
                if memo.value.privacy?.revision != revision || memo.value.privacy?.today != today {
                    let facts = privacyFacts
                    memo.value.privacy = .init(revision: revision, today: today, inventory: facts.inventory, plan: facts.plan)
                }
            case .matrix:
                if memo.value.matrix?.revision != revision {
                    memo.value.matrix = .init(revision: revision, matrix: NeedsMatrix(network: network))
                }
            case .measures(let measures):
                let cached = memo.value.measures
                if cached?.revision != revision || cached?.all != measures.all || cached?.today != today {
                    memo.value.measures = .init(revision: revision, all: measures.all, today: today,
                                                rows: MeasureRows.make(network: network, today: today, all: measures.all))
                }
            default: break
            }
        }
    }
}
