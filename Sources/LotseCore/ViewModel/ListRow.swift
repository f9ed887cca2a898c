/// One row of a list: spans on the left, a short label flush right.
public struct ListRow: Equatable, Sendable {
    public var spans: [TextSpan]
    public var trailing: TextSpan?

    public init(_ spans: [TextSpan], trailing: TextSpan? = nil) {
        self.spans = spans
        self.trailing = trailing
    }
}
