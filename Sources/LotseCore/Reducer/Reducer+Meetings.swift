import Foundation
import LotseStore

/// Preparing meetings: the meetings panel, the agenda screen, the measures list and the
/// exports. Every change leaves as an `.apply` effect, as for questions.
extension Reducer {
    static func meetingCommand(_ command: Command, in state: inout AppState) -> [Effect] {
        let meeting = contextMeeting(state)
        switch command {
        case .newMeeting:
            openForm(.fields(MeetingForms.newMeeting(today: state.today, title: state.language.meetingScreenTexts.defaultTitle)), in: &state)
        case .editMeeting:
            guard let meeting else { return hint(.noMeeting, in: &state) }
            openForm(.fields(MeetingForms.edit(meeting, names: state.communeNames)), in: &state)
        case .agenda:
            if state.screen == .measures {
                let rows = state.measureRows
                guard rows.indices.contains(state.measuresCursor.selected) else { return [] }
                state.agendaCursor = rows[state.measuresCursor.selected].item
                state.levels.append(Level(.agenda(rows[state.measuresCursor.selected].meetingID)))
            } else if let meeting {
                state.agendaCursor = 0
                state.levels.append(Level(.agenda(meeting.id)))
            }
        case .meetingMode:
            guard let meeting else { return hint(.noMeeting, in: &state) }
            state.levels.append(Level(.meetingMode(meeting.id)))
        case .measures:
            state.measuresCursor = ListCursor()
            state.levels.append(Level(.measures))
        case .exportMinutes, .exportAgenda:
            guard let meeting else { return hint(.noMeeting, in: &state) }
            let document: ExportPrompt.Document = command == .exportMinutes ? .minutes : .agenda
            let t = state.language.meetingScreenTexts
            let name = (document == .minutes ? t.minutesFile : t.agendaFile) + "-\(meeting.start.date).md"
            state.dialog = .export(ExportPrompt(meetingID: meeting.id, document: document, path: name))
        case .schedule:
            return schedule(in: &state)
        default:
            if case .agenda = state.screen { return agendaCommand(command, in: &state) }
            if state.screen == .measures { return measuresCommand(command, in: &state) }
        }
        return []
    }

    /// The meeting a key means: the one on screen, else the one selected in the panel.
    static func contextMeeting(_ state: AppState) -> Meeting? {
        for level in state.levels.reversed() {
            switch level.screen {
            case .agenda(let id), .meetingMode(let id): return state.meeting(id)
            default: continue
            }
        }
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
        return [.apply(.meeting(.scheduled, adding(question, to: meeting), base: meeting))]
    }

    static func adding(_ question: Question, to meeting: Meeting) -> Meeting {
        var changed = meeting
        changed.agenda.append(AgendaItem(number: meeting.agenda.count + 1, title: question.title,
                                         plannedMinutes: 15, questions: [question.id]))
        return changed
    }

    // MARK: The agenda screen

    private static func agendaCommand(_ command: Command, in state: inout AppState) -> [Effect] {
        guard case .agenda(let id) = state.screen, let meeting = state.meeting(id) else { return [] }
        let count = meeting.agenda.count
        let index = state.agendaCursor
        switch command {
        case .moveUp: state.agendaCursor = max(0, index - 1)
        case .moveDown: state.agendaCursor = min(max(0, count - 1), index + 1)
        case .moveToTop: state.agendaCursor = 0
        case .moveToBottom: state.agendaCursor = max(0, count - 1)
        case .back: state.levels.removeLast()
        case .newItem:
            state.agendaCursor = count
            openForm(.fields(MeetingForms.item(meeting, index: nil)), in: &state)
        case .editItem:
            guard count > 0 else { return hint(.emptyAgenda, in: &state) }
            openForm(.fields(MeetingForms.item(meeting, index: index)), in: &state)
        case .deleteItem:
            guard count > 0 else { return hint(.emptyAgenda, in: &state) }
            state.dialog = .confirm(.deleteItem(meetingID: id, index: index))
        case .moveItemUp, .moveItemDown:
            let target = index + (command == .moveItemUp ? -1 : 1)
            guard meeting.agenda.indices.contains(target), meeting.agenda.indices.contains(index) else { return [] }
            var changed = meeting
            changed.agenda.swapAt(index, target)
            renumber(&changed)
            state.agendaCursor = target
            return [.apply(.meeting(.agenda, changed, base: meeting))]
        case .suggestions:
            state.dialog = .suggestions(SuggestionPicker(meetingID: id))
        default: break
        }
        return []
    }

    /// TOPs are numbered by their place; the current TOP of a running meeting moves with its item.
    static func renumber(_ meeting: inout Meeting) {
        for index in meeting.agenda.indices { meeting.agenda[index].number = index + 1 }
    }

    static func deletingItem(_ index: Int, from meeting: Meeting) -> Meeting {
        var changed = meeting
        guard changed.agenda.indices.contains(index) else { return meeting }
        changed.agenda.remove(at: index)
        renumber(&changed)
        if let current = changed.currentItem, current >= index { changed.currentItem = max(0, current - 1) }
        return changed
    }

    /// Takes a suggestion: a question becomes a TOP, a measure a line in the carry-over TOP.
    static func take(_ suggestion: Suggestion, into meeting: Meeting, state: AppState) -> Meeting {
        switch suggestion {
        case .question(let question):
            return adding(question, to: meeting)
        case .measure(let row):
            let t = state.language.meetingScreenTexts
            var changed = meeting
            var line = "• \(row.text)"
            if !row.owner.isEmpty { line += " (\(row.owner)" + (row.due.map { ", \(Format.shortDate($0))" } ?? "") + ")" }
            if let index = changed.agenda.firstIndex(where: { $0.title == t.carryTitle }) {
                let old = changed.agenda[index].description
                changed.agenda[index].description = old.isEmpty ? line : old + "\n" + line
            } else {
                // Follow-up comes first, right after the welcome, as the seed's agenda has it.
                let position = min(1, changed.agenda.count)
                changed.agenda.insert(AgendaItem(number: 0, title: t.carryTitle, plannedMinutes: 10, description: line), at: position)
                renumber(&changed)
            }
            return changed
        }
    }

    // MARK: The measures list

    private static func measuresCommand(_ command: Command, in state: inout AppState) -> [Effect] {
        let rows = state.measureRows
        if state.measuresCursor.follow(command, count: rows.count, visible: AppState.measuresVisible(state.size)) { return [] }
        switch command {
        case .back: state.levels.removeLast()
        case .toggleAll:
            state.allMeasures.toggle()
            state.measuresCursor = ListCursor()
        case .markDone, .markDropped, .markOpen:
            guard rows.indices.contains(state.measuresCursor.selected) else { return [] }
            let row = rows[state.measuresCursor.selected]
            let status: Outcome.MeasureStatus = command == .markDone ? .done : command == .markDropped ? .dropped : .open
            guard row.status != status, let meeting = state.meeting(row.meetingID) else { return [] }
            var changed = meeting
            changed.agenda[row.item].outcomes[row.outcome].status = status
            return [.apply(.meeting(.measure(status), changed, base: meeting))]
        default: break
        }
        return []
    }
}
