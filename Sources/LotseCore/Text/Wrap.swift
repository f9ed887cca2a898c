/// Word wrapping by display width. Words longer than a line are broken between
/// characters; explicit newlines are kept.
public enum Wrap {
    /// A wrapped line as spans, ready to draw.
    public struct Line: Equatable, Sendable {
        public var spans: [TextSpan]
        public init(_ spans: [TextSpan]) { self.spans = spans }
        public var text: String { spans.map(\.text).joined() }
    }

    public static func lines(_ text: String, width: Int) -> [String] {
        wrap(DetailLine([TextSpan(text)]), width: width).map(\.text)
    }

    /// Wraps one styled paragraph. Continuation lines start at `hangingIndent` columns.
    public static func wrap(_ line: DetailLine, width: Int) -> [Line] {
        guard width > 0 else { return [] }
        guard !line.spans.isEmpty else { return [Line([])] }
        let indent = min(line.hangingIndent, width / 2)
        var result: [Line] = []
        var current: [TextSpan] = []
        var used = 0

        func append(_ text: String, _ emphasis: TextSpan.Emphasis) {
            if let last = current.last, last.emphasis == emphasis {
                current[current.count - 1].text += text
            } else {
                current.append(TextSpan(text, emphasis))
            }
            used += DisplayWidth.of(text)
        }
        func newLine() {
            // Trailing blanks carry no meaning at a wrap point.
            if let last = current.indices.last {
                while current[last].text.hasSuffix(" ") { current[last].text.removeLast() }
            }
            result.append(Line(current))
            current = []
            used = 0
            if indent > 0 { append(String(repeating: " ", count: indent), .plain) }
        }

        for span in line.spans {
            for (pieceIndex, piece) in span.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if pieceIndex > 0 { newLine() }
                for token in tokens(String(piece)) {
                    let w = DisplayWidth.of(token)
                    if token.allSatisfy({ $0 == " " }) {
                        if used + w <= width { append(token, span.emphasis) }
                        continue
                    }
                    if used + w > width && used > indent { newLine() }
                    var rest = token
                    while DisplayWidth.of(rest) > width - used {
                        let head = DisplayWidth.prefix(rest, fitting: max(1, width - used))
                        guard !head.isEmpty else { break }
                        append(head, span.emphasis)
                        rest.removeFirst(head.count)
                        newLine()
                    }
                    if !rest.isEmpty { append(rest, span.emphasis) }
                }
            }
        }
        result.append(Line(current))
        return result
    }

    /// Splits into alternating runs of spaces and non-spaces.
    private static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var inSpace: Bool?
        for character in text {
            let space = character == " "
            if inSpace != nil && inSpace != space {
                result.append(current)
                current = ""
            }
            current.append(character)
            inSpace = space
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
