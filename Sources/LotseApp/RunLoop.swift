import Foundation
import LotseCore
import LotseStore
import LotseUI

/// The update loop (after bubbletea): draw the state, wait for an event, reduce it, carry
/// out the effects, again. Keys, resizes, clock ticks, the results of writes and changes
/// on disk all come in as actions through one `dispatch`, so the reducer stays the only
/// place where the state changes. The terminal, the store and the clock are passed in, so
/// that tests drive the loop with a `TestBackend`.
public struct RunLoop {
    public var backend: any TerminalBackend
    public var store: FileStore
    public var clock: @Sendable () -> Date
    /// How often the store is checked for other processes' changes.
    public var pollInterval: TimeInterval
    /// Where unsaved form text goes when Lotse is ended from outside.
    public var keepDraft: (Draft) -> Void = { _ in }
    /// Syncs the store with the network's remote; run off the screen's thread. Nil when
    /// the store does not sync.
    public var syncer: (@Sendable () -> SyncResult)?
    /// Reads where a synced store stands (what is unsent, what came) once, after the first
    /// frame: `git status` of 100,000 files must not hold the first screen back.
    public var statusReader: (@Sendable () -> Action?)?
    /// Where git and ssh ask for credentials during a sync; nil: they cannot ask.
    public var askpass: AskpassServer?
    /// The state starts without the questions (`AppState.loading`): the loop reads them in
    /// the background and shows them as they come.
    public var loadsQuestions = false
    /// Whether changes on disk are learnt from the kernel (inotify), where it can; off, or
    /// where inotify is missing, the store's fingerprints are polled instead.
    public var watchesFiles = true

    public init(backend: any TerminalBackend, store: FileStore, clock: @escaping @Sendable () -> Date = { Date() },
                pollInterval: TimeInterval = 1) {
        self.backend = backend
        self.store = store
        self.clock = clock
        self.pollInterval = pollInterval
    }

    private func action(for event: TerminalEvent) -> Action {
        switch event {
        case .key(let key): return .key(key)
        case .resize(let size): return .resize(size)
        case .mouse(let event): return .mouse(event)
        }
    }

