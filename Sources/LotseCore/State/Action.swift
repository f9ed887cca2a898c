/// Everything that can happen to the app, as messages to the reducer. A resize is a
/// message too, so the state always knows the size it is drawn at.
public enum Action: Hashable, Sendable {
    case key(Key)
    case resize(Size)
}

/// What the reducer asks the outside world to do; the run loop carries it out.
public enum Effect: Hashable, Sendable {
    case quit
    /// Repaint every cell, not only the changed ones (Ctrl-L).
    case repaint
}
