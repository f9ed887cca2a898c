import Foundation
import LotseStore

/// Where this machine's store stands against the network's shared remote, as the title
/// line shows it. Nil in `AppState` when the store is not synced.
public struct SyncState: Hashable, Sendable {
    /// Store files changed here since the last sync (saves add to it; a sync empties it).
    public var unsent: Set<String>
    /// Store files the remote changed that are not here yet, as of the last fetch.
    public var incoming: Int
    public var lastSync: Date?
    /// When the sync that is running began; nil when none runs.
    public var startedAt: Date?
    /// The last sync could not reach the remote.
    public var offline: Bool
    /// Sync by itself every so many minutes; nil: only on request.
    public var everyMinutes: Int?
    /// Records the last sync kept here because their text looks like personal data.
    public var heldBack: [String] = []
    /// What git or ssh asks of the running sync (a passphrase, a token, a host key),
    /// oldest first; the first is in the box on screen.
    public var prompts: [CredentialPrompt] = []
    /// A purge whose history rewrite the remote has not taken yet: since when. The
    /// names it deleted from the files are still readable in the shared history.
    public var purgePending: Date?

    public init(unsent: Set<String> = [], incoming: Int = 0, lastSync: Date? = nil, everyMinutes: Int? = nil) {
        self.unsent = unsent
        self.incoming = incoming
        self.lastSync = lastSync
        self.startedAt = nil
        self.offline = false
        self.everyMinutes = everyMinutes
    }

    public var isRunning: Bool { startedAt != nil }
}

/// How a sync the dashboard started ended.
public enum SyncResult: Hashable, Sendable {
    case synced(SyncReport)
    case failed(SyncError)
}
