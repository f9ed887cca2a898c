import LotseCore

/// What the run loop needs of a terminal (after ratatui's `Backend`): draw a buffer,
/// report keys and resizes. ncurses in production; `TestBackend` in tests, so that the
/// loop, its writes, ticks and reloads are tested without a real terminal.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Draws a whole buffer; `repaint` asks for every cell, not only the changed ones.
    func draw(_ buffer: Buffer, repaint: Bool)
    /// Waits a short while for a key or a resize; nil when nothing happened. Without
    /// `wait`, only what has already arrived (the rest of a paste) is read.
    func nextEvent(wait: Bool) -> TerminalEvent?
    /// Waits at most this long for a key or a resize: shorter while work in the
    /// background is to be shown as soon as it is done (the first questions read).
    func nextEvent(waitingAtMost milliseconds: Int) -> TerminalEvent?
    /// Whether Ctrl-C was pressed since the last call.
    func takeInterrupt() -> Bool
    /// The signal that asked Lotse to end (SIGTERM, SIGHUP when the window closed,
    /// SIGQUIT), once; Lotse keeps unsaved form text as a draft and ends.
    func takeTermination() -> Int32?
    /// True once the terminal is gone (a closed window, a script that ran out).
    var isClosed: Bool { get }
    /// Whether a turn without an event lets the loop's background reads finish first: a
    /// script's idle step means "and whatever that set off has arrived", so that tests of
    /// a loop with threads stay deterministic. A real terminal never waits.
    var settlesBackgroundWork: Bool { get }
}

extension TerminalBackend {
    public var settlesBackgroundWork: Bool { false }

    public func nextEvent(waitingAtMost milliseconds: Int) -> TerminalEvent? { nextEvent(wait: milliseconds > 0) }
}
