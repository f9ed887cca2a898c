/// What fills the terminal. The home screen is always underneath; the others are levels
/// that Esc leaves one at a time.
public enum Screen: Hashable, Sendable {
    case home
    /// The full-screen detail of the selected row of a panel.
    case detail(Panel)
    /// The full-screen detail of one question, opened from the knowledge base.
    case question(String)
    case help
    case problems
    /// The question or answer form in `AppState.form`.
    case form
    /// Wissen: the answered questions, searchable.
    case knowledge
    /// Bedarfe: communes × categories.
    case matrix
    /// A meeting's agenda, to prepare it: TOPs added, edited and reordered.
    case agenda(String)
    /// The meeting on the projector.
    case meetingMode(String)
    /// The measures of all meetings, open ones first.
    case measures

    /// Meeting mode shows a running clock, so it wants a frame every second.
    public var isMeetingMode: Bool {
        if case .meetingMode = self { return true }
        return false
    }
}

/// A screen above home and how far it is scrolled.
public struct Level: Hashable, Sendable {
    public var screen: Screen
    public var offset: Int

    public init(_ screen: Screen, offset: Int = 0) {
        self.screen = screen
        self.offset = offset
    }
}

/// The form being filled in, if any.
public enum Form: Hashable, Sendable {
    case question(QuestionForm)
    case answer(AnswerForm)
    /// A meeting, a TOP or an outcome.
    case fields(FieldForm)

    public var isDirty: Bool {
        switch self {
        case .question(let form): return form.isDirty
        case .answer(let form): return form.isDirty
        case .fields(let form): return form.isDirty
        }
    }

    public var isSaving: Bool {
        switch self {
        case .question(let form): return form.saving
        case .answer(let form): return form.saving
        case .fields(let form): return form.saving
        }
    }
}

/// The knowledge base's search and selection.
public struct KnowledgeState: Hashable, Sendable {
    public var query: String = ""
    public var editing = false
    public var cursor = ListCursor()
    public init() {}
}

/// The selected cell of the needs matrix.
public struct MatrixCursor: Hashable, Sendable {
    public var row = 0
    public var column = 0
    public init() {}
}

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
