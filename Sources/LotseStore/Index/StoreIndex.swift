import Foundation
import GRDB
import GRDBSQLite

/// The questions of a store as last read, with the stamp of the file each came from, in
/// SQLite under the user's cache folder. It is derived and disposable: it is never inside
/// the store (git and the other machines never see it), every entry is used only while its
/// file still has the same stamp, and a missing, broken or outdated index is simply built
/// again. Only questions are kept: they are the many; communes and meetings are few and
/// read from their files every time.
public final class StoreIndex: @unchecked Sendable {
    /// Raised when the shape of the table changes: an index of another shape is rebuilt.
    static let format = 7

    private let database: DatabaseQueue
    public let path: String
    /// How texts are folded for comparing (case, umlauts): the index keeps each question's
    /// tags and category folded, so that a filter by them is found by SQLite.
    let fold: @Sendable (String) -> String
    /// A file changed within this many nanoseconds of being read may change again within
    /// the same tick of the clock without its stamp moving (git's "racy" files): it is not
    /// indexed until it is older, and so it is read again next time. Tests set it to 0.
    let racyWindow: Int64

    /// One question as the index holds it.
    public struct Entry: Sendable {
        public var stamp: FileStamp
        public var question: Question
    }

    /// Opens the index of the store at `root`, or makes a new one; nil when the cache
    /// folder cannot be used (no HOME, a read-only disk): then the store is read from its
    /// files, as before, only slower.
    public static func open(forStore root: URL, environment: [String: String],
                            fold: @escaping @Sendable (String) -> String) -> StoreIndex? {
        guard let folder = cacheFolder(environment) else { return nil }
        let file = folder.appendingPathComponent(fileName(forStore: root))
        if let index = try? StoreIndex(path: file.path, fold: fold) { return index }
        // A broken index file, or one of another shape (whose pages may be of another size):
        // it only saves time, so it goes and a new one is made.
        for suffix in ["", "-wal", "-shm"] { unlink(file.path + suffix) }
        return try? StoreIndex(path: file.path, fold: fold)
    }

    /// Deletes the index of the store at `root` with its write-ahead log, after a purge:
    /// the next start builds it anew from the purged files, so that no page of it ever
    /// held a purged value.
    public static func forget(forStore root: URL, environment: [String: String]) {
        for file in files(forStore: root, environment: environment) { unlink(file.path) }
    }

    /// The index's files of the store at `root`: the database, its write-ahead log, and the
    /// ledger of where the sync last looked for conflicts.
    public static func files(forStore root: URL, environment: [String: String]) -> [URL] {
        guard let folder = cacheFolder(environment) else { return [] }
        let file = folder.appendingPathComponent(fileName(forStore: root))
        return ["", "-wal", "-shm", "." + ConflictLedger.suffix].map { URL(fileURLWithPath: file.path + $0) }
    }

