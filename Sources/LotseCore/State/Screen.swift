/// What fills the terminal. The home screen is always underneath; the others are levels
/// that Esc leaves one at a time.
public enum Screen: Hashable, Sendable {
    case home
    /// The full-screen detail of the selected row of a panel.
    case detail(Panel)
    case help
    case problems

    public var keyContext: KeyBinding.Context { self == .home ? .home : .pager }
}

/// A screen above home and how far it is scrolled.
public struct Level: Hashable, Sendable {
    public var screen: Screen
    public var offset: Int

    public init(_ screen: Screen, offset: Int = 0) {
        self.screen = screen
        self.offset = offset
    }
}
