import Foundation

/// The index as one load uses it: the entries it had, the files read anew (written in
/// batches as they are read), and the entries to drop, written at the end with the folder's
/// stamp that says the index holds every file. Generic over the record only so that the
/// store reads every kind with one function; the index holds questions.
struct RecordCache<R> {
    let index: StoreIndex
    private var added: [String: StoreIndex.Entry] = [:]
    private var kept: Set<String> = []
    private var had: Set<String> = []
    /// The folder's stamp before its files were looked at, and the files not indexed.
    var folder: FileStamp?
    private var unindexed: [String] = []
    /// Entries written already, in batches while the files are read: a first start that is
    /// quit before it is through keeps what it read, and the next one goes on from there.
    private var flushed: Set<String> = []
    var batchSize = 5_000

    /// Entries already read from the index (while a screen showed them), else nil.
    private let known: [String: StoreIndex.Entry]?

    init(index: StoreIndex, known: [String: StoreIndex.Entry]? = nil) {
        self.index = index
        self.known = known
    }

    /// The index's entries by file name, as they are: no second dictionary of 100,000
    /// records is made from them (`record(of:)` reads one).
    mutating func entries() -> [String: StoreIndex.Entry] {
        let entries = known ?? index.entries()
        had = Set(entries.keys)
        return entries
    }

    /// An entry's record, as the load wants it.
    func record(of entry: StoreIndex.Entry) -> R? { entry.question as? R }

    mutating func keep(_ name: String) { kept.insert(name) }

    /// A file the index does not hold: read on every load, and by `select`'s callers.
    mutating func skip(_ name: String) { unindexed.append(name) }

    mutating func add(_ name: String, stamp: FileStamp, record: R) {
        guard let question = record as? Question else { return }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        guard max(stamp.changed, stamp.modified) < nanoseconds - index.racyWindow else {
            unindexed.append(name)
            return
        }
        added[name] = StoreIndex.Entry(stamp: stamp, question: question)
        if added.count >= batchSize {
            index.update(added, removing: [])
            flushed.formUnion(added.keys)
            added.removeAll(keepingCapacity: true)
        }
    }

    /// Writes what changed, and the folder's stamp the index is now in line with.
    func save() {
        let gone = had.subtracting(kept).subtracting(added.keys).subtracting(flushed)
        if !added.isEmpty || !gone.isEmpty { index.update(added, removing: gone) }
        let ids = kept.union(added.keys).union(flushed).union(unindexed).map { String($0.dropLast(5)) }
        index.recordChecked(folder: folder, unindexed: unindexed.sorted(), prefix: RecordID.uniquePrefixLength(ids.sorted()),
                            count: ids.count)
    }
}
