/// The form being filled in: a screen of its own, or the capture box over meeting mode.
public enum Form: Hashable, Sendable {
    case question(QuestionForm)
    case answer(AnswerForm)
    /// A meeting, a TOP or an outcome.
    case fields(FieldForm)

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
