import LotseStore

/// Sync from the dashboard: started by `S` or by the clock, run by the run loop off the
/// screen's thread, and its end reported back. What it pulled arrives through the usual
/// reload of changed files.
enum SyncWork {
    static func start(in state: inout AppState, automatic: Bool) -> [Effect] {
        guard var sync = state.sync else {
            if !automatic { state.notice = .syncNotSetUp }
            return []
        }
        guard !sync.isRunning else { return [] }
        sync.startedAt = state.now
        state.sync = sync
        return [.sync]
    }

    static func finished(_ result: SyncResult, in state: inout AppState) {
        guard var sync = state.sync else { return }
        sync.startedAt = nil
        sync.prompts = []
        switch result {
        case .synced(let report):
            // What was held back is still to be sent.
            sync.unsent = Set(report.heldBack)
            sync.incoming = 0
            sync.lastSync = state.now
            sync.offline = false
            sync.heldBack = report.heldBack
            sync.purgePending = report.purgePending
            state.notice = .synced(pulled: report.pulled, pushed: report.pushed, conflicts: report.newConflicts.count,
                                   held: report.heldBack.count)
            if let first = report.keptOut.first { state.notice = .syncKeptOut(count: report.keptOut.count, author: first.author) }
        case .failed(let error):
            sync.offline = error.isOffline
            state.notice = .syncFailed(error)
            if case .remote(.cancelled, _, _, _) = error { state.notice = .syncCancelled }
        }
        state.sync = sync
    }

    /// A save here is one more file for the next sync to send.
    static func noteWrites(_ change: Change, in state: inout AppState) {
        guard state.sync != nil else { return }
        for write in change.writes { state.sync?.unsent.insert("\(write.kind.folder)/\(write.id).json") }
        if change.manifest != nil { state.sync?.unsent.insert(FileStore.manifestName) }
    }
}
