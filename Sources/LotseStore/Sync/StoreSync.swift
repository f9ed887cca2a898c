import Foundation

/// A store shared through git: one clone per machine, a remote the district runs. Sync
/// commits what changed here, fetches, merges field by field (Lotse is git's merge driver
/// for every `*.json`, so no file ever holds conflict markers) and pushes. Whatever
/// happens, the repository is never left in the middle of a merge: a merge that cannot be
/// finished is aborted, and everything committed here stays committed.
public struct StoreSync: Sendable {
    public let root: URL
    /// How git and ssh may ask for a passphrase, a token or a host key's approval.
    public var prompting: GitPrompting = .never
    /// Whether `status` may write back the index git refreshes (git's optional lock), as a
    /// plain `git status` does. Off where a sync of the same process may start meanwhile:
    /// a lock held for that moment would make its `git add` fail.
    public var refreshesIndex = true
    /// Where the commands of a sync go, for its log; one per sync, set by `sync`.
    var log: GitLog?
    var git: Git { Git(in: root, prompting: prompting, log: log) }
    /// The command git runs to merge a store file: Lotse's `merge-driver`.
    public var driver: String
    /// git's filter process that seals personal values on their way into git and opens
    /// them on the way out (`lotse git-filter`); nil: values are not sealed.
    public var filter: String?
    /// Who the commits are by: the user from the settings.
    public var author: String
    /// The commit message for a set of changed files, in the user's language.
    public var describe: @Sendable ([FileChange]) -> String
    /// The message of a merge commit, in the user's language.
    public var mergeMessage: String
    /// Whether a change must stay on this machine for now (its text looks like personal
    /// data and nobody confirmed it): it is not committed, and waits in the folder.
    public var holdBack: @Sendable (FileChange) -> Bool = { _ in false }
    /// The message of the commit that keeps a push's stray paths out, in the user's language.
    /// What `join` kept out of the shared store it cloned.
    public var keptOutAtJoin: [KeptOut] = []
    public var screenMessage: @Sendable ([String]) -> String = { paths in
        "Lotse: kept out of the store (\(paths.count) paths outside its layout or rules changed)\n\n"
            + paths.prefix(50).joined(separator: "\n")
    }

    public init(root: URL, driver: String, author: String, describe: @escaping @Sendable ([FileChange]) -> String,
                mergeMessage: String = "Sync: merged the changes of the other machines") {
        self.root = root
        self.driver = driver
        self.author = author
        self.describe = describe
        self.mergeMessage = mergeMessage
    }

    static let remoteName = "origin"
    static let lastSyncFile = "lotse-last-sync"

    /// What never enters git: every dotfile (the lock, the journal, temporary files of a
    /// write) except git's own two, and editors' leftovers. Drafts and caches live outside
    /// the store folder anyway.
    static let ignored = """
        # Machine-local files of Lotse (lock, journal, temporary files) and editors' leftovers.
        .*
        !.gitattributes
        !.gitignore
        *~
        *.swp

        """
    /// Every record file is merged by Lotse, field by field, never as text.
    static let attributes = """
        *.json merge=lotse

        """

    // MARK: - Sync

    /// Commits, fetches, merges and pushes. A push that loses a race with a colleague's
    /// push is fetched, merged and pushed again.
    public func sync(now: Date = Date()) throws(SyncError) -> SyncReport {
        var logged = self
        logged.log = GitLog()
        let started = Date()
        func keep(_ outcome: String, _ succeeded: Bool) {
            SyncLogFile.append(SyncLogEntry(started: started, outcome: outcome, succeeded: succeeded,
                                            commands: logged.log?.recorded ?? []), in: root)
        }
        do throws(SyncError) {
            let report = try logged.syncOnce(now: now)
            keep(describeOutcome(.success(report)), true)
            return report
        } catch {
            keep(describeOutcome(.failure(error)), false)
            throw error
        }
    }

    /// What the log says a sync came to, in the user's language.
    public var describeOutcome: @Sendable (Result<SyncReport, SyncError>) -> String = { result in
        switch result {
        case .success(let report): return "\(report.pulled) pulled, \(report.pushed) sent, \(report.newConflicts.count) conflicts"
        case .failure(let error): return "\(error)"
        }
    }

