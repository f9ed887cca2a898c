import LotseStore

/// The coordinators of one commune, to add, edit and remove them. Coordinators have no
/// ids of their own (two entries may share a name), so the selection holds the row's
/// position.
public struct CoordinatorsState: Hashable, Sendable {
    public var communeID: String
    public var selection = Selection()

    public init(communeID: String) {
        self.communeID = communeID
    }

    /// The commune as it is now; nil once it is gone (merged or removed elsewhere).
    public func commune(in state: AppState) -> Commune? {
        state.network.communes.first { $0.id == communeID }
    }

    /// The ids the selection follows: each row's position.
    func rowIDs(in state: AppState) -> [String] {
        (commune(in: state)?.coordinators.indices).map { $0.map(String.init) } ?? []
    }
}

extension CoordinatorsState: DestinationState {
    public init?(_ destination: Destination) {
        guard case .coordinators(let state) = destination else { return nil }
        self = state
    }

    public var destination: Destination { .coordinators(self) }
}
