import LotseStore

/// What the agenda screen offers to put on a meeting's agenda: open questions, those
/// raised by several communes first, and the open measures of earlier meetings.
public enum Suggestion: Hashable, Sendable {
    case question(Question)
    case measure(MeasureRow)

    /// The suggestion's identity for a selection.
    public var id: String {
        switch self {
        case .question(let question): return question.id
        case .measure(let row): return row.id
        }
    }

    public static func make(for meeting: Meeting, network: Network, today: LocalDate, carryTitle: String) -> [Suggestion] {
        let scheduled = Set(meeting.agenda.flatMap(\.questions))
        let questions = network.questions
            .filter { ($0.status == .open || $0.status == .clarifying) && !scheduled.contains($0.id) }
            .sorted { ($0.communes.count, $0.created, $0.id) > ($1.communes.count, $1.created, $1.id) }
        // Carried measures are known by their id; in agendas written before ids, by their text.
        let carriedIDs = Set(meeting.agenda.flatMap(\.carriedMeasures))
        let carried = meeting.agenda.first { $0.title == carryTitle }?.description ?? ""
        let measures = MeasureRows.make(network: network, today: today, all: false)
            .filter { $0.meetingID != meeting.id && $0.meetingDate < meeting.start.date }
            .filter { !carriedIDs.contains($0.outcomeID) && (!carriedIDs.isEmpty || !carried.contains($0.text)) }
        let bundled = questions.filter { $0.communes.count > 1 }
        let single = questions.filter { $0.communes.count <= 1 }
        return bundled.map(Suggestion.question) + measures.map(Suggestion.measure) + single.map(Suggestion.question)
    }
}
