import LotseCore

/// One terminal cell: a whole character and its style. The right half of a wide
/// character is a continuation cell with empty text, so that columns stay true.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", _ style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }
}

/// A value-type picture of the screen (after ratatui's Buffer). Rendering writes into
/// it; the terminal backend draws it; tests compare its text with golden files.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(" ", style), count: self.width * self.height)
    }

    public init(size: Size) { self.init(width: size.width, height: size.height) }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x, y) ? cells[y * width + x] : Cell() }
        set { if contains(x, y) { cells[y * width + x] = newValue } }
    }

    public func contains(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, _ style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(" ", style) }
        }
    }

    /// Changes the style of a rectangle's cells and keeps their text.
    public mutating func restyle(_ rect: Rect, _ style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y].style = style }
        }
    }

    /// Writes text from (x, y), never past `limit` (exclusive column; the buffer's width
    /// by default). Returns the column after the last character written. A character
    /// that does not fit whole is not written at all.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, _ style: Style, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(limit ?? width, width)
        var column = x
        for index in text.indices {
            let character = text[index]
            let shown: Character = character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? " " : character
            let w = DisplayWidth.of(shown)
            if w == 0 {
                // A lone combining mark: attach it to the character before.
                if column > 0, contains(column - 1, y), !self[column - 1, y].isContinuation {
                    self[column - 1, y].text.append(shown)
                }
                continue
            }
            guard column + w <= end else {
                // Text cut at the limit says so: its last cell becomes an ellipsis, unless
                // only blanks or rule lines were cut.
                if text[index...].contains(where: Self.isMeaningful), column > x, column - 1 >= 0 {
                    var last = column - 1
                    if self[last, y].isContinuation, last > 0 {
                        self[last, y].text = " "
                        last -= 1
                    }
                    self[last, y].text = "…"
                }
                break
            }
            if column >= 0 {
                clearWideNeighbours(x: column, y: y, width: w)
                self[column, y] = Cell(String(shown), style)
                if w == 2 { self[column + 1, y] = Cell("", style) }
            }
            column += w
        }
        return column
    }

    /// Whether cutting the character loses something: not a blank, not a line or block
    /// of a frame or a bar.
    private static func isMeaningful(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return !character.isWhitespace && !(0x2500 ... 0x259F).contains(scalar.value)
    }

    /// Keeps wide characters whole: overwriting either half blanks the other half.
    private mutating func clearWideNeighbours(x: Int, y: Int, width w: Int) {
        if self[x, y].isContinuation, x > 0 { self[x - 1, y].text = " " }
        let after = x + w
        if contains(after, y), self[after, y].isContinuation { self[after, y].text = " " }
    }

    /// The text of one row, as a terminal would show it.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation { text += self[x, y].text }
        return text
    }

    /// All rows, trailing blanks removed: the form of the golden files.
    public var text: String {
        (0..<height).map { y in
            var line = line(y)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
