import LotseStore

/// The view model of the home screen: the rows of its three panels and the district's
/// counts, derived once per change and used both by the reducer (bounds, selections) and
/// by the renderer, which only places them. Each part is derived again only when its own
/// inputs change: a key typed into the questions filter redoes the question rows, not the
/// counts of the communes.
public struct HomeView: Sendable {
    public struct Key: Equatable, Sendable {
        var revision: Int
        var language: Language
        var filters: [Panel: String]
        var query: QuestionQuery
        var showsArchived: Bool
    }

    var key: Key
    /// The commune the questions are filtered by; nil for all communes.
    public var commune: String?
    public var communeRows: [CommuneRow]
    public var questionRows: QuestionList
    public var meetingRows: [MeetingRow]
    /// Each panel's row identities in display order ("" stands for "all communes").
    public var communeIDs: [String]
    public var questionIDs: [String]
    public var meetingIDs: [String]
    /// New questions per month over the last twelve months, per commune (nil: all), for the
    /// sparklines of the communes panel and the needs matrix: counted once per change of
    /// the records, not at every frame.
    public var trends: [String?: [Int]]
    /// Whether some commune's last six months rise or fall: flat lines in a new network
    /// only take the names' room in the communes panel.
    public var hasRecentTrend: Bool
    /// What the question rows were derived from: the query with commune and text.
    var questionQuery: QuestionQuery
    var trendMonth: Int

    public func ids(_ panel: Panel) -> [String] {
        switch panel {
        case .communes: return communeIDs
        case .questions: return questionIDs
        case .meetings: return meetingIDs
        }
    }

    static func make(_ state: AppState) -> HomeView {
        let key = state.homeKey
        let previous = state.memo.value.home
        let sameRecords = previous?.key.revision == key.revision && previous?.key.language == key.language
        let communeRows: [CommuneRow], communeIDs: [String]
        if let previous, sameRecords, previous.key.filters[.communes] == key.filters[.communes],
           previous.key.showsArchived == key.showsArchived {
            (communeRows, communeIDs) = (previous.communeRows, previous.communeIDs)
        } else {
            communeRows = CommuneRows.make(network: state.network, filter: state.home.filter(.communes),
                                           includingArchived: state.home.showsArchived, strings: state.strings)
            communeIDs = communeRows.map { $0.communeID ?? "" }
        }
        let commune = selectedCommune(state.home.selection(.communes), in: communeIDs)
        var query = state.home.query
        query.commune = commune
        query.text = state.home.filter(.questions)
        let questionRows: QuestionList, questionIDs: [String]
        if let previous, previous.key.revision == key.revision, previous.questionQuery == query {
            (questionRows, questionIDs) = (previous.questionRows, previous.questionIDs)
        } else {
            questionRows = QuestionList.make(state, query: query)
            questionIDs = questionRows.ids
        }
        let meetingRows: [MeetingRow]
        if let previous, sameRecords, previous.key.filters[.meetings] == key.filters[.meetings] {
            meetingRows = previous.meetingRows
        } else {
            meetingRows = MeetingRows.make(network: state.network, filter: state.home.filter(.meetings), strings: state.strings)
        }
        let month = LocalDate(state.now, in: state.timeZone).month
        let trends = previous.flatMap { $0.key.revision == key.revision && $0.trendMonth == month ? $0.trends : nil }
            ?? Trend.monthly(state.network, months: 12, now: state.now, timeZone: state.timeZone)
        return HomeView(key: key, commune: commune, communeRows: communeRows, questionRows: questionRows,
                        meetingRows: meetingRows, communeIDs: communeIDs, questionIDs: questionIDs,
                        meetingIDs: meetingRows.map(\.id), trends: trends,
                        hasRecentTrend: trends.values.contains { months in
                            let recent = months.suffix(6)
                            return recent.contains { $0 != recent.first }
                        },
                        questionQuery: query, trendMonth: month)
    }

    /// The commune a selection of the communes panel stands on.
    static func selectedCommune(_ selection: Selection, in ids: [String]) -> String? {
        var selection = selection
        selection.resolve(in: ids, visible: 1)
        return selection.id.flatMap { $0.isEmpty ? nil : $0 }
    }
}
