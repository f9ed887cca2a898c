import LotseCore

/// The screens that scroll text: the full-screen detail view, drawn instead of the
/// panels, and the help and problem overlays, drawn over them.
enum PagerScreen {
    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let screen = state.screen
        let content = PagerContent.make(for: screen, in: state)
        let lines = PagerLayout.lines(for: screen, in: state)
        let frame = PagerLayout.frame(for: screen, size: state.size, contentLines: lines.count)
        let text = PagerLayout.textArea(of: frame)
        let position = lines.count > text.height
            ? "\(min(lines.count, state.pagerOffset + text.height))/\(lines.count)"
            : nil
        Frame.draw(into: &buffer, frame, title: content.title, focused: true, footer: position)
        TextView.draw(into: &buffer, lines: lines, offset: state.pagerOffset, in: text)
    }
}
