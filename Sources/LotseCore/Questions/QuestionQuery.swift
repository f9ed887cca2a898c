import Foundation
import LotseStore

/// Which questions to show and in what order: the question panel's filters and the
/// `lotse questions list` options are the same value.
public struct QuestionQuery: Hashable, Sendable {
    public enum Sort: String, CaseIterable, Sendable {
        case date, commune, category, status
    }

    /// Empty means every status.
    public var statuses: Set<QuestionStatus>
    public var commune: String?
    public var category: String?
    public var tag: String?
    public var assignee: String?
    public var text: String
    public var sort: Sort
    /// The order turned round: oldest first, Z to A.
    public var reversed = false

    public init(statuses: Set<QuestionStatus> = [], commune: String? = nil, category: String? = nil,
                tag: String? = nil, assignee: String? = nil, text: String = "", sort: Sort = .date) {
        self.statuses = statuses
        self.commune = commune
        self.category = category
        self.tag = tag
        self.assignee = assignee
        self.text = text
        self.sort = sort
    }

    /// What the questions panel shows at start: the open ones.
    public static let open = QuestionQuery(statuses: [.open, .clarifying])

    public func matches(_ question: Question) -> Bool {
        matchesFields(question, folded: FoldedFilters(self)) && matchesText(question)
    }

    /// The text condition alone: every word of it in the question's texts.
    func matchesText(_ question: borrowing Question) -> Bool {
        text.isEmpty
            || TextFolding.matches(text, in: [question.title, question.body, question.category, question.answer?.text ?? ""] + question.tags)
    }

    /// Every condition but the text, with the filter values folded once beforehand.
    func matchesFields(_ question: borrowing Question, folded: FoldedFilters) -> Bool {
        (statuses.isEmpty || statuses.contains(question.status))
            && (commune.map { question.communes.contains($0) } ?? true)
            && (folded.category.map { $0 == folded.fold(question.category) } ?? true)
            && (folded.tag.map { tag in question.tags.contains { folded.fold($0) == tag } } ?? true)
            && (assignee.map { TextFolding.matches($0, in: [question.assignee ?? ""]) } ?? true)
    }

    /// Whether `other` asks for the same as this query and more text after this one's:
    /// then only this query's matches can match it.
    func narrowed(by other: QuestionQuery) -> Bool {
        var same = other
        same.text = text
        same.reversed = reversed
        return same == self && !text.isEmpty && other.text.count > text.count && other.text.hasPrefix(text)
    }

    /// Whether nothing but the statuses narrows the questions (the usual case).
    var isEmptyButStatuses: Bool { commune == nil && category == nil && tag == nil && assignee == nil }

    /// The positions of all questions, or of those `chosen`, in this query's order (not
    /// turned round).
    func order(_ questions: [Question], communeNames: [String: String], among chosen: [Int32]? = nil) -> [Int32] {
        let created = questions.map { $0.created.timeIntervalSinceReferenceDate }
        let newestFirst: (Int32, Int32) -> Bool = { a, b in
            let x = created[Int(a)], y = created[Int(b)]
            return x != y ? x > y : questions[Int(a)].id > questions[Int(b)].id
        }
        var positions = chosen ?? Array(0..<Int32(questions.count))
        switch sort {
        case .date:
            positions.sort(by: newestFirst)
        case .commune:
            let names = questions.map { q in TextFolding.fold(q.communes.compactMap { communeNames[$0] }.sorted().first ?? "") }
            positions.sort { names[Int($0)] == names[Int($1)] ? newestFirst($0, $1) : names[Int($0)] < names[Int($1)] }
        case .category:
            var folded: [String: String] = [:]
            let keys = questions.map { q in
                if let known = folded[q.category] { return known }
                let key = TextFolding.fold(q.category)
                folded[q.category] = key
                return key
            }
            positions.sort { keys[Int($0)] == keys[Int($1)] ? newestFirst($0, $1) : keys[Int($0)] < keys[Int($1)] }
        case .status:
            let ranks = questions.map { QuestionStatus.allCases.firstIndex(of: $0.status) ?? 0 }
            positions.sort { ranks[Int($0)] == ranks[Int($1)] ? newestFirst($0, $1) : ranks[Int($0)] < ranks[Int($1)] }
        }
        return positions
    }

    public func apply(to questions: [Question], communeNames: [String: String]) -> [Question] {
        let folded = FoldedFilters(self)
        // Positions are chosen and sorted, not the records: a record copied copies all its
        // fields, and each is copied once, into the result.
        let chosen = questions.withUnsafeBufferPointer { questions in
            (0..<Int32(questions.count)).filter { matchesFields(questions[Int($0)], folded: folded) && matchesText(questions[Int($0)]) }
        }
        let positions = order(questions, communeNames: communeNames, among: chosen)
        return (reversed ? positions.reversed() : positions).map { questions[Int($0)] }
    }

    /// True when nothing but the default open-status filter is set.
    public var isDefault: Bool {
        statuses == QuestionQuery.open.statuses && category == nil && tag == nil && assignee == nil
    }
}

/// A query's category and tag, folded once, and the folded form of each category and tag
/// the questions use, folded once per distinct text rather than once per question.
final class FoldedFilters {
    let category: String?
    let tag: String?
    private var cache: [String: String] = [:]

    init(_ query: QuestionQuery) {
        category = query.category.map(TextFolding.fold)
        tag = query.tag.map(TextFolding.fold)
    }

    func fold(_ text: String) -> String {
        if let known = cache[text] { return known }
        let folded = TextFolding.fold(text)
        cache[text] = folded
        return folded
    }
}
