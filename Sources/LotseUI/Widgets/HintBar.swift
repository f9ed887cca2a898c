import LotseCore

/// The one-line key-hint bar: "key label" pairs, keys highlighted. When not all fit, the
/// pinned pairs (help, quit) stay and the others are dropped from the end, never cut.
/// Where each pair stands is `HintBarModel.place`, which the mouse uses too.
public enum HintBar {
    public typealias Item = HintBarModel.Item

    public static func draw(into buffer: inout Buffer, items: [Item], trailing: String = "", trailingRole: Role = .muted, in rect: Rect) {
        guard rect.height > 0 else { return }
        buffer.fill(rect, Style(.foreground, on: .statusBar))
        let text = HintBarModel.trailing(trailing, width: rect.width)
        if !text.isEmpty {
            buffer.write(text, x: rect.maxX - DisplayWidth.of(text), y: rect.y, Style(trailingRole, on: .statusBar, [.bold]), limit: rect.maxX)
        }
        let limit = rect.maxX - (text.isEmpty ? 0 : DisplayWidth.of(text) + 1)
        for (item, x) in HintBarModel.place(items, trailing: text, x: rect.x, width: rect.width) {
            let end = buffer.write(item.key, x: x, y: rect.y, Style(.hintKey, on: .statusBar, [.bold]), limit: limit)
            if !item.label.isEmpty {
                buffer.write(" " + item.label, x: end, y: rect.y, Style(.foreground, on: .statusBar), limit: limit)
            }
        }
    }
}
