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
    /// Words are kept whole even when their letters carry different emphasis (a search
    /// match inside a word).
    public static func wrap(_ line: DetailLine, width: Int) -> [Line] {
        guard width > 0 else { return [] }
        guard !line.spans.isEmpty else { return [Line([])] }
        let indent = min(line.hangingIndent, width / 2)
        var result: [Line] = []
        var current: [TextSpan] = []
        var used = 0

        func append(_ text: String, _ emphasis: TextSpan.Emphasis) {
            guard !text.isEmpty else { return }
            if let last = current.last, last.emphasis == emphasis {
                current[current.count - 1].text += text
            } else {
                current.append(TextSpan(text, emphasis))
            }
            used += DisplayWidth.of(text)
        }
        func appendPieces(_ pieces: [TextSpan]) {
            for piece in pieces { append(piece.text, piece.emphasis) }
        }
        func newLine() {
            // Trailing blanks carry no meaning at a wrap point.
            while let last = current.indices.last, current[last].text.hasSuffix(" ") {
                current[last].text.removeLast()
                if current[last].text.isEmpty { current.removeLast() }
            }
            result.append(Line(current))
            current = []
            used = 0
            if indent > 0 { append(String(repeating: " ", count: indent), .plain) }
        }

        for token in tokens(line.spans) {
            switch token {
            case .newline:
                newLine()
            case .space(let text, let emphasis):
                if used + DisplayWidth.of(text) <= width { append(text, emphasis) }
            case .word(var pieces):
                let w = pieces.reduce(0) { $0 + DisplayWidth.of($1.text) }
                if used + w > width && used > indent { newLine() }
                // A word longer than a line is broken between characters.
                while pieces.reduce(0, { $0 + DisplayWidth.of($1.text) }) > width - used {
                    var room = max(1, width - used)
                    var head: [TextSpan] = []
                    while let first = pieces.first, room > 0 {
                        let fit = DisplayWidth.prefix(first.text, fitting: room)
                        if fit.isEmpty { break }
                        head.append(TextSpan(fit, first.emphasis))
                        room -= DisplayWidth.of(fit)
                        if fit.count == first.text.count {
                            pieces.removeFirst()
                        } else {
                            pieces[0].text.removeFirst(fit.count)
                            break
                        }
                    }
                    if head.isEmpty { break }
                    appendPieces(head)
                    newLine()
                }
                appendPieces(pieces)
            }
        }
        result.append(Line(current))
        return result
    }

    private enum Token {
        case word([TextSpan])
        case space(String, TextSpan.Emphasis)
        case newline
    }

    /// Words (possibly made of several styled pieces), runs of spaces, and line breaks.
    private static func tokens(_ spans: [TextSpan]) -> [Token] {
        var result: [Token] = []
        var word: [TextSpan] = []
        func flushWord() {
            if !word.isEmpty { result.append(.word(word)) }
            word = []
        }
        for span in spans {
            for character in span.text {
                if character == "\n" {
                    flushWord()
                    result.append(.newline)
                } else if character == " " {
                    flushWord()
                    if case .space(let text, let emphasis)? = result.last, emphasis == span.emphasis {
                        result[result.count - 1] = .space(text + " ", emphasis)
                    } else {
                        result.append(.space(" ", span.emphasis))
                    }
                } else if let last = word.last, last.emphasis == span.emphasis {
                    word[word.count - 1].text.append(character)
                } else {
                    word.append(TextSpan(String(character), span.emphasis))
                }
            }
        }
        flushWord()
        return result
    }
}
