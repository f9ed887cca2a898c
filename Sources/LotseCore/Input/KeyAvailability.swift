/// Whether a command does something in the state as it is, so that the hint bar offers
/// only what works (a finished meeting has no timer to start; a store that does not sync
/// has nothing to sync). The keys still answer when pressed, with a word why not.
public enum KeyAvailability {
    public static func offers(_ command: Command, in state: AppState) -> Bool {
        switch command {
        case .syncNow, .syncLog: return state.sync != nil
        case .confirmHeld: return state.sync?.heldBack.isEmpty == false
        case .recordHistory: return HistorySubject.current(in: state) != nil
        case .showArchived: return state.network.communes.contains { $0.archived }
        case .restoreCommune, .deleteCommune:
            let archived = state.selectedCommune.flatMap { id in state.network.communes.first { $0.id == id } }?.archived
            return command == .restoreCommune ? archived == true : archived == false
        case .releaseAnswer, .withdrawRelease:
            guard case .knowledge(let knowledge)? = state.top, let question = knowledge.selectedQuestion(in: state) else { return false }
            return command == .releaseAnswer ? question.guideState(on: state.today) != .released : question.release != nil
        case .filter:
            // In a pager only the help is searched.
            switch state.top {
            case .pager(let pager)?: return pager.page == .help
            case .matrix?: return false
            default: break
            }
        default: break
        }
        // A list screen with nothing in it offers what adds, not what acts on a row.
        if let empty = emptyList(in: state), empty {
            switch command {
            case .moveDown, .moveUp, .editItem, .deleteItem, .moveItemDown, .moveItemUp, .markDone, .markDropped, .markOpen:
                return false
            default: break
            }
        }
        if case .agenda(let agenda)? = state.screen, let meeting = state.meeting(agenda.meetingID) {
            switch command {
            case .nextOutcome:
                return meeting.agenda.indices.contains(agenda.item) && !meeting.agenda[agenda.item].outcomes.isEmpty
            case .editOutcome, .deleteOutcome: return agenda.outcome != nil
            default: return true
            }
        }
        guard case .meetingMode(let mode)? = state.screen, let meeting = state.meeting(mode.meetingID) else { return true }
        switch command {
        case .startPause, .nextItem, .previousItem, .addNote, .addDecision, .addMeasure, .addInternal, .endMeeting:
            return meeting.state != .finished && !meeting.agenda.isEmpty
        // Once the meeting is over, what is left to do: export the minutes, approve them.
        case .exportMinutes: return meeting.state == .finished
        case .approveMinutes: return meeting.state == .finished && meeting.minutesApproved == nil
        case .moveDown, .moveUp:
            return meeting.state != .finished && !MeetingModeReducer.visibleOutcomes(meeting, mode: mode).isEmpty
        case .editOutcome, .deleteOutcome:
            return mode.outcome != nil && meeting.state != .finished
        default:
            return true
        }
    }

    /// Whether the list screen on top has no rows; nil when the top is not such a screen.
    static func emptyList(in state: AppState) -> Bool? {
        switch state.top {
        case .list(let screen)?:
            return screen.base.isEmpty(in: state)
        case .agenda(let screen)?:
            return state.meeting(screen.meetingID)?.agenda.isEmpty ?? true
        case .measures(let screen)?:
            // Asked at every frame: whether one listed measure exists, not the sorted rows.
            return !state.network.meetings.contains { meeting in
                meeting.agenda.contains { item in
                    item.outcomes.contains { $0.kind == .measure && (screen.all || ($0.status ?? .open) == .open) }
                }
            }
        default:
            return nil
        }
    }
}
