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
    /// Answers a coordinator decided against when two met in a sync: kept, not lost, and
    /// shown with the question as earlier answers (internal, never published).
    public var earlierAnswers: [Answer]?
    /// The answer released for the volunteers' guide, if it is.
    public var release: Release?

    static let earlierAnswersField = "earlierAnswers"

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

extension Array where Element == String {
    /// Each item once, in order: a question's communes, even where a file names one twice,
    /// so that counts per commune take a question once. No set is made: at 100,000
    /// questions that would be 100,000 allocations for one count. A loop over many
    /// questions calls it on `questions[i].communes`, which reads the one field in place;
    /// a method of the question itself would copy the whole question first.
    public func forEachOnce(_ body: (String) -> Void) {
        for (position, item) in enumerated() where !self[..<position].contains(item) {
            body(item)
        }
    }
}

/// The answer to a question. Its fields live in one shared box, copied on write: most
/// questions are not answered yet, and an answer held in place would make each of
/// 100,000 questions some sixty bytes larger whether it has one or not.
public struct Answer: Codable, Hashable, Sendable {
    private final class Box: @unchecked Sendable {
        var text: String
        var sources: [String]
        var by: String
        var date: Date
        var meeting: String?

        init(text: String, sources: [String], by: String, date: Date, meeting: String?) {
            self.text = text
            self.sources = sources
            self.by = by
            self.date = date
            self.meeting = meeting
        }

        var copy: Box { Box(text: text, sources: sources, by: by, date: date, meeting: meeting) }
    }

    private var box: Box

    /// The box to change: a copy first when another answer shares it.
    private var unique: Box {
        mutating get {
            if !isKnownUniquelyReferenced(&box) { box = box.copy }
            return box
        }
    }

    public var text: String {
        get { box.text }
        set { unique.text = newValue }
    }
    public var sources: [String] {
        get { box.sources }
        set { unique.sources = newValue }
    }
    public var by: String {
        get { box.by }
        set { unique.by = newValue }
    }
    public var date: Date {
        get { box.date }
        set { unique.date = newValue }
    }
    /// The meeting whose decision answered the question, if it was answered there.
    public var meeting: String? {
        get { box.meeting }
        set { unique.meeting = newValue }
    }

    public init(text: String, sources: [String] = [], by: String, date: Date, meeting: String? = nil) {
        box = Box(text: text, sources: sources, by: by, date: date, meeting: meeting)
    }

    private enum CodingKeys: String, CodingKey {
        case text, sources, by, date, meeting
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(text: try container.decode(String.self, forKey: .text),
                  sources: try container.decode([String].self, forKey: .sources),
                  by: try container.decode(String.self, forKey: .by),
                  date: try container.decode(Date.self, forKey: .date),
                  meeting: try container.decodeIfPresent(String.self, forKey: .meeting))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(sources, forKey: .sources)
        try container.encode(by, forKey: .by)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(meeting, forKey: .meeting)
    }

    public static func == (lhs: Answer, rhs: Answer) -> Bool {
        lhs.box === rhs.box || (lhs.text == rhs.text && lhs.sources == rhs.sources && lhs.by == rhs.by
            && lhs.date == rhs.date && lhs.meeting == rhs.meeting)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(sources)
        hasher.combine(by)
        hasher.combine(date)
        hasher.combine(meeting)
    }
}
