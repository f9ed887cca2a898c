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
            let hintWidth = hint.isEmpty ? 0 : min(DisplayWidth.of(hint) + 2, (area.maxX - valueX) / 3)
            let value = Rect(x: valueX, y: y, width: area.maxX - valueX - hintWidth, height: 1)
            let style = Style(.foreground, on: focused ? .selectionInactive : .background)
            buffer.fill(value, style)
            if field.id == .answers {
                let chosen = form.choice.flatMap { form.choices.indices.contains($0) ? state.question(form.choices[$0])?.title : nil }
                buffer.write(DisplayWidth.truncate("◂ " + (chosen ?? t.none) + " ▸", to: value.width), x: value.x, y: y,
                             style.with(focused ? [.bold] : []), limit: value.maxX)
            } else {
                TextFieldView.draw(field.editor, focused: focused, into: &buffer, in: value, style: style)
            }
            if hintWidth > 0 {
                buffer.write(DisplayWidth.truncate(hint, to: hintWidth - 2), x: value.maxX + 2, y: y, Style(.muted), limit: area.maxX)
            }
            y += 1
            if let problem = problems[field.id], y < area.maxY {
                buffer.write("✗ " + t.problem(problem), x: valueX, y: y, Style(.error, [.bold]), limit: area.maxX)
                y += 1
            }
        }
    }

    static func title(_ form: FieldForm, state: AppState) -> String {
        let t = state.language.meetingScreenTexts
        if form.saving { return state.language.questionTexts.saving }
        switch form.purpose {
        case .meeting(let base): return base == nil ? t.newMeeting : t.editMeeting
        case .item(_, let index): return index == nil ? t.newItem : t.editItem
        case .outcome(_, _, let kind): return t.outcomeTitle(kind)
        case .commune(let base): return base == nil ? t.newCommune : t.editCommune
        case .category(let old): return old == nil ? t.newCategory : t.renameCategory
        case .coordinator(_, let index): return index == nil ? t.newCoordinator : t.editCoordinator
        case .policy: return state.language == .de ? "Aufbewahrungsregel des Netzwerks" : "The network's retention policy"
        case .editOutcome: return state.language.meetingRecordTexts.editOutcome
        }
    }
}