    private func syncOnce(now: Date) throws(SyncError) -> SyncReport {
        let branch = try prepare()
        var report = SyncReport()
        let local = try commitLocalChanges()
        report.heldBack = local.held
        let before = Set(local.conflicts.map(\.id))
        // What is held back waits in the repository's own folder while the merge changes
        // the store, and comes back merged field by field; a sync killed meanwhile brings
        // it back next time.
        try setAside(report.heldBack)
        defer { try? bringBackHeld() }
        for attempt in 1 ... 3 {
            let remoteRef = "\(Self.remoteName)/\(branch)"
            let known = try exists(remoteRef) ? try call(["rev-parse", remoteRef]) : nil
            try fetch()
            try adoptRemoteKeys()
            if try exists(remoteRef) {
                try checkSchema(of: remoteRef)
                let screened = try screen(remoteRef)
                // Named once, also when a lost push race screens the same commit again.
                let named = Set(report.keptOut)
                report.keptOut += screened.keptOut.filter { !named.contains($0) }
                let incoming = screened.commit
                if let pulled = try followPurge(of: incoming, knownBefore: known) {
                    report.followedPurge = true
                    report.pulled += pulled
                }
                report.pushed = try changedFiles("\(incoming)...HEAD").count(where: Self.isRecordFile)
                let head = try call(["rev-parse", "HEAD"])
                report.keptDespiteDeletion += try whileLocked { () throws(SyncError) in try merge(incoming) }
                report.keptOut += try unmergeable(from: incoming, since: head)
                report.pulled += try changedFiles("\(head)..HEAD").count(where: Self.isRecordFile)
                report.restored += try restored(since: head, incoming: incoming)
            } else {
                report.pushed = try call(["ls-files"]).split(separator: "\n").count { Self.isRecordFile(String($0)) }
            }
            // The keys go with the commits whose values they open, or neither goes.
            let keys = try keysPush()
            let push = try run(["push", "--porcelain"] + (keys.isEmpty ? [] : ["--atomic"])
                               + [Self.remoteName, "HEAD:refs/heads/\(branch)"] + keys)
            if push.succeeded { break }
            // A colleague's push in between is fetched, merged and pushed again; a server
            // that refuses the push (a protected branch, a hook) is named at once.
            let failure = remoteFailure(push.errors + push.text)
            guard case .remote(.pushRace, _, _, _) = failure, attempt < 3 else { throw failure }
        }
        ensureRecordFolders()
        // A colleague's purge whose ring history the server kept: tried again, never in
        // the way of the sync.
        _ = try? replaceKeysHistory()
        _ = try? run(["branch", "--set-upstream-to=\(Self.remoteName)/\(branch)"])
        try? Data(ISO8601DateFormatter().string(from: now).utf8).write(to: gitFolder.appendingPathComponent(Self.lastSyncFile))
        // Only what was held back differs from HEAD now (the rest was committed): the
        // conflicts are looked for without another look at every file.
        let after = try openConflicts(head: try? call(["rev-parse", "HEAD"]), dirty: Set(report.heldBack))
        report.openConflicts = after
        report.newConflicts = after.filter { !before.contains($0.id) }
        report.purgePending = try? purgePending()
        return report
    }

    /// git keeps files, not folders: a record folder still empty on the machine that
    /// started the network does not arrive in a clone. It is made here, as `init` makes it.
    func ensureRecordFolders() {
        for kind in RecordKind.allCases {
            let folder = root.appendingPathComponent(kind.folder)
            if !FileManager.default.fileExists(atPath: folder.path) { try? PrivateFile.makeFolder(folder) }
        }
    }

