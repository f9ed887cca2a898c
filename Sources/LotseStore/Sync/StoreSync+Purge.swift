import Foundation

/// Personal data removed by a purge must also leave git's history, on the remote and on
/// every clone: otherwise `git log -p` brings it back. The shared history holds personal
/// values only sealed (`RecordSealer`), so the purge destroys the keys of the days up to
/// its own (`purgeKeys`), and the history stays as it is: every commit, who changed which
/// field, with the purged values unreadable.
///
/// A history written before values were sealed holds them in plain text. Its first purge
/// replaces it one last time (`replaceHistory`): one snapshot commit of the purged store,
/// marked with a `Lotse-Purge:` trailer, pushed over the old one (only if nobody pushed
/// meanwhile). The other clones notice on their next sync, carry their own unsent changes
/// over onto the snapshot, field by field, and drop the old history.
extension StoreSync {
    /// What a purge of the keys did.
    public struct KeyPurge: Hashable, Sendable {
        /// Keys destroyed here.
        public var destroyed: Int
        /// Record files sealed again with keys that live (their values are not due yet).
        public var resealed: Int
        /// The shared history was written before values were sealed, and was replaced.
        public var replacedPlainHistory: Bool
        /// What the server said when it refused to replace the history of `lotse-keys`
        /// (the destroyed keys stay readable there until it allows it); nil when done.
        public var keysHistoryRefused: String?
    }

    /// Destroys the keys of every day up to `day`, here and, with one push, on the remote;
    /// the other clones destroy them at their next sync. Values not due yet are sealed
    /// again first, with keys that live, in one ordinary commit on top of the history.
    public func purgeKeys(through day: LocalDate, message: String, pendingMessage: String, now: Date = Date())
        throws(SyncError) -> KeyPurge {
        let branch = try prepare()
        let remoteRef = "\(Self.remoteName)/\(branch)"
        try fetch()
        try adoptRemoteKeys()
        if try exists(remoteRef), try !run(["merge-base", "--is-ancestor", remoteRef, "HEAD"]).succeeded {
            throw .git(command: "push", detail: "the remote has changes this clone has not merged; sync first")
        }
        try commitLocalChanges()
        let plain = try historyIsPlain()
        let opening = ring
        var target = opening
        let gone = target.shred(through: day)
        var outcome = KeyPurge(destroyed: gone.count, resealed: 0, replacedPlainHistory: false)
        try whileLocked { () throws(SyncError) in
            // Sealed again while the old keys still open them; destroyed once committed.
            let paths = plain ? nil : try indexedFiles(sealedWith: gone)
            let resealed = try resealIndex(paths, opening: opening, sealing: target)
            outcome.resealed = resealed.count
            if resealed.count > 0 {
                try call(["commit", "--quiet", "--no-verify", "-F", "-"], input: Data(message.utf8))
            }
            try write((KeyRing.read(gitFolder: gitFolder) ?? opening).merged(with: resealed.ring))
        }
        if plain {
            _ = try replaceHistory(message: message, pendingMessage: pendingMessage, now: now)
            outcome.replacedPlainHistory = true
        } else {
            let keys = try keysPush()
            let push = try run(["push", "--porcelain"] + (keys.isEmpty ? [] : ["--atomic"])
                               + [Self.remoteName, "HEAD:refs/heads/\(branch)"] + keys)
            guard push.succeeded else { throw remoteFailure(push.errors + push.text, during: .purge) }
            _ = try? run(["fetch", "--quiet", Self.remoteName])
        }
        outcome.keysHistoryRefused = try replaceKeysHistory()
        forgetOldObjects()
        return outcome
    }

    static let purgeTrailer = "Lotse-Purge:"
    /// Marks a purge whose history rewrite the remote refused (or did not get).
    static let purgePendingTrailer = "Lotse-Purge-Pending:"

    /// Since when a purge waits for the shared history to be replaced: the names it
    /// deleted from the files are still readable in the history. nil when none waits.
    public func purgePending() throws(SyncError) -> Date? {
        try purgePending(head: exists("HEAD") ? "HEAD" : nil)
    }

