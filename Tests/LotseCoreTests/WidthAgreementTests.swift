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
}
