/// A meeting of the network, with its agenda (Tagesordnung) and outcomes.
public struct Meeting: Codable, Equatable, Sendable, Identifiable {
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
}

public struct Attendance: Codable, Equatable, Sendable {
    public var commune: String
    public var persons: [String]

    public init(commune: String, persons: [String] = []) {
        self.commune = commune
        self.persons = persons
    }
}

/// A TOP (Tagesordnungspunkt).
public struct AgendaItem: Codable, Equatable, Sendable {
    public var number: Int
    public var title: String
    public var presenter: String
    public var plannedMinutes: Int
    public var description: String
    public var questions: [String]
    public var notes: String
    public var outcomes: [Outcome]

    public init(
        number: Int, title: String, presenter: String = "", plannedMinutes: Int,
        description: String = "", questions: [String] = [], notes: String = "",
        outcomes: [Outcome] = []
    ) {
        self.number = number
        self.title = title
        self.presenter = presenter
        self.plannedMinutes = plannedMinutes
        self.description = description
        self.questions = questions
        self.notes = notes
        self.outcomes = outcomes
    }
}

/// What a TOP produced: information, a decision (Beschluss) or a measure (Maßnahme).
public struct Outcome: Codable, Equatable, Sendable {
    public enum Kind: String, KnownValue, Sendable {
        case info
        case decision
        case measure
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

    public init(
        kind: Kind, text: String, owner: String? = nil, communes: [String] = [],
        due: LocalDate? = nil, status: MeasureStatus? = nil
    ) {
        self.kind = kind
        self.text = text
        self.owner = owner
        self.communes = communes
        self.due = due
        self.status = status
    }
}
