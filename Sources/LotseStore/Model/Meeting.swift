import Foundation

/// A meeting of the network, with its agenda (Tagesordnung) and outcomes.
public struct Meeting: Codable, Hashable, Sendable, Identifiable {
    public enum State: String, KnownValue, Sendable {
        case planned
        case running
        case finished
    }

    public var id: String
    public var title: String
    /// Wall-clock time in the district, so that a meeting at 14:00 stays at 14:00 on a
    /// machine set to another time zone.
    public var start: LocalDateTime
    public var place: String
    public var state: State
    public var invited: [String]
    public var attendance: [Attendance]
    public var agenda: [AgendaItem]
    /// The TOP the meeting is at while it runs (an index into `agenda`). Stored, like the
    /// timer spans, so that a restarted dashboard picks the meeting up where it was.
    public var currentItem: Int?
    /// When the minutes were approved (freigegeben); nil while they are a draft (Entwurf).
    public var minutesApproved: Date?

    public init(
        id: String, title: String, start: LocalDateTime, place: String, state: State = .planned,
        invited: [String] = [], attendance: [Attendance] = [], agenda: [AgendaItem] = []
    ) {
        self.id = id
        self.title = title
        self.start = start
        self.place = place
        self.state = state
        self.invited = invited
        self.attendance = attendance
        self.agenda = agenda
    }

    public var plannedMinutes: Int { agenda.reduce(0) { $0 + $1.plannedMinutes } }

    /// Invited communes that came, invited ones that did not, and guests: communes present
    /// without an invitation. The three add up, unlike "6 von 5 Kommunen".
    public var attendanceSummary: (present: [String], absent: [String], guests: [String]) {
        let here = attendance.map(\.commune)
        return (invited.filter(here.contains), invited.filter { !here.contains($0) }, here.filter { !invited.contains($0) })
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, start, place, state, invited, attendance, agenda, currentItem, minutesApproved
    }

    /// TOPs and outcomes written before they had ids get ids derived from their meeting
    /// and place, the same on every machine, so that two clones of an old file still
    /// merge them by identity.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        start = try container.decode(LocalDateTime.self, forKey: .start)
        place = try container.decode(String.self, forKey: .place)
        state = try container.decode(State.self, forKey: .state)
        invited = try container.decode([String].self, forKey: .invited)
        attendance = try container.decode([Attendance].self, forKey: .attendance)
        agenda = try container.decode([AgendaItem].self, forKey: .agenda)
        currentItem = try container.decodeIfPresent(Int.self, forKey: .currentItem)
        minutesApproved = try container.decodeIfPresent(Date.self, forKey: .minutesApproved)
        assignMissingIDs()
    }

    /// Gives TOPs and outcomes without an id one derived from the meeting and their place.
    /// Done when a file is read and before one is written, so memory and disk agree.
    public mutating func assignMissingIDs() {
        for index in agenda.indices {
            if agenda[index].id.isEmpty { agenda[index].id = "\(id)-\(index + 1)" }
            for o in agenda[index].outcomes.indices where agenda[index].outcomes[o].id.isEmpty {
                agenda[index].outcomes[o].id = "\(agenda[index].id)-\(o + 1)"
            }
        }
    }
}

public struct Attendance: Codable, Hashable, Sendable {
    public var commune: String
    public var persons: [String]

    public init(commune: String, persons: [String] = []) {
        self.commune = commune
        self.persons = persons
    }
}

/// A TOP (Tagesordnungspunkt).
public struct AgendaItem: Codable, Hashable, Sendable {
    /// Stable across reordering and renumbering, so that edits from two machines merge
    /// by identity.
    public var id: String
    public var number: Int
    public var title: String
    public var presenter: String
    public var plannedMinutes: Int
    public var description: String
    public var questions: [String]
    public var notes: String
    public var outcomes: [Outcome]
    /// When the TOP was discussed: one span per start of the timer, the last one open while
    /// it runs. Instants, not wall-clock times, so a pause over midnight or a time-zone
    /// change cannot bend the sum.
    public var spans: [TimeSpan]
    /// The ids of earlier meetings' open measures carried into this TOP, so that each is
    /// offered once.
    public var carriedMeasures: [String]

