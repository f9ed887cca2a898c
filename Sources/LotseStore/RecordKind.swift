/// The kinds of record and the folder each lives in.
public enum RecordKind: String, CaseIterable, Sendable {
    case commune, question, meeting

    public var folder: String {
        switch self {
        case .commune: return "communes"
        case .question: return "questions"
        case .meeting: return "meetings"
        }
    }
}
