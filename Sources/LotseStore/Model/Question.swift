import Foundation

/// A question that volunteers brought to a coordinator, written as a general case.
/// There are deliberately no fields for data about a refugee (DSGVO).
public struct Question: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// Communes that raised it. More than one means the need is bundled.
    public var communes: [String]
    public var title: String
    public var body: String
    public var category: String
    public var tags: [String]
    public var status: QuestionStatus
    public var created: Date
    public var updated: Date
    /// The coordinator who logged it, never the volunteer or the refugee.
    public var loggedBy: String
    /// Who clarifies it: the KI, a commune, an authority.
    public var assignee: String?
    public var answer: Answer?
    /// The question this one was merged into. Links to agenda items live in the meeting
    /// records only, so that there is one place to keep them right.
    public var duplicateOf: String?

    public init(
        id: String, communes: [String], title: String, body: String = "", category: String,
        tags: [String] = [], status: QuestionStatus = .open, created: Date, updated: Date? = nil,
        loggedBy: String, assignee: String? = nil, answer: Answer? = nil,
        duplicateOf: String? = nil
    ) {
        self.id = id
        self.communes = communes
        self.title = title
        self.body = body
        self.category = category
        self.tags = tags
        self.status = status
        self.created = created
        self.updated = updated ?? created
        self.loggedBy = loggedBy
        self.assignee = assignee
        self.answer = answer
        self.duplicateOf = duplicateOf
    }
}

public struct Answer: Codable, Hashable, Sendable {
    public var text: String
    public var sources: [String]
    public var by: String
    public var date: Date
    /// The meeting whose decision answered the question, if it was answered there.
    public var meeting: String?

    public init(text: String, sources: [String] = [], by: String, date: Date, meeting: String? = nil) {
        self.meeting = meeting
        self.text = text
        self.sources = sources
        self.by = by
        self.date = date
    }
}
