import Foundation

/// The store-wide lock that serialises writers from several processes: an exclusive
/// `flock` on `.lock` in the store folder. Readers do not take it; atomic renames keep
/// what they read whole.
enum StoreLock {
    static let fileName = ".lock"

    static func withLock<T>(in root: URL, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let path = root.appendingPathComponent(fileName).path
        let fd = open(path, O_RDWR | O_CREAT, AtomicFile.fileMode)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: .lastSystemError) }
        defer { close(fd) }
        var waited = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            // Another writer holds it; writes are short, so wait up to five seconds.
            guard waited < 500 else { throw .locked(path: root.path) }
            usleep(10_000)
            waited += 1
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
