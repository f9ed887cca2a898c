import Foundation

/// `sync status` and the open conflicts, at the cost of the git commands they need: one
/// `git status` for the working tree and the branch (on another core while the remote's
/// address is asked for), and the refs and a diff only where HEAD and the remote differ.
/// The conflicts are looked for in the files that can have changed since they were last
/// looked for, not in every file.
extension StoreSync {
    /// Where the store stands, from what the last fetch brought; asks no remote.
    public func status() throws(SyncError) -> SyncStatus {
        // Not a clone: said before any git command starts.
        if !FileManager.default.fileExists(atPath: gitFolder.path) { _ = try checkedRemote() }
        // The two git commands that take longest start at once, each on a core of its own,
        // while this one asks for the remote.
        let tree = InBackground { () -> Result<WorkingTree, SyncError> in
            do throws(SyncError) { return .success(try workingTree()) } catch { return .failure(error) }
        }
        let purge = InBackground { () -> Result<Date?, SyncError> in
            do throws(SyncError) { return .success(try purgePending(head: "HEAD")) } catch { return .failure(error) }
        }
        let remote = try checkedRemote()
        let changes = try (tree.value ?? .failure(.git(command: "status", detail: ""))).get()
        // `git status` names the branch, its commit and how far it is from its upstream:
        // in step with the remote's branch, nothing more is asked.
        let branch = changes.branch
        var unsent: Set<String> = []
        var incoming = 0
        let remoteRef = "\(Self.remoteName)/\(branch ?? "")"
        if branch == nil || !(changes.upstream == remoteRef && changes.aheadBehind == "+0 -0") {
            let refs = try references()
            if let head = refs.head, let remoteHead = refs.remote {
                if head != remoteHead {
                    let base = (try? call(["merge-base", head, remoteHead])) ?? remoteHead
                    if base != head { unsent.formUnion(try changedFiles("\(base)..\(head)")) }
                    incoming = try changedFiles("\(head)...\(remoteHead)").count
                }
            } else if refs.head != nil {
                // Nothing of this branch on the remote yet: every tracked file is unsent.
                unsent.formUnion(try call(["ls-files", "-z"], raw: true).split(separator: "\0").map(String.init))
            }
        }
        // Changed against HEAD, files git does not track yet (a new question), and store
        // files a `.gitignore` hides: those are shared whatever it says.
        unsent.formUnion(changes.changed)
        unsent.formUnion(changes.untracked)
        unsent.formUnion(changes.ignored.filter(Self.isStoreFile))
        return SyncStatus(remote: SecretMask.apply(remote), branch: branch ?? "", unsent: unsent.sorted(), incoming: incoming,
                          lastSync: lastSync, openConflicts: try openConflicts(tree: changes),
                          purgePending: changes.head == nil ? nil : try purge.value?.get())
    }

