import Foundation
import LotseStore

/// A row of the open-questions panel.
public struct QuestionRow: Equatable, Sendable {
    public var id: String
    public var title: String
    public var status: QuestionStatus
    public var category: String
    /// How many communes raised it; more than one means a bundled need.
    public var communeCount: Int
    public var created: Date
    /// The communes' names and who clarifies it: the wide panel's extra columns.
    public var communes: [String]
    public var assignee: String?
}

public enum QuestionRows {
    /// The questions a query selects, in its order.
    public static func make(network: Network, query: QuestionQuery) -> [QuestionRow] {
        let names = Dictionary(network.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return query.apply(to: network.questions, communeNames: names)
            .map {
                QuestionRow(id: $0.id, title: $0.title, status: $0.status, category: $0.category,
                            communeCount: $0.communes.count, created: $0.created,
                            communes: $0.communes.map { names[$0] ?? $0 }, assignee: $0.assignee)
            }
    }
}

/// The question rows a query selects, made only for the rows that are looked at: at
/// 100,000 questions a list of rows would cost more than the screen that shows thirty.
public struct QuestionList: RandomAccessCollection, Sendable {
    let questions: [Question]
    /// Every question's position, in the query's order before filtering; kept while the
    /// records and the order stay, so that a filter does not sort again.
    let sorted: [Int32]
    /// The positions of the rows, in order.
    let rows: [Int32]
    let names: [String: String]
    let sort: QuestionQuery.Sort

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(position: Int) -> QuestionRow {
        let question = questions[Int(rows[position])]
        return QuestionRow(id: question.id, title: question.title, status: question.status, category: question.category,
                           communeCount: question.communes.count, created: question.created,
                           communes: question.communes.map { names[$0] ?? $0 }, assignee: question.assignee)
    }

    var ids: [String] { rows.map { questions[Int($0)].id } }

    static func make(_ state: AppState, query: QuestionQuery) -> QuestionList {
        let questions = state.network.questions
        let names = Dictionary(state.network.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let sorted = state.memo.value.order.flatMap { $0.revision == state.memo.value.revision && $0.sort == query.sort ? $0.positions : nil }
            ?? query.order(questions, communeNames: names)
        var fields = query
        fields.text = ""
        let corpus = state.currentCorpus
        let text = SearchCorpus.Query(query.text)
        var rows: [Int32] = []
        let folded = FoldedFilters(query)
        let plain = fields.isEmptyButStatuses
        // The statuses by their place in the list of all, for a test without hashing.
        let statuses = QuestionStatus.allCases.map { fields.statuses.isEmpty || fields.statuses.contains($0) }
        // Typing on: only the rows of the shorter text can match the longer one.
        var candidates = sorted
        if let previous = state.memo.value.home, previous.key.revision == state.memo.value.revision,
           previous.questionRows.sort == query.sort, previous.questionQuery.narrowed(by: query), text.narrows {
            candidates = previous.questionRows.rows
            // Back into the order before turning round; turned again below if asked.
            if previous.questionQuery.reversed { candidates.reverse() }
        }
        questions.withUnsafeBufferPointer { questions in
            for position in candidates {
                // Read in place: a copy of each question would cost more than the test.
                if plain {
                    guard statuses[questions[Int(position)].status.ordinal] else { continue }
                } else {
                    guard fields.matchesFields(questions[Int(position)], folded: folded) else { continue }
                }
                if !text.isEmpty {
                    if let corpus {
                        guard corpus.matches(text, at: Int(position)) else { continue }
                    } else if !query.matchesText(questions[Int(position)]) {
                        continue
                    }
                }
                rows.append(position)
            }
        }
        if query.reversed { rows.reverse() }
        return QuestionList(questions: questions, sorted: sorted, rows: rows, names: names, sort: query.sort)
    }
}
