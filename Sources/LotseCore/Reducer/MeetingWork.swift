import Foundation
import LotseStore

/// The meeting commands that several screens reach: the meetings panel, the agenda,
/// meeting mode, the measures list and `t` on a question. Every change leaves as an
/// `.apply` effect and enters the state only when the disk has it.
enum MeetingWork {
    static let commands: Set<Command> = [
        .meetingMode, .agenda, .newMeeting, .editMeeting, .measures, .exportMinutes, .exportAgenda, .schedule, .approveMinutes,
    ]

    static func reduce(_ command: Command, in state: inout AppState) -> [Effect] {
        let meeting = contextMeeting(state)
        switch command {
        case .newMeeting:
            FormReducer.open(.fields(MeetingForms.newMeeting(today: state.today, title: state.language.meetingScreenTexts.defaultTitle, network: state.network)), in: &state)
        case .editMeeting:
            guard let meeting else { return hint(.noMeeting, in: &state) }
            FormReducer.open(.fields(MeetingForms.edit(meeting, network: state.network)), in: &state)
        case .agenda:
            if let meeting { Reducer.push(.agenda(AgendaState(meetingID: meeting.id)), in: &state) }
        case .meetingMode:
            guard let meeting else { return hint(.noMeeting, in: &state) }
            Reducer.push(.meetingMode(MeetingModeState(meetingID: meeting.id)), in: &state)
        case .measures:
            Reducer.push(.measures(MeasuresState()), in: &state)
        case .exportMinutes, .exportAgenda:
            guard let meeting else { return hint(.noMeeting, in: &state) }
            let document: ExportPrompt.Document = command == .exportMinutes ? .minutes : .agenda
            let t = state.language.meetingScreenTexts
            let name = (document == .minutes ? t.minutesFile : t.agendaFile) + "-\(meeting.start.date).md"
            Reducer.push(.dialog(.export(ExportPrompt(meetingID: meeting.id, document: document, path: name))), in: &state)
        case .schedule:
            return schedule(in: &state)
        case .approveMinutes:
            guard let meeting, let draft = minutesToApprove(from: meeting, in: state.network) else { return hint(.nothingToApprove, in: &state) }
            var approved = draft
            approved.minutesApproved = state.now
            return [.apply(.meeting(.approved, approved, base: draft))]
        default:
            break
        }
        return []
    }

    /// The minutes `F` approves: those of the meeting itself once it has ended, else (at
    /// the next meeting, whose first TOP is usually the last minutes) those of the latest
    /// earlier meeting still in draft.
    static func minutesToApprove(from meeting: Meeting, in network: Network) -> Meeting? {
        if meeting.state == .finished { return meeting.minutesApproved == nil ? meeting : nil }
        return network.meetings.filter { $0.state == .finished && $0.minutesApproved == nil && $0.start < meeting.start }
            .max { $0.start < $1.start }
    }

    /// The meeting a key means: the one on screen, else the one selected in the panel.
    static func contextMeeting(_ state: AppState) -> Meeting? {
        if let id = state.path.last(where: { $0.meetingID != nil })?.meetingID { return state.meeting(id) }
        return state.selectedMeeting
    }

    static func hint(_ hint: MeetingHint, in state: inout AppState) -> [Effect] {
        state.notice = .meetingHint(hint)
        return []
    }

    /// The meeting a question goes to with `t`: the next one that has not begun.
    static func nextMeeting(_ state: AppState) -> Meeting? {
        let planned = MeetingRows.sorted(state.network.meetings).filter { $0.state == .planned }
        return planned.first { $0.start.date >= state.today } ?? planned.last
    }

    /// Puts the selected question on the next meeting's agenda as a TOP of its own.
    private static func schedule(in state: inout AppState) -> [Effect] {
        guard let question = state.actionQuestion else { return [] }
        guard let meeting = nextMeeting(state) else { return hint(.noPlannedMeeting, in: &state) }
        guard !meeting.agenda.contains(where: { $0.questions.contains(question.id) }) else {
            return hint(.alreadyScheduled, in: &state)
        }
        return [.apply(.meeting(.scheduled, adding(question, to: meeting, id: state.newID()), base: meeting))]
    }

    static func adding(_ question: Question, to meeting: Meeting, id: String) -> Meeting {
        AgendaPlacement.inserting(AgendaItem(id: id, number: 0, title: question.title, plannedMinutes: 15, questions: [question.id]),
                                  into: meeting)
    }

    static func exportText(_ document: ExportPrompt.Document, of meeting: Meeting, state: AppState) -> String {
        switch document {
        case .minutes: return MeetingExport.minutes(meeting, in: state.network, language: state.language)
        case .agenda: return MeetingExport.agenda(meeting, in: state.network, language: state.language)
        }
    }
}