    /// When this clone last synced, if ever.
    public var lastSync: Date? {
        guard let data = FileManager.default.contents(atPath: gitFolder.appendingPathComponent(Self.lastSyncFile).path) else {
            return nil
        }
        // Foundation's own parser, not `ISO8601DateFormatter`, which loads ICU first.
        return try? Date(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), strategy: .iso8601)
    }

    /// Whether this store is a clone with a remote.
    public var isSetUp: Bool { remoteURL != nil }

    /// The remote's address as git has it, nil when this store is not a clone with a remote.
    var remoteURL: String? {
        guard FileManager.default.fileExists(atPath: gitFolder.path),
              let output = try? git.run(["remote", "get-url", Self.remoteName]), output.succeeded else { return nil }
        return output.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: - Steps

    var gitFolder: URL { root.appendingPathComponent(".git") }

    /// Checks the store is set up, finishes what a killed sync or writer left, refreshes
    /// the merge driver (the program may have moved), and returns the branch.
    func prepare(configure: Bool = true) throws(SyncError) -> String {
        _ = try checkedRemote()
        if configure {
            removeStaleGitLocks()
            try abandonUnfinishedMerge()
            try self.configure()
            try bringBackHeld()
        }
        return try call(["symbolic-ref", "--short", "HEAD"])
    }

    /// The remote's address, once git, the store and the remote are found to be there.
    func checkedRemote() throws(SyncError) -> String {
        guard Git.executable() != nil else { throw .gitMissing }
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(FileStore.manifestName).path) else {
            throw .notAStore(path: root.path)
        }
        guard let remote = remoteURL else { throw .notSetUp(path: root.path) }
        return remote
    }

    /// The repository settings Lotse relies on, set every time so that they stay right.
    func configure() throws(SyncError) {
        let settings = [
            ("merge.lotse.name", "Lotse: field-by-field merge of store records"),
            ("merge.lotse.driver", driver),
            // A deleted record and a new one are never "renamed" into each other.
            ("merge.renames", "false"),
            ("diff.renames", "false"),
            ("core.quotePath", "false"),
            // A link a colleague commits is checked out as a plain file holding its
            // target's name, never as a link (the screening keeps it out before that).
            ("core.symlinks", "false"),
            ("core.protectNTFS", "true"),
            ("user.name", author),
            ("user.email", ""),
        ]
        // Required: a filter git cannot start stops git rather than letting a name into
        // the history in plain text.
        let sealing = filter.map { [("filter.lotse.process", $0), ("filter.lotse.required", "true")] } ?? []
        // Read in one call, written only where they differ: a git call costs milliseconds.
        let current = (try? call(["config", "--local", "--list", "-z"], raw: true)).map(Self.settings) ?? [:]
        for (key, value) in settings + sealing where current[key.lowercased()] != value { try call(["config", key, value]) }
        try writeOwnRules()
        try ensureRing()
    }

    /// `git config --list -z` as a dictionary: "key\nvalue" each (a key alone when it has no
    /// value), keys as git prints them, in lower case but for subsections. The last one wins.
    static func settings(_ listed: String) -> [String: String] {
        var settings: [String: String] = [:]
        for entry in listed.split(separator: "\0") {
            let parts = entry.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            settings[String(parts[0]).lowercased()] = parts.count > 1 ? String(parts[1]) : ""
        }
        return settings
    }

    /// Lotse's rules, where no push can reach them: `info/attributes` overrides every
    /// `.gitattributes`, and `info/exclude` keeps the machine-local files out.
    func writeOwnRules() throws(SyncError) {
        let info = gitFolder.appendingPathComponent("info")
        do throws(StoreError) {
            try PrivateFile.makeFolder(info)
            let sealing = seals ? RecordKind.allCases.map { "\($0.folder)/*.json filter=lotse\n" }.joined() : ""
            for (name, text) in [("attributes", Self.attributes + sealing), ("exclude", Self.ignored)] {
                let url = info.appendingPathComponent(name)
                if FileManager.default.contents(atPath: url.path) != Data(text.utf8) { try PrivateFile.write(Data(text.utf8), to: url) }
            }
        } catch {
            throw .store(error)
        }
    }

    /// The store's own files as pathspecs: whatever a `.gitignore` says, these are shared.
    static let storePathspecs = [manifestPathspec] + RecordKind.allCases.map(pathspec)
    static let manifestPathspec = ":(literal)\(FileStore.manifestName)"
    static func pathspec(_ kind: RecordKind) -> String { ":(glob)\(kind.folder)/[!.]*.json" }

    /// `storePathspecs` without the folders that hold no record file.
    func presentStorePathspecs() -> [String] {
        let manifest = FileManager.default.fileExists(atPath: root.appendingPathComponent(FileStore.manifestName).path)
        return (manifest ? [Self.manifestPathspec] : []) + RecordKind.allCases.filter(holdsRecordFile).map(Self.pathspec)
    }

    /// Whether a kind's folder holds at least one `*.json` not starting with a dot; stops
    /// at the first, which in a folder of 100,000 comes at once.
    private func holdsRecordFile(_ kind: RecordKind) -> Bool {
        guard let folder = opendir(root.appendingPathComponent(kind.folder).path) else { return false }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix("."), name.hasSuffix(".json") { return true }
        }
        return false
    }

    /// A sync killed in the middle of a merge left MERGE_HEAD: everything committed
    /// before it is safe, so the half-done merge is dropped and done again.
    func abandonUnfinishedMerge() throws(SyncError) {
        for marker in ["MERGE_HEAD", "rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD"]
        where FileManager.default.fileExists(atPath: gitFolder.appendingPathComponent(marker).path) {
            _ = try? run(["merge", "--abort"])
            _ = try? run(["rebase", "--abort"])
            _ = try? run(["cherry-pick", "--abort"])
        }
    }

    /// Commits every change in the store folder, with a message that says what changed,
    /// except what is held back; returns the paths held back, and the conflicts the store
    /// held before (found from what was staged, without another look at every file).
    @discardableResult
    func commitLocalChanges() throws(SyncError) -> (held: [String], conflicts: [SyncConflict]) {
        do throws(StoreError) { try FileStore(at: root).tidy() } catch { throw SyncError.store(error) }
        return try whileLocked { () throws(SyncError) -> ([String], [SyncConflict]) in
            try call(["add", "--all"])
            // A pushed `.gitignore` cannot keep a record from being shared.
            // Only the folders that hold a record: git refuses the whole call when one of
            // its pathspecs matches nothing (a network without meetings yet).
            // (None at all: nothing to add, and `add --force` without a path takes every file.)
            let present = presentStorePathspecs()
            if !present.isEmpty { _ = try run(["add", "--all", "--force", "--"] + present) }
            // ":mode mode blob-before blob-after status" and the path, in turn: a file added
            // here has no version before to show.
            let fields = try call(["diff", "--cached", "--raw", "--no-abbrev", "--no-renames", "-z"], raw: true)
                .split(separator: "\0").map(String.init)
            let staged = stride(from: 0, to: fields.count - 1, by: 2).map { index in
                let parts = fields[index].split(separator: " ")
                return (status: parts.last.map(String.init) ?? "", blob: parts.count == 5 ? String(parts[2]) : "", path: fields[index + 1])
            }
            let head = try? call(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])
            let conflicts = try openConflicts(head: head, dirty: Set(staged.map(\.path)))
            guard !staged.isEmpty else { return ([], conflicts) }
            let hasHead = head != nil
            // The versions before, in one git call by their blobs' ids (a name such as
            // HEAD:questions/….json has git read the whole folder's tree again for each),
            // opened with one reading of the ring.
            let before = hasHead ? try blobs(staged.filter { $0.status != "A" }.map(\.blob)) : [:]
            let sealer = seals ? RecordSealer(store: root) : nil
            let changes = staged.map { file in
                FileChange(path: file.path,
                           before: before[file.blob].map { data in sealer?.unseal(data) ?? data },
                           after: FileManager.default.contents(atPath: root.appendingPathComponent(file.path).path))
            }
            let held = changes.filter(holdBack).map(\.path)
            if !held.isEmpty { try call(hasHead ? ["reset", "--quiet", "--"] + held : ["rm", "--cached", "--quiet", "--"] + held) }
            let sent = changes.filter { !held.contains($0.path) }
            if !sent.isEmpty {
                try call(["commit", "--quiet", "--no-verify", "-F", "-"], input: Data(describe(sent).utf8))
            }
            return (held, conflicts)
        }
    }

    /// The contents of blobs named as git names them (by id, or "HEAD:questions/….json"), by
    /// name, in one `git cat-file --batch`; a name git does not find is left out.
    func blobs(_ names: [String]) throws(SyncError) -> [String: Data] {
        guard !names.isEmpty else { return [:] }
        let valid = names.filter { !$0.contains("\n") }
        let output = try call(["cat-file", "--batch"], input: Data(valid.map { $0 + "\n" }.joined().utf8), raw: true)
        // Each answer: "<id> blob <size>\n<content>\n", or "<name> missing\n".
        var found: [String: Data] = [:]
        let bytes = Array(output.utf8)
        var at = 0
        for name in valid {
            guard let end = bytes[at...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[at..<end], as: UTF8.self).split(separator: " ")
            at = end + 1
            guard header.count == 3, let size = Int(header[2]), at + size <= bytes.count else { continue }
            if header[1] == "blob" { found[name] = Data(bytes[at..<(at + size)]) }
            at += size + 1
        }
        return found
    }

    func fetch() throws(SyncError) {
        let output = try run(["fetch", "--quiet", Self.remoteName])
        guard output.succeeded else { throw remoteFailure(output.errors + output.text) }
    }

    /// Refuses a remote whose store a newer Lotse wrote: this one would drop its fields.
    func checkSchema(of ref: String) throws(SyncError) {
        guard let text = try? call(["show", "\(ref):\(FileStore.manifestName)"], raw: true),
              let manifest = try? JSONValue.parse(Data(text.utf8)),
              case .number(let number)? = manifest.object?["schemaVersion"], let found = Int(number) else { return }
        if found > StoreManifest.currentSchemaVersion {
            throw .newerSchema(found: found, supported: StoreManifest.currentSchemaVersion)
        }
    }

    /// Merges the remote branch into HEAD. Returns the records deleted on one side and
    /// changed on the other, which are kept. Leaves no merge in progress.
    func merge(_ ref: String) throws(SyncError) -> [String] {
        if try run(["merge-base", "--is-ancestor", ref, "HEAD"]).succeeded { return [] }
        if try run(["merge-base", "--is-ancestor", "HEAD", ref]).succeeded {
            try call(["merge", "--quiet", "--ff-only", ref])
            return []
        }
        // The driver names who is on each side of a conflict: this machine's user, and
        // the author of the incoming commit.
        var merging = git
        merging.environment = [SyncFileMerge.oursAuthorVariable: author,
                               SyncFileMerge.theirsAuthorVariable: (try? call(["log", "-1", "--format=%an", ref])) ?? ""]
        let arguments = ["merge", "--quiet", "--no-edit", "--no-verify", "-Xno-renames", "-m", mergeMessage, ref]
        var merged: Git.Output
        do { merged = try merging.run(arguments) } catch { throw SyncError(error) }
        // Refused before it began, for files that only read as changed: sealed with this
        // clone's key of a day for which the colleague's ring brought one that now comes
        // first. Committed sealed the way git now seals them, the merge goes through.
        if !merged.succeeded, try call(["ls-files", "--unmerged", "-z"], raw: true).isEmpty, try commitResealed() {
            do { merged = try merging.run(arguments) } catch { throw SyncError(error) }
        }
        var kept: [String] = []
        if !merged.succeeded {
            do {
                kept = try settleUnmerged()
                try call(["commit", "--quiet", "--no-edit", "--no-verify"])
            } catch {
                _ = try? run(["merge", "--abort"])
                throw error
            }
        }
        return kept
    }

    /// Commits the record files whose working copy holds exactly what HEAD holds, opened,
    /// but which git seals otherwise now (another key for the same day, after two rings
    /// met). Nothing else is committed: a held-back or edited file differs in what it says.
    /// True when there was such a file.
    func commitResealed() throws(SyncError) -> Bool {
        let changed = try call(["diff", "--name-only", "--no-renames", "-z", "HEAD", "--"] + Self.storePathspecs, raw: true)
            .split(separator: "\0").map(String.init)
        let resealed = changed.filter { path in
            guard RecordKind.record(at: path) != nil,
                  let head = (try? call(["show", "HEAD:\(path)"], raw: true)).map({ Data($0.utf8) }),
                  let file = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return false }
            return opened(head) == file
        }
        guard !resealed.isEmpty else { return false }
        try call(["add", "--"] + resealed)
        try call(["commit", "--quiet", "--no-verify", "-m", Self.resealMessage])
        return true
    }

    static let resealMessage = "Lotse: neu versiegelt (Schlüssel des Netzwerks)"

    /// What git could not merge by itself: a record deleted on one side and changed on
    /// the other (kept, changed), or a file the driver did not settle (merged here).
    func settleUnmerged() throws(SyncError) -> [String] {
        var stages: [String: Set<Int>] = [:]
        for line in try call(["ls-files", "--unmerged", "-z"], raw: true).split(separator: "\0") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let fields = line[..<tab].split(separator: " ")
            guard fields.count == 3, let stage = Int(fields[2]) else { continue }
            stages[String(line[line.index(after: tab)...]), default: []].insert(stage)
        }
        guard !stages.isEmpty else {
            throw .git(command: "merge", detail: "the merge stopped without a file in conflict")
        }
        var kept: [String] = []
        for (path, present) in stages.sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            if present.contains(2) && present.contains(3) {
                func blob(_ stage: Int) -> Data? {
                    present.contains(stage) ? opened((try? call(["show", ":\(stage):\(path)"], raw: true)).map { Data($0.utf8) }) : nil
                }
                guard let result = SyncFileMerge.merge(base: blob(1), ours: blob(2), theirs: blob(3), path: path) else {
                    throw .git(command: "merge \(path)", detail: "neither version is valid JSON")
                }
                if result.refusedTheirs { noteRefused(path) }
                do { try result.data.write(to: url) } catch { throw .store(.cannotWrite(path: url.path, reason: .of(error))) }
            } else {
                // Deleted on one side, changed on the other: the changed version stays.
                if !FileManager.default.fileExists(atPath: url.path) {
                    try call(["checkout", present.contains(3) ? "--theirs" : "--ours", "--", path])
                }
                kept.append(path)
            }
            try call(["add", "--", path])
        }
        return kept
    }

    /// The store files that differ in a range of commits (`A...B`, `A..B`).
    /// Records deleted in this clone's history that are back after the merge: a colleague
    /// changed them meanwhile and kept them. Named, so that whoever deleted one learns it
    /// came back.
    func restored(since head: String, incoming: String) throws(SyncError) -> [String] {
        let added = try call(["diff", "--name-only", "--no-renames", "-z", "--diff-filter=A", head, "HEAD"], raw: true)
            .split(separator: "\0").map(String.init).filter(Self.isRecordFile)
        var restored: [String] = []
        for path in added where !(try call(["rev-list", "-1", head, "--", path])).isEmpty { restored.append(path) }
        return restored
    }

    /// What the counts of a sync count: the store's own files (records and `store.json`),
    /// as the commit message does, not git's rule files beside them.
    static func isRecordFile(_ path: String) -> Bool { !path.hasPrefix(".") }

    func changedFiles(_ range: String) throws(SyncError) -> [String] {
        try call(["diff", "--name-only", "--no-renames", "-z", range], raw: true).split(separator: "\0").map(String.init)
    }

    func exists(_ ref: String) throws(SyncError) -> Bool {
        try run(["rev-parse", "--verify", "--quiet", ref + "^{commit}"]).succeeded
    }

    func whileLocked<T>(_ body: () throws(SyncError) -> T) throws(SyncError) -> T {
        do {
            return try FileStore(at: root).whileLocked { () throws(StoreError) -> Result<T, SyncError> in
                do throws(SyncError) { return .success(try body()) } catch { return .failure(error) }
            }.get()
        } catch let error as SyncError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .git(command: "lock", detail: "\(error)")
        }
    }

    /// What git said when the remote failed, as the failure it describes, masked.
    func remoteFailure(_ said: String, during step: RemoteStep = .sync) -> SyncError {
        let remote = (try? call(["remote", "get-url", Self.remoteName])) ?? Self.remoteName
        return Self.remoteFailure(said, remote: remote, during: step)
    }

    static func remoteFailure(_ said: String, remote: String, during step: RemoteStep) -> SyncError {
        var failure = RemoteFailure.classify(said)
        // A remote on a share that is not there (not mounted, offline) is out of reach
        // rather than missing.
        let path = remote.hasPrefix("file://") ? String(remote.dropFirst("file://".count)) : remote
        if failure == .notFound, path.hasPrefix("/") || path.hasPrefix("."), !FileManager.default.fileExists(atPath: path) {
            failure = .unreachable
        }
        return .remote(failure, remote: SecretMask.apply(remote), detail: RemoteFailure.detail(said), during: step)
    }

    // MARK: - git

    func run(_ arguments: [String], input: Data? = nil) throws(SyncError) -> Git.Output {
        do { return try git.run(arguments, input: input) } catch { throw SyncError(error) }
    }

    /// What git printed (trimmed unless `raw`); a failure is thrown.
    @discardableResult
    func call(_ arguments: [String], input: Data? = nil, raw: Bool = false) throws(SyncError) -> String {
        let output = try run(arguments, input: input)
        guard output.succeeded else {
            throw .git(command: SecretMask.apply(arguments.joined(separator: " ")), detail: SyncError.plain(output.errors + output.text))
        }
        return raw ? output.text : output.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
