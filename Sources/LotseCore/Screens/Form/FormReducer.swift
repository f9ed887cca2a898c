import Foundation
import LotseStore

/// Keys in the question and answer forms: text goes into the focused field, Tab moves
/// between fields, Ctrl-S saves, Esc asks before it throws edits away.
enum FormReducer {
    static func reduce(_ key: Key, in state: inout AppState) -> [Effect] {
        Reducer.scoped(&state, Form.self) { form, state in
            switch form {
            case .question(var own):
                defer { form = .question(own) }
                return questionFormKey(key, form: &own, in: &state)
            case .answer(var own):
                defer { form = .answer(own) }
                return answerFormKey(key, form: &own, in: &state)
            case .fields(var own):
                defer { form = .fields(own) }
                return FieldFormReducer.reduce(key, form: &own, in: &state)
            }
        }
    }

    /// Typing into a text field: the form is taken out of the stack while its text grows,
    /// so that it is the only owner of its storage and nothing is copied per key (a pasted
    /// 100 KB arrives as 100,000 keys). True when the key was such text.
    static func typeInPlace(_ key: Key, in state: inout AppState) -> Bool {
        guard let index = state.path.indices.last, case .form(var form) = state.path[index], !form.isSaving,
              form.acceptsText else { return false }
        switch key {
        case .character, .backspace: break
        case .enter where form.acceptsNewline: break
        default: return false
        }
        state.path[index] = .form(.vacated)
        form.typeText(key)
        state.path[index] = .form(form)
        return true
    }

    static func open(_ form: Form, in state: inout AppState) {
        Reducer.push(.form(form), in: &state)
    }

    /// Esc: closes the form, but asks first when it holds edits.
    static func cancel(dirty: Bool, in state: inout AppState) {
        if dirty {
            Reducer.push(.dialog(.confirm(.discardForm)), in: &state)
        } else {
            Reducer.closeForm(in: &state)
        }
    }

    private static func questionFormKey(_ key: Key, form: inout QuestionForm, in state: inout AppState) -> [Effect] {
        guard !form.saving else { return [] }
        let fields = QuestionForm.Field.allCases
        let categories = QuestionForm.categoryChoices(state.network.manifest.categories)
        let communes = state.communesByName
        func go(_ delta: Int) {
            let index = (form.field.rawValue + delta + fields.count) % fields.count
            form.field = fields[index]
            form.pickerRow = form.field == .category ? (categories.firstIndex(of: form.category) ?? 0) : 0
        }
        switch KeyMap.command(for: key, in: [.form]) {
        case .nextField: go(1); return []
        case .previousField: go(-1); return []
        case .cancel: cancel(dirty: form.isDirty, in: &state); return []
        case .save: return saveQuestionForm(&form, in: &state)
        case .openSimilar, .joinSimilar:
            // The closest similar question: read it, or take this one's communes into it
            // instead of logging the same need a second time.
            guard form.base == nil, let similar = state.view(of: form).similar.first else { return [] }
            if key == .control("o") {
                Reducer.push(.pager(PagerState(.question(similar.id))), in: &state)
                return []
            }
            var joined = similar
            for commune in form.communes where !joined.communes.contains(commune) { joined.communes.append(commune) }
            Reducer.closeForm(in: &state)
            state.home.selections[.questions] = Selection(id: similar.id)
            guard joined != similar else {
                state.notice = .notPossible(state.language.questionTexts.alreadyBundled(similar.title))
                return []
            }
            joined.updated = state.now
            return [.apply(Change(.edit, writes: [.init(id: similar.id, new: joined, base: similar)]))]
        default: break
        }
        switch form.field {
        case .communes:
            switch (KeyMap.command(for: key, in: [.choiceField]), key) {
            case (.moveUp?, _): form.pickerRow = max(0, form.pickerRow - 1)
            case (.moveDown?, _): form.pickerRow = min(communes.count - 1, form.pickerRow + 1)
            case (.toggle?, _):
                guard communes.indices.contains(form.pickerRow) else { break }
                let id = communes[form.pickerRow].id
                if let index = form.communes.firstIndex(of: id) { form.communes.remove(at: index) } else { form.communes.append(id) }
            case (_, .enter): go(1)
            case (_, .character(let c)):
                if let hit = LetterJump.next(after: form.pickerRow, in: communes.map(\.name), letter: c) { form.pickerRow = hit }
            default: break
            }
        case .category:
            switch (KeyMap.command(for: key, in: [.listField]), key) {
            case (.moveUp?, _): form.pickerRow = max(0, form.pickerRow - 1)
            case (.moveDown?, _): form.pickerRow = min(categories.count - 1, form.pickerRow + 1)
            case (_, .enter): go(1); return []
            case (_, .character(let c)):
                guard let hit = LetterJump.next(after: form.pickerRow, in: categories, letter: c) else { return [] }
                form.pickerRow = hit
            default: return []
            }
            if categories.indices.contains(form.pickerRow) { form.category = categories[form.pickerRow] }
        case .title, .tags, .assignee, .body:
            guard let handled = form.handleInFocusedEditor(key) else { return [] }
            if !handled {
                if key == .enter || key == .down {
                    go(1)
                } else if key == .up {
                    go(-1)
                }
            }
        }
        return []
    }

    private static func saveQuestionForm(_ form: inout QuestionForm, in state: inout AppState) -> [Effect] {
        let problems = form.problems(categories: state.network.manifest.categories)
        if let first = QuestionForm.Field.allCases.first(where: { problems[$0] != nil }) {
            form.showProblems = true
            form.field = first
            state.notice = .formHasProblems
            return []
        }
        let id = form.base?.id ?? RecordID.make(at: state.now, using: &state.ids)
        let question = form.question(id: id, now: state.now, user: state.user)
        if let base = form.base, base == question { Reducer.closeForm(in: &state); return [] }
        form.saving = true
        let kind: Change.Kind = form.base == nil ? .create : .edit
        return [.apply(Change(kind, writes: [.init(id: id, new: question, base: form.base)]))]
    }

    private static func answerFormKey(_ key: Key, form: inout AnswerForm, in state: inout AppState) -> [Effect] {
        guard !form.saving else { return [] }
        switch KeyMap.command(for: key, in: [.form]) {
        case .nextField, .previousField: form.field = 1 - form.field; return []
        case .cancel: cancel(dirty: form.isDirty, in: &state); return []
        case .save:
            guard form.isValid else {
                form.showProblems = true
                form.field = 0
                state.notice = .formHasProblems
                return []
            }
            var question = form.base
            question.answer = Answer(text: form.text.text.trimmingCharacters(in: .whitespacesAndNewlines),
                                     sources: form.sourceList, by: state.user, date: state.now)
            if question.status == .open || question.status == .clarifying { question.status = .answered }
            question.updated = state.now
            form.saving = true
            return [.apply(Change(.answer, writes: [.init(id: question.id, new: question, base: form.base)]))]
        default: break
        }
        if form.field == 0 {
            form.text.handle(key)
        } else if !form.sources.handle(key), key == .enter || key == .up {
            form.field = 0
        }
        return []
    }
}
