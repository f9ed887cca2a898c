import LotseStore

/// A one-line message in the hint bar, such as "Gespeichert"; cleared by the next key.
public enum Notice: Hashable, Sendable {
    case saved(Change.Kind)
    /// Saved, saying where to: the question merged into, the meeting and TOP scheduled on.
    case mergedInto(String)
    case scheduledOn(meeting: String, item: Int)
    /// Saved, merged with someone else's changes to these fields.
    case mergedSaved(Change.Kind, fields: [String])
    case undone
    /// A change undone (or redone), named by its kind and the record it was about.
    case undid(Change.Kind, String?)
    case redid(Change.Kind, String?)
    case nothingToUndo
    case nothingToRedo
    /// A change could not be written; nothing of it after the failed write landed.
    case failed(StoreError)
    case exportFailed(ExportError)
    case formHasProblems
    case reloaded
    case keptTheirs
    case notPossible(String)
    case exported(String)
    /// A category that questions use is not removed (it can be renamed).
    case categoryInUse(String, Int)
    /// The store was just created with the example network: its data is made up.
    case exampleNetwork
    /// A form's text kept when Lotse was ended from outside is back in its form.
    case draftRestored
    /// A kept draft belonged to a record that is gone; it was kept aside.
    case draftLost
    /// A meeting action that needs something first, said in words.
    case meetingHint(MeetingHint)
    /// A sync ended: files pulled, files sent, conflicts it found.
    case synced(pulled: Int, pushed: Int, conflicts: Int, held: Int)
    /// A sync kept paths of a colleague's push out of the store (links, stray paths,
    /// changed rules); the first author named.
    case syncKeptOut(count: Int, author: String)
    /// Held-back records were confirmed as fine to share.
    case privacyConfirmed(Int)
    case syncFailed(SyncError)
    /// The person closed the box in which a sync asked for credentials.
    case syncCancelled
    /// `S` on a store that is not synced.
    case syncNotSetUp
    /// A sync conflict was settled.
    case conflictSettled
}

/// Why a meeting key did nothing.
public enum MeetingHint: Hashable, Sendable {
    case noMeeting, noPlannedMeeting, emptyAgenda, finished, alreadyScheduled
    /// `e` or `d` with no outcome selected.
    case noOutcome
    /// `F` with no minutes in draft to approve.
    case nothingToApprove
}
