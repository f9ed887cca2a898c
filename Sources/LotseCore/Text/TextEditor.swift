/// A line or a block of text being typed, with its cursor: the editing feel of a form
/// field (cursor keys, Home/End, Backspace/Delete, word jumps, readline's Ctrl-A/E/K/U/W).
/// The cursor counts characters (grapheme clusters), so an umlaut is one step.
public struct TextEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.multiline = multiline
    }

    public var text: String { String(characters) }

    public mutating func set(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies a key; false when the key is not for text (the form handles it then).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            insert(c)
        case .enter where multiline:
            insert("\n")
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = lineStart(cursor)
        case .end, .control("e"): cursor = lineEnd(cursor)
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .control("w"):
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .control("u"):
            let start = lineStart(cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .control("k"):
            characters.removeSubrange(cursor..<lineEnd(cursor))
        case .up where multiline:
            let start = lineStart(cursor)
            guard start > 0 else { return true }
            let column = cursor - start
            let previous = lineStart(start - 1)
            cursor = min(previous + column, start - 1)
        case .down where multiline:
            let end = lineEnd(cursor)
            guard end < characters.count else { return true }
            let column = cursor - lineStart(cursor)
            let next = end + 1
            cursor = min(next + column, lineEnd(next))
        default:
            return false
        }
        return true
    }

    private mutating func insert(_ character: Character) {
        // A pasted line break in a one-line field becomes a space.
        let c: Character = !multiline && (character == "\n" || character == "\r") ? " " : character
        characters.insert(c, at: cursor)
        cursor += 1
    }

    private func lineStart(_ index: Int) -> Int {
        var i = index
        while i > 0 && characters[i - 1] != "\n" { i -= 1 }
        return i
    }

    private func lineEnd(_ index: Int) -> Int {
        var i = index
        while i < characters.count && characters[i] != "\n" { i += 1 }
        return i
    }

    private func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && !isWord(characters[i - 1]) { i -= 1 }
        while i > 0 && isWord(characters[i - 1]) { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count && !isWord(characters[i]) { i += 1 }
        while i < characters.count && isWord(characters[i]) { i += 1 }
        return i
    }

    /// The text split into lines, with the cursor's line and column: for drawing.
    public var cursorPosition: (line: Int, column: Int) {
        let before = characters[..<cursor]
        let line = before.filter { $0 == "\n" }.count
        let column = cursor - lineStart(cursor)
        return (line, column)
    }
}
