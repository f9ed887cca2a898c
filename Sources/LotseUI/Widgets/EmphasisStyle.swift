import LotseCore

extension TextSpan.Emphasis {
    /// How the Core layer's emphasis looks on screen.
    public var style: Style {
        switch self {
        case .plain: return Style(.foreground)
        case .heading: return Style(.title, [.bold])
        case .label, .muted: return Style(.muted)
        case .accent: return Style(.accent)
        case .success: return Style(.success)
        case .warning: return Style(.warning, [.bold])
        case .error: return Style(.error, [.bold])
        case .match: return Style(.title, [.bold, .underline])
        }
    }
}

extension Buffer {
    /// Writes styled spans from (x, y) up to `limit`; returns the column after them.
    @discardableResult
    public mutating func write(_ spans: [TextSpan], x: Int, y: Int, limit: Int, background: Role = .background) -> Int {
        var column = x
        for span in spans {
            column = write(span.text, x: column, y: y, span.emphasis.style.on(background), limit: limit)
        }
        return column
    }
}
