import Glibc
import Testing
@testable import LotseCore

/// ncurses and tmux place the cursor by glibc's `wcwidth`; if our width disagreed for
/// any character, a border after it would be drawn one column off.
@Suite("Text: width agrees with glibc")
struct WidthAgreementTests {
    @Test func everyCodePointHasTheWidthGlibcGivesIt() throws {
        typealias WCWidth = @convention(c) (Int32) -> Int32
        let handle = dlopen(nil, RTLD_NOW)
        let symbol = try #require(dlsym(handle, "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: WCWidth.self)
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        var mismatches: [String] = []
        for value in UInt32(0x20)...UInt32(0x3FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = wcwidth(Int32(value))
            // -1 means unassigned or non-printable: glibc has no opinion to match.
            guard expected >= 0 else { continue }
            if Int(expected) != DisplayWidth.of(scalar) {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): glibc \(expected), ours \(DisplayWidth.of(scalar))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(10))")
    }

    /// A text's width is counted from its bytes while it is Latin; it must come to the sum
    /// of its characters' widths, on either side of where the counting changes method.
    @Test func aTextIsAsWideAsItsCharacters() {
        var mismatches: [String] = []
        for value in UInt32(0)...UInt32(0x800) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "aä" + String(scalar) + "ß"
            let expected = 3 + DisplayWidth.of(scalar)
            if DisplayWidth.of(text) != expected { mismatches.append("U+\(String(value, radix: 16, uppercase: true))") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(DisplayWidth.of("Überörtliche Beratung für Geflüchtete") == 37)
        #expect(DisplayWidth.of("Straße 漢字") == 11)
    }

    /// Whether a text holds a control is answered from its bytes; it must agree with the
    /// test of each character, C1 controls included.
    @Test func controlsAreFoundFromTheBytesAsFromTheCharacters() {
        for value in UInt32(0)...UInt32(0x800) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TerminalSafe.hasControl("ü" + String(scalar) + "x") == TerminalSafe.isControl(scalar), "U+\(String(value, radix: 16))")
        }
    }

    /// Cutting Latin text by its bytes cuts where cutting by characters does.
    @Test func aLatinTextIsCutWhereItsCharactersAre() {
        func byCharacters(_ text: String, _ width: Int) -> String {
            var used = 0
            var out = ""
            for character in text {
                let w = DisplayWidth.of(character)
                if used + w > width { break }
                used += w
                out.append(character)
            }
            return out
        }
        let texts = ["Überörtliche Beratung für Geflüchtete", "Straße\r\nGasse", "a\u{85}b\u{A0}c\u{AD}d", "ÄÖÜäöüß é ñ ł", "x漢字y", "e\u{301}clair"]
        for text in texts {
            for width in 0...40 {
                #expect(DisplayWidth.prefix(text, fitting: width) == byCharacters(text, width), "\(text) at \(width)")
            }
        }
    }
}
