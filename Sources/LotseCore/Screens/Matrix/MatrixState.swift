/// Bedarfe: the selected cell of the needs matrix, by commune id and category name, so
/// that it stays on its cell when a reload adds rows or columns.
public struct MatrixState: Hashable, Sendable {
    public var row = Selection()
    public var column = Selection()

    public init() {}
}

extension MatrixState: DestinationState {
    public init?(_ destination: Destination) {
        guard case .matrix(let state) = destination else { return nil }
        self = state
    }

    public var destination: Destination { .matrix(self) }
}
