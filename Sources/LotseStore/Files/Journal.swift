import Foundation

/// Makes a change of several records all or nothing, also across a crash. The new files
/// are written first as temporary files beside their targets; then a journal naming every
/// rename and deletion is written atomically; then the renames and deletions are done and
/// the journal removed. Whoever takes the store lock next finds a journal only if a writer
/// died in between, and finishes its work: every temporary file it names exists, because
/// the journal is written after them. A writer that died before its journal leaves only
/// temporary files, which are removed as leftovers.
enum Journal {
    static let fileName = ".journal"

    struct Plan: Codable, Equatable {
        /// Temporary file → record file, relative to the store folder.
        var renames: [[String]]
        var deletes: [String]
    }

    static func url(in root: URL) -> URL { root.appendingPathComponent(fileName) }

    /// Carries out a plan whose temporary files are written: journal, renames, deletions.
    static func carryOut(_ plan: Plan, in root: URL) throws(StoreError) {
        let data: Data
        do {
            data = try CanonicalJSON.encode(plan)
        } catch {
            throw .cannotWrite(path: url(in: root).path, reason: .of(error))
        }
        try AtomicFile.write(data, to: url(in: root))
        try finish(plan, in: root)
    }

    /// Completes a journal left by a writer that died, if there is one. Called under the lock.
    static func recover(in root: URL) throws(StoreError) {
        let journal = url(in: root)
        guard let data = FileManager.default.contents(atPath: journal.path) else { return }
        guard let plan = try? CanonicalJSON.decode(Plan.self, from: data) else {
            // Unreadable: it cannot be acted on; keep it for a human, out of the way.
            rename(journal.path, journal.path + ".broken-\(Int(Date().timeIntervalSince1970))")
            return
        }
        try finish(plan, in: root)
    }

    private static func finish(_ plan: Plan, in root: URL) throws(StoreError) {
        var folders = Set<String>()
        for pair in plan.renames where pair.count == 2 {
            let from = root.appendingPathComponent(pair[0]).path
            let to = root.appendingPathComponent(pair[1])
            // Already renamed by the writer before it died: nothing left to do for it.
            guard FileManager.default.fileExists(atPath: from) else { continue }
            if rename(from, to.path) != 0 { throw .cannotWrite(path: to.path, reason: .lastSystemError) }
            folders.insert(to.deletingLastPathComponent().path)
        }
        for relative in plan.deletes {
            let path = root.appendingPathComponent(relative)
            if unlink(path.path) != 0, errno != ENOENT { throw .cannotWrite(path: path.path, reason: .lastSystemError) }
            folders.insert(path.deletingLastPathComponent().path)
        }
        for folder in folders { AtomicFile.syncFolder(folder) }
        unlink(url(in: root).path)
        AtomicFile.syncFolder(root.path)
    }
}
