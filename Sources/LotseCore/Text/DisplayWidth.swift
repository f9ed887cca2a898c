/// How many terminal columns text takes. ncurses and tmux advance the cursor by the sum
/// of `wcwidth` over a character's Unicode scalars, so that is what is summed here:
/// combining marks and joiners 0, East Asian wide and emoji 2, everything else 1. Text is
/// cut and padded only between whole characters (grapheme clusters).
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // Most texts here are German: ASCII and Latin-1 up to U+02FF, one column each
        // (none for controls), counted from the bytes without decoding. Up to U+02FF every
        // character is one byte or a lead byte up to CB and one continuation byte.
        var copy = text
        let latin = copy.withUTF8 { bytes -> Int? in
            var width = 0
            var lead: UInt8 = 0
            for byte in bytes {
                if byte < 0x80 {
                    width += byte >= 0x20 && byte != 0x7F ? 1 : 0
                } else if byte >= 0xC0 {
                    guard byte <= 0xCB else { return nil }
                    lead = byte
                } else {
                    width += lead == 0xC2 && byte < 0xA0 ? 0 : 1
                }
            }
            return width
        }
        return latin ?? ofScalars(text)
    }

    private static func ofScalars(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += of(scalar) }
        return width
    }

    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars { width += of(scalar) }
        return width
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        // Latin-1 and Latin Extended: every letter of the communes' languages, one column.
        if value < 0x300 { return 1 }
        if isPrependedMark(value) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return value == 0x00AD ? 1 : 0
        case .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) || value == 0x1171E {
            return 0  // Hangul jamo vowels and finals combine with the syllable before
        }
        if (0x1F1E6...0x1F1FF).contains(value) { return 1 }  // regional indicators, as glibc
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth ranges, matched to glibc's wcwidth (a test compares
    /// every code point with it).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DFF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FF1, 0x17000...0x18D08, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Format characters that glibc gives a column (number signs and other marks that
    /// stand before digits).
    private static func isPrependedMark(_ v: UInt32) -> Bool {
        (0x0600...0x0605).contains(v) || v == 0x06DD || v == 0x070F || v == 0x0890 || v == 0x0891
            || v == 0x08E2 || v == 0x110BD || v == 0x110CD
    }

    /// The longest prefix of whole characters that fits in `width` columns.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        // Latin text (see `of`): each character is one scalar, cut between them by bytes.
        var copy = text
        let latinEnd = copy.withUTF8 { bytes -> Int? in
            var used = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let w: Int
                if byte < 0x80 {
                    w = byte >= 0x20 && byte != 0x7F ? 1 : 0
                    if used + w > width { return index }
                    index += 1
                } else {
                    guard byte >= 0xC2, byte <= 0xCB, index + 1 < bytes.count else { return nil }
                    w = byte == 0xC2 && bytes[index + 1] < 0xA0 ? 0 : 1
                    if used + w > width { return index }
                    index += 2
                }
                used += w
            }
            return index
        }
        if let latinEnd {
            return String(text.utf8.prefix(latinEnd)) ?? text
        }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Cuts text to `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        return prefix(text, fitting: width - 1) + "…"
    }

    /// Like `truncate`, but a message is cut between words, never inside one, unless that
    /// would leave less than half of the room (a long path is cut inside, as before).
    public static func truncateAtWord(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let cut = prefix(text, fitting: width - 1)
        guard let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > 0 else { return cut + "…" }
        var head = String(cut[..<space])
        while let last = head.last, ",;:–-".contains(last) || last == " " { head.removeLast() }
        guard of(head) * 2 >= width else { return cut + "…" }
        return head + " …"
    }

    /// Pads (or truncates) text to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }
}
