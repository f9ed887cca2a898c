import Foundation

/// A sync killed while git wrote its index or a ref leaves git's lock file behind, and
/// every later git command refuses with "Another git process seems to be running". When
/// no git process works in this repository, such a lock is stale: it is removed, and the
/// sync goes on. (Lotse's own store lock keeps two Lotse syncs apart.)
extension StoreSync {
    func removeStaleGitLocks() {
        let locks = ["index.lock", "HEAD.lock", "ORIG_HEAD.lock", "config.lock", "packed-refs.lock", "shallow.lock"]
            .map { gitFolder.appendingPathComponent($0).path }
            + ((try? FileManager.default.subpathsOfDirectory(atPath: gitFolder.appendingPathComponent("refs").path)) ?? [])
            .filter { $0.hasSuffix(".lock") }
            .map { gitFolder.appendingPathComponent("refs").appendingPathComponent($0).path }
        let present = locks.filter { FileManager.default.fileExists(atPath: $0) }
        guard !present.isEmpty else { return }
        // A killed sync's git may still be finishing its last step: give it a moment.
        var waited = 0
        while gitIsRunningHere() {
            guard waited < 30 else { return }
            usleep(100_000)
            waited += 1
        }
        for lock in present where FileManager.default.fileExists(atPath: lock) { unlink(lock) }
    }

    /// Whether a git process has this repository as its working folder (Linux's /proc).
    func gitIsRunningHere() -> Bool {
        let here = root.resolvingSymlinksInPath().path
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return processes.contains { pid in
            guard pid.allSatisfy(\.isNumber), pid != "\(getpid())",
                  let name = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
                  name.hasPrefix("git") else { return false }
            let folder = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")) ?? ""
            return folder == here || folder.hasPrefix(here + "/")
        }
    }
}
