import LotseCore
import LotseStore

/// The fields of a meeting form, one per line with its label, hint and problem. The
/// full-screen forms and the capture box of meeting mode both draw with it.
enum FieldFormView {
    static let labelWidth = 16

    /// Draws the fields and their `problems` from the top of `area`.
    static func draw(_ form: FieldForm, problems: [FieldForm.FieldID: MeetingForms.Problem], state: AppState,
                     into buffer: inout Buffer, in area: Rect) {
        let t = state.language.meetingScreenTexts
        let valueX = area.x + labelWidth
        var y = area.y
        for (index, field) in form.fields.enumerated() where y < area.maxY {
            let focused = index == form.focus
            buffer.write(DisplayWidth.pad(t.label(field.id), to: labelWidth), x: area.x, y: y,
                         focused ? Style(.accent, [.bold]) : Style(.foreground), limit: valueX)
            let hint = t.fieldHint(field.id)
            let hintWidth = hintWidth(hint, text: field.editor.text, room: area.maxX - valueX)
            let value = Rect(x: valueX, y: y, width: area.maxX - valueX - hintWidth, height: 1)
            let style = Style(.foreground, on: focused ? .selectionInactive : .background)
            buffer.fill(value, style)
            if field.id == .answers {
                let chosen = form.choice.flatMap { form.choices.indices.contains($0) ? state.question(form.choices[$0])?.title : nil }
                buffer.write(DisplayWidth.truncate("◂ " + (chosen ?? t.none) + " ▸", to: value.width), x: value.x, y: y,
                             style.with(focused ? [.bold] : []), limit: value.maxX)
            } else if let choices = field.choices, !choices.multiple {
                buffer.write(DisplayWidth.truncate("◂ " + choices.text + " ▸", to: value.width), x: value.x, y: y,
                             style.with(focused ? [.bold] : []), limit: value.maxX)
            } else if let choices = field.choices {
                let text = choices.chosen.isEmpty ? t.allInvited : choices.text
                buffer.write(DisplayWidth.truncate(text, to: value.width), x: value.x, y: y,
                             choices.chosen.isEmpty ? Style(.muted, on: style.background) : style, limit: value.maxX)
            } else {
                TextFieldView.draw(field.editor, focused: focused, into: &buffer, in: value, style: style)
            }
            if hintWidth > 0 {
                buffer.write(DisplayWidth.truncateAtWord(hint, to: hintWidth - 2), x: value.maxX + 2, y: y, Style(.muted), limit: area.maxX)
            }
            y += 1
            if focused, let choices = field.choices, choices.multiple {
                // The list opens under its field while it has the focus; the fields below
                // keep at least their own lines.
                let rest = form.fields[(index + 1)...]
                let below = rest.count + rest.count { problems[$0.id] != nil }
                let rows = min(choices.options.count, max(3, area.maxY - y - below))
                let list = Rect(x: valueX, y: y, width: area.maxX - valueX, height: min(rows, area.maxY - y))
                var cursor = ListCursor(selected: choices.cursor, offset: max(0, choices.cursor - list.height + 1))
                cursor.clamp(count: choices.options.count, visible: list.height)
                ListView.draw(into: &buffer, count: choices.options.count, cursor: cursor, in: list, focused: true) { option in
                    ListRow([TextSpan(choices.chosen.contains(option) ? "[x] " : "[ ] ", .accent), TextSpan(choices.options[option])])
                }
                y += list.height
            }
            if let problem = problems[field.id], y < area.maxY {
                buffer.write("✗ " + t.problem(problem), x: valueX, y: y, Style(.error, [.bold]), limit: area.maxX)
                y += 1
            }
        }
    }

    /// The lines the fields take: one each, one per problem, and the list of the focused
    /// field of several choices, at most `listRows` long.
    static func height(_ form: FieldForm, problems: [FieldForm.FieldID: MeetingForms.Problem], listRows: Int) -> Int {
        let list = form.focused.flatMap { _ in form.fields[form.focus].choices }.map { $0.multiple ? min($0.options.count, listRows) : 0 } ?? 0
        return form.fields.count + form.fields.count { problems[$0.id] != nil } + list
    }

    /// The hint's share of a field's line: all of it when the value leaves room, else a
    /// third, so that what is typed stays readable.
    static func hintWidth(_ hint: String, text: String, room: Int) -> Int {
        guard !hint.isEmpty else { return 0 }
        let wanted = DisplayWidth.of(hint) + 2
        let value = max(20, DisplayWidth.of(text) + 2)
        return min(wanted, max(room / 3, room - value))
    }

    static func title(_ form: FieldForm, state: AppState) -> String {
        let t = state.language.meetingScreenTexts
        if form.saving { return state.language.questionTexts.saving }
        switch form.purpose {
        case .meeting(let base): return base == nil ? t.newMeeting : t.editMeeting
        case .item(_, let index): return index == nil ? t.newItem : t.editItem
        case .outcome(_, _, let kind): return t.outcomeTitle(kind)
        case .commune(let base): return base == nil ? t.newCommune : t.editCommune
        case .category(let old): return old == nil ? state.language.categoriesTexts.newForm : state.language.categoriesTexts.renameForm
        case .coordinator(_, let index):
            return index == nil ? state.language.coordinatorsTexts.newForm : state.language.coordinatorsTexts.editForm
        case .policy: return state.strings.policyFormTitle
        case .editOutcome: return state.language.meetingRecordTexts.editOutcome
        }
    }
}
