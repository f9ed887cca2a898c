import Foundation
import LotseCore

/// Work running on its own thread while the screen goes on (a sync, the first look at
/// where a synced store stands), and its result, picked up by the run loop at its next turn
/// (at most a read timeout later). One runs at a time.
final class BackgroundJob<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private var result: Result?

    var isRunning: Bool { lock.withLock { running } }

    func start(_ work: @escaping @Sendable () -> Result) {
        let already = lock.withLock { () -> Bool in
            defer { running = true }
            return running
        }
        guard !already else { return }
        let thread = Thread { [self] in
            let outcome = work()
            lock.withLock {
                result = outcome
                running = false
            }
        }
        thread.start()
    }

    /// The result of work that ended since the last call.
    func take() -> Result? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }
}
