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
            if !mode.showInternal, let id = mode.outcome,
               meeting.agenda.flatMap(\.outcomes).first(where: { $0.id == id })?.kind == .internal {
                mode.outcome = nil
            }
            return []
        case .moveUp, .moveDown:
            // The outcomes of the TOP on screen, to correct one: the timer stays in sight.
            let ids = visibleOutcomes(meeting, mode: mode).map(\.id)
            guard !ids.isEmpty else { return [] }
            let position = mode.outcome.flatMap(ids.firstIndex(of:))
            switch (command, position) {
            case (.moveDown, nil): mode.outcome = ids.first
            case (.moveUp, nil): mode.outcome = ids.last
            case (.moveDown, let index?): mode.outcome = index + 1 < ids.count ? ids[index + 1] : nil
            case (.moveUp, let index?): mode.outcome = index > 0 ? ids[index - 1] : nil
            default: break
            }
            return []
        case .editOutcome, .deleteOutcome:
            guard let id = mode.outcome, let outcome = visibleOutcomes(meeting, mode: mode).first(where: { $0.id == id }) else {
                return MeetingWork.hint(.noOutcome, in: &state)
            }
            if command == .editOutcome {
                FormReducer.open(.fields(MeetingForms.editing(outcome, meetingID: meeting.id)), in: &state)
            } else {
                Reducer.push(.dialog(.confirm(.deleteOutcome(meetingID: meeting.id, outcomeID: id))), in: &state)
            }
            return []
        case .attendance:
            Reducer.push(.dialog(.attendance(AttendancePicker(meeting))), in: &state)
            return []
        case .exportMinutes, .approveMinutes:
            return MeetingWork.reduce(command, in: &state)
        case .startPause, .nextItem, .previousItem, .addNote, .addDecision, .addMeasure, .addInternal, .endMeeting:
            break
        default:
            // Arrows up and down, paging and the like mean nothing on the projector.
            return []
        }
        guard meeting.state != .finished else { return MeetingWork.hint(.finished, in: &state) }
        guard let current else { return MeetingWork.hint(.emptyAgenda, in: &state) }
        switch command {
        case .startPause:
            let running = MeetingClock.isRunning(meeting)
            // A meeting dated another day is started by mistake more often than on purpose.
            if !running, meeting.state == .planned, !meeting.agenda.contains(where: { !$0.spans.isEmpty }),
               meeting.start.date != LocalDate(now, in: state.timeZone) {
                Reducer.push(.dialog(.confirm(.startOnOtherDay(meetingID: meeting.id))), in: &state)
                return []
            }
            let changed = running ? MeetingClock.pause(meeting, now: now) : MeetingClock.start(meeting, now: now)
            return [.apply(.meeting(.timer, changed, base: meeting))]
        case .nextItem, .previousItem:
            let target = current + (command == .nextItem ? 1 : -1)
            guard meeting.agenda.indices.contains(target) else { return [] }
            mode.outcome = nil
            return [.apply(.meeting(.timer, MeetingClock.go(to: target, in: meeting, now: now), base: meeting))]
        case .addNote, .addDecision, .addMeasure, .addInternal:
            let kind: Outcome.Kind = command == .addNote ? .info : command == .addDecision ? .decision
                : command == .addInternal ? .internal : .measure
            // The form opens over meeting mode as a box: the projector keeps showing the TOP.
            FormReducer.open(.fields(MeetingForms.outcome(kind, meeting: meeting, index: current, network: state.network)), in: &state)
        case .endMeeting:
            Reducer.push(.dialog(.confirm(.endMeeting(mode.meetingID))), in: &state)
        default:
            break
        }
        return []
    }

    /// The current TOP's outcomes as the projector shows them: internal ones only with `v`.
    static func visibleOutcomes(_ meeting: Meeting, mode: MeetingModeState) -> [Outcome] {
        guard let current = MeetingClock.currentIndex(meeting) else { return [] }
        return meeting.agenda[current].outcomes.filter { mode.showInternal || $0.kind != .internal }
    }
}
