import Foundation
import LotseCore
import LotseStore

/// Reads the store on its own thread, so that the screen never waits on the disk: the first
/// load (newest questions first, from the index, while the files are checked against it),
/// and later the files that changed. It keeps the store as last read, so that a
/// colleague's change of one file costs a read of that file. The run loop picks up what it
/// found at its next turn.
final class StoreReader: @unchecked Sendable {
    enum Report {
        /// The first load goes on: the questions so far.
        case partial(LoadProgress, [Question])
        /// The store as it is now; `changed`: the questions read again and where they stand
        /// (see `LoadedStore.refresh`), nil after a full read.
        case loaded(Network, [StoreProblem], changed: [String: Int?]?)
        /// The texts of the questions just reported, folded for search.
        case searchPrepared(SearchCorpus)
    }

    private let store: FileStore
    private let queue = DispatchQueue(label: "lotse.store-reader")
    private let lock = NSLock()
    private var reports: [Report] = []
    private var pending = 0
    /// Only touched on `queue`.
    private var current: LoadedStore?
    private var corpus: SearchCorpus?

    /// Folds the store's texts for search, then reports the store and the folded texts
    /// together: the questions are on screen already (from the index, or from the
    /// partial reports), and the first key of a filter or search after "all loaded" never
    /// waits for the screen to fold 100,000 texts itself.
    private func announce(_ loaded: LoadedStore, changed: [String: Int?]? = nil) {
        // A few questions read again in place: only they are folded anew.
        let inPlace = changed.flatMap { changed -> [Int]? in
            let positions = changed.values.compactMap { $0 }
            return positions.count == changed.count ? positions : nil
        }
        let folded = corpus.flatMap { previous in inPlace.flatMap { SearchCorpus(loaded.network.questions, replacing: $0, in: previous) } }
            ?? SearchCorpus(loaded.network.questions, reusing: corpus)
        corpus = folded
        post(.loaded(loaded.network, loaded.problems, changed: changed))
        post(.searchPrepared(folded))
    }

    init(store: FileStore) {
        self.store = store
    }

    /// Returns once every read started so far has ended.
    func waitUntilIdle() {
        queue.sync {}
    }

    /// Whether a read is running or waiting.
    var isBusy: Bool { lock.withLock { pending > 0 } }

    /// What was found since the last call, oldest first; of the partial reports only the
    /// latest is kept, since each holds all before it.
    func take() -> [Report] {
        lock.withLock {
            defer { reports = [] }
            return reports
        }
    }

    private func post(_ report: Report) {
        lock.withLock {
            if case .partial = report, case .partial? = reports.last { reports.removeLast() }
            reports.append(report)
        }
    }

    private func run(_ work: @escaping @Sendable () -> Void) {
        lock.withLock { pending += 1 }
        queue.async { [self] in
            work()
            lock.withLock { pending -= 1 }
        }
    }

    /// Reads the whole store; `progressive`: reports the questions as they come, for the
    /// first load. Nothing is reported when the store cannot be read (it was there a
    /// moment ago; the next change tries again).
    func loadAll(progressive: Bool, announce: Bool = true) {
        run { [self] in readAll(progressive: progressive, announce: announce) }
    }

    /// `loadAll`'s work, on the reader's queue.
    private func readAll(progressive: Bool, announce: Bool) {
        var sofar: [Question] = []
        var known: [String: StoreIndex.Entry]?
        let clock = ContinuousClock()
        var lastReport = clock.now
        if progressive, let index = store.index {
            // For the progress only: the count noted at the index's last check is one row to
            // read, where counting the rows scans them all before the first batch.
            let total = index.checkedState()?.count ?? index.count()
            known = index.entries(batchSize: 2_000) { batch in
                sofar += batch
                // The first batch at once, for the first screen; then a few a second.
                if sofar.count == batch.count || clock.now - lastReport > .milliseconds(250) {
                    lastReport = clock.now
                    self.post(.partial(LoadProgress(read: sofar.count, total: total), sofar))
                }
            }
        }
        let progress: ((Int, Int, Network) -> Void)? = progressive && sofar.isEmpty ? { read, total, network in
            self.post(.partial(LoadProgress(read: read, total: total), network.questions))
        } : nil
        guard var loaded = try? store.loadParts(tidy: true, index: store.index, known: known, progress: progress) else { return }
        // The index's entries and the questions shown so far are in `loaded` now: let them
        // go before the texts are folded, rather than hold three copies at the peak.
        known = nil
        sofar = []
        loaded.checkAcrossRecords()
        current = loaded
        if announce { self.announce(loaded) }
        // The first read leaves much freed memory behind (the rows, the files' bytes);
        // handed back, so that the dashboard's size is what it holds.
        #if os(Linux)
        _ = releaseFreedMemory(0)
        #endif
    }

    /// Reads these record files again and reports the store. For our own writes the
    /// screen holds the same already, and the report changes nothing.
    func refresh(_ paths: Set<String>) {
        run { [self] in
            // No store as last read (the first reading failed): this change reads it all.
            guard var loaded = current else { return readAll(progressive: false, announce: true) }
            let changed = loaded.refresh(paths, in: store)
            current = loaded
            announce(loaded, changed: changed)
        }
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which its module does not export.
@_silgen_name("malloc_trim")
private func releaseFreedMemory(_ pad: Int) -> Int32
#endif
