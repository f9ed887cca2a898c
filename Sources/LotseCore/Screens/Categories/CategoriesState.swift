/// The list of question categories, to add, rename and remove them; the selection holds
/// the category's name.
public struct CategoriesState: Hashable, Sendable {
    public var selection = Selection()

    public init() {}
}

extension CategoriesState: DestinationState {
    public init?(_ destination: Destination) {
        guard case .categories(let state) = destination else { return nil }
        self = state
    }

    public var destination: Destination { .categories(self) }
}
