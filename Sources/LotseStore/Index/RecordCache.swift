import Foundation

/// The index as one load uses it: the entries it had, the files read anew, and the entries
/// to drop, written back in one step at the end. Generic over the record only so that the
/// store reads every kind with one function; the index holds questions.
struct RecordCache<R> {
    let index: StoreIndex
    private var added: [String: StoreIndex.Entry] = [:]
    private var kept: Set<String> = []
    private var had: Set<String> = []
    /// A file changed within this many nanoseconds of being read may change again within
    /// the same tick of the clock without its stamp moving (git's "racy" files): it is
    /// not indexed until it is older, and so it is read again next time.
    static var racyWindow: Int64 { 2_000_000_000 }

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

    mutating func add(_ name: String, stamp: FileStamp, record: R) {
        guard let question = record as? Question else { return }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        guard max(stamp.changed, stamp.modified) < nanoseconds - Self.racyWindow else { return }
        added[name] = StoreIndex.Entry(stamp: stamp, question: question)
    }

    /// Writes what changed: nothing at all when every entry was used as it was.
    func save() {
        let gone = had.subtracting(kept).subtracting(added.keys)
        guard !added.isEmpty || !gone.isEmpty else { return }
        index.update(added, removing: gone)
    }
}
