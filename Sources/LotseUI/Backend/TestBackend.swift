import LotseCore

/// A terminal in memory (after ratatui's `TestBackend`): it plays a script of events and
/// keeps every frame it was asked to draw, so that tests read the screen as a user would.
public final class TestBackend: TerminalBackend {
    public private(set) var size: Size
    public private(set) var frames: [Buffer] = []
    private var script: [Step]
    private var interrupts = 0
    private var termination: Int32?

    public enum Step: Sendable {
        case event(TerminalEvent)
        /// Nothing happens for one read: time for ticks and reloads.
        case idle
        /// Ctrl-C as the terminal delivers it: a signal, not a key.
        case interrupt
        /// A signal that ends Lotse (SIGTERM, SIGHUP, SIGQUIT).
        case terminate(Int32)
        /// Runs between two reads, for instance to change the store behind the loop's back.
        case run(@Sendable () -> Void)

        var isEvent: Bool {
            if case .event = self { return true }
            return false
        }
    }

    public var settlesBackgroundWork: Bool { true }

    public init(size: Size, script: [Step]) {
        self.size = size
        self.script = script
    }

    /// The last frame drawn.
    public var screen: Buffer? { frames.last }

    public var isClosed: Bool { script.isEmpty }

    public func draw(_ buffer: Buffer, repaint: Bool) {
        frames.append(buffer)
    }

    public func nextEvent(wait: Bool) -> TerminalEvent? {
        guard !script.isEmpty else { return nil }
        // Only keys and resizes count as "already arrived"; idle steps and scripted work
        // happen at the next wait.
        if !wait, !script[0].isEvent { return nil }
        switch script.removeFirst() {
        case .event(let event):
            if case .resize(let newSize) = event { size = newSize }
            return event
        case .idle:
            return nil
        case .interrupt:
            interrupts += 1
            return nil
        case .terminate(let signal):
            termination = signal
            return nil
        case .run(let body):
            body()
            return nil
        }
    }

    public func takeTermination() -> Int32? {
        defer { termination = nil }
        return termination
    }

    public func takeInterrupt() -> Bool {
        guard interrupts > 0 else { return false }
        interrupts -= 1
        return true
    }
}