    /// `$XDG_CACHE_HOME/lotse/index`, else `~/.cache/lotse/index`, made private to the user.
    static func cacheFolder(_ environment: [String: String]) -> URL? {
        let base: URL
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = URL(fileURLWithPath: cache)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = URL(fileURLWithPath: home).appendingPathComponent(".cache")
        } else {
            return nil
        }
        let folder = base.appendingPathComponent("lotse").appendingPathComponent("index")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        return folder
    }

    /// The store folder's last name, for a person looking into the cache, and a hash of its
    /// whole real path, so that two stores never share an index.
    static func fileName(forStore root: URL) -> String {
        let real = root.resolvingSymlinksInPath().standardizedFileURL.path
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in real.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let name = root.lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }.prefix(40)
        return "\(name.isEmpty ? "store" : String(name))-\(String(hash, radix: 16)).sqlite"
    }

    init(path: String, fold: @escaping @Sendable (String) -> String, racyWindow: Int64 = 2_000_000_000) throws {
        self.path = path
        self.fold = fold
        self.racyWindow = racyWindow
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.label = "lotse-index"
        // Deleted and overwritten rows are zeroed on disk: a purged name must not stay
        // readable in the index's free pages.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        let existed = FileManager.default.fileExists(atPath: path)
        database = try DatabaseQueue(path: path, configuration: configuration)
        if !existed { chmod(path, 0o600) }
        try database.writeWithoutTransaction { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version == Self.format { return }
            guard version == 0 else { throw Outdated() }
            // Large pages: a list of ten thousand questions touches rows all over the table,
            // and reads fewer, larger pages faster. Set before the first table, and before WAL.
            try db.execute(sql: "PRAGMA page_size = 65536")
            // WAL: a second Lotse on this machine reads while the first writes.
            _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode=WAL")
            try db.inTransaction {
                try db.execute(sql: "DROP TABLE IF EXISTS question")
                try db.execute(sql: "DROP TABLE IF EXISTS question_text")
                try db.execute(sql: "DROP TABLE IF EXISTS meta")
                try db.execute(sql: "DROP TABLE IF EXISTS question_key")
                // The questions folder as it was when the index was last found in line
                // with every file, and the files it does not hold (broken, too new).
                try db.execute(sql: "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
                // What a list shows and chooses by, compact: the long texts are apart.
                try db.execute(sql: """
                    CREATE TABLE question (
                        name TEXT PRIMARY KEY NOT NULL,
                        size INTEGER NOT NULL, modified INTEGER NOT NULL, changed INTEGER NOT NULL, inode INTEGER NOT NULL,
                        id TEXT NOT NULL, communes TEXT NOT NULL, title TEXT NOT NULL,
                        category TEXT NOT NULL, tags TEXT NOT NULL, status TEXT NOT NULL,
                        created REAL NOT NULL, updated REAL NOT NULL, loggedBy TEXT NOT NULL, assignee TEXT,
                        answerSources TEXT, answerBy TEXT, answerDate REAL, answerMeeting TEXT,
                        duplicateOf TEXT, tagsFolded TEXT NOT NULL, categoryFolded TEXT NOT NULL, release TEXT
                    ) WITHOUT ROWID
                    """)
                try db.execute(sql: """
                    CREATE TABLE question_text (name TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL, answerText TEXT) WITHOUT ROWID
                    """)
                // The first screen wants the newest questions first, without a sort of all.
                try db.execute(sql: "CREATE INDEX question_created ON question(created)")
                // `communes list` counts the open questions of each commune from this alone.
                try db.execute(sql: "CREATE INDEX question_status ON question(status, communes)")
                // Each question's communes ("c") and folded tags ("t"), for `questions list
                // --tag`/`--commune` to find their few thousand without reading all rows.
                try db.execute(sql: """
                    CREATE TABLE question_key (kind TEXT NOT NULL, value TEXT NOT NULL, name TEXT NOT NULL,
                                               PRIMARY KEY (kind, value, name)) WITHOUT ROWID
                    """)
                try db.execute(sql: "CREATE INDEX question_key_name ON question_key(name)")
                try db.execute(sql: "PRAGMA user_version = \(Self.format)")
                return .commit
            }
        }
    }

    /// An index file of another format: it is made anew rather than changed in place.
    struct Outdated: Error {}

    /// Every entry, by file name. A row that does not make a question (written by a newer
    /// Lotse, say) is left out, and so its file is read. `batch` is handed the entries as
    /// they come, every `batchSize` of them, for a screen that shows what is there while the
    /// rest is read: by id from the last, which is newest first, as an id is made from the
    /// time its question was logged, and reads the table in its own order.
    public func entries(batchSize: Int = .max, batch: (([Question]) -> Void)? = nil) -> [String: Entry] {
        (try? database.read { db -> [String: Entry] in
            var entries: [String: Entry] = [:]
            var pending: [Question] = []
            try Self.entries(db, Self.query(texts: true) + " ORDER BY q.name DESC") { name, entry in
                entries[name] = entry
                if let batch {
                    pending.append(entry.question)
                    if pending.count >= batchSize {
                        batch(pending)
                        pending = []
                    }
                }
            }
            if let batch, !pending.isEmpty { batch(pending) }
            return entries
        }) ?? [:]
    }

    /// Each indexed file's stamp and what its question refers to, in the order of the file
    /// names: all that `check` needs of a file the index holds unchanged, without making
    /// whole questions, and walked beside the sorted folder listing without a dictionary.
    func links() -> [(name: String, stamp: FileStamp, links: QuestionLinks)] {
        (try? database.read { db -> [(name: String, stamp: FileStamp, links: QuestionLinks)] in
            let statement = try db.makeStatement(
                sql: "SELECT name, size, modified, changed, inode, id, communes, duplicateOf, answerMeeting FROM question ORDER BY name")
            let rows = try Row.fetchCursor(statement)
            var strings = StringPool()
            var found: [(name: String, stamp: FileStamp, links: QuestionLinks)] = []
            while try rows.next() != nil {
                let row = RawRow(statement: statement.sqliteStatement)
                guard let name = row.text(0), let id = row.text(5) else { continue }
                let stamp = FileStamp(size: row.int64(1), modified: row.int64(2), changed: row.int64(3), inode: UInt64(bitPattern: row.int64(4)))
                found.append((name, stamp, QuestionLinks(id: id, communes: strings.list(row.text(6) ?? "", separator: Self.separator),
                                                         duplicateOf: row.text(7), answeringMeeting: row.text(8))))
            }
            return found
        }) ?? []
    }

    /// The newest questions, as the first batch of `entries` gives them.
    public func newest(_ count: Int) -> [Question] {
        (try? database.read { db -> [Question] in
            var newest: [Question] = []
            try Self.entries(db, Self.query(texts: true) + " ORDER BY q.created DESC LIMIT ?", [count]) { newest.append($1.question) }
            return newest
        }) ?? []
    }

    /// How many questions the index holds: the whole of a load that starts from it.
    public func count() -> Int {
        (try? database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM question") }) ?? 0
    }

    /// Brings the index in line with what was read: new and changed files in, files that
    /// are gone (or no longer make a question) out. One transaction; a failure leaves the
    /// index as it was, which the next start corrects.
    public func update(_ changed: [String: Entry], removing removed: some Sequence<String>) {
        try? database.write { db in
            let insert = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO question VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertText = try db.cachedStatement(sql: "INSERT OR REPLACE INTO question_text VALUES (?, ?, ?)")
            let insertKey = try db.cachedStatement(sql: "INSERT OR IGNORE INTO question_key VALUES (?, ?, ?)")
            let deleteKeys = try db.cachedStatement(sql: "DELETE FROM question_key WHERE name = ?")
            let deletes = try ["question", "question_text"].map { table in
                try db.cachedStatement(sql: "DELETE FROM \(table) WHERE name = ?")
            } + [deleteKeys]
            for (name, entry) in changed {
                guard let values = values(name, entry) else {
                    for delete in deletes { try delete.execute(arguments: [name]) }
                    continue
                }
                try deleteKeys.execute(arguments: [name])
                try insert.execute(arguments: StatementArguments(values))
                try insertText.execute(arguments: [name, entry.question.body, entry.question.answer?.text])
                for commune in entry.question.communes { try insertKey.execute(arguments: ["c", commune, name]) }
                for tag in entry.question.tags { try insertKey.execute(arguments: ["t", fold(tag), name]) }
            }
            for name in removed {
                for delete in deletes { try delete.execute(arguments: [name]) }
            }
        }
    }

    /// A list as one text with the separator before and after each item, so that SQLite
    /// finds an item whole with `instr`.
    static func wrapped(_ items: [String]) -> String {
        items.isEmpty ? "" : String(separator) + items.joined(separator: String(separator)) + String(separator)
    }

    // MARK: What the index was checked against

    /// The questions folder's stamp when every file was last found in line with the index,
    /// and the files the index does not hold; nil when there was no such check yet.
    public struct CheckedState: Sendable {
        public var folder: FileStamp
        /// The question files the index does not hold (broken, with conflicts, too new).
        public var unindexed: [String]
        /// How many letters of an id told every question apart, and how many there were.
        public var prefix: Int
        public var count: Int
    }

    public func checkedState() -> CheckedState? {
        try? database.read { db -> CheckedState? in
            var values: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { values[row[0]] = row[1] }
            let parts = (values["folder"] ?? "").split(separator: " ").compactMap { Int64($0) }
            guard parts.count == 4, let prefix = values["prefix"].flatMap(Int.init), let count = values["count"].flatMap(Int.init) else {
                return nil
            }
            return CheckedState(folder: FileStamp(size: parts[0], modified: parts[1], changed: parts[2], inode: UInt64(bitPattern: parts[3])),
                                unindexed: (values["unindexed"] ?? "").split(separator: "/").map(String.init),
                                prefix: prefix, count: count)
        } ?? nil
    }

    /// Notes that the index is in line with the folder as it was at `folder` (a stamp taken
    /// before the files were looked at, so that a change during the look shows next time),
    /// but for the files named.
    func recordChecked(folder: FileStamp?, unindexed: [String], prefix: Int, count: Int) {
        try? database.write { db in
            guard let folder else {
                try db.execute(sql: "DELETE FROM meta WHERE key = 'folder'")
                return
            }
            let text = "\(folder.size) \(folder.modified) \(folder.changed) \(Int64(bitPattern: folder.inode))"
            try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('folder', ?)", arguments: [text])
            try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('unindexed', ?)", arguments: [unindexed.joined(separator: "/")])
            try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('prefix', ?)", arguments: [String(prefix)])
            try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('count', ?)", arguments: [String(count)])
        }
    }

    /// The entries whose questions have one of these statuses (all when nil), name this
    /// commune, and carry this tag and category (as folded), with their file names. SQLite
    /// does the choosing; the caller checks each entry's file. Without `texts`, the long
    /// texts (the body and the answer's text) are left empty, for a list that shows
    /// neither: reading them is most of the work.
    /// `batches` is handed the entries as they come, a thousand at a time, so that the
    /// caller can check their files while the rest are read.
    public func select(statuses: [String]?, commune: String?, tag: String?, category: String?, texts: Bool = true,
                       batches: (([(name: String, entry: Entry)]) -> Void)? = nil) -> [(name: String, entry: Entry)] {
        (try? database.read { db -> [(name: String, entry: Entry)] in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            // A tag or a commune narrows through the key table; the rest is tested per row.
            var key = ""
            if let chosen = tag.map({ ("t", fold($0)) }) ?? commune.map({ ("c", $0) }) {
                key = " JOIN question_key k ON k.name = q.name"
                conditions.append("k.kind = ? AND k.value = ?")
                arguments += [chosen.0, chosen.1]
            }
            if let statuses {
                conditions.append("q.status IN (\(statuses.map { _ in "?" }.joined(separator: ", ")))")
                arguments += statuses
            }
            if let commune {
                conditions.append("instr(? || q.communes || ?, ?) > 0")
                arguments += [String(Self.separator), String(Self.separator), Self.wrapped([commune])]
            }
            if let tag {
                conditions.append("instr(q.tagsFolded, ?) > 0")
                arguments.append(Self.wrapped([fold(tag)]))
            }
            if let category {
                conditions.append("q.categoryFolded = ?")
                arguments.append(fold(category))
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            var entries: [(name: String, entry: Entry)] = []
            var handed = 0
            try Self.entries(db, Self.query(texts: texts) + key + filter, StatementArguments(arguments)) { name, entry in
                entries.append((name, entry))
                if let batches, entries.count - handed == 1_000 {
                    batches(Array(entries[handed...]))
                    handed = entries.count
                }
            }
            if let batches, entries.count > handed { batches(Array(entries[handed...])) }
            return entries
        }) ?? []
    }

    /// How many of the indexed questions with one of these statuses name each commune, by
    /// the commune's id: for a count that needs no question made. Read from the index on
    /// status and communes alone (a join through the key table looks every row up again and
    /// costs ten times more); questions that name the same communes are counted together
    /// and split once.
    /// Nil when the index cannot be read.
    public func communeCounts(statuses: [String]) -> [String: Int]? {
        try? database.read { db -> [String: Int] in
            let marks = statuses.map { _ in "?" }.joined(separator: ", ")
            var byList: [String: Int] = [:]
            let lists = try String.fetchCursor(db, sql: "SELECT communes FROM question WHERE status IN (\(marks))",
                                               arguments: StatementArguments(statuses))
            while let list = try lists.next() { byList[list, default: 0] += 1 }
            var counts: [String: Int] = [:]
            for (list, count) in byList {
                for commune in Set(list.split(separator: Self.separator)) { counts[String(commune), default: 0] += count }
            }
            return counts
        }
    }

    /// The file names of the questions whose name starts with `prefix`, through the table's
    /// key: for a lookup by an id's beginning without reading the folder.
    public func names(startingWith prefix: String) -> [String] {
        (try? database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM question WHERE name >= ? AND name < ? ORDER BY name",
                                arguments: [prefix, prefix + "\u{7F}"])
        }) ?? []
    }

    /// Every question id the index holds, sorted.
    public func ids() -> [String] {
        (try? database.read { db in try String.fetchAll(db, sql: "SELECT id FROM question ORDER BY name") }) ?? []
    }

    /// Empties the index, for a rebuild from the files.
    public func clear() {
        try? database.write { db in
            try db.execute(sql: "DELETE FROM question")
            try db.execute(sql: "DELETE FROM question_text")
            try db.execute(sql: "DELETE FROM question_key")
        }
    }

    // MARK: Rows

    /// Lists are kept as one text joined by the unit separator; a record whose list items
    /// hold that character itself is not indexed, and its file is read every time.
    private static let separator: Character = "\u{1F}"

    /// The columns `entry` reads, in its order: the question table's but the folded ones,
    /// then the long texts, from their own table or left empty.
    static func query(texts: Bool) -> String {
        let columns = "q.name, q.size, q.modified, q.changed, q.inode, q.id, q.communes, q.title, q.category, q.tags, q.status, "
            + "q.created, q.updated, q.loggedBy, q.assignee, q.answerSources, q.answerBy, q.answerDate, q.answerMeeting, q.duplicateOf, q.release"
        return texts
            ? "SELECT \(columns), t.body, t.answerText FROM question q JOIN question_text t ON t.name = q.name"
            : "SELECT \(columns), '', '' FROM question q"
    }

    private func values(_ name: String, _ entry: Entry) -> [(any DatabaseValueConvertible)?]? {
        let question = entry.question
        let lists = [question.communes, question.tags, question.answer?.sources ?? []]
        guard !lists.joined().contains(where: { $0.contains(Self.separator) }) else { return nil }
        // Answers set aside in a sync conflict are few and have no columns: such a question
        // is read from its file.
        guard question.earlierAnswers?.isEmpty ?? true else { return nil }
        let release = question.release.map { release in
            [release.by, Question.timestamp(release.date), release.stand.description, release.recheck.description, release.fingerprint]
        }
        guard !(release ?? []).contains(where: { $0.contains(Self.separator) }) else { return nil }
        let stamp = entry.stamp
        return [
            name, stamp.size, stamp.modified, stamp.changed, Int64(bitPattern: stamp.inode),
            question.id, question.communes.joined(separator: String(Self.separator)), question.title,
            question.category, question.tags.joined(separator: String(Self.separator)), question.status.rawValue,
            question.created.timeIntervalSinceReferenceDate, question.updated.timeIntervalSinceReferenceDate,
            question.loggedBy, question.assignee,
            question.answer.map { $0.sources.joined(separator: String(Self.separator)) },
            question.answer?.by, question.answer?.date.timeIntervalSinceReferenceDate, question.answer?.meeting,
            question.duplicateOf,
            Self.wrapped(question.tags.map(fold)), fold(question.category),
            release?.joined(separator: String(Self.separator)),
        ]
    }

    /// A question from the row the statement stands on, read column by column through
    /// SQLite's own calls: at ten thousand rows of 22 columns, GRDB's general row access
    /// costs more than the query.
    private static func entry(_ statement: Statement, _ strings: inout StringPool) -> Entry? {
        let row = RawRow(statement: statement.sqliteStatement)
        guard let status = row.text(10).flatMap(QuestionStatus.init(rawValue:)),
              let id = row.text(5), let title = row.text(7), let category = row.text(8), let loggedBy = row.text(13),
              let body = row.text(21) else { return nil }
        func list(_ column: Int32) -> [String] { strings.list(row.text(column) ?? "", separator: separator) }
        var answer: Answer?
        if let text = row.text(22), let by = row.text(16), let date = row.double(17) {
            answer = Answer(text: text, sources: list(15), by: strings.intern(by),
                            date: Date(timeIntervalSinceReferenceDate: date), meeting: row.text(18))
        }
        let stamp = FileStamp(size: row.int64(1), modified: row.int64(2), changed: row.int64(3), inode: UInt64(bitPattern: row.int64(4)))
        var question = Question(
            id: id, communes: list(6), title: title, body: body, category: strings.intern(category),
            tags: list(9), status: status, created: Date(timeIntervalSinceReferenceDate: row.double(11) ?? 0),
            updated: Date(timeIntervalSinceReferenceDate: row.double(12) ?? 0), loggedBy: strings.intern(loggedBy),
            assignee: row.text(14).map { strings.intern($0) }, answer: answer, duplicateOf: row.text(19))
        if let text = row.text(20) {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 5, let date = StrictDate.parse(parts[1]), let stand = LocalDate(parts[2]),
                  let recheck = LocalDate(parts[3]) else { return nil }
            question.release = Release(by: strings.intern(parts[0]), date: date, stand: stand, recheck: recheck, fingerprint: parts[4])
        }
        return Entry(stamp: stamp, question: question)
    }

    /// Every question row a query yields, by file name; rows that do not make a question
    /// are left out.
    private static func entries(_ db: Database, _ sql: String, _ arguments: StatementArguments = StatementArguments(),
                                each: (String, Entry) -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let rows = try Row.fetchCursor(statement)
        var strings = StringPool()
        while try rows.next() != nil {
            guard let name = RawRow(statement: statement.sqliteStatement).text(0),
                  let entry = entry(statement, &strings) else { continue }
            each(name, entry)
        }
    }
}

/// The columns of the row a statement stands on, as SQLite hands them out.
private struct RawRow {
    let statement: SQLiteStatement

    func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL, let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    func double(_ column: Int32) -> Double? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_double(statement, column)
    }
}

/// One copy of each of the texts that repeat across thousands of questions (communes,
/// categories, tags, who logged them): at 100,000 questions this saves tens of megabytes.
struct StringPool {
    private var seen: Set<String> = []
    private var lists: [String: [String]] = [:]

    mutating func intern(_ text: String) -> String {
        // Up to 15 bytes a text is kept inside the value itself: no copy to share.
        if text.utf8.count <= 15 { return text }
        if let existing = seen.firstIndex(of: text) { return seen[existing] }
        seen.insert(text)
        return text
    }

    /// The same for lists (a question's communes, its tags), which repeat as much; the list
    /// a joined text stands for is split once and then found by the text.
    mutating func list(_ joined: String, separator: Character) -> [String] {
        if joined.isEmpty { return [] }
        if let known = lists[joined] { return known }
        let list = joined.split(separator: separator, omittingEmptySubsequences: false).map { intern(String($0)) }
        lists[joined] = list
        return list
    }
}
