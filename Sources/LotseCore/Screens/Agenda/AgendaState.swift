/// A meeting's agenda being prepared. TOPs have no ids of their own yet, so the selection
/// is the TOP's place; reordering moves it along with the TOP.
public struct AgendaState: Hashable, Sendable {
    public var meetingID: String
    public var item: Int
    /// The selected TOP's outcome chosen with `o`, to correct or remove; nil: none.
    public var outcome: String?

    public init(meetingID: String, item: Int = 0) {
        self.meetingID = meetingID
        self.item = item
    }
}

extension AgendaState: DestinationState {
    public init?(_ destination: Destination) {
        guard case .agenda(let state) = destination else { return nil }
        self = state
    }

    public var destination: Destination { .agenda(self) }
}
