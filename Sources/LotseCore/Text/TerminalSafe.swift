/// Text from the store on its way to a terminal. A record can come from anyone (a
/// colleague, a git pull), so its text may hold escape sequences that would retitle the
/// terminal, fill the clipboard or clear the screen. Every control character is shown
/// visibly instead: C0 controls and DEL as their Unicode pictures (`␛`, `␡`), C1 controls
/// as `\x9b`. The dashboard's buffer does the same on its own (controls become blanks).
public enum TerminalSafe {
    /// `text` with every control made visible, except those in `keeping` (such as a
    /// newline where the format has lines).
    public static func visible(_ text: String, keeping: Set<Unicode.Scalar> = ["\n"]) -> String {
        guard hasControl(text, keeping: keeping) else { return text }
        // Built as UTF-8 bytes: appending to a string's scalar view copies it at times,
        // which made a megabyte of random text cost seconds.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if keeping.contains(scalar) || !isControl(scalar) {
                out.append(contentsOf: scalar.utf8)
            } else if scalar.value < 0x20 {
                out.append(contentsOf: (Unicode.Scalar(0x2400 + scalar.value) ?? "?").utf8)
            } else if scalar.value == 0x7F {
                out.append(contentsOf: ("␡" as Unicode.Scalar).utf8)
            } else {
                out.append(contentsOf: ("\\x" + String(scalar.value, radix: 16)).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` as one line for a message, a list or a commit: line breaks become spaces,
    /// controls are made visible, and with a `width` it is cut to it with "…".
    public static func line(_ text: String, width: Int? = nil) -> String {
        // One pass over the scalars (Foundation's replacingOccurrences costs the text's
        // length for every line break in it).
        let flat = visible(text.utf8.contains(0x0A)
            ? String(decoding: text.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self) : text, keeping: [])
        return width.map { DisplayWidth.truncate(flat, to: $0) } ?? flat
    }

    /// `text` without control characters (keeping newlines and tabs), for documents.
    public static func stripped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0) || $0 == "\n" || $0 == "\t" }))
    }

    /// Whether `text` holds any control at all, from its bytes: a list of 10,000 rows asks
    /// this of every cell, and almost none has one. C1 controls are U+0080 to U+009F, in
    /// UTF-8 the lead byte C2 before 80 to 9F.
    static func hasControl(_ text: String, keeping: Set<Unicode.Scalar> = []) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            suspicious.withUnsafeBufferPointer { suspicious in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    guard suspicious[Int(byte)] else { continue }
                    // C0 and DEL are their own number; C2 then 80 to 9F is U+0080 to U+009F.
                    var control: UInt8? = byte == 0xC2 ? nil : byte
                    if byte == 0xC2, index < bytes.count, bytes[index] < 0xA0 { control = bytes[index] }
                    if let control, !keeping.contains(Unicode.Scalar(control)) { return true }
                }
                return false
            }
        }
    }

    /// The bytes that are a control or may start one: C0, DEL, and C2, the lead byte of C1.
    private static let suspicious: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
