/// The meeting on the projector. Internal notes and the names of those present are shown
/// only when asked, and only for as long as this screen is open.
public struct MeetingModeState: Hashable, Sendable {
    public var meetingID: String
    public var showInternal = false
    /// The outcome of the current TOP selected with ↑↓, to correct or remove; nil: none.
    public var outcome: String?

    public init(meetingID: String) {
        self.meetingID = meetingID
    }
}

extension MeetingModeState: DestinationState {
    public init?(_ destination: Destination) {
        guard case .meetingMode(let state) = destination else { return nil }
        self = state
    }

    public var destination: Destination { .meetingMode(self) }
}
