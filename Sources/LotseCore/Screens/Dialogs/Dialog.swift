import LotseStore

/// A modal window over whatever is on screen; it takes every key until it closes.
public enum Dialog: Hashable, Sendable {
    case confirm(Confirmation)
    case conflict(Conflict)
    /// Who clarifies a question.
    case assign(questionID: String, editor: TextEditor)
    case merge(MergePicker)
    case filter(FilterMenu)
    /// Which communes are present, in meeting mode.
    case attendance(AttendancePicker)
    case suggestions(SuggestionPicker)
    /// The commune another one is merged into (a municipal merger).
    case communeMerge(CommuneMergePicker)
    case export(ExportPrompt)
    /// Every command of the screen underneath, to find one by typing.
    case palette(CommandPalette)

    /// The key contexts of the dialog, innermost first: its hint line and its keys come
    /// from the same bindings.
    public var contexts: [KeyBinding.Context] {
        switch self {
        case .confirm(let confirmation): return confirmation.isDestructive ? [.confirmDestructive] : [.confirm]
        case .conflict: return [.conflict]
        case .assign, .export: return [.prompt]
        case .merge: return [.typeahead]
        case .filter: return [.filterMenu]
        case .attendance: return [.attendance]
        case .suggestions, .communeMerge: return [.picker]
        case .palette: return [.palette]
        }
    }
}

public enum Confirmation: Hashable, Sendable {
    case delete(Question)
    case discardForm
    case quitWithUnsavedForm(interrupted: Bool)
    case endMeeting(String)
    case deleteItem(meetingID: String, index: Int)
    case overwrite(ExportRequest)
    /// Removing a commune no record names.
    case deleteCommune(Commune)
    /// A commune that records name is archived instead of removed.
    case archiveCommune(Commune, uses: Int)
    /// A municipal merger, after the target was chosen.
    case mergeCommune(Commune, into: Commune)
    /// A list screen's own question before it removes something (`ScreenConfirmation`).
    case screen(ScreenConfirmation)
    /// Removing an outcome from a meeting's record.
    case deleteOutcome(meetingID: String, outcomeID: String)
    /// `q` while a meeting's timer runs: an easy slip at a projector.
    case quitWithRunningTimer(meetingID: String)
    /// Starting the timer of a meeting that is not dated today.
    case startOnOtherDay(meetingID: String)

    /// Whether saying yes loses something (a record, typed text, a file): then only j or y
    /// says yes, and Enter says no.
    public var isDestructive: Bool {
        switch self {
        // One rule for everything that ends or destroys something: only j says yes.
        case .delete, .discardForm, .quitWithUnsavedForm, .deleteItem, .overwrite, .deleteCommune,
             .screen, .deleteOutcome, .endMeeting, .archiveCommune, .mergeCommune:
            return true
        case .quitWithRunningTimer, .startOnOtherDay:
            return false
        }
    }
}

/// A save found someone else's version on disk. The user sees both and chooses.
public struct Conflict: Hashable, Sendable {
    public var change: Change
    /// The write that collided; nothing of the change is on disk.
    public var index: Int
    public var current: Record?
    /// The fields both sides changed; empty when the record was deleted or created meanwhile.
    public var fields: [JSONMerge.Conflict]

    public init(change: Change, index: Int, current: Record?, fields: [JSONMerge.Conflict] = []) {
        self.change = change
        self.index = index
        self.current = current
        self.fields = fields
    }

    public var mine: Record? { change.writes[index].new }
    public var theirs: Record? { current }
}

/// Choosing the question a duplicate is merged into: similar ones first.
public struct MergePicker: Hashable, Sendable {
    public var source: Question
    public var filter: TextEditor
    /// The chosen target question.
    public var selection: Selection

    public init(source: Question) {
        self.source = source
        filter = TextEditor()
        selection = Selection()
    }

    public func candidates(in network: Network) -> [Question] {
        let stems = Similarity.stems(source.title + " " + source.body)
        return network.questions
            .filter { $0.id != source.id && $0.status != .merged }
            .filter { TextFolding.matches(filter.text, in: [$0.title]) }
            .map { ($0, Similarity.score(stems, Similarity.stems($0.title + " " + $0.body))) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.created, $0.0.id) > ($1.0.created, $1.0.id) }
            .map(\.0)
    }
}

/// The filter and sort menu of the questions panel.
public struct FilterMenu: Hashable, Sendable {
    public enum Row: Int, CaseIterable, Sendable {
        case open, clarifying, answered, closed, merged, category, tag, assignee, sort
    }

    public var row: Row
    public var tag: TextEditor
    public var assignee: TextEditor

    public init(query: QuestionQuery) {
        row = .open
        tag = TextEditor(query.tag ?? "")
        assignee = TextEditor(query.assignee ?? "")
    }

    public static func status(of row: Row) -> QuestionStatus? {
        switch row {
        case .open: return .open
        case .clarifying: return .clarifying
        case .answered: return .answered
        case .closed: return .closed
        case .merged: return .merged
        default: return nil
        }
    }
}

/// The suggestions for a meeting's agenda; the list shrinks as items are taken.
public struct SuggestionPicker: Hashable, Sendable {
    public var meetingID: String
    /// The chosen suggestion; when it is taken, the next one moves up into its place.
    public var selection: Selection

    public init(meetingID: String) {
        self.meetingID = meetingID
        selection = Selection()
    }
}

/// The commune that another one becomes part of; the selection holds its id.
public struct CommuneMergePicker: Hashable, Sendable {
    public var sourceID: String
    public var selection = Selection()

    public init(sourceID: String) {
        self.sourceID = sourceID
    }

    /// Every other active commune, by name.
    public func targets(in state: AppState) -> [Commune] {
        state.communesByName.filter { $0.id != sourceID }
    }
}

/// Where to save an exported Markdown document.
public struct ExportPrompt: Hashable, Sendable {
    public enum Document: Hashable, Sendable { case minutes, agenda }

    public var meetingID: String
    public var document: Document
    public var path: TextEditor

    public init(meetingID: String, document: Document, path: String) {
        self.meetingID = meetingID
        self.document = document
        self.path = TextEditor(path)
    }
}

/// A file to write outside the store, such as exported minutes.
public struct ExportRequest: Hashable, Sendable {
    public var path: String
    public var text: String
    /// Replace a file that is already there (the user said yes).
    public var overwrite: Bool

    public init(path: String, text: String, overwrite: Bool = false) {
        self.path = path
        self.text = text
        self.overwrite = overwrite
    }
}
