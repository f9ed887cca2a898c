import Foundation

/// The keys of the sealed personal values travel on a branch of their own, `lotse-keys`,
/// one file (`keys.json`). Every sync merges the remote's ring into this clone's before the
/// shared branch is merged (the merge and the checkout open values with them), and sends
/// the ring with the shared branch in one atomic push: no commit reaches the remote
/// without the keys that open it. Ordinary updates are fast-forwards; only a purge
/// replaces the branch with a commit without parents, so that no commit keeps a
/// destroyed key. The shared branch itself is never rewritten.
extension StoreSync {
    static let keysRef = "refs/heads/\(KeyRing.branch)"
    static var remoteKeysRef: String { "refs/remotes/\(remoteName)/\(KeyRing.branch)" }

    /// Whether this clone seals personal values (git's filter is set up).
    var seals: Bool { filter != nil }

    var ring: KeyRing { KeyRing.read(gitFolder: gitFolder) ?? KeyRing() }

    func write(_ ring: KeyRing) throws(SyncError) {
        do throws(StoreError) { try ring.write(gitFolder: gitFolder) } catch { throw .store(error) }
    }

    /// The ring the remote holds, from the last fetch.
    func remoteRing() throws(SyncError) -> (commit: String, ring: KeyRing)? {
        guard try exists(Self.remoteKeysRef) else { return nil }
        let commit = try call(["rev-parse", Self.remoteKeysRef])
        guard let data = try blob(commit, KeyRing.branchFile), let ring = KeyRing.decode(data) else { return nil }
        return (commit, ring)
    }

    /// A clone's first ring: the remote's, or a new one. A store that has commits already
    /// wrote them before values were sealed: its history holds names in plain text.
    func ensureRing() throws(SyncError) {
        guard seals, KeyRing.read(gitFolder: gitFolder) == nil else { return }
        if let remote = try remoteRing() {
            try write(remote.ring)
            return
        }
        var ring = KeyRing()
        if try exists("HEAD") {
            ring.plainRoot = try call(["rev-list", "--max-parents=0", "HEAD"]).split(separator: "\n").first.map(String.init)
        }
        try write(ring)
    }

    /// After a fetch: the remote's keys join this clone's, and the keys a colleague's purge
    /// destroyed go here too, from the ring and from every object of this repository.
    func adoptRemoteKeys() throws(SyncError) {
        guard seals, let remote = try remoteRing() else { return }
        let mine = ring
        let merged = mine.merged(with: remote.ring)
        guard merged != mine else { return }
        try write(merged)
        if merged.frontier != mine.frontier {
            // This clone's old ring commit holds the destroyed keys: nothing may point at it.
            try call(["update-ref", Self.keysRef, remote.commit])
            forgetOldObjects()
        }
    }

    /// The refspec that sends this clone's ring with the next push; nil when the remote has
    /// it already. A fast-forward from the remote's ring, unless `replacing`: then one
    /// commit without parents, pushed over the old history.
    func keysPush(replacing: Bool = false) throws(SyncError) -> [String] {
        guard seals else { return [] }
        let local = ring
        let remote = try remoteRing()
        if !replacing, let remote, remote.ring == local {
            try call(["update-ref", Self.keysRef, remote.commit])
            return []
        }
        let blob = try call(["hash-object", "-w", "--no-filters", "--stdin"], input: local.encoded)
        let tree = try call(["mktree"], input: Data("100644 blob \(blob)\t\(KeyRing.branchFile)\n".utf8))
        let parents = replacing ? [] : remote.map { ["-p", $0.commit] } ?? []
        let commit = try call(["commit-tree", tree] + parents + ["-m", "Lotse: keys"])
        try call(["update-ref", Self.keysRef, commit])
        let lease = replacing ? ["--force-with-lease=\(Self.keysRef):\(remote?.commit ?? "")"] : []
        return lease + ["\(Self.keysRef):\(Self.keysRef)"]
    }

    /// After a purge, once the shared branch and the ring are sent: the branch `lotse-keys`
    /// is replaced by one commit, so that no commit of it keeps a destroyed key. nil when
    /// done (or nothing to do); what the server said when it refused.
    func replaceKeysHistory() throws(SyncError) -> String? {
        guard seals, ring.rewritePending else { return nil }
        var replaced = ring
        replaced.rewritten = replaced.rewriteNeeded
        let before = ring
        try write(replaced)
        let refspecs = try keysPush(replacing: true)
        let push = try run(["push", "--porcelain", Self.remoteName] + refspecs)
        guard push.succeeded else {
            try write(before)
            _ = try? keysPush()
            return push.errors + push.text
        }
        _ = try? run(["fetch", "--quiet", Self.remoteName])
        forgetOldObjects()
        if let bare = remoteFolder {
            _ = try? bare.run(["reflog", "expire", "--expire=now", "--all"])
            _ = try? bare.run(["gc", "--quiet", "--prune=now"])
        }
        return nil
    }

