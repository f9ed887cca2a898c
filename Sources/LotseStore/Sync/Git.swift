import Foundation

/// Why a git command did not do its work.
public enum GitError: Error, Hashable, Sendable {
    /// No `git` on the PATH.
    case notInstalled
    /// git ran and failed: the command (without "git") and what it said.
    case failed(command: String, status: Int32, output: String)
}

/// Real git, run as a subprocess in a repository folder: the calls are short, synchronous
/// and few.
///
/// Every call runs with umask 077, so that files git writes into the store (a clone, a
/// merge) are readable by their owner only, like the files Lotse writes itself; asking
/// for a passphrase or a token only the way `prompting` allows; and in the C locale, so
/// that what git prints can be read back.
public struct Git: Sendable {
    public let folder: URL
    /// How git and ssh may ask for what they need.
    public var prompting: GitPrompting
    /// Where every command goes with its status and output, for the sync log.
    public var log: GitLog?
    /// Variables set for this call only (who is on each side of a merge, for the driver).
    public var environment: [String: String] = [:]

    public init(in folder: URL, prompting: GitPrompting = .never, log: GitLog? = nil) {
        self.folder = folder
        self.prompting = prompting
        self.log = log
    }

    public struct Output: Sendable {
        public var status: Int32
        public var text: String
        public var errors: String
        public var succeeded: Bool { status == 0 }
    }

    /// The path of the `git` program, or nil when it is not installed.
    public static func executable(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `git ARGUMENTS`; a failing status is returned, not thrown.
    ///
    /// Spawned directly rather than through Foundation's `Process`: git stays in this
    /// process's group, where a terminal's prompt can read what is typed (a `Process`
    /// makes a group of its own, and ssh asked again and again), and its end is waited
    /// for at once (`waitUntilExit` polls in steps of 50 ms on Linux).
    @discardableResult
    public func run(_ arguments: [String], input: Data? = nil) throws(GitError) -> Output {
        guard let git = Self.executable() else { throw .notInstalled }
        // Asking through Lotse's boxes, git and ssh run in a session of their own, without
        // the terminal: nothing they print or ask can reach the dashboard's screen.
        let detach = prompting.detachesFromTerminal && FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid")
        let launch = "cd -- \"$LOTSE_GIT_FOLDER\" && umask 077 && exec " + (detach ? "/usr/bin/setsid -w " : "") + "\"$0\" \"$@\""
        var environment = ProcessInfo.processInfo.environment
        prompting.apply(to: &environment)
        environment.merge(self.environment) { _, own in own }
        environment["LC_ALL"] = "C"
        environment["LANGUAGE"] = "C"
        environment["LOTSE_GIT_FOLDER"] = folder.path
        let started = Date()
        // Files rather than pipes: a long output cannot fill a pipe and stall git, and a
        // long input cannot stall Lotse.
        let files = Self.temporaryFiles()
        defer {
            unlink(files.out.path)
            unlink(files.err.path)
            unlink(files.input.path)
        }
        if let input {
            do { try input.write(to: files.input) } catch {
                throw .failed(command: arguments.joined(separator: " "), status: -1, output: "\(error)")
            }
        }
        guard let status = Self.spawn(["/bin/sh", "-c", launch, git] + arguments, environment: environment,
                                      input: input == nil ? "/dev/null" : files.input.path, outputs: files) else {
            throw .failed(command: arguments.joined(separator: " "), status: -1, output: "could not start \(git)")
        }
        let text = FileManager.default.contents(atPath: files.out.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let errors = FileManager.default.contents(atPath: files.err.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        log?.record(arguments, status: status, output: errors + text, started: started)
        return Output(status: status, text: text, errors: errors)
    }

    /// Runs `git ARGUMENTS` and returns what it printed, trimmed; a failure is thrown.
    @discardableResult
    public func check(_ arguments: [String], input: Data? = nil) throws(GitError) -> String {
        let output = try run(arguments, input: input)
        guard output.succeeded else {
            throw .failed(command: arguments.joined(separator: " "), status: output.status,
                          output: (output.errors + output.text).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return output.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The lines git printed, without empty ones.
    public func lines(_ arguments: [String]) throws(GitError) -> [String] {
        try check(arguments).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// Runs a program in this process's own group, its input from `input`, its output into
    /// the two files, with no signal blocked or caught; waits for it and returns its exit
    /// status (128 + signal when a signal ended it), nil when it could not start.
    private static func spawn(_ arguments: [String], environment: [String: String], input: String,
                              outputs: (out: URL, err: URL, input: URL)) -> Int32? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputs.out.path, O_WRONLY | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, outputs.err.path, O_WRONLY | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// The call's three files, the owner's only (an input can be a commit message).
    private static func temporaryFiles() -> (out: URL, err: URL, input: URL) {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("lotse-git-\(getpid())-\(UInt64.random(in: 0 ... .max))")
        let files = (out: URL(fileURLWithPath: base.path + ".out"), err: URL(fileURLWithPath: base.path + ".err"),
                     input: URL(fileURLWithPath: base.path + ".in"))
        for file in [files.out, files.err, files.input] {
            _ = FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        return files
    }
}
