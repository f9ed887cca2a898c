import LotseCore

/// The one-line key-hint bar: "key label" pairs, keys highlighted. When not all fit, the
/// pinned pairs (help, quit) stay and the others are dropped from the end, never cut.
public enum HintBar {
    public struct Item: Equatable, Sendable {
        public var key: String
        public var label: String
        public var pinned: Bool
        public init(_ key: String, _ label: String, pinned: Bool = false) {
            self.key = key
            self.label = label
            self.pinned = pinned
        }

        /// A key alone (a label such as "Filter:") takes one gap, not two.
        var width: Int { DisplayWidth.of(key) + (label.isEmpty ? 1 : 1 + DisplayWidth.of(label) + 2) }
    }

    public static func draw(into buffer: inout Buffer, items: [Item], trailing: String = "", trailingRole: Role = .muted, in rect: Rect) {
        guard rect.height > 0 else { return }
        buffer.fill(rect, Style(.foreground, on: .statusBar))
        var limit = rect.maxX
        if !trailing.isEmpty {
            let text = DisplayWidth.truncate(trailing, to: rect.width / 2) + " "
            let x = rect.maxX - DisplayWidth.of(text)
            buffer.write(text, x: x, y: rect.y, Style(trailingRole, on: .statusBar, [.bold]), limit: rect.maxX)
            limit = x - 1
        }
        let room = limit - rect.x - 1
        var chosen = items.filter(\.pinned)
        var used = chosen.reduce(0) { $0 + $1.width }
        var unpinned: [Item] = []
        for item in items where !item.pinned {
            guard used + item.width <= room else { break }
            unpinned.append(item)
            used += item.width
        }
        chosen = unpinned + chosen
        var x = rect.x + 1
        for item in chosen {
            guard x + item.width - 2 <= limit else { break }
            x = buffer.write(item.key, x: x, y: rect.y, Style(.hintKey, on: .statusBar, [.bold]), limit: limit)
            if item.label.isEmpty {
                x += 1
                continue
            }
            x = buffer.write(" " + item.label, x: x, y: rect.y, Style(.foreground, on: .statusBar), limit: limit)
            x += 2
        }
    }
}
