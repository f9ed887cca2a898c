/// The form being filled in: a screen of its own, or the capture box over meeting mode.
public enum Form: Hashable, Sendable {
    case question(QuestionForm)
    case answer(AnswerForm)
    /// A meeting, a TOP or an outcome.
    case fields(FieldForm)

    /// A stand-in that holds nothing, while the real form is being edited.
    static let vacated = Form.fields(FieldForm(.item(meetingID: "", index: nil), fields: []))

    /// Whether the focused field takes typed text.
    var acceptsText: Bool {
        switch self {
        case .question(let form): return form.editor != nil
        case .answer: return true
        case .fields(let form):
            // A field chosen from a list takes its keys through the form, not as text.
            return form.fields.indices.contains(form.focus) && form.fields[form.focus].id != .answers
                && form.fields[form.focus].choices == nil
        }
    }

    /// Whether Enter is a line break in the focused field (a text block), not "next field".
    var acceptsNewline: Bool {
        switch self {
        case .question(let form): return form.field == .body
        case .answer(let form): return form.field == 0
        case .fields: return false
        }
    }

    /// Types a character, Backspace or a line break into the focused text field, in place.
    mutating func typeText(_ key: Key) {
        switch self {
        case .question(var form):
            self = .vacated
            _ = form.handleInFocusedEditor(key)
            self = .question(form)
        case .answer(var form):
            self = .vacated
            if form.field == 0 { form.text.handle(key) } else { form.sources.handle(key) }
            self = .answer(form)
        case .fields(var form):
            self = .vacated
            if form.fields.indices.contains(form.focus) { form.fields[form.focus].editor.handle(key) }
            self = .fields(form)
        }
    }

    public var isDirty: Bool {
        switch self {
        case .question(let form): return form.isDirty
        case .answer(let form): return form.isDirty
        case .fields(let form): return form.isDirty
        }
    }

    public var isSaving: Bool {
        get {
            switch self {
            case .question(let form): return form.saving
            case .answer(let form): return form.saving
            case .fields(let form): return form.saving
            }
        }
        set {
            switch self {
            case .question(var form): form.saving = newValue; self = .question(form)
            case .answer(var form): form.saving = newValue; self = .answer(form)
            case .fields(var form): form.saving = newValue; self = .fields(form)
            }
        }
    }
}

extension Form: DestinationState {
    public init?(_ destination: Destination) {
        guard case .form(let form) = destination else { return nil }
        self = form
    }

    public var destination: Destination { .form(self) }
}
