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
