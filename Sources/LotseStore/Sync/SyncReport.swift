import Foundation

/// What one sync did.
public struct SyncReport: Hashable, Sendable {
    /// Store files changed by what came from the remote.
    public var pulled: Int
    /// Store files changed by what went to the remote.
    public var pushed: Int
    /// Conflicts this sync found.
    public var newConflicts: [SyncConflict]
    /// Every conflict the store holds now, found in this sync or earlier.
    public var openConflicts: [SyncConflict]
    /// Records deleted on one side and changed on the other: kept, with this notice.
    public var keptDespiteDeletion: [String]
    /// Records deleted here that came back with a colleague's push: changed there and
    /// kept, as a delete never wins over a change.
    public var restored: [String] = []
    /// The shared history was replaced by a purge elsewhere; this clone followed it.
    public var followedPurge = false
    /// Store files not sent because their text looks like personal data.
    public var heldBack: [String] = []
    /// What a colleague's push brought that Lotse kept out of the store, named once.
    public var keptOut: [KeptOut] = []
    /// A purge whose history rewrite has not reached the remote yet: since when.
    public var purgePending: Date?

    public init(pulled: Int = 0, pushed: Int = 0, newConflicts: [SyncConflict] = [], openConflicts: [SyncConflict] = [],
                keptDespiteDeletion: [String] = [], heldBack: [String] = []) {
        self.heldBack = heldBack
        self.pulled = pulled
        self.pushed = pushed
        self.newConflicts = newConflicts
        self.openConflicts = openConflicts
        self.keptDespiteDeletion = keptDespiteDeletion
    }
}

/// Where a store stands against its remote, without asking the remote.
public struct SyncStatus: Hashable, Sendable {
    public var remote: String
    public var branch: String
    /// Store files changed here that the remote does not have yet (committed or not).
    public var unsent: [String]
    /// Store files the remote changed that are not merged here, as of the last fetch.
    public var incoming: Int
    public var lastSync: Date?
    public var openConflicts: [SyncConflict]
    /// A purge whose history rewrite has not reached the remote: since when.
    public var purgePending: Date? = nil
}

/// One store file a commit changes, with its content before and after (nil: none).
public struct FileChange: Sendable {
    public var path: String
    public var before: Data?
    public var after: Data?

    public init(path: String, before: Data?, after: Data?) {
        self.path = path
        self.before = before
        self.after = after
    }
}
