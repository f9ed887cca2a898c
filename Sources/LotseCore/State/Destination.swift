/// A screen or dialog above home, carrying its own state (after the Composable
/// Architecture's `StackState`). Each case has its own state type, reducer, key bindings
/// and screen file; the switches that route keys to them are all in this file, and the
/// one that draws them is the renderer's.
public enum Destination: Hashable, Sendable {
    case pager(PagerState)
    /// A question, answer or meeting form; over meeting mode it is the capture box.
    case form(Form)
    case knowledge(KnowledgeState)
    case matrix(MatrixState)
    case agenda(AgendaState)
    case meetingMode(MeetingModeState)
    case measures(MeasuresState)
    /// A list screen of its own (`ListScreen`): the categories, a commune's coordinators,
    /// the sync conflicts.
    case list(AnyListScreen)
    /// A modal window over the screen below; it takes every key until it closes.
    case dialog(Dialog)

    public var isDialog: Bool {
        if case .dialog = self { return true }
        return false
    }

    /// Meeting mode shows a running clock, so it wants a tick every second.
    public var isMeetingMode: Bool {
        if case .meetingMode = self { return true }
        return false
    }

    /// The meeting this screen is about, if any.
    public var meetingID: String? {
        switch self {
        case .agenda(let agenda): return agenda.meetingID
        case .meetingMode(let mode): return mode.meetingID
        default: return nil
        }
    }

    /// The key contexts of the screen, innermost first: its own, then what it shares.
    var contexts: [KeyBinding.Context] {
        switch self {
        case .dialog(let dialog): return dialog.contexts
        case .form: return [.form]
        case .pager(let pager):
            switch pager.page {
            case .detail(.questions), .question: return [.question, .pager, .global]
            case .privacy: return [.privacy, .pager, .global]
            default: return [.pager, .global]
            }
        case .knowledge: return [.knowledge, .question, .pager, .global]
        case .matrix: return [.matrix, .pager, .global]
        case .agenda: return [.agenda, .global]
        case .meetingMode: return [.meetingMode, .global]
        case .measures: return [.measures, .global]
        case .list(let screen): return screen.base.contexts
        }
    }

    /// A command for this screen, while it is on top: its own reducer runs on its own
    /// state. Screens that show a question take the question work first.
    func reduce(_ command: Command, in state: inout AppState) -> [Effect] {
        switch self {
        case .pager:
            if QuestionWork.commands.contains(command) { return QuestionWork.reduce(command, in: &state) }
            return Reducer.scoped(&state, PagerState.self) { PagerReducer.reduce(command, in: &$0, state: &$1) }
        case .knowledge:
            if QuestionWork.commands.contains(command) { return QuestionWork.reduce(command, in: &state) }
            return Reducer.scoped(&state, KnowledgeState.self) { KnowledgeReducer.reduce(command, in: &$0, state: &$1) }
        case .matrix:
            return Reducer.scoped(&state, MatrixState.self) { MatrixReducer.reduce(command, in: &$0, state: &$1) }
        case .agenda:
            return Reducer.scoped(&state, AgendaState.self) { AgendaReducer.reduce(command, in: &$0, state: &$1) }
        case .meetingMode:
            return Reducer.scoped(&state, MeetingModeState.self) { MeetingModeReducer.reduce(command, in: &$0, state: &$1) }
        case .measures:
            return Reducer.scoped(&state, MeasuresState.self) { MeasuresReducer.reduce(command, in: &$0, state: &$1) }
        case .list(let screen):
            return screen.base.reduceOnTop(command, in: &state)
        case .form, .dialog:
            // Forms and dialogs read keys, not commands (Reducer.handle sends them there).
            return []
        }
    }

    /// Keeps the screen's selection on its row after any change.
    mutating func normalize(in state: AppState) {
        switch self {
        case .pager(var pager):
            PagerReducer.clamp(&pager, in: state)
            self = .pager(pager)
        case .knowledge(var knowledge):
            let hits = state.knowledgeHits(knowledge.query)
            knowledge.selection.resolve(in: hits.lazy.map(\.id), visible: KnowledgeLayout.listHeight(state.size))
            self = .knowledge(knowledge)
        case .matrix(var matrix):
            MatrixReducer.resolve(&matrix, in: state)
            self = .matrix(matrix)
        case .agenda(var agenda):
            agenda.item = max(0, min(agenda.item, (state.meeting(agenda.meetingID)?.agenda.count ?? 0) - 1))
            self = .agenda(agenda)
        case .measures(var measures):
            let rows = state.measureRows(all: measures.all)
            measures.selection.resolve(in: rows.lazy.map(\.id), visible: MeasuresState.visible(state.size))
            self = .measures(measures)
        case .list(let screen):
            self = screen.base.normalized(in: state)
        case .dialog(var dialog):
            DialogReducer.resolve(&dialog, in: state)
            self = .dialog(dialog)
        case .form, .meetingMode:
            break
        }
    }
}

/// The state of one kind of destination: found in a destination and put back into one,
/// so that a screen's reducer works on its own state alone (`Reducer.scoped`).
public protocol DestinationState: Hashable, Sendable {
    init?(_ destination: Destination)
    var destination: Destination { get }
}

/// Which recurring events the state asks the run loop for.
public enum Subscription: Hashable, Sendable {
    /// A `.tick` at every new second.
    case everySecond
}
