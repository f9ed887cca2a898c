import LotseCore
import LotseStore

/// A meeting's agenda, to prepare it: the TOPs as a table with their start times, the
/// sum and the end, and below it the selected TOP's description and questions.
enum AgendaScreen {
    static func draw(_ agenda: AgendaState, state: AppState, into buffer: inout Buffer) {
        let frame = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
        guard let meeting = state.meeting(agenda.meetingID) else { return }
        let s = state.strings
        let t = state.language.meetingScreenTexts
        Frame.draw(into: &buffer, frame, title: "\(s.agenda): \(meeting.title)", focused: true,
                   footer: meeting.agenda.isEmpty ? nil : "\(agenda.item + 1)/\(meeting.agenda.count)")
        let area = PagerLayout.textArea(of: frame)
        var y = area.y
        var header = Format.longDate(meeting.start, strings: s) + (meeting.place.isEmpty ? "" : " · " + meeting.place)
        header += " · " + StatusGlyph.of(meeting.state) + " " + s.meetingState(meeting.state)
        header += " · \(meeting.invited.count) \(s.fields.invited.lowercased())"
        buffer.write(DisplayWidth.truncate(header, to: area.width), x: area.x, y: y, Style(.foreground, [.bold]))
        y += 2
        guard !meeting.agenda.isEmpty else {
            buffer.write(t.agendaEmpty, x: area.x, y: y, Style(.muted), limit: area.maxX)
            return
        }
        let presenterWidth = min(22, max(8, area.width / 6))
        let titleWidth = max(10, area.width - 4 - 7 - presenterWidth - 2 - 6)
        func columns(_ number: String, _ start: String, _ title: String, _ presenter: String, _ minutes: String) -> String {
            DisplayWidth.pad(number, to: 4) + DisplayWidth.pad(start, to: 7)
                + DisplayWidth.pad(DisplayWidth.truncate(title, to: titleWidth - 1), to: titleWidth)
                + DisplayWidth.pad(DisplayWidth.truncate(presenter, to: presenterWidth - 1), to: presenterWidth)
                + String(repeating: " ", count: max(0, 5 - minutes.count)) + minutes
        }
        let m = state.language.meetingTexts
        buffer.write(columns(m.top, m.begins, m.topic, m.presenter, m.minutes), x: area.x + 1, y: y, Style(.accent, [.bold]), limit: area.maxX)
        y += 1
        var offset = 0
        let rows = meeting.agenda.map { item -> ListRow in
            let begins = meeting.start.adding(minutes: offset)
            offset += item.plannedMinutes
            let linked = item.questions.isEmpty ? "" : " · " + t.linkedQuestions(item.questions.count)
            return ListRow([TextSpan(columns("\(item.number)", Format.time(begins.hour, begins.minute), item.title + linked,
                                             item.presenter, "\(item.plannedMinutes)"))])
        }
        let detail = detailLines(meeting, item: agenda.item, selected: agenda.outcome, state: state, width: area.width)
        let listHeight = min(rows.count, max(3, area.maxY - y - 3 - min(detail.count, 8)))
        var cursor = ListCursor(selected: agenda.item)
        cursor.clamp(count: rows.count, visible: listHeight)
        ListView.draw(into: &buffer, rows: rows, cursor: cursor, in: Rect(x: area.x, y: y, width: area.width, height: listHeight), focused: true)
        y += listHeight
        let end = meeting.start.adding(minutes: meeting.plannedMinutes)
        let sum = "\(m.total) \(meeting.plannedMinutes) \(s.minutesShort) · \(s.fields.projectedEnd) \(Format.time(end.hour, end.minute))"
        buffer.write(String(repeating: "─", count: area.width), x: area.x, y: y, Style(.border))
        y += 1
        buffer.write(sum, x: area.x + 1, y: y, Style(.foreground, [.bold]), limit: area.maxX)
        y += 2
        TextView.draw(into: &buffer, lines: detail, offset: 0, in: Rect(x: area.x, y: y, width: area.width, height: max(0, area.maxY - y)))
    }

    /// The selected TOP's description, questions and outcomes.
    private static func detailLines(_ meeting: Meeting, item index: Int, selected: String?, state: AppState, width: Int) -> [Wrap.Line] {
        guard meeting.agenda.indices.contains(index) else { return [] }
        let item = meeting.agenda[index]
        let t = state.language.meetingScreenTexts
        var lines: [DetailLine] = [.heading("TOP \(item.number): \(item.title)")]
        if !item.description.isEmpty {
            lines += item.description.split(separator: "\n", omittingEmptySubsequences: false).map { .text(String($0)) }
        }
        lines += item.questions.compactMap { state.question($0).map { AgendaLines.question($0, note: t.bundled($0.communes.count)) } }
        lines += item.outcomes.map { outcome in
            var line = AgendaLines.outcome(outcome, strings: state.strings)
            if outcome.id == selected { line.spans.insert(TextSpan("▶ ", .accent), at: 0) }
            return line
        }
        return lines.flatMap { Wrap.wrap($0, width: width) }
    }
}