    /// The remote, when it is a folder on this machine or a share.
    var remoteFolder: Git? {
        let remote = (try? call(["remote", "get-url", Self.remoteName])) ?? ""
        let path = remote.hasPrefix("file://") ? String(remote.dropFirst("file://".count)) : remote
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        return Git(in: URL(fileURLWithPath: path))
    }

    /// Drops what no ref reaches any more (old rings among it) from this repository.
    func forgetOldObjects() {
        _ = try? run(["reflog", "expire", "--expire=now", "--all"])
        _ = try? run(["gc", "--quiet", "--prune=now"])
    }

    /// Whether the shared history was written before values were sealed.
    func historyIsPlain() throws(SyncError) -> Bool {
        guard seals, let root = ring.plainRoot, try exists("HEAD") else { return false }
        return try call(["rev-list", "--max-parents=0", "HEAD"]).split(separator: "\n").contains { $0 == root }
    }

    /// A version read from git as the working tree has it: its values opened.
    func opened(_ data: Data?) -> Data? {
        guard seals, let data else { return data }
        return RecordSealer(store: root).unseal(data)
    }

    // MARK: - Sealing what the index holds

    /// Seals the index's versions of record files again, opened with `opening` and sealed
    /// with `sealing`: after a purge destroys keys, every value that is not due takes a key
    /// that lives. In one pass through git, for the files named (all record files when
    /// nil); the working tree is not touched, so held-back changes stay where they are.
    /// Returns how many files changed and the sealing ring with the keys it made; those
    /// keys are on disk, beside the ones still open, before git stores a value sealed with
    /// them.
    func resealIndex(_ paths: [String]?, opening: KeyRing, sealing: KeyRing) throws(SyncError) -> (count: Int, ring: KeyRing) {
        var listed = paths ?? []
        if paths == nil {
            listed = try call(["ls-files", "-z", "--"] + RecordKind.allCases.map(\.folder), raw: true)
                .split(separator: "\0").map(String.init)
        }
        let records = listed.filter { RecordKind.record(at: $0) != nil }
        guard !records.isEmpty else { return (0, sealing) }
        let contents: [(type: String, data: Data)?]
        do { contents = try GitObjects.contents(records.map { ":\($0)" }, in: git) } catch { throw SyncError(error) }
        let policy = RecordSealer(store: root).policy
        let opener = RecordSealer(ring: opening, policy: policy)
        var sealer = RecordSealer(ring: sealing, policy: policy)
        let scratch = gitFolder.appendingPathComponent("lotse-reseal")
        try? FileManager.default.removeItem(at: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var changed: [(path: String, file: URL)] = []
        do throws(StoreError) {
            try PrivateFile.makeFolder(scratch)
            for (path, content) in zip(records, contents) {
                guard let content, content.type == "blob" else { continue }
                let sealed = sealer.seal(opener.unseal(content.data), path: path)
                guard sealed != content.data else { continue }
                let file = scratch.appendingPathComponent("\(changed.count)")
                try PrivateFile.write(sealed, to: file)
                changed.append((path, file))
            }
            var both = opening
            both.keys.merge(sealer.ring.keys) { old, _ in old }
            try both.write(gitFolder: gitFolder)
        } catch {
            throw .store(error)
        }
        guard !changed.isEmpty else { return (0, sealer.ring) }
        let ids = try call(["hash-object", "-w", "--no-filters", "--stdin-paths"],
                           input: Data(changed.map { $0.file.path + "\n" }.joined().utf8)).split(separator: "\n")
        guard ids.count == changed.count else { throw .git(command: "hash-object", detail: "not every file was stored") }
        let info = zip(changed, ids).map { "100644 \($1)\t\($0.path)\n" }.joined()
        try call(["update-index", "--index-info"], input: Data(info.utf8))
        return (changed.count, sealer.ring)
    }

    /// The record files whose version in the index holds a value sealed with one of these
    /// keys.
    func indexedFiles(sealedWith keys: [String]) throws(SyncError) -> [String] {
        guard !keys.isEmpty else { return [] }
        let found = try run(["grep", "--cached", "-l", "-z", "-F"] + keys.flatMap { ["-e", SealedText.prefix + $0 + ":"] }
            + ["--"] + RecordKind.allCases.map(\.folder))
        guard found.succeeded else { return [] }
        return found.text.split(separator: "\0").map(String.init)
    }
}
