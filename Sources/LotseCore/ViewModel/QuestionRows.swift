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
}

public enum QuestionRows {
    /// Open questions of one commune (or all), newest first, narrowed by the text filter.
    public static func make(network: Network, commune: String?, filter: String) -> [QuestionRow] {
        network.questions
            .filter { $0.status.isOpen }
            .filter { commune == nil || $0.communes.contains(commune ?? "") }
            .filter { TextFolding.matches(filter, in: [$0.title, $0.body, $0.category] + $0.tags) }
            .sorted { ($0.created, $0.id) > ($1.created, $1.id) }
            .map {
                QuestionRow(id: $0.id, title: $0.title, status: $0.status, category: $0.category,
                            communeCount: $0.communes.count, created: $0.created)
            }
    }
}
