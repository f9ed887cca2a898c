import Foundation
import Testing
@testable import LotseCore

/// One unbroken word of any length is laid out as words are: broken between characters,
/// nothing lost, and the personal-data check still finds what is hidden in a long text.
/// (How long it takes is measured in lotse-bench, not here.)
@Suite("Text: long words")
struct LongTextTests {
    @Test func aLongWordIsBrokenBetweenCharactersWithNothingLost() {
        let word = String(repeating: "Aufenthaltsgestattung", count: 5_000) + "ü"
        let lines = Wrap.lines("Kurz " + word + " danach", width: 37)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 37 })
        #expect(lines.first == "Kurz")
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "Kurz" + word + "danach")
        // Every line between the first and the word's end is full.
        #expect(lines.dropFirst().dropLast(2).allSatisfy { DisplayWidth.of($0) == 37 })
    }

    @Test func wideCharactersInALongWordNeverOverflowALine() {
        let word = String(repeating: "漢", count: 3_001)
        let lines = Wrap.lines(word, width: 9)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 9 })
        #expect(lines.joined() == word)
    }

    @Test func aLongRunOfBlanksIsOneSpaceToken() {
        let lines = Wrap.lines("a" + String(repeating: " ", count: 100_000) + "b", width: 20)
        #expect(lines == ["a", "b"])
    }

    @Test func personalDataIsFoundAnywhereInALongText() {
        let filler = String(repeating: "x", count: 200_000)
        #expect(PrivacyCheck.findings(in: filler).isEmpty)
        #expect(PrivacyCheck.findings(in: filler + " anna.muster@example.org") == [.email])
        #expect(PrivacyCheck.findings(in: filler + " Tel. 0171 2345678 " + filler) == [.phone])
        // An address across the place where one window ends and the next begins.
        let words = String(repeating: "Wort ", count: 204)
        #expect(PrivacyCheck.findings(in: words + "anna.muster@example.org " + words) == [.email])
    }
}
