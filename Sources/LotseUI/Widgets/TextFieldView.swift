import LotseCore

/// Draws a text editor: one line that scrolls sideways to keep the cursor in view, or a
/// block that wraps at words and scrolls down with the cursor. The cursor is a reversed
/// cell, so it shows under every theme.
enum TextFieldView {
    static func draw(_ editor: TextEditor, focused: Bool, into buffer: inout Buffer, in rect: Rect, style: Style = Style(.foreground)) {
        guard rect.width > 1, rect.height > 0 else { return }
        let characters = editor.characters
        let lines = editor.multiline ? wrap(characters, width: rect.width - 1) : [0..<characters.count]
        let cursorLine = lines.lastIndex { $0.lowerBound <= editor.cursor } ?? 0
        let top = max(0, cursorLine - rect.height + 1)
        for row in 0..<rect.height {
            let index = top + row
            guard lines.indices.contains(index) else { break }
            let range = lines[index]
            var start = range.lowerBound
            if !editor.multiline && focused {
                // Scroll sideways so the cursor stays visible: walk back from the cursor
                // only as far as fits, whatever the length of the text.
                var used = 0
                start = editor.cursor
                while start > range.lowerBound {
                    let w = max(1, DisplayWidth.of(characters[start - 1]))
                    if used + w > rect.width - 2 { break }
                    used += w
                    start -= 1
                }
            }
            var x = rect.x
            var position = start
            while position < range.upperBound {
                let character = characters[position]
                let w = max(1, DisplayWidth.of(character))
                if x + w > rect.maxX - 1 { break }
                let cell = focused && position == editor.cursor ? style.with(.reverse) : style
                buffer.write(character == "\n" ? " " : String(character), x: x, y: rect.y + row, cell, limit: rect.maxX)
                x += w
                position += 1
            }
            if focused && editor.cursor == range.upperBound && index == cursorLine {
                buffer.write(" ", x: x, y: rect.y + row, style.with(.reverse), limit: rect.maxX)
            }
        }
    }

    /// Visual lines as character ranges: hard breaks at newlines, soft breaks at the last
    /// space that fits.
    static func wrap(_ characters: [Character], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(start..<index)
                start = index + 1
                used = 0
                lastSpace = nil
                index += 1
                continue
            }
            let w = max(1, DisplayWidth.of(character))
            if used + w > width && index > start {
                let breakAt = lastSpace.map { $0 + 1 } ?? index
                lines.append(start..<breakAt)
                start = breakAt
                used = DisplayWidth.of(String(characters[start..<index]))
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            used += w
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }
}
