import Foundation

extension StoreSync {
    /// `lotse sync init`: makes the store a git repository (if it is not one), writes
    /// `.gitattributes` and `.gitignore`, sets up the merge driver, commits and pushes.
    /// A remote that already holds another network is refused: that is `join`'s work.
    public func setUp(remote: String, now: Date = Date()) throws(SyncError) -> SyncReport {
        guard Git.executable() != nil else { throw .gitMissing }
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(FileStore.manifestName).path) else {
            throw .notAStore(path: root.path)
        }
        if !FileManager.default.fileExists(atPath: gitFolder.path) {
            try call(["init", "--quiet", "--initial-branch=main"])
        }
        if try run(["remote", "get-url", Self.remoteName]).succeeded {
            try call(["remote", "set-url", Self.remoteName, remote])
        } else {
            try call(["remote", "add", Self.remoteName, remote])
        }
        try ensureLines(Self.ignored, in: ".gitignore")
        try ensureLines(Self.attributes, in: ".gitattributes")
        try configure()
        try commitLocalChanges()
        do throws(SyncError) { try fetch() } catch {
            if case .remote(let failure, let remote, let detail, _) = error { throw .remote(failure, remote: remote, detail: detail, during: .setUp) }
            throw error
        }
        let branch = try call(["symbolic-ref", "--short", "HEAD"])
        let remoteRef = "\(Self.remoteName)/\(branch)"
        if try exists(remoteRef), try !run(["merge-base", "HEAD", remoteRef]).succeeded {
            throw .remoteHoldsAnotherNetwork(remote: remote)
        }
        return try sync(now: now)
    }

    /// `lotse join`: clones a network's shared store into an empty or new folder and sets
    /// it up. Nothing is left behind when the clone is not a store Lotse can work with.
    public static func join(remote: String, into folder: URL, driver: String, filter: String? = nil, author: String,
                            describe: @escaping @Sendable ([FileChange]) -> String, mergeMessage: String,
                            prompting: GitPrompting = .never, now: Date = Date()) throws(SyncError) -> StoreSync {
        guard Git.executable() != nil else { throw .gitMissing }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if FileManager.default.fileExists(atPath: folder.path), !existing.isEmpty { throw .folderNotEmpty(path: folder.path) }
        let parent = folder.deletingLastPathComponent()
        do { try PrivateFile.makeFolder(parent) } catch { throw .store(error) }
        let createdFolder = !FileManager.default.fileExists(atPath: folder.path)
        func removeClone() {
            if createdFolder {
                try? FileManager.default.removeItem(at: folder)
            } else {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                }
            }
        }
        let clone: Git.Output
        do {
            // No checkout yet: what the remote holds is screened first, and a tree with
            // paths git refuses to write must not stop the join.
            clone = try Git(in: parent, prompting: prompting).run(["clone", "--quiet", "--no-checkout", remote, folder.path])
        } catch {
            throw SyncError(error)
        }
        guard clone.succeeded else {
            removeClone()
            throw remoteFailure(clone.errors + clone.text, remote: remote, during: .join)
        }
        var sync = StoreSync(root: folder, driver: driver, author: author, describe: describe, mergeMessage: mergeMessage)
        sync.prompting = prompting
        sync.filter = filter
        do {
            try sync.configure()
            sync.keptOutAtJoin = try sync.checkOutSharedBranch()
        } catch {
            removeClone()
            throw error
        }
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(FileStore.manifestName).path) else {
            removeClone()
            throw .remoteNotAStore(remote: remote)
        }
        do {
            try sync.checkSchema(of: "HEAD")
            try sync.configure()
        } catch {
            removeClone()
            throw error
        }
        chmod(folder.path, 0o700)
        sync.ensureRecordFolders()
        try? Data(ISO8601DateFormatter().string(from: now).utf8).write(to: sync.gitFolder.appendingPathComponent(lastSyncFile))
        return sync
    }

    /// A bare remote made by plain `git init --bare` points its HEAD at a branch nobody
    /// pushed ("master"), so the clone is empty: take the shared branch instead, `main`
    /// first.
    /// Checks out the screened shared branch of a clone made without a checkout; returns
    /// what the screening kept out.
    func checkOutSharedBranch() throws(SyncError) -> [KeptOut] {
        var branch = try exists("HEAD") ? try call(["symbolic-ref", "--short", "HEAD"]) : nil
        if branch.map({ try? exists("\(Self.remoteName)/\($0)") }) != true {
            let branches = try call(["for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/\(Self.remoteName)/"])
                .split(separator: "\n").map(String.init).filter { $0 != "HEAD" }
            branch = ["main", "master"].first(where: branches.contains) ?? branches.first
        }
        guard let branch else { return [] }
        let screened = try screen("\(Self.remoteName)/\(branch)", fresh: true)
        try call(["checkout", "--quiet", "--force", "-B", branch, screened.commit])
        try call(["branch", "--quiet", "--set-upstream-to=\(Self.remoteName)/\(branch)"])
        return screened.keptOut
    }

    /// Adds the lines of `wanted` that a file in the store lacks, keeping the rest of it.
    func ensureLines(_ wanted: String, in name: String) throws(SyncError) {
        let url = root.appendingPathComponent(name)
        let existing = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let present = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = wanted.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.isEmpty && !present.contains($0.trimmingCharacters(in: .whitespaces)) }
        guard !missing.isEmpty else { return }
        var text = existing
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += missing.joined(separator: "\n") + "\n"
        do { try PrivateFile.write(Data(text.utf8), to: url) } catch { throw .store(error) }
    }
}
