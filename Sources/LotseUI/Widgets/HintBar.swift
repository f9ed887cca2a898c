import LotseCore

/// The one-line key-hint bar: "key label" pairs, keys highlighted, cut at the right
/// edge between pairs rather than inside one.
public enum HintBar {
    public struct Item: Equatable, Sendable {
        public var key: String
        public var label: String
        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }
    }

    public static func draw(into buffer: inout Buffer, items: [Item], trailing: String = "", in rect: Rect) {
        guard rect.height > 0 else { return }
        buffer.fill(rect, Style(.foreground, on: .statusBar))
        var limit = rect.maxX
        if !trailing.isEmpty {
            let text = DisplayWidth.truncate(trailing, to: rect.width / 3) + " "
            let x = rect.maxX - DisplayWidth.of(text)
            buffer.write(text, x: x, y: rect.y, Style(.muted, on: .statusBar), limit: rect.maxX)
            limit = x - 1
        }
        var x = rect.x + 1
        for item in items {
            let needed = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label)
            guard x + needed <= limit else { break }
            x = buffer.write(item.key, x: x, y: rect.y, Style(.hintKey, on: .statusBar, [.bold]), limit: limit)
            x = buffer.write(" " + item.label, x: x, y: rect.y, Style(.foreground, on: .statusBar), limit: limit)
            x += 2
        }
    }
}
