/// Styled text that the Core layer hands to the screen without knowing colours: each
/// span says what it is, and the theme decides how that looks.
public struct TextSpan: Equatable, Sendable {
    public enum Emphasis: Equatable, Sendable {
        case plain, heading, label, muted, accent, success, warning, error
        /// A search match, highlighted.
        case match
    }

    public var text: String
    public var emphasis: Emphasis

    public init(_ text: String, _ emphasis: Emphasis = .plain) {
        self.text = text
        self.emphasis = emphasis
    }
}

/// One paragraph of a detail view. Wrapped lines continue at `hangingIndent`, so that
/// "Label: value" lines keep their values aligned.
public struct DetailLine: Equatable, Sendable {
    public var spans: [TextSpan]
    public var hangingIndent: Int

    public init(_ spans: [TextSpan], hangingIndent: Int = 0) {
        self.spans = spans
        self.hangingIndent = hangingIndent
    }

    public static let blank = DetailLine([])

    public static func heading(_ text: String) -> DetailLine { DetailLine([TextSpan(text, .heading)]) }

    public static func text(_ text: String, _ emphasis: TextSpan.Emphasis = .plain, indent: Int = 0) -> DetailLine {
        let pad = String(repeating: " ", count: indent)
        return DetailLine([TextSpan(pad + text, emphasis)], hangingIndent: indent)
    }

    /// "Label     value", the label padded to `width` characters.
    public static func field(_ label: String, _ value: String, width: Int = 14, _ emphasis: TextSpan.Emphasis = .plain) -> DetailLine {
        let padded = label + String(repeating: " ", count: max(1, width - label.count))
        return DetailLine([TextSpan(padded, .label), TextSpan(value, emphasis)], hangingIndent: width)
    }
}

/// The detail of one selected row: a title and its paragraphs.
public struct DetailContent: Equatable, Sendable {
    public var title: String
    public var lines: [DetailLine]

    public init(title: String, lines: [DetailLine]) {
        self.title = title
        self.lines = lines
    }
}
