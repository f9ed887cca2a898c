import LotseCore

/// What the terminal reports to the run loop.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
}
