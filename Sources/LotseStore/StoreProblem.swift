/// A store file that could not be used. The file stays on disk as it is; the rest of the
/// store opens without it.
public struct StoreProblem: Equatable, Sendable, CustomStringConvertible {
    /// Path relative to the store folder, such as `questions/01H….json`.
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
