/// A record that changes through the conflict-checked writes: a question or a meeting.
/// One type for both, so that saving, undoing and resolving a conflict is one piece of
/// code whatever was edited.
public enum Record: Hashable, Sendable {
    case question(Question)
    case meeting(Meeting)

    public var id: String {
        switch self {
        case .question(let question): return question.id
        case .meeting(let meeting): return meeting.id
        }
    }

    public var kind: RecordKind {
        switch self {
        case .question: return .question
        case .meeting: return .meeting
        }
    }

    public var question: Question? {
        if case .question(let question) = self { return question }
        return nil
    }

    public var meeting: Meeting? {
        if case .meeting(let meeting) = self { return meeting }
        return nil
    }
}
