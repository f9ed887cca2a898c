import LotseStore

/// A meeting's agenda being prepared: TOPs added, edited, deleted, reordered, suggested.
enum AgendaReducer {
    static func reduce(_ command: Command, in agenda: inout AgendaState, state: inout AppState) -> [Effect] {
        if MeetingWork.commands.contains(command) { return MeetingWork.reduce(command, in: &state) }
        guard let meeting = state.meeting(agenda.meetingID) else {
            if command == .back { Reducer.pop(&state) }
            return []
        }
        let count = meeting.agenda.count
        let index = agenda.item
        if [.moveUp, .moveDown, .moveToTop, .moveToBottom].contains(command) { agenda.outcome = nil }
        switch command {
        case .nextOutcome:
            // Steps through the TOP's outcomes, then back to none.
            let ids = meeting.agenda.indices.contains(index) ? meeting.agenda[index].outcomes.map(\.id) : []
            guard !ids.isEmpty else { return [] }
            let position = agenda.outcome.flatMap(ids.firstIndex(of:))
            agenda.outcome = position.map { $0 + 1 < ids.count ? ids[$0 + 1] : nil } ?? ids.first
        case .editOutcome, .deleteOutcome:
            guard let id = agenda.outcome, let place = try? OutcomeEdit.locate(id, in: state.network), place.meeting.id == meeting.id else {
                return MeetingWork.hint(.noOutcome, in: &state)
            }
            if command == .editOutcome {
                FormReducer.open(.fields(MeetingForms.editing(place.outcome, meetingID: meeting.id)), in: &state)
            } else {
                Reducer.push(.dialog(.confirm(.deleteOutcome(meetingID: meeting.id, outcomeID: id))), in: &state)
            }
        case .moveUp: agenda.item = max(0, index - 1)
        case .moveDown: agenda.item = min(max(0, count - 1), index + 1)
        case .moveToTop: agenda.item = 0
        case .moveToBottom: agenda.item = max(0, count - 1)
        case .back: Reducer.pop(&state)
        case .newItem:
            // Where the new TOP will stand: before a closing "Verschiedenes".
            agenda.item = AgendaPlacement.position(in: meeting)
            FormReducer.open(.fields(MeetingForms.item(meeting, index: nil)), in: &state)
        case .editItem:
            guard count > 0 else { return MeetingWork.hint(.emptyAgenda, in: &state) }
            FormReducer.open(.fields(MeetingForms.item(meeting, index: index)), in: &state)
        case .deleteItem:
            guard count > 0 else { return MeetingWork.hint(.emptyAgenda, in: &state) }
            Reducer.push(.dialog(.confirm(.deleteItem(meetingID: meeting.id, index: index))), in: &state)
        case .moveItemUp, .moveItemDown:
            let target = index + (command == .moveItemUp ? -1 : 1)
            guard meeting.agenda.indices.contains(target), meeting.agenda.indices.contains(index) else { return [] }
            var changed = meeting
            changed.agenda.swapAt(index, target)
            renumber(&changed)
            agenda.item = target
            return [.apply(.meeting(.agenda, changed, base: meeting))]
        case .suggestions:
            Reducer.push(.dialog(.suggestions(SuggestionPicker(meetingID: meeting.id))), in: &state)
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
    static func take(_ suggestion: Suggestion, into meeting: Meeting, state: inout AppState) -> Meeting {
        switch suggestion {
        case .question(let question):
            return MeetingWork.adding(question, to: meeting, id: state.newID())
        case .measure(let row):
            let t = state.language.meetingScreenTexts
            var changed = meeting
            var line = "• \(row.text)"
            if !row.owner.isEmpty { line += " (\(row.owner)" + (row.due.map { ", \(Format.shortDate($0))" } ?? "") + ")" }
            // The carry-over TOP is the one that already carries measures (its title may
            // have been edited), else one with the usual title.
            if let index = changed.agenda.firstIndex(where: { !$0.carriedMeasures.isEmpty })
                ?? changed.agenda.firstIndex(where: { $0.title == t.carryTitle }) {
                let old = changed.agenda[index].description
                changed.agenda[index].description = old.isEmpty ? line : old + "\n" + line
                changed.agenda[index].carriedMeasures.append(row.outcomeID)
            } else {
                // Follow-up comes first, right after the welcome, as the seed's agenda has it.
                let position = min(1, changed.agenda.count)
                changed.agenda.insert(AgendaItem(id: state.newID(), number: 0, title: t.carryTitle, plannedMinutes: 10,
                                                 description: line, carriedMeasures: [row.outcomeID]), at: position)
                renumber(&changed)
            }
            return changed
        }
    }
}
