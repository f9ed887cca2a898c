import Foundation
import LotseCore
import LotseStore

/// The three output forms of `lotse questions list`: a table for people, JSON and CSV for
/// other programs (both parse back to the same records).
enum QuestionOutput {
    /// The store's own record format; control characters escaped, C1 ones too (`\u009b`).
    static func printJSON<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(Data(try JSONValue.of(value).canonicalText.utf8))
    }

    /// RFC 4180, or with `excel` the variant German spreadsheet programs open directly:
    /// semicolons and a byte-order mark. A cell that a spreadsheet would take for a formula
    /// (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe
    /// (OWASP's advice), and control characters are made visible.
    static func csv(_ questions: [Question], excel: Bool = false) -> String {
        let separator: Character = excel ? ";" : ","
        func field(_ raw: String) -> String { CSVField.escape(raw, separator: separator) }
        let formatter = ISO8601DateFormatter()
        var lines = ["id,status,communes,category,tags,title,created,updated,assignee,answer"]
        for q in questions {
            lines.append([q.id, q.status.rawValue, q.communes.joined(separator: ";"), q.category,
                          q.tags.joined(separator: ";"), q.title, formatter.string(from: q.created),
                          formatter.string(from: q.updated), q.assignee ?? "", q.answer?.text ?? ""]
                .map(field).joined(separator: String(separator)))
        }
        if excel { lines[0] = lines[0].replacingOccurrences(of: ",", with: ";") }
        return (excel ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Aligned by display width; ids shortened to the shortest prefix that stays unique.
    static func table(_ questions: [Question], all: [Question], names: [String: String], language: Language) -> String {
        let strings = language.strings
        guard !questions.isEmpty else { return (all.isEmpty ? strings.noQuestionsInStore : strings.noMatches) + "\n" }
        let length = uniquePrefixLength(all.map(\.id))
        let rows = questions.map { q in
            [String(q.id.prefix(length)), StatusGlyph.of(q.status) + " " + strings.questionStatus(q.status),
             q.communes.map { names[$0] ?? $0 }.joined(separator: ", "), q.category, q.title]
                .map { TerminalSafe.visible($0, keeping: []) }  // one line per row, whatever the text holds
        }
        let header = ["ID", strings.fields.status, strings.fields.communes, strings.fields.category, language.questionTexts.title]
        let caps = [length, 18, 30, 26, 80]
        var widths = header.map(DisplayWidth.of)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = min(caps[i], max(widths[i], DisplayWidth.of(cell))) } }
        func line(_ cells: [String]) -> String {
            var text = cells.enumerated().map { i, cell in
                i == cells.count - 1 ? DisplayWidth.truncate(cell, to: widths[i]) : DisplayWidth.pad(cell, to: widths[i])
            }.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func uniquePrefixLength(_ ids: [String]) -> Int {
        var length = 10
        while length < RecordID.length && Set(ids.map { $0.prefix(length) }).count < ids.count { length += 1 }
        return length
    }
}
