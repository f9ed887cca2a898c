import LotseStore

/// The text of a form not yet saved, kept when Lotse is ended from outside (SIGTERM,
/// SIGHUP when the terminal window closes, SIGQUIT) and put back into its form at the
/// next start. Plain fields, so that it can be written as JSON outside the shared store.
public struct Draft: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case question, answer, meeting, item, outcome, commune, category, coordinator, policy, editOutcome
    }

    public var kind: Kind
    /// The question being edited or answered, or the meeting of a TOP or outcome.
    public var recordID: String?
    /// The TOP of an edited TOP or of an outcome.
    public var index: Int?
    /// For an outcome: info, decision or measure.
    public var outcomeKind: String?
    /// The text of each field, by the field's name.
    public var fields: [String: String]

    /// The draft of the open form, if it holds edits.
    public init?(_ state: AppState) {
        guard let form = state.form, form.isDirty else { return nil }
        switch form {
        case .question(let question):
            kind = .question
            recordID = question.base?.id
            fields = ["title": question.title.text, "body": question.body.text, "tags": question.tags.text,
                      "assignee": question.assignee.text, "category": question.category,
                      "communes": question.communes.joined(separator: ",")]
        case .answer(let answer):
            kind = .answer
            recordID = answer.base.id
            fields = ["text": answer.text.text, "sources": answer.sources.text]
        case .fields(let form):
            switch form.purpose {
            case .meeting(let base):
                kind = .meeting
                recordID = base?.id
            case .item(let meetingID, let index):
                kind = .item
                recordID = meetingID
                self.index = index
            case .outcome(let meetingID, let index, let outcome):
                kind = .outcome
                recordID = meetingID
                self.index = index
                outcomeKind = outcome.rawValue
            case .commune(let base):
                kind = .commune
                recordID = base?.id
            case .category(let old):
                kind = .category
                recordID = old
            case .coordinator(let communeID, let index):
                kind = .coordinator
                recordID = communeID
                self.index = index
            case .policy:
                kind = .policy
            case .editOutcome(let meetingID, let outcomeID):
                kind = .editOutcome
                recordID = meetingID
                // The outcome being corrected, by id (the field holds the kind for new ones).
                outcomeKind = outcomeID
            }
            fields = Dictionary(form.fields.map { (String(describing: $0.id), $0.editor.text) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The form with the draft's text, over the record as it is now; nil when the record
    /// it belonged to is gone.
    public func form(in state: AppState) -> Form? {
        switch kind {
        case .question:
            var form: QuestionForm
            if let id = recordID {
                guard let question = state.question(id) else { return nil }
                form = QuestionForm(editing: question)
            } else {
                form = QuestionForm(new: nil, category: fields["category"] ?? "")
            }
            form.title.set(fields["title"] ?? "")
            form.body.set(fields["body"] ?? "")
            form.tags.set(fields["tags"] ?? "")
            form.assignee.set(fields["assignee"] ?? "")
            form.category = fields["category"] ?? form.category
            form.communes = (fields["communes"] ?? "").split(separator: ",").map(String.init)
            return .question(form)
        case .answer:
            guard let id = recordID, let question = state.question(id) else { return nil }
            var form = AnswerForm(question)
            form.text.set(fields["text"] ?? "")
            form.sources.set(fields["sources"] ?? "")
            return .answer(form)
        case .meeting, .item, .outcome, .commune, .category, .coordinator, .policy, .editOutcome:
            var form: FieldForm
            switch kind {
            case .editOutcome:
                guard let outcomeID = outcomeKind, let place = try? OutcomeEdit.locate(outcomeID, in: state.network) else { return nil }
                form = MeetingForms.editing(place.outcome, meetingID: place.meeting.id)
            case .policy:
                form = MeetingForms.policy(state.network.manifest.retentionInForce)
            case .coordinator:
                guard let id = recordID, let commune = state.network.communes.first(where: { $0.id == id }) else { return nil }
                if let index, !commune.coordinators.indices.contains(index) { return nil }
                form = CoordinatorForm.make(of: commune, index: index, language: state.language)
            case .category:
                if let old = recordID, !state.network.manifest.categories.contains(old) { return nil }
                form = CategoryForm.make(recordID)
            case .commune:
                let base = recordID.flatMap { id in state.network.communes.first { $0.id == id } }
                if recordID != nil, base == nil { return nil }
                form = CommuneForm.make(base, strings: state.strings)
            case .meeting:
                if let id = recordID {
                    guard let meeting = state.meeting(id) else { return nil }
                    form = MeetingForms.edit(meeting, network: state.network)
                } else {
                    form = MeetingForms.newMeeting(today: state.today, title: "", network: state.network)
                }
            case .item:
                guard let id = recordID, let meeting = state.meeting(id) else { return nil }
                form = MeetingForms.item(meeting, index: index)
            default:
                guard let id = recordID, let meeting = state.meeting(id), let index, meeting.agenda.indices.contains(index),
                      let kind = outcomeKind.flatMap(Outcome.Kind.init(rawValue:)) else { return nil }
                form = MeetingForms.outcome(kind, meeting: meeting, index: index, network: state.network)
            }
            for field in form.fields { form.set(field.id, fields[String(describing: field.id)] ?? field.editor.text) }
            return .fields(form)
        }
    }
}

extension Reducer {
    /// Opens a draft kept from the last run in its form, and says so.
    public static func restore(_ draft: Draft, in state: inout AppState) {
        guard let form = draft.form(in: state) else {
            state.notice = .draftLost
            return
        }
        if case .fields = form, draft.kind == .outcome || draft.kind == .item, let id = draft.recordID {
            // A TOP's or an outcome's form opens where it belongs.
            push(draft.kind == .outcome ? .meetingMode(MeetingModeState(meetingID: id)) : .agenda(AgendaState(meetingID: id)),
                 in: &state)
        }
        FormReducer.open(form, in: &state)
        state.notice = .draftRestored
        state.normalize()
    }
}
