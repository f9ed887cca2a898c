import Foundation
import LotseCore
import LotseStore

/// `lotse-bench commands [--sizes 1000,10000,100000] [--folder DIR] [--lotse PATH] [--runs N] [--sync]`:
/// each command as a user runs it, measured from outside: the release binary started, run
/// and waited for over the generated stores (index warm), wall time and peak memory from
/// the kernel's account of the finished child. Each run takes the floor (`lotse
/// --version`) and every command in turn, so a drift of the machine touches all alike;
/// medians with their spread. `--sync` adds, at each size, a synced copy of the store and
/// a bare remote: `sync status` beside `git status`, a sync of 100 changed questions beside
/// the git commands it needs, and `lotse join` beside `git clone`.
enum CommandBench {
    struct Figure {
        var seconds: [Double] = []
        var peakKB: [Int] = []
    }

    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "commands" else { return nil }
        let known: Set<String> = ["--sizes", "--folder", "--lotse", "--runs", "--sync"]
        let withSync = arguments.contains("--sync")
        guard let values = BenchOptions.parse(ArraySlice(arguments.dropFirst().filter { $0 != "--sync" }), known: known) else { return 2 }
        let folder = BenchOptions.folder(values)
        guard let lotse = BenchOptions.lotse(values) else { return 2 }
        let runs = BenchOptions.runs(values)
        for size in BenchOptions.sizes(values) {
            guard let root = StoreBench.prepared(size: size, folder: folder) else { continue }
            commands(size: size, root: root, lotse: lotse, folder: folder, runs: runs)
            if withSync { sync(size: size, root: root, lotse: lotse, folder: folder, runs: runs) }
        }
        return 0
    }

    static func environment(_ folder: URL, size: Int) -> [String] {
        ["HOME=" + folder.appendingPathComponent("terminal-home").path,
         "XDG_CACHE_HOME=" + folder.appendingPathComponent("terminal-cache-\(size)").path, "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
    }

    static func commands(size: Int, root: URL, lotse: String, folder: URL, runs: Int) {
        let env = environment(folder, size: size)
        try? FileManager.default.createDirectory(atPath: folder.appendingPathComponent("terminal-home").path, withIntermediateDirectories: true)
        let store = ["--store", root.path]
        // A first run builds the index, as a first start does; every run below finds it warm.
        _ = time([lotse, "questions", "list"] + store, environment: env)
        let question = firstRecord(in: root.appendingPathComponent("questions")) ?? ""
        let meeting = firstRecord(in: root.appendingPathComponent("meetings")) ?? ""
        let list: [(String, [String])] = [
            ("lotse --version (the floor)", ["--version"]),
            ("questions show ID", ["questions", "show", question] + store),
            ("communes list", ["communes", "list"] + store),
            ("meetings list", ["meetings", "list"] + store),
            ("meetings show ID", ["meetings", "show", meeting] + store),
            ("report", ["report"] + store),
            ("privacy report", ["privacy", "report"] + store),
            ("check", ["check"] + store),
            ("questions list --format csv", ["questions", "list", "--format", "csv"] + store),
            ("questions list --format json", ["questions", "list", "--format", "json"] + store),
        ]
        var figures = [Figure](repeating: Figure(), count: list.count)
        for _ in 0..<runs {
            for (index, entry) in list.enumerated() {
                guard let (seconds, peak) = time([lotse] + entry.1, environment: env) else { continue }
                figures[index].seconds.append(seconds)
                figures[index].peakKB.append(peak)
            }
        }
        for (index, entry) in list.enumerated() { report(entry.0, size: size, figures[index], floor: figures[0]) }
    }

    /// A synced copy of the store with a bare remote beside it, made once and kept.
    static func sync(size: Int, root: URL, lotse: String, folder: URL, runs: Int) {
        let env = environment(folder, size: size)
        let synced = folder.appendingPathComponent("synced-\(size)")
        let remote = folder.appendingPathComponent("remote-\(size).git")
        if !FileManager.default.fileExists(atPath: synced.appendingPathComponent(".git").path) {
            try? FileManager.default.removeItem(at: synced)
            try? FileManager.default.removeItem(at: remote)
            guard time(["/bin/cp", "-a", root.path, synced.path], environment: env) != nil,
                  time(["/usr/bin/git", "init", "--quiet", "--bare", remote.path], environment: env) != nil,
                  let (seconds, _) = time([lotse, "sync", "init", "--remote", remote.path, "--store", synced.path], environment: env) else {
                print("lotse-bench: cannot make a synced store")
                return
            }
            print(DisplayWidth.pad("(sync init, once)", to: 46) + String(format: "%7d questions  %8.2f s", size, seconds))
        }
        let git = ["/usr/bin/git", "-C", synced.path]
        var status = Figure(), gitStatus = Figure(), syncs = Figure(), gitSyncs = Figure(), joins = Figure(), clones = Figure()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: synced.appendingPathComponent("questions").path))?
            .filter { $0.hasSuffix(".json") }.sorted() ?? []
        for run in 0..<runs {
            // The round before wrote two clones: an untimed look first, so that neither side
            // of the pair pays for the disk catching up.
            _ = time(git + ["status", "--porcelain"], environment: env)
            if let (s, p) = time([lotse, "sync", "status", "--store", synced.path], environment: env) { status.add(s, p) }
            if let (s, p) = time(git + ["status", "--porcelain"], environment: env) { gitStatus.add(s, p) }
            // 100 questions changed in their files, then synced; then the same through git alone.
            touch(names.dropFirst(run * 200).prefix(100), in: synced, mark: "lotse \(run)")
            if let (s, p) = time([lotse, "sync", "--store", synced.path], environment: env) { syncs.add(s, p) }
            touch(names.dropFirst(run * 200 + 100).prefix(100), in: synced, mark: "git \(run)")
            let started = Date()
            var peak = 0
            for step in [git + ["add", "--all"], git + ["commit", "--quiet", "-m", "bench"], git + ["fetch", "--quiet", "origin"],
                         git + ["push", "--quiet", "origin", "HEAD"]] {
                peak = max(peak, time(step, environment: env)?.1 ?? 0)
            }
            gitSyncs.add(Date().timeIntervalSince(started), peak)
            let joined = folder.appendingPathComponent("joined-\(size)")
            let cloned = folder.appendingPathComponent("cloned-\(size)")
            try? FileManager.default.removeItem(at: joined)
            try? FileManager.default.removeItem(at: cloned)
            if let (s, p) = time([lotse, "join", remote.path, joined.path], environment: env) { joins.add(s, p) }
            if let (s, p) = time(["/usr/bin/git", "clone", "--quiet", "--branch", "main", remote.path, cloned.path], environment: env) { clones.add(s, p) }
        }
        report("sync status", size: size, status, floor: gitStatus)
        report("  floor: git status", size: size, gitStatus, floor: gitStatus)
        report("sync, 100 changed questions", size: size, syncs, floor: gitSyncs)
        report("  floor: git add, commit, fetch, push", size: size, gitSyncs, floor: gitSyncs)
        report("join (clone and first index)", size: size, joins, floor: clones)
        report("  floor: git clone", size: size, clones, floor: clones)
    }

    /// Changes one line of each file the way an edit would: its title, marked.
    static func touch(_ names: some Sequence<String>, in root: URL, mark: String) {
        for name in names {
            let path = root.appendingPathComponent("questions").appendingPathComponent(name).path
            guard var text = try? String(contentsOfFile: path, encoding: .utf8),
                  let range = text.range(of: #""title" : ""#) else { continue }
            text.insert(contentsOf: "(\(mark)) ", at: range.upperBound)
            try? text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    static func firstRecord(in folder: URL) -> String? {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".json") }.min().map { String($0.dropLast(5)) }
    }

    static func report(_ name: String, size: Int, _ figure: Figure, floor: Figure) {
        let sorted = figure.seconds.sorted()
        guard !sorted.isEmpty else { return }
        let median = sorted[sorted.count / 2]
        let floorMedian = floor.seconds.sorted().dropFirst(floor.seconds.count / 2).first ?? median
        let peaks = figure.peakKB.sorted()
        let ratio = floorMedian > 0 ? median / floorMedian : 0
        print(DisplayWidth.pad(name, to: 46) + String(format: "%7d questions  %8.1f ms (%.1f–%.1f)  ×%.1f  %d MB", size,
                                                        median * 1000, sorted[0] * 1000, sorted[sorted.count - 1] * 1000, ratio,
                                                        (peaks[peaks.count / 2]) / 1024))
    }

    /// Runs a program to its end; its wall time and its peak memory (KB), nil when it could not start.
    static func time(_ arguments: [String], environment: [String]) -> (Double, Int)? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let started = Date()
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, &envp) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return (Date().timeIntervalSince(started), usage.ru_maxrss)
    }
}

extension CommandBench.Figure {
    mutating func add(_ seconds: Double, _ peak: Int) {
        self.seconds.append(seconds)
        peakKB.append(peak)
    }
}
