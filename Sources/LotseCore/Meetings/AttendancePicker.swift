import LotseStore

/// Ticking off the communes present, in meeting mode. The persons already recorded for
/// a commune stay with it.
public struct AttendancePicker: Hashable, Sendable {
    public var meetingID: String
    public var present: Set<String>
    /// The commune under the cursor.
    public var selection: Selection

    public init(_ meeting: Meeting) {
        meetingID = meeting.id
        present = Set(meeting.attendance.map(\.commune))
        selection = Selection()
    }

    /// The meeting with this attendance, in the order of the communes' names.
    public func applied(to meeting: Meeting, order: [Commune]) -> Meeting {
        var meeting = meeting
        let persons = Dictionary(meeting.attendance.map { ($0.commune, $0.persons) }, uniquingKeysWith: { a, _ in a })
        meeting.attendance = order.filter { present.contains($0.id) }.map { Attendance(commune: $0.id, persons: persons[$0.id] ?? []) }
        return meeting
    }
}
