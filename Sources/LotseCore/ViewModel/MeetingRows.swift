import LotseStore

/// A row of the meetings panel.
public struct MeetingRow: Equatable, Sendable {
    public var id: String
    public var title: String
    public var dateLabel: String
    public var state: Meeting.State
}

public enum MeetingRows {
    public static func make(network: Network, filter: String, strings: Strings) -> [MeetingRow] {
        sorted(network.meetings)
            .filter { TextFolding.matches(filter, in: [$0.title, $0.place]) }
            .map { MeetingRow(id: $0.id, title: $0.title, dateLabel: Format.shortDate($0.start.date), state: $0.state) }
    }

    /// The row to select at start: the next meeting that is not finished, else the last one.
    public static func defaultSelection(in meetings: [Meeting]) -> Int {
        let ordered = sorted(meetings)
        return ordered.firstIndex { $0.state != .finished } ?? max(0, ordered.count - 1)
    }

    static func sorted(_ meetings: [Meeting]) -> [Meeting] {
        meetings.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
    }
}
