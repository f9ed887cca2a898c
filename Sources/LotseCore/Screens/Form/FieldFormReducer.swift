import Foundation
import LotseStore

/// Keys in the meeting forms: Tab and Enter move on, Ctrl-S saves (Enter on the last
/// field too, so a quick note in meeting mode is text and Enter), Esc asks before it
/// throws edits away.
enum FieldFormReducer {
    static func reduce(_ key: Key, form: inout FieldForm, in state: inout AppState) -> [Effect] {
        guard !form.saving else { return [] }
        switch KeyMap.command(for: key, in: [.form]) {
        case .nextField: form.move(by: 1); return []
        case .previousField: form.move(by: -1); return []
        case .cancel:
            FormReducer.cancel(dirty: form.isDirty, in: &state)
            return []
        case .save: return saveFieldForm(&form, in: &state)
        default: break
        }
        if form.handle(key) { return [] }
        switch key {
        case .enter:
            if form.focus == form.fields.count - 1 { return saveFieldForm(&form, in: &state) }
            form.move(by: 1)
        case .down: form.move(by: 1)
        case .up: form.move(by: -1)
        default: break
        }
        return []
    }

    private static func saveFieldForm(_ form: inout FieldForm, in state: inout AppState) -> [Effect] {
        let problems = MeetingForms.problems(form, network: state.network, today: state.today)
        if let first = form.fields.firstIndex(where: { problems[$0.id] != nil }) {
            form.showProblems = true
            form.focus = first
            state.notice = .formHasProblems
            return []
        }
        guard let change = MeetingForms.change(form, state: &state) else {
            Reducer.closeForm(in: &state)
            return []
        }
        form.saving = true
        return [.apply(change)]
    }
}
