import Foundation
import LotseCore

/// A sync running on its own thread while the screen goes on, and its result, picked up by
/// the run loop at its next turn (at most a read timeout later).
final class BackgroundSync: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private var result: SyncResult?

    var isRunning: Bool { lock.withLock { running } }

    func start(_ sync: @escaping @Sendable () -> SyncResult) {
        let already = lock.withLock { () -> Bool in
            defer { running = true }
            return running
        }
        guard !already else { return }
        let thread = Thread { [self] in
            let outcome = sync()
            lock.withLock {
                result = outcome
                running = false
            }
        }
        thread.start()
    }

    /// The result of a sync that ended since the last call.
    func take() -> SyncResult? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }
}