    public init(
        id: String = "", number: Int, title: String, presenter: String = "", plannedMinutes: Int,
        description: String = "", questions: [String] = [], notes: String = "",
        outcomes: [Outcome] = [], spans: [TimeSpan] = [], carriedMeasures: [String] = []
    ) {
        self.id = id
        self.carriedMeasures = carriedMeasures
        self.number = number
        self.title = title
        self.presenter = presenter
        self.plannedMinutes = plannedMinutes
        self.description = description
        self.questions = questions
        self.notes = notes
        self.outcomes = outcomes
        self.spans = spans
    }

    /// A day: no TOP is planned longer.
    public static let maximumMinutes = 1440

    /// Stores written before the timer existed have no spans; they read as never started.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        carriedMeasures = try container.decodeIfPresent([String].self, forKey: .carriedMeasures) ?? []
        number = try container.decode(Int.self, forKey: .number)
        title = try container.decode(String.self, forKey: .title)
        presenter = try container.decode(String.self, forKey: .presenter)
        plannedMinutes = try container.decode(Int.self, forKey: .plannedMinutes)
        // Every value that is accepted must be one the timer and the exports can reckon with.
        guard (0...Self.maximumMinutes).contains(plannedMinutes) else {
            throw DecodingError.dataCorruptedError(forKey: .plannedMinutes, in: container,
                                                   debugDescription: "\(plannedMinutes) is not between 0 and \(Self.maximumMinutes) minutes")
        }
        description = try container.decode(String.self, forKey: .description)
        questions = try container.decode([String].self, forKey: .questions)
        notes = try container.decode(String.self, forKey: .notes)
        outcomes = try container.decode([Outcome].self, forKey: .outcomes)
        spans = try container.decodeIfPresent([TimeSpan].self, forKey: .spans) ?? []
    }
}

/// A stretch of time in which a TOP's timer ran.
public struct TimeSpan: Codable, Hashable, Sendable {
    public var start: Date
    /// Nil while the timer runs.
    public var end: Date?

    public init(start: Date, end: Date? = nil) {
        self.start = start
        self.end = end
    }
}

/// What a TOP produced: information, a decision (Beschluss) or a measure (Maßnahme).
public struct Outcome: Codable, Hashable, Sendable {
    /// Stable, so that outcomes captured on two machines in one meeting both stay.
    public var id: String
    public enum Kind: String, KnownValue, Sendable {
        case info
        case decision
        case measure
        /// A note for the network's own eyes: hidden on the projector and left out of the
        /// minutes unless asked for.
        case `internal`
    }

    public enum MeasureStatus: String, KnownValue, Sendable {
        case open
        case done
        case dropped
    }

    public var kind: Kind
    public var text: String
    public var owner: String?
    public var communes: [String]
    public var due: LocalDate?
    public var status: MeasureStatus?
    /// The question a decision answered, so that the question can point back here.
    public var question: String?

    public init(
        id: String = "", kind: Kind, text: String, owner: String? = nil, communes: [String] = [],
        due: LocalDate? = nil, status: MeasureStatus? = nil, question: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.owner = owner
        self.communes = communes
        self.due = due
        self.status = status
        self.question = question
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, text, owner, communes, due, status, question
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        kind = try container.decode(Kind.self, forKey: .kind)
        text = try container.decode(String.self, forKey: .text)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        communes = try container.decode([String].self, forKey: .communes)
        due = try container.decodeIfPresent(LocalDate.self, forKey: .due)
        status = try container.decodeIfPresent(MeasureStatus.self, forKey: .status)
        question = try container.decodeIfPresent(String.self, forKey: .question)
    }
}
