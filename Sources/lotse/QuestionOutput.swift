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

    /// A list of questions in the same form, written as it is made, a few hundred at a
    /// time, rather than as one text of 60 MB.
    static func printJSON(_ questions: [Question]) {
        guard !questions.isEmpty else {
            FileHandle.standardOutput.write(Data(JSONValue.array([]).canonicalText.utf8))
            return
        }
        var out: [UInt8] = Array("[\n".utf8)
        out.reserveCapacity(1 << 17)
        for (index, question) in questions.enumerated() {
            out.append(contentsOf: [0x20, 0x20])
            question.writeCanonical(into: &out, indent: 1)
            out.append(contentsOf: Array((index == questions.count - 1 ? "\n]\n" : ",\n").utf8))
            if out.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out))
                out.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(Data(out))
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
    /// `prefix`: how many letters of an id tell it apart from every other question's.
    static func table(_ questions: [Question], prefix length: Int, storeIsEmpty: Bool, names: [String: String],
                      language: Language) -> String {
        let strings = language.strings
        guard !questions.isEmpty else { return (storeIsEmpty ? strings.noQuestionsInStore : strings.noMatches) + "\n" }
        let rows = questions.map { q in
            [String(q.id.prefix(length)), StatusGlyph.of(q.status) + " " + strings.questionStatus(q.status),
             q.communes.map { names[$0] ?? $0 }.joined(separator: ", "), q.category, q.title]
                .map { TerminalSafe.visible($0, keeping: []) }  // one line per row, whatever the text holds
        }
        let header = ["ID", strings.fields.status, strings.fields.communes, strings.fields.category, language.questionTexts.title]
        let caps = [length, 18, 30, 26, 80]
        // Each cell's width once: at 10,000 rows, measuring twice is most of the work.
        let measured = rows.map { $0.map(DisplayWidth.of) }
        var widths = header.map(DisplayWidth.of)
        for row in measured { for (i, width) in row.enumerated() { widths[i] = min(caps[i], max(widths[i], width)) } }
        var out = ""
        func line(_ cells: [String], _ cellWidths: [Int]) {
            var pending = 0
            for (i, cell) in cells.enumerated() {
                let last = i == cells.count - 1
                if i > 0 { pending += 2 }
                if cellWidths[i] > widths[i] {
                    // Wider than its column: cut, with an ellipsis.
                    let cut = DisplayWidth.truncate(cell, to: widths[i])
                    if !cut.isEmpty { out += String(repeating: " ", count: pending) + cut; pending = 0 }
                    pending += last ? 0 : widths[i] - DisplayWidth.of(cut)
                } else {
                    if cellWidths[i] > 0 { out += String(repeating: " ", count: pending) + cell; pending = 0 }
                    pending += last ? 0 : widths[i] - cellWidths[i]
                }
            }
            out += "\n"
        }
        line(header, header.map(DisplayWidth.of))
        for (row, cellWidths) in zip(rows, measured) { line(row, cellWidths) }
        return out
    }
}
