import LotseCore

/// Digits three cells wide and three lines high, drawn with block elements, so that the
/// timer can be read from the back of the room.
enum BigDigits {
    static let height = 3

    private static let glyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"],
        "1": ["▀█ ", " █ ", "▀▀▀"],
        "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"],
        "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"],
        "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"],
        ":": ["▄", "▄", " "],
        "+": ["   ", "▄█▄", " ▀ "],
        "-": ["   ", "▀▀▀", "   "],
    ]

    /// The three lines of `text`; characters without a glyph are left out.
    static func lines(_ text: String) -> [String] {
        let parts = text.compactMap { glyphs[$0] }
        return (0..<height).map { row in parts.map { $0[row] }.joined(separator: " ") }
    }

    static func width(_ text: String) -> Int {
        lines(text).first.map { DisplayWidth.of($0) } ?? 0
    }
}
