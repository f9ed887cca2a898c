/// A one-line message in the hint bar, such as "Gespeichert"; cleared by the next key.
public enum Notice: Hashable, Sendable {
    case saved(Change.Kind)
    case undone
    case nothingToUndo
    case failed(String)
    case formHasProblems
    case reloaded
    case keptTheirs
    case notPossible(String)
    case exported(String)
    /// A meeting action that needs something first, said in words.
    case meetingHint(MeetingHint)
}

/// Why a meeting key did nothing.
public enum MeetingHint: Hashable, Sendable {
    case noMeeting, noPlannedMeeting, emptyAgenda, finished, alreadyScheduled
}
