import Foundation
import LotseCore
import LotseStore

/// `lotse-bench terminal [--sizes 1000,10000,100000] [--folder DIR] [--lotse PATH] [--runs N]`:
/// what the user feels, measured from outside. The release binary runs in a real terminal
/// (a tmux pane of 120×40) over generated stores with a warm index; the screen is read
/// back until it shows what was waited for. Each figure stands beside its floor, measured
/// the same way in the same run: a program that prints the same screen at once (first
/// frame), and a shell loop that redraws the whole screen on every key (keys). Reading
/// the pane costs a few milliseconds itself, which both sides pay alike; medians of
/// `--runs` runs.
enum TerminalBench {
    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "terminal" else { return nil }
        guard let values = BenchOptions.parse(arguments.dropFirst(), known: ["--sizes", "--folder", "--lotse", "--runs"]) else { return 2 }
        let sizes = BenchOptions.sizes(values)
        let folder = BenchOptions.folder(values)
        guard let lotse = BenchOptions.lotse(values) else { return 2 }
        let runs = BenchOptions.runs(values)
        guard Tmux.available else { print("lotse-bench: terminal needs tmux"); return 2 }
        for size in sizes {
            guard let root = StoreBench.prepared(size: size, folder: folder) else { continue }
            bench(size: size, root: root, lotse: lotse, folder: folder, runs: runs)
        }
        return 0
    }

    static func bench(size: Int, root: URL, lotse: String, folder: URL, runs: Int) {
        let cache = folder.appendingPathComponent("terminal-cache-\(size)").path
        let home = folder.appendingPathComponent("terminal-home").path
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let environment = "env HOME=\(home) XDG_CACHE_HOME=\(cache) TERM=xterm-256color LANG=C.UTF-8"
        let command = "\(environment) \(lotse) --store \(root.path)"
        // The index is built once, as a first start does; every run below finds it warm.
        _ = Tmux.shell("\(environment) \(lotse) --store \(root.path) questions list > /dev/null")
        var first: [Double] = [], newest: [Double] = [], loaded: [Double] = [], floor: [Double] = []
        var keys: [String: [Double]] = [:], keyFloor: [Double] = [], memory: [Int] = []
        let screen = folder.appendingPathComponent("terminal-screen.txt").path
        for _ in 0 ..< runs {
            // First frame, the newest questions, everything loaded.
            let session = Tmux(command)
            let start = Date()
            guard session.wait(for: { $0.contains("[1] ") && $0.contains("[3] ") }) else { session.end(); continue }
            first.append(Date().timeIntervalSince(start))
            if session.wait(for: { $0.contains("│ ● ") || $0.contains("│ ◐ ") || $0.contains("│ ✓ ") }) {
                newest.append(Date().timeIntervalSince(start))
            }
            if session.wait(for: { !$0.contains("⟳") }, timeout: 60) { loaded.append(Date().timeIntervalSince(start)) }
            try? session.capture().write(toFile: screen, atomically: true, encoding: .utf8)
            // Keys, each until the screen has changed.
            for (name, sequence) in [("2 (questions panel)", ["2"]), ("j", ["j"]), ("k", ["k"]), ("/ then w (filter)", ["/", "w"]),
                                     ("⌫ in the filter", ["BSpace"]), ("Esc", ["Escape"]), ("w (knowledge)", ["w"]),
                                     ("a key in the knowledge search", ["/", "s"]), ("Esc Esc", ["Escape", "Escape"])] {
                if let elapsed = session.keys(sequence) { keys[name, default: []].append(elapsed) }
            }
            memory.append(session.peakMemoryKB() ?? 0)
            session.end()
            // The floors: the same screen printed at once; a full redraw on every key.
            let printed = Tmux("cat \(screen); sleep 60")
            let printStart = Date()
            if printed.wait(for: { $0.contains("[1] ") && $0.contains("[3] ") }) { floor.append(Date().timeIntervalSince(printStart)) }
            printed.end()
            let redraw = Tmux("while IFS= read -rsn1 key; do clear; cat \(screen); echo \"$key$RANDOM\"; done")
            _ = redraw.wait(for: { _ in true })
            for _ in 0 ..< 3 { if let elapsed = redraw.keys(["j"]) { keyFloor.append(elapsed) } }
            redraw.end()
        }
        func ms(_ values: [Double]) -> String {
            guard !values.isEmpty else { return "     –" }
            let sorted = values.sorted()
            return String(format: "%6.1f ms (%.1f–%.1f)", sorted[sorted.count / 2] * 1000, sorted[0] * 1000, sorted[sorted.count - 1] * 1000)
        }
        func row(_ name: String, _ text: String) { print(DisplayWidth.pad(name, to: 46) + String(format: "%7d questions  ", size) + text) }
        row("first frame", ms(first))
        row("  floor: the same screen printed", ms(floor))
        row("newest questions on screen", ms(newest))
        row("all questions loaded", ms(loaded))
        for name in ["2 (questions panel)", "j", "k", "/ then w (filter)", "⌫ in the filter", "Esc", "w (knowledge)",
                     "a key in the knowledge search", "Esc Esc"] {
            row("key to frame: \(name)", ms(keys[name] ?? []))
        }
        row("  floor: a full-screen redraw per key", ms(keyFloor))
        let sortedMemory = memory.sorted()
        if let median = sortedMemory.isEmpty ? nil : sortedMemory[sortedMemory.count / 2] {
            row("peak memory (VmHWM) after the session", "\(median / 1024) MB")
        }
    }
}

