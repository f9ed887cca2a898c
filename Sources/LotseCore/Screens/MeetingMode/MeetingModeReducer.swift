import Foundation
import LotseStore

/// Meeting mode: the timer, moving between TOPs, attendance and the capture of notes,
/// decisions and measures. The timer's spans are written to the store at once, so a
/// restarted dashboard shows the same times.
enum MeetingModeReducer {
    static func reduce(_ command: Command, in mode: inout MeetingModeState, state: inout AppState) -> [Effect] {
        guard let meeting = state.meeting(mode.meetingID) else {
            if command == .back { Reducer.pop(&state) }
            return []
        }
        let now = state.now
        let current = MeetingClock.currentIndex(meeting)
        switch command {
        case .back:
            Reducer.pop(&state)
            return []
        case .toggleInternal:
            mode.showInternal.toggle()
            return []
        case .attendance:
            Reducer.push(.dialog(.attendance(AttendancePicker(meeting))), in: &state)
            return []
        case .exportMinutes:
            return MeetingWork.reduce(.exportMinutes, in: &state)
        case .startPause, .nextItem, .previousItem, .addNote, .addDecision, .addMeasure, .endMeeting:
            break
        default:
            // Arrows up and down, paging and the like mean nothing on the projector.
            return []
        }
        guard meeting.state != .finished else { return MeetingWork.hint(.finished, in: &state) }
        guard let current else { return MeetingWork.hint(.emptyAgenda, in: &state) }
        switch command {
        case .startPause:
            let changed = MeetingClock.isRunning(meeting) ? MeetingClock.pause(meeting, now: now) : MeetingClock.start(meeting, now: now)
            return [.apply(.meeting(.timer, changed, base: meeting))]
        case .nextItem, .previousItem:
            let target = current + (command == .nextItem ? 1 : -1)
            guard meeting.agenda.indices.contains(target) else { return [] }
            return [.apply(.meeting(.timer, MeetingClock.go(to: target, in: meeting, now: now), base: meeting))]
        case .addNote, .addDecision, .addMeasure:
            let kind: Outcome.Kind = command == .addNote ? .info : command == .addDecision ? .decision : .measure
            // The form opens over meeting mode as a box: the projector keeps showing the TOP.
            FormReducer.open(.fields(MeetingForms.outcome(kind, meeting: meeting, index: current, network: state.network)), in: &state)
        case .endMeeting:
            Reducer.push(.dialog(.confirm(.endMeeting(mode.meetingID))), in: &state)
        default:
            break
        }
        return []
    }
}
