import Foundation
import LotseStore

/// A real store on disk in a fresh temporary folder, removed when the test ends.
final class TemporaryStore {
    let url: URL
    let store: FileStore

    init(_ network: Network = ExampleNetwork.make()) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-app-test-\(UUID().uuidString)")
        store = try FileStore.create(at: url, with: network)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A clock the test moves by hand, shared with the run loop.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}