/// One tmux session of 120×40 running a command, read back with `capture-pane`.
struct Tmux {
    let name: String

    static var available: Bool { shell("command -v tmux > /dev/null").status == 0 }

    init(_ command: String) {
        name = "lotse-bench-\(UUID().uuidString.prefix(8))"
        _ = Self.run(["new-session", "-d", "-x", "120", "-y", "40", "-s", name, command], reading: false)
    }

    func capture() -> String { Self.run(["capture-pane", "-p", "-t", name]).output }

    /// Polls the screen until `done` holds; false after `timeout` seconds.
    func wait(for done: (String) -> Bool, timeout: Double = 20) -> Bool {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if done(capture()) { return true }
        }
        return false
    }

    /// Sends keys one after another, each once the screen has changed from the one
    /// before; the time of the last, or nil when the screen did not change.
    func keys(_ sequence: [String]) -> Double? {
        var elapsed: Double?
        for key in sequence {
            let before = capture()
            let start = Date()
            _ = Self.run(["send-keys", "-t", name, key])
            guard wait(for: { $0 != before }, timeout: 5) else { return nil }
            elapsed = Date().timeIntervalSince(start)
        }
        return elapsed
    }

    /// The peak resident memory of the pane's process, from `/proc`.
    func peakMemoryKB() -> Int? {
        let pid = Self.run(["display-message", "-p", "-t", name, "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    func end() { _ = Self.run(["kill-session", "-t", name]) }

    /// tmux with these arguments, its output read from a private file: spawned and
    /// waited for directly, as a tmux client that starts a server must not be waited on
    /// through a pipe the server inherits.
    @discardableResult
    static func run(_ arguments: [String], reading: Bool = true) -> (status: Int32, output: String) {
        spawn(["/usr/bin/env", "tmux"] + arguments, reading: reading)
    }

    static func shell(_ command: String) -> (status: Int32, output: String) {
        spawn(["/bin/sh", "-c", command], reading: false)
    }

    private static func spawn(_ arguments: [String], reading: Bool) -> (status: Int32, output: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-bench-\(UUID().uuidString)").path
        defer { unlink(out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, reading ? out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return (127, "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = reading ? (FileManager.default.contents(atPath: out).map { String(decoding: $0, as: UTF8.self) } ?? "") : ""
        return ((status >> 8) & 0xFF, output)
    }
}
