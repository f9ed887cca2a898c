/// A letter per cell for what its style means, so that golden files check focus,
/// selection, warnings and reverse video beside the text:
///
/// | letter | meaning |
/// |---|---|
/// | `R` | reverse video (the overrun timer, the matrix cursor) |
/// | `S` / `s` | the selection, in the focused / an unfocused list |
/// | `F` | a focused frame |
/// | `E` `W` `O` | error, warning, success |
/// | `A` | accent: keys, titles, highlights |
/// | `H` | the needs matrix's shading |
/// | `m` | muted text |
/// | `.` | anything else |
extension Style {
    public var letter: Character {
        if attributes.contains(.reverse) { return "R" }
        switch background {
        case .selection: return "S"
        case .selectionInactive: return "s"
        case .heatLow, .heatMid, .heatHigh: return "H"
        default: break
        }
        switch foreground {
        case .borderFocus: return "F"
        case .error: return "E"
        case .warning: return "W"
        case .success: return "O"
        case .accent, .hintKey, .title: return "A"
        case .heatLow, .heatMid, .heatHigh: return "H"
        case .muted: return "m"
        default: return attributes.contains(.dim) ? "m" : "."
        }
    }
}

extension Buffer {
    /// The style letters of every row, one per column, trailing plain cells removed.
    public var styles: String {
        (0..<height).map { y in
            var line = String((0..<width).map { self[$0, y].style.letter })
            while line.hasSuffix(".") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