    /// The branch checked out, its commit (nil before the first) and the remote's commit
    /// of the same branch as of the last fetch (nil when it has none).
    func references() throws(SyncError) -> (branch: String, head: String?, remote: String?) {
        let branch = try call(["symbolic-ref", "--short", "HEAD"])
        let lines = try call(["for-each-ref", "--format=%(objectname) %(refname)",
                              "refs/heads/\(branch)", "refs/remotes/\(Self.remoteName)/\(branch)"])
        var head: String?, remote: String?
        for line in lines.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1] == "refs/heads/\(branch)" { head = parts[0] }
            if parts[1] == "refs/remotes/\(Self.remoteName)/\(branch)" { remote = parts[0] }
        }
        return (branch, head, remote)
    }

    /// What `git status` says of the working tree against HEAD and of the branch, in one call.
    struct WorkingTree: Sendable {
        /// Tracked files changed, staged or not, and those in a conflict git left.
        var changed: Set<String> = []
        var untracked: Set<String> = []
        var ignored: Set<String> = []
        /// The branch checked out (nil: none, HEAD is detached), its commit (nil before the
        /// first), its upstream, and how many commits it is ahead and behind ("+0 -0").
        var branch: String?
        var head: String?
        var upstream: String?
        var aheadBehind: String?

        var all: Set<String> { changed.union(untracked).union(ignored) }
    }

    /// With git's optional lock, as a plain `git status`, unless `refreshesIndex` is off: the
    /// index it refreshes is written back (when no other git holds it), so that files changed
    /// within the same second as the index are not opened through the filter at every look.
    func workingTree() throws(SyncError) -> WorkingTree {
        let text = try call((refreshesIndex ? [] : ["--no-optional-locks"]) + ["status", "--porcelain=v2", "--branch", "-z", "--no-renames",
                             "--untracked-files=all", "--ignored=traditional"], raw: true)
        var tree = WorkingTree()
        // One entry per NUL; the path is the last field, after a number of fields that
        // depends on the kind ("1": seven, "u": nine), and may hold spaces itself.
        for entry in text.split(separator: "\0") {
            let kind = entry.prefix(2)
            switch kind {
            case "? ": tree.untracked.insert(String(entry.dropFirst(2)))
            case "! ": tree.ignored.insert(String(entry.dropFirst(2)))
            case "1 ", "u ":
                let fields = entry.split(separator: " ", maxSplits: kind == "1 " ? 8 : 10, omittingEmptySubsequences: false)
                if fields.count == (kind == "1 " ? 9 : 11), let path = fields.last { tree.changed.insert(String(path)) }
            case "# ":
                let header = entry.dropFirst(2).split(separator: " ", maxSplits: 1).map(String.init)
                guard header.count == 2 else { continue }
                switch header[0] {
                case "branch.oid": tree.head = header[1] == "(initial)" ? nil : header[1]
                case "branch.head": tree.branch = header[1] == "(detached)" ? nil : header[1]
                case "branch.upstream": tree.upstream = header[1]
                case "branch.ab": tree.aheadBehind = header[1]
                default: break
                }
            default: break
            }
        }
        return tree
    }

    /// The paths `storePathspecs` names: `store.json` and a record file in its folder.
    static func isStoreFile(_ path: String) -> Bool {
        if path == FileStore.manifestName { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && RecordKind.allCases.contains { $0.folder == parts[0] }
            && !parts[1].hasPrefix(".") && parts[1].hasSuffix(".json") && parts[1].count > 5
    }

    /// The conflicts the store's records hold, read from the files that can hold one: those
    /// that held one, or differed from HEAD, when they were last looked for, and those that
    /// changed since (between that commit and HEAD, and in the folder). Any other file is
    /// as it was in a commit where it held none. The first time, and whenever that commit
    /// is gone (a purge rewrote the history), git finds the files that hold any.
    /// `tree`: what `git status` said, when the caller has it already.
    func openConflicts(tree: WorkingTree? = nil) throws(SyncError) -> [SyncConflict] {
        let tree = if let tree { tree } else { try workingTree() }
        return try openConflicts(head: tree.head, dirty: tree.all)
    }

    /// The same, from HEAD's commit (nil: none yet) and the files that differ from it in
    /// the folder, when the caller knows them without asking `git status`.
    func openConflicts(head: String?, dirty: Set<String>) throws(SyncError) -> [SyncConflict] {
        let ledger = ConflictLedger(forStore: root)
        var candidates: Set<String>
        if let head, let last = ledger?.read(), let since = changed(from: last.commit, to: head) {
            candidates = last.paths.union(dirty).union(since)
        } else {
            let found = try run(["grep", "--untracked", "-l", "-z", "-F", "\"\(SyncConflict.field)\"", "--", "*.json"])
            // 1: no file holds one; anything else: ask the store itself.
            if found.status == 1 {
                candidates = []
            } else if found.succeeded {
                candidates = Set(found.text.split(separator: "\0").map(String.init))
            } else {
                do { return try FileStore(at: root).load(tidy: false).network.syncConflicts } catch { throw .store(error) }
            }
        }
        let conflicts = candidates.flatMap { path -> [SyncConflict] in
            guard let record = RecordKind.record(at: path),
                  let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
                  data.range(of: FileStore.conflictMarker) != nil,
                  let json = try? JSONValue.parse(data) else { return [] }
            return SyncConflict.list(in: json, kind: record.kind, recordID: record.id)
        }.sorted { ($0.file, $0.id) < ($1.file, $1.id) }
        if let head { ledger?.write(commit: head, paths: Set(conflicts.map(\.file)).union(dirty)) }
        return conflicts
    }

    /// The files that differ between two commits; nil when git no longer has the first.
    private func changed(from commit: String, to head: String) -> [String]? {
        if commit == head { return [] }
        return try? changedFiles("\(commit)..\(head)")
    }
}
