import LotseCore

/// A scrolling list with a selection. The cursor (selection and offset) comes from the
/// state, already clamped by the reducer; only the rows on screen are built.
public enum ListView {
    public static func draw(into buffer: inout Buffer, rows: [ListRow], cursor: ListCursor, in rect: Rect, focused: Bool) {
        draw(into: &buffer, count: rows.count, cursor: cursor, in: rect, focused: focused) { rows[$0] }
    }

    public static func draw(into buffer: inout Buffer, count: Int, cursor: ListCursor, in rect: Rect, focused: Bool,
                            row makeRow: (Int) -> ListRow) {
        guard rect.width > 0, rect.height > 0 else { return }
        for line in 0..<rect.height {
            let index = cursor.offset + line
            guard index >= 0, index < count else { break }
            let row = makeRow(index)
            let y = rect.y + line
            let selected = index == cursor.selected
            let background: Role = selected ? (focused ? .selection : .selectionInactive) : .background
            let attributes: Attributes = selected && focused ? [.bold] : []
            buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), Style(.foreground, on: background))
            var trailingWidth = 0
            if let trailing = row.trailing {
                trailingWidth = DisplayWidth.of(trailing.text)
                buffer.write(trailing.text, x: rect.maxX - 1 - trailingWidth, y: y,
                             trailing.emphasis.style.on(background).with(attributes), limit: rect.maxX - 1)
            }
            let limit = rect.maxX - 1 - (trailingWidth > 0 ? trailingWidth + 1 : 0)
            var column = rect.x + 1
            for (spanIndex, span) in row.spans.enumerated() {
                let isLast = spanIndex == row.spans.count - 1
                let text = isLast ? DisplayWidth.truncate(span.text, to: max(0, limit - column)) : span.text
                column = buffer.write(text, x: column, y: y, span.emphasis.style.on(background).with(attributes), limit: limit)
            }
        }
    }
}
