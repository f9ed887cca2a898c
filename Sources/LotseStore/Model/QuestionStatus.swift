/// Where a question stands. The raw values are what the store files hold; the German
/// labels live in the Core layer's strings.
public enum QuestionStatus: String, KnownValue, Sendable, Comparable {
    case open
    case clarifying
    case answered
    case closed
    case merged

    /// Open questions are the ones a coordinator still has to follow.
    public var isOpen: Bool { self == .open || self == .clarifying }

    /// Its place in `allCases`, without a search or a hash.
    public var ordinal: Int {
        switch self {
        case .open: return 0
        case .clarifying: return 1
        case .answered: return 2
        case .closed: return 3
        case .merged: return 4
        }
    }

    public static func < (lhs: QuestionStatus, rhs: QuestionStatus) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
