import Foundation
import LotseStore

/// Meeting mode: the timer, moving between TOPs, attendance and the capture of notes,
/// decisions and measures. The timer's spans are written to the store at once, so a
/// restarted dashboard shows the same times.
extension Reducer {
    static func meetingModeCommand(_ command: Command, in state: inout AppState) -> [Effect] {
        guard case .meetingMode(let id) = state.screen, let meeting = state.meeting(id) else {
            if command == .back { state.levels.removeLast() }
            return []
        }
        let now = state.now
        let current = MeetingClock.currentIndex(meeting)
        switch command {
        case .back:
            state.levels.removeLast()
            return []
        case .toggleInternal:
            state.showInternal.toggle()
            return []
        case .attendance:
            state.dialog = .attendance(AttendancePicker(meeting))
            return []
        case .exportMinutes:
            return meetingCommand(.exportMinutes, in: &state)
        case .startPause, .nextItem, .previousItem, .addNote, .addDecision, .addMeasure, .endMeeting:
            break
        default:
            // Arrows up and down, paging and the like mean nothing on the projector.
            return []
        }
        guard meeting.state != .finished else { return hint(.finished, in: &state) }
        guard let current else { return hint(.emptyAgenda, in: &state) }
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
            // The form opens over meeting mode: the projector keeps showing the TOP.
            state.form = .fields(MeetingForms.outcome(kind, meeting: meeting, index: current, network: state.network))
        case .endMeeting:
            state.dialog = .confirm(.endMeeting(id))
        default:
            break
        }
        return []
    }

    static func attendanceKey(_ key: Key, picker: inout AttendancePicker, in state: inout AppState) -> [Effect] {
        let communes = state.communesByName
        switch key {
        case .escape: state.dialog = nil
        case .up, .character("k"): picker.cursor = max(0, picker.cursor - 1)
        case .down, .character("j"): picker.cursor = min(communes.count - 1, picker.cursor + 1)
        case .character(" "):
            guard communes.indices.contains(picker.cursor) else { break }
            let id = communes[picker.cursor].id
            if picker.present.contains(id) { picker.present.remove(id) } else { picker.present.insert(id) }
        case .character("a"):
            // All invited at once: the usual start of the roll call.
            guard let meeting = state.meeting(picker.meetingID) else { break }
            picker.present.formUnion(meeting.invited)
        case .enter:
            state.dialog = nil
            guard let meeting = state.meeting(picker.meetingID) else { return [] }
            let changed = picker.applied(to: meeting, order: communes)
            guard changed != meeting else { return [] }
            return [.apply(.meeting(.attendance, changed, base: meeting))]
        default: break
        }
        if state.dialog != nil { state.dialog = .attendance(picker) }
        return []
    }
}
