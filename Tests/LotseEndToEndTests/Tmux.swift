import Foundation
import Testing

/// A tmux server of its own running one command in a window of a given size: the real
/// terminal for end-to-end tests (send-keys in, capture-pane out).
final class Tmux {
    private static let counter = Counter()
    let socket: String
    let environment: [String: String]

    /// Starts `command` (a shell command line) in a detached session.
    init(_ command: String, width: Int, height: Int, environment: [String: String] = Lotse.environment()) throws {
        socket = "lotse-e2e-\(getpid())-\(Tmux.counter.next())"
        self.environment = environment
        let started = tmux(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", command])
        // On a fresh machine tmux may be missing: say exactly what to run.
        try #require(!started.error.contains("cannot start tmux"),
                     "tmux is not installed; the end-to-end tests need it: sudo apt-get install -y tmux (or run .ci/run)")
        try #require(started.status == 0, "tmux did not start: \(started.error)")
    }

    deinit { _ = tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) -> Spawn.Result {
        Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
    }

    func capture() -> String { tmux(["capture-pane", "-p", "-t", "t"]).output }

    /// Keys by tmux name (Tab, Down, Escape, C-c, …).
    func press(_ keys: String...) { tmux(["send-keys", "-t", "t"] + keys) }

    /// Text typed literally, umlauts included.
    func type(_ text: String) { tmux(["send-keys", "-t", "t", "-l", text]) }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `predicate` holds and the screen is the same in two captures
    /// in a row: a capture can land while a frame is half written (the panels there, the
    /// hint bar not yet), and a test must not read a half frame.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while true {
            let holds = predicate(screen)
            if holds || Date() <= deadline { usleep(20_000) }
            let next = capture()
            if holds, next == screen || Date() > deadline { return screen }
            if !holds, Date() > deadline {
                Issue.record("timed out waiting for \(what); the screen was:\n\(screen)", sourceLocation: sourceLocation)
                return screen
            }
            screen = next
        }
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        waitFor("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// The shell line that runs lotse, then reports its exit status and whether the
    /// terminal is back in cooked mode with echo, and stays open so both can be read.
    static func lotseCommand(_ arguments: [String], before: String = "") -> String {
        let quoted = ([Lotse.binary] + arguments).map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }.joined(separator: " ")
        return "\(before)\(quoted); status=$?; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; echo \"EXIT=$status\"; sleep 600"
    }
}

private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
