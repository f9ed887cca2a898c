import LotseCore

/// The top line: which network and which store are open. The store path is cut from the
/// left, because its end is the part that tells stores apart.
enum TitleLine {
    static func draw(_ state: AppState, into buffer: inout Buffer, in rect: Rect) {
        guard rect.height > 0 else { return }
        let bar = Style(.foreground, on: .statusBar)
        buffer.fill(rect, bar)
        let manifest = state.network.manifest
        var x = buffer.write(" Lotse ", x: rect.x, y: rect.y, Style(.title, on: .statusBar, [.bold]))
        let label = "\(state.strings.storeLabel): "
        let room = rect.width / 2 - DisplayWidth.of(label) - 1
        let path = DisplayWidth.of(state.storeLabel) > room ? "…" + suffix(state.storeLabel, fitting: room - 1) : state.storeLabel
        let storeText = label + path + " "
        let storeX = rect.maxX - DisplayWidth.of(storeText)
        x = buffer.write("│ ", x: x, y: rect.y, Style(.border, on: .statusBar))
        buffer.write(DisplayWidth.truncate("\(manifest.network) · \(manifest.district)", to: storeX - x - 1),
                     x: x, y: rect.y, bar.with([.bold]), limit: storeX - 1)
        buffer.write(storeText, x: storeX, y: rect.y, Style(.muted, on: .statusBar))
    }

    private static func suffix(_ text: String, fitting width: Int) -> String {
        var result = ""
        var used = 0
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            result.insert(character, at: result.startIndex)
            used += w
        }
        return result
    }
}
