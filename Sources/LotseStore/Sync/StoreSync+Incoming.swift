import Foundation

/// What a colleague pushes is untrusted input. Before anything of it reaches the working
/// tree, the incoming commit is screened: entries outside the store's layout, links,
/// submodules and oversized files, and changes to Lotse's own rule files, are kept out by
/// a commit on top of the incoming one (so the push that follows is a fast-forward and
/// the shared branch is clean again), and the sync names them once, with the commit and
/// its author. Nothing of that can stop a merge or a checkout.
extension StoreSync {
    /// The empty tree, the base of a clone's first checkout.
    static let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

    /// The commit to merge in place of `ref`, and what was kept out of it.
    struct Screened {
        var commit: String
        var keptOut: [KeptOut] = []
    }

    /// `fresh`: a clone's first checkout, where everything is new.
    func screen(_ ref: String, fresh: Bool = false) throws(SyncError) -> Screened {
        let tip = try call(["rev-parse", "\(ref)^{commit}"])
        var base: String?
        if !fresh, try exists("HEAD"), try run(["merge-base", "HEAD", tip]).succeeded { base = try call(["merge-base", "HEAD", tip]) }
        // Only what changed since the common ancestor is looked at: the cost of a sync
        // stays the cost of what came in.
        let changes = try call(["diff-tree", "-r", "-z", "--no-renames", "--no-commit-id", base ?? Self.emptyTree, tip], raw: true)
            .split(separator: "\0", omittingEmptySubsequences: false)
        var added: [(path: String, mode: String, object: String)] = []
        var index = 0
        while index + 1 < changes.count {
            let meta = changes[index].split(separator: " ")
            let path = String(changes[index + 1])
            index += 2
            guard meta.count >= 5, meta[1] != "000000" else { continue }
            added.append((path, String(meta[1]), String(meta[3])))
        }
        let sizes = try blobSizes(added.filter { $0.mode.hasPrefix("100") }.map(\.object))
        var refused: [String: StoreLayout.Refusal] = [:]
        for entry in added where !StoreLayout.ruleFiles.contains(entry.path) {
            if let refusal = StoreLayout.refusal(path: entry.path, mode: entry.mode, size: sizes[entry.object]) {
                refused[entry.path] = refusal
            }
        }
        let rules = try ruleBlobs()
        var rulesChanged: [String] = []
        for (name, blob) in rules where (try? call(["rev-parse", "--verify", "--quiet", "\(tip):\(name)"])) != blob {
            rulesChanged.append(name)
        }
        guard !refused.isEmpty || !rulesChanged.isEmpty else { return Screened(commit: tip) }
        let tree = try screenedTree(of: tip, base: base, refused: refused, rules: rules)
        let message = screenMessage(refused.keys.sorted() + rulesChanged)
        let commit = try call(["commit-tree", tree, "-p", tip, "-F", "-"], input: Data(message.utf8))
        var keptOut = try attribute(refused.keys.sorted(), in: tip, since: base).map { path, origin in
            KeptOut(path: path, refusal: refused[path] ?? .outsideLayout, commit: origin.commit, author: origin.author)
        }
        for name in rulesChanged {
            let origin = try attribute([name], in: tip, since: base)[0].1
            keptOut.append(KeptOut(path: name, refusal: .ruleChanged, commit: origin.commit, author: origin.author))
        }
        return Screened(commit: commit, keptOut: keptOut)
    }

