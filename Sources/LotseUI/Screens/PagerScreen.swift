import LotseCore

/// The screens that scroll text: the full-screen detail view, drawn instead of the
/// panels, and the help and problem overlays, drawn over them.
enum PagerScreen {
    static func draw(_ pager: PagerState, state: AppState, into buffer: inout Buffer) {
        let content = PagerContent.make(for: pager.page, in: state)
        let lines = PagerLayout.lines(for: pager.page, in: state)
        let frame = PagerLayout.frame(for: pager.page, size: state.size, contentLines: lines.count)
        let text = PagerLayout.textArea(of: frame)
        let position = lines.count > text.height
            ? "\(min(lines.count, pager.offset + text.height))/\(lines.count)"
            : nil
        Frame.draw(into: &buffer, frame, title: content.title, focused: true, footer: position)
        TextView.draw(into: &buffer, lines: lines, offset: pager.offset, in: text)
    }
}
