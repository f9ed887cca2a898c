/// What a key binding asks for. The reducer decides what each means in the current screen.
public enum Command: Hashable, Sendable, CaseIterable {
    case focusNext, focusPrevious
    case focusCommunes, focusQuestions, focusMeetings
    case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom
    case open, back
    case filter
    case help, showProblems
    case redraw, quit
}
