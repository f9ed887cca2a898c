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
                // Blanks that do not fit end the line: the next word starts a new one.
                if used + DisplayWidth.of(text) <= width { append(text, emphasis) } else if used > indent { newLine() }
            case .word(let pieces):
                let w = pieces.reduce(0) { $0 + DisplayWidth.of($1.text) }
                if used + w > width && used > indent { newLine() }
                if used + w <= width {
                    appendPieces(pieces)
                    continue
                }
                // A word longer than a line is broken between characters, in one pass
                // over it: a word of a megabyte costs its length, not its length squared.
                for piece in pieces {
                    var run = ""
                    var runWidth = 0
                    for character in piece.text {
                        let columns = DisplayWidth.of(character)
                        if used + runWidth + columns > width && used + runWidth > indent {
                            append(run, piece.emphasis)
                            newLine()
                            run = ""
                            runWidth = 0
                        }
                        run.append(character)
                        runWidth += columns
                    }
                    append(run, piece.emphasis)
                }
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
    /// The piece being read grows in a local string, so that a long word grows in place.
    private static func tokens(_ spans: [TextSpan]) -> [Token] {
        var result: [Token] = []
        var word: [TextSpan] = []
        var piece = ""
        var pieceEmphasis = TextSpan.Emphasis.plain
        var blanks = ""
        var blanksEmphasis = TextSpan.Emphasis.plain
        var previous: Character?, beforePrevious: Character?
        func endPiece() {
            if !piece.isEmpty { word.append(TextSpan(piece, pieceEmphasis)) }
            piece = ""
        }
        func endWord() {
            endPiece()
            if !word.isEmpty { result.append(.word(word)) }
            word = []
        }
        func endBlanks() {
            if !blanks.isEmpty { result.append(.space(blanks, blanksEmphasis)) }
            blanks = ""
        }
        for span in spans {
            for character in span.text {
                if character == "\n" {
                    endWord()
                    endBlanks()
                    result.append(.newline)
                } else if character == " " {
                    endWord()
                    if !blanks.isEmpty && blanksEmphasis != span.emphasis { endBlanks() }
                    blanksEmphasis = span.emphasis
                    blanks.append(" ")
                } else {
                    endBlanks()
                    // A line may break after the slash or hyphen between two words
                    // ("Aufenthalt/" "Asylverfahren"), never inside a word.
                    if character.isLetter, let previous, previous == "/" || previous == "-",
                       beforePrevious?.isLetter == true {
                        endWord()
                    }
                    if !piece.isEmpty && pieceEmphasis != span.emphasis { endPiece() }
                    pieceEmphasis = span.emphasis
                    piece.append(character)
                }
                beforePrevious = previous
                previous = character
            }
        }
        endWord()
        endBlanks()
        return result
    }
}
