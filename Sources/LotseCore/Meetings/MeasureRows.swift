import LotseStore

/// A measure (Maßnahme) of some meeting, as the measures list shows it.
public struct MeasureRow: Hashable, Sendable {
    public var meetingID: String
    /// The outcome's own id, which stays when TOPs are reordered.
    public var outcomeID: String
    public var item: Int
    public var outcome: Int
    public var text: String
    public var owner: String
    public var due: LocalDate?
    public var status: Outcome.MeasureStatus
    public var meetingDate: LocalDate
    public var itemNumber: Int
    /// Open and past its due date.
    public var isOverdue: Bool

    /// The measure's identity for a selection.
    public var id: String { outcomeID.isEmpty ? "\(meetingID)/\(item)/\(outcome)" : outcomeID }
}

public enum MeasureRows {
    /// Open measures first, the most urgent on top; done and dropped ones only when asked.
    public static func make(network: Network, today: LocalDate, all: Bool) -> [MeasureRow] {
        var rows: [MeasureRow] = []
        for meeting in network.meetings {
            for (i, item) in meeting.agenda.enumerated() {
                for (o, outcome) in item.outcomes.enumerated() where outcome.kind == .measure {
                    let status = outcome.status ?? .open
                    guard all || status == .open else { continue }
                    rows.append(MeasureRow(
                        meetingID: meeting.id, outcomeID: outcome.id, item: i, outcome: o, text: outcome.text, owner: outcome.owner ?? "",
                        due: outcome.due, status: status, meetingDate: meeting.start.date, itemNumber: item.number,
                        isOverdue: status == .open && outcome.due.map { $0 < today } == true))
                }
            }
        }
        return rows.sorted { a, b in
            if (a.status == .open) != (b.status == .open) { return a.status == .open }
            let far = LocalDate(year: 9999, month: 12, day: 31)
            return (a.due ?? far, a.meetingDate, a.text) < (b.due ?? far, b.meetingDate, b.text)
        }
    }
}
