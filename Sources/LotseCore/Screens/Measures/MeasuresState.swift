/// The measures of all meetings, open ones first; the selection holds the measure's
/// identity (meeting, TOP and place), and `all` adds done and dropped ones.
public struct MeasuresState: Hashable, Sendable {
    public var selection = Selection()
    public var all = false

    public init() {}

    /// Rows of the list on screen: all but the bars, the frame and the heading.
    public static func visible(_ size: Size) -> Int { max(1, size.height - 5) }
}

extension MeasuresState: DestinationState {
    public init?(_ destination: Destination) {
        guard case .measures(let state) = destination else { return nil }
        self = state
    }

    public var destination: Destination { .measures(self) }
}
