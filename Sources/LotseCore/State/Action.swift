import Foundation
import LotseStore

/// Everything that can happen to the app, as messages to the reducer. Resizes, clock
/// ticks and the results of writes are messages too, so the reducer stays pure.
public enum Action: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    /// A click or a turn of the wheel.
    case mouse(MouseEvent)
    case tick(Date)
    /// Ctrl-C: quit, but ask first when a form has unsaved edits.
    case interrupt
    /// A change reached the disk.
    case applied(Change)
    /// A write of the change (the one at `index`) collides with another version on disk;
    /// nothing of the change was written.
    case conflicted(Change, index: Int, current: Record?, fields: [JSONMerge.Conflict])
    /// The store failed; nothing of the change was written.
    case failed(Change, index: Int, error: StoreError)
    /// An export could not be written.
    case refused(ExportError)
    /// An exported document was written.
    case exported(path: String)
    /// The export's file exists already; the user is asked before it is replaced.
    case exportExists(ExportRequest)
    /// The store changed on disk (another process, a colleague, a git pull), or its first
    /// reading has ended. `changed`: when only some files were read again, their questions
    /// and where each stands in the network's list (nil: gone); nil after a full reading.
    case reloaded(Network, [StoreProblem], changed: [String: Int?]? = nil)
    /// The first reading of the store goes on: the questions read so far, to show at once.
    case loading(LoadProgress, [Question])
    /// The questions' texts, folded for search on another thread after a reading, so that
    /// the first key typed into a filter does not wait for it.
    case searchPrepared(SearchCorpus)
    /// The time for an automatic sync has come.
    case syncDue
    /// A sync the dashboard started has ended.
    case syncFinished(SyncResult)
    /// Where the store stood against the remote when the dashboard started, read by `git
    /// status` after the first frame (at 100,000 files it takes a quarter of a second).
    case syncStatusRead(unsent: Set<String>, incoming: Int, purgePending: Date?)
    /// A sync conflict was settled; the store as it is now.
    case settled(SyncConflict, Network, [StoreProblem])
    /// A sync conflict could not be settled; nothing was written.
    case settleFailed(StoreError)
    /// Held-back records were confirmed as fine to share; the store as it is now.
    case privacyConfirmed(count: Int, Network, [StoreProblem])
    /// A record's history was read (nil: the store has no git history).
    case historyRead(HistorySubject, [RecordHistory.Entry]?)
    /// The sync log was read, newest last.
    case syncLogRead([SyncLogEntry])
    /// git or ssh asks the running sync for something (askpass call `id`).
    case credentialAsked(id: Int, String)
    /// An askpass call stopped waiting for its answer.
    case credentialWithdrawn(id: Int)
}

/// What the reducer asks the outside world to do; the run loop carries it out.
public enum Effect: Hashable, Sendable {
    case quit
    /// Quit after Ctrl-C (exit status 130).
    case quitInterrupted
    /// Repaint every cell, not only the changed ones (Ctrl-L).
    case repaint
    /// Write a change to the store, then report `.applied`, `.conflicted` or `.failed`.
    case apply(Change)
    /// Write a document outside the store, then report `.exported`, `.exportExists` or `.failed`.
    case export(ExportRequest)
    /// Sync with the network's remote in the background, then report `.syncFinished`.
    case sync
    /// Settle a sync conflict (taking the other value, or keeping the one in force), then
    /// reload the store, or report `.settleFailed`.
    case settle(SyncConflict, takingOther: Bool)
    /// Confirm held-back records (store paths) as fine to share, then report `.privacyConfirmed`.
    case confirmPrivacy([String])
    /// Read a record's history from git, then report `.historyRead`.
    case readHistory(HistorySubject)
    /// Read this machine's sync log, then report `.syncLogRead`.
    case readSyncLog
    /// Give git or ssh what was typed into the credential box; nil cancels the sync.
    case answerCredential(id: Int, answer: String?)
}
