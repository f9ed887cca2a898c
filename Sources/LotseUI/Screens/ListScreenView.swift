import LotseCore

/// Every list screen (`ListScreen`): the framed list with "3/12" at its foot, the empty
/// state, and the pane about the selected row below a divider. The screen says what the
/// rows and the pane hold; this draws them.
enum ListScreenView {
    static func draw<S: ListScreen>(_ screen: S, state: AppState, into buffer: inout Buffer) {
        let frame = ListScreenLayout.frame(state.size)
        let rows = screen.rows(in: state)
        Frame.draw(into: &buffer, frame, title: screen.title(in: state), focused: true,
                   footer: rows.isEmpty ? nil : "\(screen.selection.index + 1)/\(rows.count)")
        let area = frame.inner
        guard !rows.isEmpty else {
            for (offset, line) in Wrap.lines(screen.emptyText(in: state), width: area.width - 2).prefix(area.height).enumerated() {
                buffer.write(line, x: area.x + 1, y: area.y + offset, Style(.muted), limit: area.maxX)
            }
            return
        }
        let list = Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, S.listHeight(state.size)))
        ListView.draw(into: &buffer, count: rows.count, cursor: screen.selection.cursor, in: list, focused: true) { index in
            screen.line(for: rows[index], among: rows, in: state, width: list.width)
        }
        let divider = list.maxY
        let bottom = area.maxY - 1
        guard divider < area.maxY, let selected = screen.selectedRow(in: rows) ?? rows.first,
              let pane = screen.pane(for: selected, in: state, width: area.width, height: max(0, bottom - (divider + 1))) else { return }
        buffer.write("├" + String(repeating: "─", count: area.width) + "┤", x: frame.x, y: divider, Style(.border))
        for (offset, spans) in pane.lines.enumerated() where divider + 1 + offset < bottom {
            var x = area.x + 1
            for span in spans {
                buffer.write(span.text, x: x, y: divider + 1 + offset, span.emphasis.style, limit: area.maxX)
                x += DisplayWidth.of(span.text)
            }
        }
        if let footer = pane.footer, bottom > divider + 1 {
            buffer.write(DisplayWidth.truncate(footer, to: area.width - 2), x: area.x + 1, y: bottom, Style(.muted), limit: area.maxX)
        }
    }
}

extension ListScreenView {
    /// Opens the existential a `Destination` holds.
    static func draw(_ screen: AnyListScreen, state: AppState, into buffer: inout Buffer) {
        draw(screen.base, state: state, into: &buffer)
    }
}
