/// A colour as a theme file writes it. The terminal layer turns it into what the
/// terminal can show (truecolor or 256 → 16 → 8 → attributes only).
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// An indexed colour: 0–15 are the ANSI colours, 16–255 the xterm palette.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright_black", "bright_red", "bright_green", "bright_yellow",
        "bright_blue", "bright_magenta", "bright_cyan", "bright_white",
    ]

    /// Parses "#RRGGBB", an ANSI name, an index 0–255 or "default".
    public init?(parsing text: String) {
        let value = text.lowercased().replacingOccurrences(of: "-", with: "_")
        if value == "default" {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: value) {
            self = .indexed(index)
        } else if value == "gray" || value == "grey" {
            self = .indexed(8)
        } else if let index = Int(value), (0...255).contains(index) {
            self = .indexed(index)
        } else if value.hasPrefix("#"), value.count == 7, let rgb = UInt32(value.dropFirst(), radix: 16) {
            self = .rgb(UInt8((rgb >> 16) & 0xFF), UInt8((rgb >> 8) & 0xFF), UInt8(rgb & 0xFF))
        } else {
            return nil
        }
    }
}
