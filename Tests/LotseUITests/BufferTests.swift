import Testing
@testable import LotseCore
@testable import LotseUI

@Suite("Buffer")
struct BufferTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverCut() {
        var buffer = Buffer(width: 5, height: 1)
        let end = buffer.write("a中文", x: 0, y: 0, .plain)
        #expect(end == 5)
        #expect(buffer.line(0) == "a中文")
        #expect(buffer[2, 0].isContinuation)
        var edge = Buffer(width: 4, height: 1)
        edge.write("ab中", x: 1, y: 0, .plain)
        #expect(edge.line(0) == " a… ")  // 中 would need columns 3 and 4: cut, and marked
        var rule = Buffer(width: 4, height: 1)
        rule.write("a───", x: 0, y: 0, .plain, limit: 3)
        #expect(rule.line(0) == "a── ", "a rule line cut at the limit needs no mark")
        var padded = Buffer(width: 6, height: 1)
        padded.write("abc   ", x: 0, y: 0, .plain, limit: 4)
        #expect(padded.line(0) == "abc   ", "nor do blanks")
        var wide = Buffer(width: 6, height: 1)
        wide.write("中文字", x: 0, y: 0, .plain, limit: 5)
        #expect(wide.line(0) == "中…   ", "the ellipsis takes a wide character's place")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("中中", x: 0, y: 0, .plain)
        buffer.write("x", x: 1, y: 0, .plain)
        #expect(buffer.line(0) == " x中")
        buffer.write("y", x: 2, y: 0, .plain)
        #expect(buffer.line(0) == " xy ")
    }

    @Test func controlCharactersBecomeBlanksAndCombiningMarksAttach() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("a\tb\u{1B}c", x: 0, y: 0, .plain)
        #expect(buffer.line(0) == "a b c ")
        var marks = Buffer(width: 3, height: 1)
        marks.write("e\u{301}x", x: 0, y: 0, .plain)
        #expect(marks.line(0) == "e\u{301}x ")
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = Buffer(width: 3, height: 2)
        buffer.write("abc", x: -2, y: 0, .plain)
        buffer.write("abc", x: 0, y: 5, .plain)
        buffer.fill(Rect(x: -1, y: -1, width: 10, height: 10), Style(.accent))
        #expect(buffer.text == "\n")
    }
}
