import Foundation

/// Records held back for data protection wait outside the store's files while a sync
/// merges: in `.git/lotse-held/`, each with this machine's version and the version it was
/// changed from, written under the store lock before the folder is touched. Not in git's
/// stash: a stash is a commit that keeps the old history reachable (a purge would leave
/// every name in `refs/stash`), and following a colleague's purge replaces the commits a
/// stash is based on, so that it could not be applied any more.
extension StoreSync {
    static let heldFolderName = "lotse-held"
    /// Where older versions of Lotse kept held-back records.
    static let heldStash = "lotse: held back"

    struct HeldRecord: Codable {
        var path: String
        /// The version the change was made from (HEAD's); nil for a new record.
        var base: Data?
        /// This machine's version; nil when it deleted the record.
        var mine: Data?
    }

    var heldList: URL { gitFolder.appendingPathComponent(Self.heldFolderName).appendingPathComponent("held.json") }

    /// Keeps the held-back changes aside and puts the committed version in their place.
    func setAside(_ held: [String]) throws(SyncError) {
        guard !held.isEmpty else { return }
        try whileLocked { () throws(SyncError) in
            let hasHead = try exists("HEAD")
            let records = try held.map { path throws(SyncError) -> HeldRecord in
                let base = hasHead ? opened(try blob("HEAD", path)) : nil
                return HeldRecord(path: path, base: base, mine: FileManager.default.contents(atPath: root.appendingPathComponent(path).path))
            }
            do throws(StoreError) {
                try PrivateFile.makeFolder(heldList.deletingLastPathComponent())
                try PrivateFile.write(encode(records), to: heldList)
                // Only once the list is safe on disk does the folder change.
                for record in records {
                    let url = root.appendingPathComponent(record.path)
                    if let base = record.base { try PrivateFile.write(base, to: url) } else { try? FileManager.default.removeItem(at: url) }
                }
            } catch {
                throw .store(error)
            }
        }
    }

    /// Brings held-back changes back, merged field by field with what the sync brought.
    /// Also after a sync killed in the middle, and after a colleague's purge.
    func bringBackHeld() throws(SyncError) {
        try bringBackLegacyStash()
        guard let data = FileManager.default.contents(atPath: heldList.path) else { return }
        guard let records = try? JSONDecoder().decode([HeldRecord].self, from: data) else {
            throw .git(command: "lotse held-back records", detail: "\(heldList.path) is unreadable; it is kept for a look by hand")
        }
        try whileLocked { () throws(SyncError) in
            do throws(StoreError) {
                for record in records {
                    let url = root.appendingPathComponent(record.path)
                    let current = FileManager.default.contents(atPath: url.path)
                    guard let mine = record.mine else {
                        // Deleted here: gone, unless the other side changed it meanwhile.
                        if current == nil || current == record.base { try? FileManager.default.removeItem(at: url) }
                        continue
                    }
                    let merged = current == nil || current == record.base ? mine
                        : SyncFileMerge.merge(base: record.base, ours: mine, theirs: current, path: record.path)?.data ?? mine
                    try PrivateFile.write(merged, to: url)
                }
            } catch {
                throw .store(error)
            }
            try? FileManager.default.removeItem(at: heldList)
        }
    }

    /// A store synced by an older Lotse may still hold its held-back records in the stash.
    private func bringBackLegacyStash() throws(SyncError) {
        guard try exists("refs/stash") else { return }
        let stashes = try call(["stash", "list", "--format=%gd %gs"]).split(separator: "\n")
        guard let entry = stashes.first(where: { $0.hasSuffix(Self.heldStash) }), let name = entry.split(separator: " ").first else { return }
        try call(["stash", "pop", "--quiet", String(name)])
    }

    private func encode(_ records: [HeldRecord]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(records)) ?? Data("[]".utf8)
    }

    /// A file's bytes at a revision, nil when it has none there.
    func blob(_ revision: String, _ path: String) throws(SyncError) -> Data? {
        let output = try run(["cat-file", "blob", "\(revision):\(path)"])
        return output.succeeded ? Data(output.text.utf8) : nil
    }
}
