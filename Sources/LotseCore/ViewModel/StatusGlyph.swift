import LotseStore

/// A glyph per status, so that meaning never rests on colour alone.
public enum StatusGlyph {
    public static func of(_ status: QuestionStatus) -> String {
        switch status {
        case .open: return "●"
        case .clarifying: return "◐"
        case .answered: return "✓"
        case .closed: return "■"
        case .merged: return "⇢"
        }
    }

    public static func of(_ state: Meeting.State) -> String {
        switch state {
        case .planned: return "○"
        case .running: return "▶"
        case .finished: return "✓"
        }
    }

    public static func emphasis(of status: QuestionStatus) -> TextSpan.Emphasis {
        switch status {
        case .open: return .warning
        case .clarifying: return .accent
        case .answered, .closed: return .success
        case .merged: return .muted
        }
    }
}
