import LotseCore

/// What a terminal below the minimum size shows instead of a broken layout.
enum TooSmallScreen {
    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let s = state.strings
        let minimum = HomeLayout.minimumSize
        let body = s.tooSmallBody(state.size.width, state.size.height, minimum.width, minimum.height)
        let width = max(1, buffer.width - 2)
        var lines: [(String, Style)] = [(s.tooSmallTitle, Style(.warning, [.bold]))]
        for paragraph in body.split(separator: "\n") {
            lines += Wrap.lines(String(paragraph), width: width).map { ($0, Style(.foreground)) }
        }
        let top = max(0, (buffer.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let text = DisplayWidth.truncate(line.0, to: buffer.width)
            let x = max(0, (buffer.width - DisplayWidth.of(text)) / 2)
            buffer.write(text, x: x, y: top + index, line.1)
        }
    }
}
