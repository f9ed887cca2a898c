/// The values that lost when two machines changed the same field: the list, and the
/// selected one's two values in full below it. The selection holds the conflict's id.
public struct ConflictsState: Hashable, Sendable {
    public var selection = Selection()

    public init() {}

    /// Rows of the list: the upper part of the frame; the rest shows both values.
    public static func rows(_ size: Size) -> Int { max(1, (size.height - 4) / 2 - 1) }
}

extension ConflictsState: DestinationState {
    public init?(_ destination: Destination) {
        guard case .conflicts(let state) = destination else { return nil }
        self = state
    }

    public var destination: Destination { .conflicts(self) }
}
