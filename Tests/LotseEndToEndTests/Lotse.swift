import Foundation

/// Where the built binary is, and a clean environment to run it in.
enum Lotse {
    static let binary: String = {
        if let explicit = ProcessInfo.processInfo.environment["LOTSE_BINARY"] { return explicit }
        // The test runner sits in the same build folder as the lotse binary.
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var candidates = [runner.deletingLastPathComponent().appendingPathComponent("lotse").path]
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/lotse").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    /// A predictable environment: UTF-8, German, no colour settings from the developer's shell.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/tmp",
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            "SWIFT_BACKTRACE": "interactive=no",
            // The index of each test's store goes beside the tests' folders, not into ~/.cache.
            "XDG_CACHE_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("lotse-e2e-cache").path,
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    static func run(_ arguments: [String], _ extra: [String: String] = [:]) -> Spawn.Result {
        Spawn.run([binary] + arguments, environment: environment(extra))
    }

    /// Every file of a store (the lock file aside) with its bytes, to prove that a failed
    /// command wrote nothing.
    static func snapshot(_ store: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: store)
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".lock") { continue }
            if let data = FileManager.default.contents(atPath: store + "/" + name) { files[name] = data }
        }
        return files
    }
}