    /// The same, with HEAD's commit known already (nil: no commit yet).
    func purgePending(head: String?) throws(SyncError) -> Date? {
        guard let head else { return nil }
        if seals, ring.rewritePending, let day = ring.rewriteNeeded.flatMap(LocalDate.init) {
            // The purge's day: the one before the frontier it set.
            return ISO8601DateFormatter().date(from: "\(day.adding(days: -1))T12:00:00Z")
        }
        let text = try call(["log", "-1", "--format=%B", "--grep=^\(Self.purgePendingTrailer)", head])
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(Self.purgePendingTrailer) }) else { return nil }
        let stamp = line.dropFirst(Self.purgePendingTrailer.count).trimmingCharacters(in: .whitespaces)
        return ISO8601DateFormatter().date(from: stamp) ?? Date(timeIntervalSince1970: 0)
    }

    /// Replaces the shared history with a snapshot of the store as it is now. Returns
    /// whether the remote's old objects were also deleted (possible when the remote is a
    /// folder on this machine or a share; a git server drops them in its own time, and
    /// nothing reachable holds them any more).
    public func replaceHistory(message: String, pendingMessage: String = "Data protection purge pending", now: Date = Date())
        throws(SyncError) -> Bool {
        let branch = try prepare()
        let remoteRef = "\(Self.remoteName)/\(branch)"
        try fetch()
        let lease = try exists(remoteRef) ? try call(["rev-parse", remoteRef]) : ""
        if !lease.isEmpty, try !run(["merge-base", "--is-ancestor", remoteRef, "HEAD"]).succeeded {
            // Someone sent changes the purge has not seen: they would be lost.
            throw .git(command: "push", detail: "the remote has changes this clone has not merged; sync first")
        }
        // What is held back stays out of the snapshot, as out of every commit.
        try commitLocalChanges()
        let old = try call(["rev-parse", "HEAD"])
        let snapshot = try whileLocked { () throws(SyncError) -> String in
            let tree = try call(["rev-parse", "HEAD^{tree}"])
            let stamp = ISO8601DateFormatter().string(from: now)
            return try call(["commit-tree", tree, "-F", "-"], input: Data("\(message)\n\n\(Self.purgeTrailer) \(stamp)\n".utf8))
        }
        try call(["update-ref", "refs/heads/\(branch)", snapshot, old])
        let push = try run(["push", "--porcelain", "--force-with-lease=refs/heads/\(branch):\(lease)", Self.remoteName,
                            "HEAD:refs/heads/\(branch)"])
        guard push.succeeded else {
            try call(["update-ref", "refs/heads/\(branch)", old, snapshot])
            // Said in the shared history itself, so that every clone shows that names due
            // are still in it, until a purge replaces it.
            if try purgePending() == nil {
                let stamp = ISO8601DateFormatter().string(from: now)
                _ = try? call(["commit", "--quiet", "--allow-empty", "--no-verify", "-F", "-"],
                              input: Data("\(pendingMessage)\n\n\(Self.purgePendingTrailer) \(stamp)\n".utf8))
            }
            throw remoteFailure(push.errors + push.text, during: .purge)
        }
        _ = try? call(["fetch", "--quiet", Self.remoteName])
        dropUnreachableHistory()
        guard let bare = remoteFolder else { return false }
        _ = try? bare.run(["reflog", "expire", "--expire=now", "--all"])
        return (try? bare.run(["gc", "--quiet", "--prune=now"]).succeeded) ?? false
    }

    /// After a fetch: if the remote's history was replaced by a purge (it shares no commit
    /// with this clone and starts with a purge snapshot), this clone's unsent changes are
    /// carried over onto it, field by field, and the old history is dropped here too.
    /// Returns how many store files the purge changed here; nil when there was none.
    func followPurge(of remoteRef: String, knownBefore: String?) throws(SyncError) -> Int? {
        guard try !run(["merge-base", "HEAD", remoteRef]).succeeded else { return nil }
        let before = try call(["rev-parse", "HEAD^{tree}"])
        let first = try call(["rev-list", "--max-parents=0", remoteRef]).split(separator: "\n").first.map(String.init) ?? ""
        guard try call(["log", "-1", "--format=%B", first]).contains(Self.purgeTrailer) else {
            throw .remoteHoldsAnotherNetwork(remote: (try? call(["remote", "get-url", Self.remoteName])) ?? Self.remoteName)
        }
        // What this clone changed since it last had the remote's state: committed by now.
        let base = try knownBefore.flatMap { known throws(SyncError) in
            try run(["merge-base", "HEAD", known]).succeeded ? try call(["merge-base", "HEAD", known]) : nil
        }
        let changed = base.map { try? changedFiles("\($0)..HEAD") } ?? nil
        func blob(_ revision: String?, _ path: String) -> Data? {
            guard let revision, let text = try? call(["show", "\(revision):\(path)"], raw: true) else { return nil }
            return opened(Data(text.utf8))
        }
        let carried = (changed ?? []).map { path in (path, blob(base, path), blob("HEAD", path)) }
        try whileLocked { () throws(SyncError) in
            try call(["reset", "--quiet", "--hard", remoteRef])
            for (path, original, mine) in carried {
                let url = root.appendingPathComponent(path)
                let theirs = FileManager.default.contents(atPath: url.path)
                if let mine {
                    let merged = original == nil ? mine
                        : SyncFileMerge.merge(base: original, ours: mine, theirs: theirs, path: path)?.data ?? mine
                    do throws(StoreError) { try PrivateFile.write(merged, to: url) } catch { throw .store(error) }
                } else if theirs == original {
                    try? FileManager.default.removeItem(at: url)
                }
            }
        }
        let pulled = try changedFiles("\(before)..\(remoteRef)").count
        ensureRecordFolders()
        try commitLocalChanges()
        dropUnreachableHistory()
        return pulled
    }

    /// Forgets what no branch reaches any more: the reflogs that still point at the old
    /// history, and the objects themselves.
    func dropUnreachableHistory() {
        try? FileManager.default.removeItem(at: gitFolder.appendingPathComponent("ORIG_HEAD"))
        _ = try? run(["reflog", "expire", "--expire=now", "--all"])
        _ = try? run(["gc", "--quiet", "--prune=now"])
    }
}
