import Foundation

/// The git commands one sync ran, with their status and what they printed, passwords
/// masked: what `lotse sync log` and the dashboard's sync log show when a sync fails in a
/// way its message cannot explain.
public final class GitLog: @unchecked Sendable {
    private let lock = NSLock()
    private var commands: [SyncLogEntry.Command] = []

    public init() {}

    func record(_ arguments: [String], status: Int32, output: String, started: Date) {
        let command = SyncLogEntry.Command(
            line: SecretMask.apply((["git"] + arguments).joined(separator: " ")), status: status,
            output: String(SecretMask.apply(output).trimmingCharacters(in: .whitespacesAndNewlines).prefix(4_000)),
            milliseconds: Int(Date().timeIntervalSince(started) * 1000))
        lock.withLock { commands.append(command) }
    }

    public var recorded: [SyncLogEntry.Command] { lock.withLock { commands } }
}

/// One sync as the log keeps it.
public struct SyncLogEntry: Codable, Hashable, Sendable {
    public struct Command: Codable, Hashable, Sendable {
        public var line: String
        public var status: Int32
        public var output: String
        public var milliseconds: Int

        public init(line: String, status: Int32, output: String, milliseconds: Int) {
            (self.line, self.status, self.output, self.milliseconds) = (line, status, output, milliseconds)
        }
    }

    public var started: Date
    /// What the sync said at its end, in the words of its summary or its error.
    public var outcome: String
    public var succeeded: Bool
    public var commands: [Command]

    public init(started: Date, outcome: String, succeeded: Bool, commands: [Command]) {
        (self.started, self.outcome, self.succeeded, self.commands) = (started, outcome, succeeded, commands)
    }
}

/// The last syncs of a clone, newest last, in `.git/lotse-sync-log.json`: the machine's
/// own, never shared, and short (the last 20).
public enum SyncLogFile {
    static let name = "lotse-sync-log.json"
    static let kept = 20

    public static func read(in root: URL) -> [SyncLogEntry] {
        let path = root.appendingPathComponent(".git").appendingPathComponent(name)
        guard let data = RecordFile.read(path.path, limit: 8 << 20).data else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return (try? decoder.decode([SyncLogEntry].self, from: data)) ?? []
    }

    static func append(_ entry: SyncLogEntry, in root: URL) {
        let folder = root.appendingPathComponent(".git")
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        let entries = (read(in: root) + [entry]).suffix(kept)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(Array(entries)) else { return }
        try? PrivateFile.write(data, to: folder.appendingPathComponent(name))
    }
}
