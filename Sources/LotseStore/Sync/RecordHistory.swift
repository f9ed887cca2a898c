import Foundation

/// Who changed which field of a record when, from git's history of its file: the audit
/// trail the shared history keeps. Field by field (an answer as one unit), newest first.
public struct RecordHistory: Sendable {
    public struct Entry: Hashable, Sendable {
        public enum Event: Hashable, Sendable { case created, changed, deleted }
        public var commit: String
        public var author: String
        public var date: Date
        public var event: Event
        /// The fields that changed, with their old and new values (nil: absent).
        public var changes: [FieldChange]
    }

    public struct FieldChange: Hashable, Sendable {
        public var field: String
        public var old: JSONValue?
        public var new: JSONValue?
    }

    /// Fields every save changes, or that only Lotse reads: not a person's change.
    static let quiet: Set<String> = ["updated", SyncConflict.field, PrivacyStamp.field]

    public enum Failure: Error, Hashable, Sendable {
        /// The store has no git history: it is not synced.
        case notSynced
        case git(String)
    }

    /// The history of the record in `file` (relative to the store), newest first. Sealed
    /// values are opened with this clone's keys; one whose key a purge destroyed reads
    /// `shredded`.
    public static func of(_ file: String, in root: URL, limit: Int = 200, shredded: String = "gelöscht") throws(Failure) -> [Entry] {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) else { throw .notSynced }
        let git = Git(in: root)
        let log: Git.Output
        do {
            log = try git.run(["log", "--no-renames", "-n", "\(limit)", "--format=%H%x1f%an%x1f%aI", "--", file])
        } catch {
            throw .git("\(error)")
        }
        guard log.succeeded else { throw .git(log.errors) }
        let commits = log.text.split(separator: "\n").compactMap { line -> (String, String, Date)? in
            let parts = line.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, let date = ISO8601DateFormatter().date(from: parts[2]) else { return nil }
            return (parts[0], parts[1], date)
        }
        guard !commits.isEmpty else { return [] }
        // Every version at once, through one `cat-file --batch`: the file at each commit
        // and at its first parent, which is what that commit changed.
        let versions = try read(commits.flatMap { ["\($0.0):\(file)", "\($0.0)^:\(file)"] }, in: git,
                                opening: RecordSealer(store: root), shredded: shredded)
        var entries: [Entry] = []
        for (index, commit) in commits.enumerated() {
            let after = versions[2 * index], before = versions[2 * index + 1]
            let event: Entry.Event = before == nil ? .created : after == nil ? .deleted : .changed
            let changes = event == .deleted ? [] : differences(before, after)
            guard event != .changed || !changes.isEmpty else { continue }
            entries.append(Entry(commit: String(commit.0.prefix(10)), author: commit.1, date: commit.2, event: event, changes: changes))
        }
        return entries
    }

    /// The parsed versions named `<rev>:<path>`, nil where the file was not there.
    private static func read(_ names: [String], in git: Git, opening sealer: RecordSealer, shredded: String) throws(Failure) -> [JSONValue?] {
        do {
            return try GitObjects.contents(names, in: git).map { object in
                object.flatMap { $0.type == "blob" ? try? JSONValue.parse(sealer.unseal($0.data, placeholder: shredded)) : nil }
            }
        } catch {
            throw .git("\(error)")
        }
    }

    /// The top-level fields that differ, in the record's key order.
    static func differences(_ before: JSONValue?, _ after: JSONValue?) -> [FieldChange] {
        let old = before?.object ?? [:], new = after?.object ?? [:]
        return Set(old.keys).union(new.keys).subtracting(quiet).sorted().compactMap { key in
            old[key] == new[key] ? nil : FieldChange(field: key, old: old[key], new: new[key])
        }
    }
}