    /// The sizes of blobs, from git's object store, without reading them.
    func blobSizes(_ objects: [String]) throws(SyncError) -> [String: Int64] {
        guard !objects.isEmpty else { return [:] }
        let answer = try call(["cat-file", "--batch-check=%(objectname) %(objectsize)"],
                              input: Data((objects.joined(separator: "\n") + "\n").utf8), raw: true)
        var sizes: [String: Int64] = [:]
        for line in answer.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let size = Int64(parts[1]) { sizes[String(parts[0])] = size }
        }
        return sizes
    }

    /// Lotse's own rule files as blobs in this repository.
    func ruleBlobs() throws(SyncError) -> [(String, String)] {
        [(".gitattributes", Self.attributes), (".gitignore", Self.ignored)].compactMap { name, text in
            (try? call(["hash-object", "-w", "--stdin"], input: Data(text.utf8))).map { (name, $0) }
        }
    }

    /// `tip`'s tree with the refused entries taken out (or, where the common ancestor had
    /// an acceptable file at that place, put back as it was), every other folder than
    /// the record folders left out, and Lotse's rule files in place.
    func screenedTree(of tip: String, base: String?, refused: [String: StoreLayout.Refusal],
                      rules: [(String, String)]) throws(SyncError) -> String {
        func entries(_ treeish: String) throws(SyncError) -> [(mode: String, type: String, object: String, name: String)] {
            try call(["ls-tree", "-z", treeish], raw: true).split(separator: "\0").compactMap { line in
                guard let tab = line.firstIndex(of: "\t") else { return nil }
                let meta = line[..<tab].split(separator: " ")
                guard meta.count == 3 else { return nil }
                return (String(meta[0]), String(meta[1]), String(meta[2]), String(line[line.index(after: tab)...]))
            }
        }
        func line(_ mode: String, _ type: String, _ object: String, _ name: String) -> String {
            "\(mode) \(type) \(object)\t\(name)"
        }
        var root: [String] = []
        let tipEntries = try entries(tip)
        // A record folder a push replaced by a link or a file: the folder as it was.
        if let base {
            for old in try entries(base) where old.type == "tree" && RecordKind.allCases.contains(where: { $0.folder == old.name })
                && !tipEntries.contains(where: { $0.name == old.name && $0.type == "tree" }) {
                root.append(line(old.mode, old.type, old.object, old.name))
            }
        }
        for entry in tipEntries {
            if entry.name == FileStore.manifestName, refused[entry.name] == nil {
                root.append(line(entry.mode, entry.type, entry.object, entry.name))
            } else if entry.type == "tree", RecordKind.allCases.contains(where: { $0.folder == entry.name }) {
                let inside = refused.keys.filter { $0.hasPrefix(entry.name + "/") }
                guard !inside.isEmpty else {
                    root.append(line(entry.mode, entry.type, entry.object, entry.name))
                    continue
                }
                let previous = try base.map { base throws(SyncError) in
                    try run(["rev-parse", "--verify", "--quiet", "\(base):\(entry.name)"]).succeeded
                        ? Dictionary(try entries("\(base):\(entry.name)").map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
                        : [:]
                } ?? [:]
                var files: [String] = []
                for file in try entries(entry.object) {
                    let path = "\(entry.name)/\(file.name)"
                    if refused[path] == nil {
                        files.append(line(file.mode, file.type, file.object, file.name))
                    } else if let old = previous[file.name],
                              StoreLayout.refusal(path: path, mode: old.mode, size: try blobSizes([old.object])[old.object]) == nil {
                        files.append(line(old.mode, old.type, old.object, old.name))
                    }
                }
                let folder = try call(["mktree", "-z"], input: Data(files.map { $0 + "\0" }.joined().utf8))
                root.append(line("040000", "tree", folder, entry.name))
            }
        }
        for (name, blob) in rules { root.append(line("100644", "blob", blob, name)) }
        return try call(["mktree", "-z"], input: Data(root.map { $0 + "\0" }.joined().utf8))
    }

    /// Who brought each path: the newest commit since `base` that touched it (or its top
    /// folder, for a stray tree of thousands of files), and its author.
    func attribute(_ paths: [String], in tip: String, since base: String?) throws(SyncError)
        -> [(String, (commit: String, author: String))] {
        var known: [String: (commit: String, author: String)] = [:]
        let range = base.map { "\($0)..\(tip)" } ?? tip
        return try paths.map { path throws(SyncError) in
            let top = String(path.split(separator: "/").first ?? Substring(path))
            let key = RecordKind.allCases.contains(where: { $0.folder == top }) ? path : top
            if let origin = known[key] { return (path, origin) }
            let said = try run(["--literal-pathspecs", "log", "-1", "--format=%h%x00%an", range, "--", key])
            let parts = said.text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\0", omittingEmptySubsequences: false)
            let origin = parts.count == 2 ? (String(parts[0]), String(parts[1]))
                : (String(tip.prefix(7)), (try? call(["log", "-1", "--format=%an", tip])) ?? "")
            known[key] = origin
            return (path, origin)
        }
    }
}

/// A path a colleague's push brought that Lotse kept out of the store, and who brought it.
public struct KeptOut: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        case outsideLayout
        case link
        case submodule
        case tooLarge(size: Int64)
        /// `.gitattributes` or `.gitignore` changed: Lotse's own rules were put back.
        case ruleChanged
        /// A record the merge could not take (not JSON, nested too deep): the local
        /// version was kept.
        case unmergeable
    }

    public var path: String
    public var refusal: Reason
    public var commit: String
    public var author: String

    init(path: String, refusal: StoreLayout.Refusal, commit: String, author: String) {
        self.path = path
        self.commit = commit
        self.author = author
        switch refusal {
        case .outsideLayout: self.refusal = .outsideLayout
        case .link: self.refusal = .link
        case .submodule: self.refusal = .submodule
        case .tooLarge(let size): self.refusal = .tooLarge(size: size)
        }
    }

    public init(path: String, refusal: Reason, commit: String, author: String) {
        self.path = path
        self.refusal = refusal
        self.commit = commit
        self.author = author
    }
}

extension StoreSync {
    var refusedList: URL { gitFolder.appendingPathComponent(SyncFileMerge.refusedListName) }

    /// The records whose incoming version the merge refused (our version stays), with the
    /// commit that brought each; the list the merge driver kept is emptied.
    func unmergeable(from incoming: String, since head: String) throws(SyncError) -> [KeptOut] {
        guard let data = RecordFile.read(refusedList.path).data else { return [] }
        unlink(refusedList.path)
        let paths = Array(Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))).sorted()
        let base = try run(["merge-base", head, incoming]).succeeded ? try call(["merge-base", head, incoming]) : nil
        return try attribute(paths, in: incoming, since: base).map { path, origin in
            KeptOut(path: path, refusal: .unmergeable, commit: origin.commit, author: origin.author)
        }
    }

    func noteRefused(_ path: String) {
        let descriptor = open(refusedList.path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let line = Array((path + "\n").utf8)
        _ = line.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }
}
