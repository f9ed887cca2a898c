/// How far the first reading of the store has come: questions read of all there are.
public struct LoadProgress: Equatable, Sendable {
    public var read: Int
    public var total: Int

    public init(read: Int, total: Int) {
        self.read = read
        self.total = total
    }

    /// From 0 to 1, for a bar.
    public var fraction: Double { total > 0 ? min(1, Double(read) / Double(total)) : 0 }
}
