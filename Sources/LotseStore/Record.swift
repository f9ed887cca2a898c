/// A record that changes through the conflict-checked writes: a question, a meeting or
/// a commune.
/// One type for both, so that saving, undoing and resolving a conflict is one piece of
/// code whatever was edited.
public enum Record: Hashable, Sendable {
    case question(Question)
    case meeting(Meeting)
    case commune(Commune)

    public var id: String {
        switch self {
        case .question(let question): return question.id
        case .meeting(let meeting): return meeting.id
        case .commune(let commune): return commune.id
        }
    }

    public var kind: RecordKind {
        switch self {
        case .question: return .question
        case .meeting: return .meeting
        case .commune: return .commune
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

extension Record {
    public var commune: Commune? {
        if case .commune(let commune) = self { return commune }
        return nil
    }
}
