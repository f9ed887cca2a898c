import Foundation

/// The index as one load uses it: the entries it had, the files read anew, and the entries
/// to drop, written back in one step at the end. Generic over the record only so that the
/// store reads every kind with one function; the index holds questions.
struct RecordCache<R> {
    let index: StoreIndex
    private var added: [String: StoreIndex.Entry] = [:]
    private var kept: Set<String> = []
    private var had: Set<String> = []
    /// The folder's stamp before its files were looked at, and the files not indexed.
    var folder: FileStamp?
    private var unindexed: [String] = []

    /// Entries already read from the index (while a screen showed them), else nil.
    private let known: [String: StoreIndex.Entry]?

    init(index: StoreIndex, known: [String: StoreIndex.Entry]? = nil) {
        self.index = index
        self.known = known
    }

    mutating func entries() -> [String: (stamp: FileStamp, record: R)] {
        var result: [String: (stamp: FileStamp, record: R)] = [:]
        for (name, entry) in known ?? index.entries() {
            had.insert(name)
            if let record = entry.question as? R { result[name] = (entry.stamp, record) }
        }
        return result
    }

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
    }

    /// Writes what changed, and the folder's stamp the index is now in line with.
    func save() {
        let gone = had.subtracting(kept).subtracting(added.keys)
        if !added.isEmpty || !gone.isEmpty { index.update(added, removing: gone) }
        let ids = kept.union(added.keys).union(unindexed).map { String($0.dropLast(5)) }
        index.recordChecked(folder: folder, unindexed: unindexed.sorted(), prefix: RecordID.uniquePrefixLength(ids.sorted()),
                            count: ids.count)
    }
}
