import Foundation
import LotseStore

/// The one place where the app state changes: a pure function of the state and an
/// action, returning what the outside world must do. No terminal, no files, no clock:
/// time, sizes and the results of writes arrive as actions.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .resize(let size):
            state.size = size
        case .tick(let now):
            // Whole seconds, as the store writes them: what is saved reads back the same.
            state.now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
            return []
        case .interrupt:
            if let form = state.form, form.isDirty {
                state.dialog = .confirm(.quitWithUnsavedForm(interrupted: true))
            } else {
                return [.quitInterrupted]
            }
        case .key(let key):
            state.notice = nil
            effects = handle(key, in: &state)
        case .applied(let change):
            applied(change, in: &state)
        case .conflicted(let change, let index, let current):
            landed(change, upTo: index, in: &state)
            state.dialog = .conflict(Conflict(change: change, index: index, current: current))
            setSaving(false, in: &state)
        case .failed(let change, let index, let message):
            landed(change, upTo: index, in: &state)
            state.notice = .failed(message)
            setSaving(false, in: &state)
        case .reloaded(let network, let problems):
            reload(network, problems, in: &state)
        case .exported(let path):
            state.notice = .exported(path)
        case .exportExists(let request):
            state.dialog = .confirm(.overwrite(request))
        case .refused(let message):
            state.notice = .failed(message)
        }
        state.normalize()
        clampPager(&state)
        return effects
    }

    /// The contexts whose key bindings apply now, innermost first.
    public static func keyContexts(_ state: AppState) -> [KeyBinding.Context] {
        if state.dialog != nil { return [.dialog] }
        switch state.screen {
        case .form: return [.form]
        case .home:
            switch state.focus {
            case .questions: return [.question, .home, .global]
            case .meetings: return [.meetings, .home, .global]
            case .communes: return [.home, .global]
            }
        case .agenda: return [.agenda, .global]
        case .meetingMode: return state.form != nil ? [.form] : [.meetingMode, .global]
        case .measures: return [.measures, .global]
        case .detail(.questions), .question: return [.question, .pager, .global]
        case .knowledge: return [.knowledge, .question, .pager, .global]
        case .matrix: return [.matrix, .pager, .global]
        case .detail, .help, .problems: return [.pager, .global]
        }
    }

    private static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        guard HomeLayout.fits(state.size) else {
            // Too small to draw anything but the notice: only quitting and redrawing work.
            switch KeyMap.command(for: key, in: [.global]) {
            case .quit: return state.form?.isDirty == true ? [] : [.quit]
            case .redraw: return [.repaint]
            default: return []
            }
        }
        if key == .control("l") { return [.repaint] }
        if state.dialog != nil { return dialogKey(key, in: &state) }
        if state.screen == .form || state.form != nil { return formKey(key, in: &state) }
        if let panel = state.editingFilter, state.screen == .home {
            editFilter(key, panel: panel, in: &state)
            return []
        }
        if state.knowledge.editing, state.screen == .knowledge {
            editKnowledgeQuery(key, in: &state)
            return []
        }
        guard let command = KeyMap.command(for: key, in: keyContexts(state)) else { return [] }
        switch command {
        case .quit: return [.quit]
        case .redraw: return [.repaint]
        case .help:
            if state.screen == .help { state.levels.removeLast() } else { state.levels.append(Level(.help)) }
            return []
        case .undo:
            return undo(in: &state)
        default:
            break
        }
        // The meeting screens own every key their contexts bind; elsewhere the question
        // and meeting work comes first, then the screen's own navigation.
        switch state.screen {
        case .meetingMode: return meetingModeCommand(command, in: &state)
        case .agenda, .measures: return meetingCommand(command, in: &state)
        default: break
        }
        if questionWork.contains(command) { return questionCommand(command, in: &state) }
        if meetingWork.contains(command) { return meetingCommand(command, in: &state) }
        switch state.screen {
        case .home: home(command, in: &state)
        case .knowledge: knowledgeCommand(command, in: &state)
        case .matrix: matrixCommand(command, in: &state)
        default: pager(command, in: &state)
        }
        return []
    }

    static let questionWork: Set<Command> = [
        .newQuestion, .editQuestion, .answerQuestion, .advanceStatus, .revertStatus, .assign, .merge, .delete,
        .filterMenu, .cycleSort,
    ]

    /// The meeting commands that the dashboard's other screens reach (the meetings panel, `t` on a question).
    static let meetingWork: Set<Command> = [
        .meetingMode, .agenda, .newMeeting, .editMeeting, .measures, .exportMinutes, .schedule,
    ]

    // MARK: Results of writes

    private static func applied(_ change: Change, in state: inout AppState) {
        landed(change, upTo: change.writes.count, in: &state)
        if change.isUndo {
            state.notice = .undone
        } else {
            state.undoStack.append(change.inverse)
            if state.undoStack.count > AppState.undoLimit { state.undoStack.removeFirst() }
            // The timer shows its own state; a notice for it would push the keys off a narrow hint bar.
            state.notice = change.kind == .timer ? nil : .saved(change.kind)
        }
        if state.form?.isSaving == true {
            closeForm(in: &state)
            // A new meeting is there to be prepared: select it and open its agenda.
            if change.kind == .meeting, !change.isUndo, let write = change.writes.first, write.base == nil {
                if let row = state.meetingRows.firstIndex(where: { $0.id == write.id }) {
                    state.cursors[.meetings] = ListCursor(selected: row)
                }
                state.agendaCursor = 0
                state.levels.append(Level(.agenda(write.id)))
            }
        }
    }

    /// Puts the writes that reached the disk into the state.
    static func landed(_ change: Change, upTo index: Int, in state: inout AppState) {
        for write in change.writes.prefix(index) {
            put(write.new, for: write, in: &state)
        }
    }

    /// Replaces, inserts or removes the record the write is about.
    static func put(_ record: Record?, for write: Change.Write, in state: inout AppState) {
        switch write.kind {
        case .meeting: put(record?.meeting, id: write.id, in: &state.network.meetings)
        default: put(record?.question, id: write.id, in: &state.network.questions)
        }
    }

    /// Replaces, inserts (in id order, as the store lists them) or removes a record.
    private static func put<R: Identifiable>(_ record: R?, id: String, in records: inout [R]) where R.ID == String {
        if let position = records.firstIndex(where: { $0.id == id }) {
            if let record { records[position] = record } else { records.remove(at: position) }
        } else if let record {
            let position = records.firstIndex { $0.id > id } ?? records.count
            records.insert(record, at: position)
        }
    }

    static func setSaving(_ saving: Bool, in state: inout AppState) {
        switch state.form {
        case .question(var f)?:
            f.saving = saving
            state.form = .question(f)
        case .answer(var f)?:
            f.saving = saving
            state.form = .answer(f)
        case .fields(var f)?:
            f.saving = saving
            state.form = .fields(f)
        case nil: break
        }
    }

    static func closeForm(in state: inout AppState) {
        state.form = nil
        if let index = state.levels.lastIndex(where: { $0.screen == .form }) {
            state.levels.removeSubrange(index...)
        }
    }

    /// Takes in what another process wrote; selections stay on the same rows by position
    /// and are clamped by `normalize`.
    private static func reload(_ network: Network, _ problems: [StoreProblem], in state: inout AppState) {
        guard network.sortedByID != state.network.sortedByID || problems != state.problems else { return }
        state.network = network
        state.problems = problems
        state.notice = .reloaded
    }

    static func clampPager(_ state: inout AppState) {
        guard let index = state.levels.indices.last, isPager(state.levels[index].screen) else { return }
        let total = PagerLayout.lines(for: state.screen, in: state).count
        let visible = PagerLayout.visibleLines(for: state.screen, size: state.size, lineCount: total)
        state.levels[index].offset = max(0, min(state.levels[index].offset, total - visible))
    }

    static func isPager(_ screen: Screen) -> Bool {
        switch screen {
        case .detail, .question, .help, .problems: return true
        case .home, .form, .knowledge, .matrix, .agenda, .meetingMode, .measures: return false
        }
    }
}
