import LotseCore

/// Wrapped, styled lines from an offset, clipped to a rectangle.
public enum TextView {
    public static func draw(into buffer: inout Buffer, lines: [Wrap.Line], offset: Int, in rect: Rect, background: Role = .background) {
        for row in 0..<rect.height {
            let index = offset + row
            guard lines.indices.contains(index) else { break }
            buffer.write(lines[index].spans, x: rect.x, y: rect.y + row, limit: rect.maxX, background: background)
        }
    }
}
