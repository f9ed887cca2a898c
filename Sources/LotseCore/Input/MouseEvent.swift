/// What the mouse did, in screen cells: terminal-neutral like `Key`, so that the reducer
/// and its tests need no ncurses. The mouse is optional; everything works by keyboard.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The left button went down and up on the same cell.
        case click
        case doubleClick
        case wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