    /// Runs until the user quits or the terminal is gone; returns the exit status (130
    /// after Ctrl-C).
    public func run(_ state: inout AppState) -> Int32 {
        var dirty = true
        var repaint = false
        let watcher = watchesFiles ? FileWatcher(root: store.root, folders: RecordKind.allCases.map(\.folder)) : nil
        // Without change notification the store is polled by its fingerprints.
        var signature = watcher == nil ? store.signature() : StoreSignature.none
        var quick = watcher == nil ? store.quickSignature() : QuickSignature.none
        var lastPoll = clock()
        // The full fingerprint costs a stat per file: it is taken when the folders' times
        // move, and every so often for files rewritten in place.
        var lastFullPoll = clock()
        let background = BackgroundJob<SyncResult>()
        let standing = BackgroundJob<Action?>()
        if let statusReader { standing.start(statusReader) }
        // A sync that ended first says where the store stands more recently.
        var syncEnded = false
        // An automatic sync starts at once, then every so many minutes.
        var lastAutomaticSync = Date.distantPast
        let reader = StoreReader(store: store)
        // A state that holds the store already only needs the reader to know it too.
        reader.loadAll(progressive: loadsQuestions, announce: loadsQuestions)

        /// Takes the store's fingerprints as they are now, after a write of our own. With
        /// change notification there are none: the kernel names the files written, our own
        /// included, and the reader takes in just those, in the background; the screen
        /// holds them already, so nothing changes on it.
        func fingerprint() {
            guard watcher == nil else { return }
            signature = store.signature()
            quick = store.quickSignature()
        }

        /// The records after a write of our own that the state does not hold yet (a settled
        /// conflict, a confirmation): those files read again into the state's, not the
        /// whole store, with the fingerprints that go with them.
        func afterOwnWrite(_ paths: [String]) -> Network {
            var network = state.network
            store.reread(paths, into: &network)
            fingerprint()
            return network
        }

        /// Reduces an action and everything its effects lead to; nil to go on, else the exit status.
        func dispatch(_ action: Action) -> Int32? {
            var queue = [action]
            while !queue.isEmpty {
                let effects = Reducer.reduce(&state, queue.removeFirst())
                dirty = true
                for effect in effects {
                    switch effect {
                    case .quit: return 0
                    case .quitInterrupted: return 130
                    case .repaint: repaint = true
                    case .apply(let change):
                        queue.append(ChangeWriter.write(change, to: store))
                        // Our own write is not a colleague's change: no reload for it.
                        fingerprint()
                    case .export(let request): queue.append(DocumentWriter.write(request))
                    case .sync:
                        askpass?.reset()
                        if let syncer { background.start(syncer) } else { queue.append(.syncFinished(.failed(.notSetUp(path: "")))) }
                    case .readHistory(let subject):
                        // Not synced (no git history): the page says so.
                        queue.append(.historyRead(subject, try? RecordHistory.of(subject.file, in: store.root,
                                                                                        shredded: state.language.historyTexts.shredded)))
                    case .readSyncLog:
                        queue.append(.syncLogRead(SyncLogFile.read(in: store.root)))
                    case .answerCredential(let id, let answer):
                        askpass?.answer(id: id, with: answer)
                    case .confirmPrivacy(let paths):
                        do {
                            for record in paths.compactMap(RecordKind.record(at:)) {
                                try store.confirmPrivacy(record.kind, id: record.id)
                            }
                            queue.append(.privacyConfirmed(count: paths.count, afterOwnWrite(paths), state.problems))
                        } catch {
                            queue.append(.settleFailed(error))
                        }
                    case .settle(let conflict, let takingOther):
                        do {
                            try store.settle(conflict, takingOther: takingOther, now: clock())
                            queue.append(.settled(conflict, afterOwnWrite([conflict.file]), state.problems))
                        } catch {
                            queue.append(.settleFailed(error))
                        }
                    }
                }
            }
            return nil
        }

        if let status = dispatch(.resize(backend.size)) { return status }
        while true {
            if dirty {
                backend.draw(Renderer.render(state), repaint: repaint)
                dirty = false
                repaint = false
            }
            if backend.takeInterrupt(), let status = dispatch(.interrupt) { return status }
            if let signal = backend.takeTermination() {
                if let draft = Draft(state) { keepDraft(draft) }
                return 128 + signal
            }
            if backend.isClosed { return 0 }
            // While questions are still being read, a batch shows within 10 ms of its
            // arrival rather than at the end of a tenth of a second's wait for a key.
            let event = backend.nextEvent(waitingAtMost: reader.isBusy ? 10 : 100)
            let hadEvent = event != nil
            if let event {
                // The clock only when the second shown has changed: a tick is a whole pass
                // through the reducer and its derivations, and keys come faster than seconds.
                let time = clock()
                if Int(time.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970),
                   let status = dispatch(.tick(time)) { return status }
                if let status = dispatch(action(for: event)) { return status }
                // A paste arrives as many keys at once: take them all in before the next
                // frame, so that 100 KB shows after a frame or two, not after 100,000.
                let started = clock()
                while clock().timeIntervalSince(started) < 0.05, let more = backend.nextEvent(wait: false) {
                    if let status = dispatch(action(for: more)) { return status }
                }
            }
            // A running clock on screen asks for a frame at every new second.
            let now = clock()
            if Reducer.subscriptions(state).contains(.everySecond),
               Int(now.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970) {
                if let status = dispatch(.tick(now)) { return status }
            }
            if let minutes = state.sync?.everyMinutes, state.sync?.isRunning == false,
               now.timeIntervalSince(lastAutomaticSync) >= TimeInterval(minutes * 60) {
                lastAutomaticSync = now
                if let status = dispatch(.syncDue) { return status }
            }
            if let askpass {
                let (asked, expired) = askpass.take()
                for request in asked {
                    if let status = dispatch(.credentialAsked(id: request.id, request.asked)) { return status }
                }
                for id in expired {
                    if let status = dispatch(.credentialWithdrawn(id: id)) { return status }
                }
            }
            if let read = standing.take(), let action = read, !syncEnded {
                if let status = dispatch(action) { return status }
            }
            if var result = background.take() {
                askpass?.finish()
                // A failure after a cancelled box is the cancel, whatever git said then.
                if case .failed(.remote(_, let remote, let detail, let step)) = result, askpass?.wasCancelled == true {
                    result = .failed(.remote(.cancelled, remote: remote, detail: detail, during: step))
                }
                syncEnded = true
                if let status = dispatch(.syncFinished(result)) { return status }
                // What the sync pulled (or a folder it made) shows as soon as it is read.
                _ = watcher?.changes()
                fingerprint()
                reader.loadAll(progressive: false)
            }
            // Not while git is rewriting the files: the sync's own load follows.
            if !background.isRunning {
                if let watcher {
                    let (paths, overflowed) = watcher.changes()
                    if overflowed || paths.contains(FileStore.manifestName) {
                        reader.loadAll(progressive: false)
                    } else {
                        let records = paths.filter { RecordKind.record(at: $0) != nil }
                        if !records.isEmpty { reader.refresh(records) }
                    }
                } else if now.timeIntervalSince(lastPoll) >= pollInterval {
                    // Without change notification, another process's changes show up
                    // within about a poll interval.
                    lastPoll = now
                    let currentQuick = store.quickSignature()
                    if currentQuick != quick || now.timeIntervalSince(lastFullPoll) >= pollInterval * 10 {
                        quick = currentQuick
                        lastFullPoll = now
                        let current = store.signature()
                        if current != signature {
                            signature = current
                            reader.loadAll(progressive: false)
                        }
                    }
                }
            }
            if !hadEvent, backend.settlesBackgroundWork { reader.waitUntilIdle() }
            for report in reader.take() {
                let action: Action
                switch report {
                case .partial(let progress, let questions): action = .loading(progress, questions)
                case .loaded(let network, let problems, let changed): action = .reloaded(network, problems, changed: changed)
                case .searchPrepared(let corpus): action = .searchPrepared(corpus)
                }
                if let status = dispatch(action) { return status }
            }
        }
    }
}
