import LotseCore
import LotseStore

/// The dialogs of the meeting work: attendance and the agenda suggestions.
enum MeetingDialogs {
    static func drawAttendance(_ picker: AttendancePicker, keys: String, state: AppState, into buffer: inout Buffer) {
        let t = state.language.meetingScreenTexts
        let communes = state.communesByName
        let invited = Set(state.meeting(picker.meetingID)?.invited ?? [])
        let height = DialogLayout.pickerRows(count: communes.count, size: state.size)
        let count = "\(picker.present.count) / \(communes.count)"
        let area = DialogView.box(title: "\(t.attendanceTitle) · \(count)", lines: [], hint: keys, state: state,
                                  into: &buffer, width: 90, extraHeight: height)
        let list = Rect(x: area.x - 1, y: area.y, width: area.width + 1, height: height)
        // Names only while internal details are shown (v in meeting mode): this dialog is on the projector.
        let showNames = state.path.contains { if case .meetingMode(let mode) = $0 { return mode.showInternal } else { return false } }
        ListView.draw(into: &buffer, count: communes.count, cursor: picker.selection.cursor, in: list, focused: true) { index in
            let commune = communes[index]
            let names = picker.persons[commune.id] ?? []
            var spans = [TextSpan(picker.present.contains(commune.id) ? "[x] " : "[ ] ", .accent), TextSpan(commune.name)]
            if !names.isEmpty {
                spans.append(TextSpan(showNames ? "  " + names.joined(separator: ", ") : "  (\(names.count) \(t.namesHidden))", .muted))
            }
            return ListRow(spans, trailing: invited.contains(commune.id) ? TextSpan(t.invitedMark, .muted) : nil)
        }
        if let editor = picker.editing {
            // The names being typed, in the line under the cursor.
            let row = picker.selection.cursor.selected - picker.selection.cursor.offset
            let field = Rect(x: list.x + 1, y: list.y + max(0, row), width: list.width - 2, height: 1)
            buffer.fill(field, Style(.foreground, on: .selectionInactive))
            TextFieldView.draw(editor, focused: true, into: &buffer, in: field, style: Style(.foreground, on: .selectionInactive))
        }
    }

    static func drawSuggestions(_ picker: SuggestionPicker, keys: String, state: AppState, into buffer: inout Buffer) {
        let t = state.language.meetingScreenTexts
        guard let meeting = state.meeting(picker.meetingID) else { return }
        let suggestions = state.suggestions(for: meeting)
        let height = DialogLayout.pickerRows(count: suggestions.count, size: state.size)
        let area = DialogView.box(title: t.suggestionsTitle, lines: [], hint: keys, state: state, into: &buffer,
                                  width: 100, extraHeight: height)
        guard !suggestions.isEmpty else {
            buffer.write(t.suggestionsEmpty, x: area.x, y: area.y, Style(.muted), limit: area.maxX)
            return
        }
        let rows = suggestions.map { suggestion -> ListRow in
            switch suggestion {
            case .question(let question):
                return ListRow([TextSpan(StatusGlyph.of(question.status) + " ", StatusGlyph.emphasis(of: question.status)),
                                TextSpan(question.title)],
                               trailing: question.communes.count > 1 ? TextSpan(t.bundled(question.communes.count), .accent) : nil)
            case .measure(let row):
                let due = row.due.map { " · " + Format.shortDate($0) } ?? ""
                return ListRow([TextSpan("▸ ", row.isOverdue ? .warning : .accent), TextSpan(row.text)],
                               trailing: TextSpan("\(t.measureFrom) \(Format.shortDate(row.meetingDate))\(due)", .muted))
            }
        }
        let list = Rect(x: area.x - 1, y: area.y, width: area.width + 1, height: height)
        ListView.draw(into: &buffer, rows: rows, cursor: picker.selection.cursor, in: list, focused: true)
    }
}
