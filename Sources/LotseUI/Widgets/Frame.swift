import LotseCore

/// A bordered box with a title in the top border and an optional label in the bottom
/// border (a position such as "3/14"). The literal box characters render the same under
/// every TERM, unlike ACS (docs/terminal.md).
public enum Frame {
    public static func draw(
        into buffer: inout Buffer, _ rect: Rect, title: String, focused: Bool = false,
        footer: String? = nil, background: Role = .background
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = focused ? Style(.borderFocus, on: background, [.bold]) : Style(.border, on: background)
        buffer.fill(rect, Style(.foreground, on: background))
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.write("┌" + horizontal + "┐", x: rect.x, y: rect.y, border)
        buffer.write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write("│", x: rect.x, y: y, border)
            buffer.write("│", x: rect.maxX - 1, y: y, border)
        }
        if !title.isEmpty, rect.width > 6 {
            let titleStyle = focused ? Style(.title, on: background, [.bold]) : Style(.foreground, on: background, [.bold])
            let text = " " + DisplayWidth.truncate(title, to: rect.width - 6) + " "
            buffer.write(text, x: rect.x + 2, y: rect.y, titleStyle, limit: rect.maxX - 2)
        }
        if let footer, !footer.isEmpty, rect.width > 8 {
            let text = " " + DisplayWidth.truncate(footer, to: rect.width - 8) + " "
            let x = rect.maxX - 2 - DisplayWidth.of(text)
            buffer.write(text, x: x, y: rect.maxY - 1, border, limit: rect.maxX - 1)
        }
    }
}
