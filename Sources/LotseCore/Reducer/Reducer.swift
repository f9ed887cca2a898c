import Foundation
import LotseStore

/// The one place where the app state changes: a pure function of the state and an
/// action, returning what the outside world must do. No terminal, no files, no clock:
/// time, sizes and the results of writes arrive as actions. Keys go to the innermost
/// screen's own reducer.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .resize(let size):
            state.size = size
        case .tick(let now):
            // Whole seconds, as the store writes them: what is saved reads back the same.
            state.now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        case .interrupt:
            if let form = state.form, form.isDirty {
                push(.dialog(.confirm(.quitWithUnsavedForm(interrupted: true))), in: &state)
            } else {
                return [.quitInterrupted]
            }
        case .mouse(let event):
            effects = MouseWork.reduce(event, in: &state)
        case .key(let key) where state.sync?.prompts.isEmpty == false:
            state.notice = nil
            effects = CredentialWork.key(key, in: &state)
        case .key(let key):
            state.notice = nil
            // Text typed into a form changes nothing else: no selection to keep, no rows to
            // derive. Returning at once keeps a long paste linear and quick.
            if HomeLayout.fits(state.size), FormReducer.typeInPlace(key, in: &state) { return [] }
            effects = handle(key, in: &state)
        case .applied(let change):
            applied(change, in: &state)
        case .conflicted(let change, let index, let current, let fields):
            setSaving(false, in: &state)
            push(.dialog(.conflict(Conflict(change: change, index: index, current: current, fields: fields))), in: &state)
        case .failed(_, _, let error):
            state.notice = .failed(error)
            setSaving(false, in: &state)
        case .reloaded(let network, let problems, let changed):
            reload(network, problems, changed: changed, in: &state)
        case .searchPrepared(let corpus):
            state.adopt(corpus)
        case .loading(let progress, let questions):
            state.loading = progress
            state.network.questions = questions
            state.home.keepTopQuestionAtTop()
        case .exported(let path):
            state.notice = .exported(path)
        case .exportExists(let request):
            push(.dialog(.confirm(.overwrite(request))), in: &state)
        case .refused(let error):
            state.notice = .exportFailed(error)
        case .syncDue:
            effects = SyncWork.start(in: &state, automatic: true)
        case .syncFinished(let result):
            SyncWork.finished(result, in: &state)
        case .syncStatusRead(let unsent, let incoming, let purgePending):
            // Saves since the start are unsent too.
            state.sync?.unsent.formUnion(unsent)
            state.sync?.incoming = incoming
            state.sync?.purgePending = purgePending
        case .settled(let conflict, let network, let problems):
            reload(network, problems, in: &state)
            state.sync?.unsent.insert(conflict.file)
            state.notice = .conflictSettled
        case .settleFailed(let error):
            state.notice = .failed(error)
        case .historyRead(let subject, let entries):
            push(.pager(PagerState(.history(subject, entries))), in: &state)
        case .syncLogRead(let entries):
            push(SyncLogState(entries: entries).destination, in: &state)
        case .credentialAsked(let id, let asked):
            CredentialWork.asked(id: id, asked, in: &state)
        case .credentialWithdrawn(let id):
            CredentialWork.withdrawn(id: id, in: &state)
        case .privacyConfirmed(let count, let network, let problems):
            reload(network, problems, in: &state)
            state.sync?.heldBack = []
            state.notice = .privacyConfirmed(count)
        }
        state.normalize()
        return effects
    }

    /// What the state asks of the run loop for as long as it stays so (after bubbletea's
    /// `tea.Every`): meeting mode shows a running clock, so it asks for a tick every second.
    public static func subscriptions(_ state: AppState) -> Set<Subscription> {
        // A running sync shows how long it has been at it.
        state.path.contains(where: \.isMeetingMode) || state.sync?.isRunning == true ? [.everySecond] : []
    }

    /// The contexts whose key bindings apply now, innermost first.
    public static func keyContexts(_ state: AppState) -> [KeyBinding.Context] {
        switch state.top {
        case nil:
            switch state.home.focus {
            case .questions: return [.question, .home, .global]
            case .meetings: return [.meetings, .home, .global]
            case .communes: return [.communesPanel, .home, .global]
            }
        case let destination?: return destination.contexts
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
        // Forms take keys as text. (Asked without holding the form: a second reference to
        // its text would make every typed character copy all of it.)
        if state.path.last.map({ Form($0) != nil }) == true { return FormReducer.reduce(key, in: &state) }
        // Dialogs take keys too; their own reducers read them.
        switch state.top {
        case .dialog(let dialog)?: return DialogReducer.reduce(dialog, key: key, in: &state)
        case nil where state.home.editingFilter != nil:
            HomeReducer.editFilter(key, in: &state)
            return []
        case .knowledge(let knowledge)? where knowledge.editing:
            return scoped(&state, KnowledgeState.self) { KnowledgeReducer.editQuery(key, in: &$0, state: &$1) }
        case .pager(let pager)? where pager.editing:
            return scoped(&state, PagerState.self) { PagerReducer.editQuery(key, in: &$0, state: &$1) }
        default: break
        }
        let contexts = keyContexts(state)
        guard let command = state.userKeys.command(for: key, in: contexts) ?? KeyMap.command(for: key, in: contexts) else { return [] }
        return self.command(command, in: &state)
    }

    /// A command, however it came: a key, the mouse, the command palette.
    static func command(_ command: Command, in state: inout AppState) -> [Effect] {
        switch command {
        case .quit:
            // A running timer on the projector: q is an easy slip there.
            if let running = state.network.meetings.first(where: MeetingClock.isRunning) {
                push(.dialog(.confirm(.quitWithRunningTimer(meetingID: running.id))), in: &state)
                return []
            }
            return [.quit]
        case .redraw: return [.repaint]
        case .help:
            if case .pager(let pager)? = state.top, pager.page == .help { pop(&state) } else { push(.pager(PagerState(.help)), in: &state) }
            return []
        case .undo:
            return undo(in: &state)
        case .redo:
            return redo(in: &state)
        case .palette:
            push(.dialog(.palette(CommandPalette(contexts: keyContexts(state)))), in: &state)
            return []
        case .syncNow:
            return SyncWork.start(in: &state, automatic: false)
        case .syncLog:
            guard state.sync != nil else {
                state.notice = .syncNotSetUp
                return []
            }
            return [.readSyncLog]
        case .recordHistory:
            guard let subject = HistorySubject.current(in: state) else {
                state.notice = .notPossible(HistoryText.onlyForRecords(state.language))
                return []
            }
            return [.readHistory(subject)]
        default:
            break
        }
        // Each screen owns the keys of its contexts; the question and meeting work that
        // several screens share comes after the screen's own.
        guard let top = state.top else {
            if QuestionWork.commands.contains(command) { return QuestionWork.reduce(command, in: &state) }
            if MeetingWork.commands.contains(command) { return MeetingWork.reduce(command, in: &state) }
            if CommuneWork.commands.contains(command) { return CommuneWork.reduce(command, in: &state) }
            HomeReducer.reduce(command, in: &state)
            return []
        }
        return top.reduce(command, in: &state)
    }

    // MARK: The stack

    static func push(_ destination: Destination, in state: inout AppState) {
        state.path.append(destination)
    }

    static func pop(_ state: inout AppState) {
        if !state.path.isEmpty { state.path.removeLast() }
    }

    /// Puts a screen's changed state back, if that screen is still the one on top.
    static func replaceTop(_ destination: Destination, in state: inout AppState) {
        guard let last = state.path.indices.last else { return }
        state.path[last] = destination
    }

    /// Runs a screen's reducer on its own state and puts the state back where it was, unless
    /// the reducer closed that screen meanwhile. Screens pushed above it stay above it.
    static func scoped<S: DestinationState>(_ state: inout AppState, _ type: S.Type,
                                            _ body: (inout S, inout AppState) -> [Effect]) -> [Effect] {
        guard let index = state.path.indices.last, var own = S(state.path[index]) else { return [] }
        let before = state.path[index]
        let effects = body(&own, &state)
        if state.path.indices.contains(index), state.path[index] == before { state.path[index] = own.destination }
        return effects
    }

    // MARK: Results of writes

    private static func applied(_ change: Change, in state: inout AppState) {
        landed(change, in: &state)
        SyncWork.noteWrites(change, in: &state)
        if change.isUndo {
            state.notice = .undid(change.kind, change.subject)
            state.redoStack.append(change.redoing)
        } else {
            state.undoStack.append(change.inverse)
            if state.undoStack.count > AppState.undoLimit { state.undoStack.removeFirst() }
            // A new change makes what was undone before it impossible to bring back in order.
            if !change.isRedo { state.redoStack.removeAll() }
            // The timer shows its own state; a notice for it would push the keys off a narrow hint bar.
            state.notice = change.isRedo ? .redid(change.kind, change.subject) : change.kind == .timer ? nil
                : change.mergedFields.isEmpty ? named(change) ?? .saved(change.kind) : .mergedSaved(change.kind, fields: change.mergedFields)
        }
        // A question or commune just added is the one the user goes on with.
        if change.kind == .create, !change.isUndo, let write = change.writes.first {
            state.home.selections[.questions] = Selection(id: write.id)
        }
        if change.kind == .commune, !change.isUndo, let write = change.writes.first, write.base == nil {
            state.home.selections[.communes] = Selection(id: write.id)
        }
        if state.form?.isSaving == true {
            closeForm(in: &state)
            // A new meeting is there to be prepared: select it and open its agenda.
            if change.kind == .meeting, !change.isUndo, let write = change.writes.first, write.base == nil {
                state.home.selections[.meetings] = Selection(id: write.id)
                push(.agenda(AgendaState(meetingID: write.id)), in: &state)
            }
        }
    }

    /// Puts the records of a change that reached the disk into the state.
    static func landed(_ change: Change, in state: inout AppState) {
        for write in change.writes {
            put(write.new, for: write, in: &state)
        }
        if let manifest = change.manifest { state.network.manifest = manifest.new }
    }

    /// Replaces, inserts or removes the record the write is about.
    static func put(_ record: Record?, for write: Change.Write, in state: inout AppState) {
        switch write.kind {
        case .meeting: state.network.meetings.put(record?.meeting, id: write.id)
        case .commune: state.network.communes.put(record?.commune, id: write.id)
        case .question: state.network.questions.put(record?.question, id: write.id)
        }
    }

    /// Marks the open form as saving or not.
    static func setSaving(_ saving: Bool, in state: inout AppState) {
        state.form?.isSaving = saving
    }

    /// Closes the open form and whatever stands above it.
    static func closeForm(in state: inout AppState) {
        state.form = nil
    }

    /// Takes in what another process wrote. Every selection holds its record's id, so it
    /// stays on the same record wherever the reload moved it (see `AppState.normalize`).
    private static func reload(_ network: Network, _ problems: [StoreProblem], changed: [String: Int?]? = nil,
                               in state: inout AppState) {
        if state.loading != nil {
            // The end of the first reading, not a colleague's change: no notice.
            state.loading = nil
            state.network = network
            state.problems = problems
            state.home.keepTopQuestionAtTop()
            return
        }
        if let changed {
            // A few files read again (our own writes among them): only their questions are
            // compared, not 100,000 records.
            guard !state.shows(network, problems, changed: changed) else { return }
        } else {
            // Array equality is quick for arrays that share their storage.
            guard network != state.network || problems != state.problems else { return }
        }
        state.take(network, problems, changed: changed)
        // What a sync pulled is what its own notice already counts.
        if case .synced? = state.notice { return }
        state.notice = .reloaded
    }

    /// A notice that names where a change went: the question a duplicate was merged
    /// into, the meeting and TOP a question was put on.
    static func named(_ change: Change) -> Notice? {
        switch change.kind {
        case .merge:
            guard case .question(let target)? = change.writes.first?.new else { return nil }
            return .mergedInto(target.title)
        case .scheduled:
            guard let write = change.writes.first, case .meeting(let meeting)? = write.new, case .meeting(let base)? = write.base,
                  let item = meeting.agenda.first(where: { top in !base.agenda.contains { $0.id == top.id } }) else { return nil }
            return .scheduledOn(meeting: meeting.title, item: item.number)
        default:
            return nil
        }
    }

    static func redo(in state: inout AppState) -> [Effect] {
        guard let change = state.redoStack.popLast() else {
            state.notice = .nothingToRedo
            return []
        }
        return [.apply(change)]
    }

    static func undo(in state: inout AppState) -> [Effect] {
        guard let change = state.undoStack.popLast() else {
            state.notice = .nothingToUndo
            return []
        }
        return [.apply(change)]
    }
}
