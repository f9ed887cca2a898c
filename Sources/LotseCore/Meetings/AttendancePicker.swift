import LotseStore

/// Ticking off the communes present, in meeting mode, and who came from each (`n`).
/// Names are personal data: the dialog shows them only while internal details are shown.
public struct AttendancePicker: Hashable, Sendable {
    public var meetingID: String
    public var present: Set<String>
    /// The names of those present, per commune.
    public var persons: [String: [String]]
    /// The commune under the cursor.
    public var selection: Selection
    /// The names of the commune under the cursor being typed, comma-separated; nil when
    /// the dialog is not in that line.
    public var editing: TextEditor?

    public init(_ meeting: Meeting) {
        meetingID = meeting.id
        present = Set(meeting.attendance.map(\.commune))
        persons = Dictionary(meeting.attendance.map { ($0.commune, $0.persons) }, uniquingKeysWith: { a, _ in a })
        selection = Selection()
        editing = nil
    }

    /// Starts typing the names of the commune under the cursor.
    public mutating func editNames() {
        guard let id = selection.id else { return }
        editing = TextEditor((persons[id] ?? []).joined(separator: ", "))
    }

    /// Takes the typed names; a commune with names counts as present.
    public mutating func takeNames() {
        guard let id = selection.id, let text = editing?.text else { return }
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        persons[id] = names
        if !names.isEmpty { present.insert(id) }
        editing = nil
    }

    /// The meeting with this attendance, in the order of the communes' names.
    public func applied(to meeting: Meeting, order: [Commune]) -> Meeting {
        var meeting = meeting
        meeting.attendance = order.filter { present.contains($0.id) }.map { Attendance(commune: $0.id, persons: persons[$0.id] ?? []) }
        return meeting
    }
}
