/// What a key binding asks for: the global commands and those of the screens that are not
/// yet features of their own; a list screen's actions come as `.screen`. The reducer
/// decides what each means in the current screen.
public enum Command: Hashable, Sendable {
    case focusNext, focusPrevious
    case focusCommunes, focusQuestions, focusMeetings
    case moveUp, moveDown, moveLeft, moveRight, pageUp, pageDown, moveToTop, moveToBottom
    case open, back
    case filter
    case help, showProblems
    case redraw, quit
    // Questions
    case newQuestion, editQuestion, answerQuestion, advanceStatus, revertStatus
    case assign, merge, delete, undo, filterMenu, cycleSort
    case knowledge, matrix
    // Forms and dialogs
    case nextField, previousField, save, toggle, confirm, cancel, keepMine, takeTheirs, selectInvited, clearText
    // Meetings
    case meetingMode, agenda, newMeeting, editMeeting, newItem, editItem, deleteItem, moveItemUp, moveItemDown
    case schedule, suggestions, measures, exportMinutes, exportAgenda
    case startPause, nextItem, previousItem, attendance, addNote, addDecision, addMeasure, endMeeting, toggleInternal
    case markDone, markDropped, markOpen, toggleAll
    // Communes
    case newCommune, editCommune, deleteCommune, mergeCommune, restoreCommune, showArchived, coordinators
    // Categories
    case categories
    case syncNow, conflicts, syncLog, recordHistory
    case privacy, editPolicy, confirmHeld
    // The volunteers' guide
    case releaseAnswer, withdrawRelease
    case editOutcome, deleteOutcome, addInternal, nextOutcome, editNames, approveMinutes
    case palette, redo, reverseSort, openSimilar, joinSimilar
    /// An action of one screen's own (`ScreenAction`), by its name.
    case screen(ScreenCommand)
}
