import Foundation
import LotseCore
import LotseStore

/// The three output forms of `lotse questions list`: a table for people, JSON and CSV for
/// other programs (both parse back to the same records).
enum QuestionOutput {
    /// The store's own record format; control characters escaped, C1 ones too (`\u009b`).
    static func printJSON<T: Encodable>(_ value: T) throws {
        StandardStreams.output(Data(try JSONValue.of(value).canonicalText.utf8))
    }

    /// A list of questions in the same form, written as it is made, some thousands at a
    /// time, rather than as one text of 60 MB; each round's parts are made on every core.
    static func printJSON(_ questions: [Question]) {
        guard !questions.isEmpty else {
            StandardStreams.output(Data(JSONValue.array([]).canonicalText.utf8))
            return
        }
        StandardStreams.output(Data("[\n".utf8))
        writeInRounds(questions.count, bytesEach: 700) { index, out in
            out.append(contentsOf: [0x20, 0x20])
            questions[index].writeCanonical(into: &out, indent: 1)
            out.append(contentsOf: index == questions.count - 1 ? [0x0A, 0x5D, 0x0A] : [0x2C, 0x0A])
        }
    }

    /// Rows 0 ..< count written as they are made, some thousands at a time rather than as
    /// one text of 60 MB; each round's parts are made on every core, each into a buffer of
    /// its own, and written in order.
    static func writeInRounds(_ count: Int, bytesEach: Int, _ row: @Sendable (Int, inout [UInt8]) -> Void) {
        let chunk = 2_000
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < count {
            let parts = min(cores, (count - start + chunk - 1) / chunk)
            let round = start
            var buffers = [[UInt8]](repeating: [], count: parts)
            buffers.withUnsafeMutableBufferPointer { buffers in
                nonisolated(unsafe) let buffers = buffers
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let from = round + part * chunk, to = min(count, from + chunk)
                    var out: [UInt8] = []
                    out.reserveCapacity((to - from) * bytesEach)
                    for index in from..<to { row(index, &out) }
                    buffers[part] = out
                }
            }
            for buffer in buffers { StandardStreams.output(Data(buffer)) }
            start += parts * chunk
        }
    }

    /// Plain RFC 4180 with the store's values, or the spreadsheet variant: German headers
    /// and values, commune names, local times that spreadsheets read as dates (see
    /// `CSVDialect`). Written in rounds, as the JSON is.
    static func printCSV(_ questions: [Question], dialect: CSVDialect = .plain, names: [String: String] = [:],
                         timeZone: TimeZone = .current) {
        var header: [UInt8] = Array(dialect.preamble.utf8)
        let language = dialect.language
        if let language {
            let f = language.strings.fields
            dialect.write(["ID", f.status, f.communes, f.category, f.tags, language.questionTexts.title, f.created, f.updated,
                           f.assignee, f.answer], into: &header)
        } else {
            dialect.write(["id", "status", "communes", "category", "tags", "title", "created", "updated", "assignee", "answer"],
                          into: &header)
        }
        StandardStreams.output(Data(header))
        let strings = language?.strings
        @Sendable func cells(_ q: Question) -> [String] {
            guard let strings else {
                return [q.id, q.status.rawValue, q.communes.joined(separator: ";"), q.category, q.tags.joined(separator: ";"), q.title,
                        ISOTime.utc(q.created), ISOTime.utc(q.updated), q.assignee ?? "", q.answer?.text ?? ""]
            }
            return [q.id, strings.questionStatus(q.status), q.communes.map { names[$0] ?? $0 }.joined(separator: ", "), q.category,
                    q.tags.joined(separator: ", "), q.title, dialect.moment(q.created, timeZone: timeZone),
                    dialect.moment(q.updated, timeZone: timeZone), q.assignee ?? "", q.answer?.text ?? ""]
        }
        writeInRounds(questions.count, bytesEach: 400) { index, out in dialect.write(cells(questions[index]), into: &out) }
    }

    /// Aligned by display width; ids shortened to the shortest prefix that stays unique.
    /// `prefix`: how many letters of an id tell it apart from every other question's.
    static func table(_ questions: [Question], prefix length: Int, storeIsEmpty: Bool, names: [String: String],
                      language: Language) -> String {
        let strings = language.strings
        guard !questions.isEmpty else { return (storeIsEmpty ? strings.noQuestionsInStore : strings.noMatches) + "\n" }
        // The status cell is one of five texts: made and measured once each, not per row.
        var statusCells: [QuestionStatus: (text: String, width: Int)] = [:]
        var measured: [[Int]] = []
        measured.reserveCapacity(questions.count)
        let rows = questions.map { q in
            let status = statusCells[q.status] ?? {
                let text = TerminalSafe.visible(StatusGlyph.of(q.status) + " " + strings.questionStatus(q.status), keeping: [])
                statusCells[q.status] = (text, DisplayWidth.of(text))
                return (text, DisplayWidth.of(text))
            }()
            // One line per row, whatever the text holds. Each cell's width once: at 10,000
            // rows, measuring twice is most of the work.
            let communes = q.communes.map { names[$0] ?? $0 }.joined(separator: ", ")
            let id = String(decoding: q.id.utf8.prefix(length), as: UTF8.self)  // ids are ASCII
            let texts: [String] = [id, communes, q.category, q.title].map { TerminalSafe.visible($0, keeping: []) }
            measured.append([DisplayWidth.of(texts[0]), status.width, DisplayWidth.of(texts[1]), DisplayWidth.of(texts[2]),
                             DisplayWidth.of(texts[3])])
            return [texts[0], status.text, texts[1], texts[2], texts[3]]
        }
        let header = ["ID", strings.fields.status, strings.fields.communes, strings.fields.category, language.questionTexts.title]
        let caps = [length, 18, 30, 26, 80]
        var widths = header.map(DisplayWidth.of)
        for row in measured { for (i, width) in row.enumerated() { widths[i] = min(caps[i], max(widths[i], width)) } }
        // Bytes, not a growing text: 10,000 rows are a megabyte.
        var out: [UInt8] = []
        out.reserveCapacity((rows.count + 1) * (widths.reduce(0, +) + 2 * widths.count))
        func line(_ cells: [String], _ cellWidths: [Int]) {
            var pending = 0
            for i in cells.indices {
                if i > 0 { pending += 2 }
                var cell = cells[i], width = cellWidths[i]
                if width > widths[i] {
                    // Wider than its column: cut, with an ellipsis.
                    cell = DisplayWidth.truncate(cell, to: widths[i])
                    width = DisplayWidth.of(cell)
                }
                if width > 0 {
                    out.append(contentsOf: repeatElement(0x20, count: pending))
                    out.append(contentsOf: cell.utf8)
                    pending = 0
                }
                pending += i == cells.count - 1 ? 0 : widths[i] - width
            }
            out.append(0x0A)
        }
        line(header, header.map(DisplayWidth.of))
        for (row, cellWidths) in zip(rows, measured) { line(row, cellWidths) }
        return String(decoding: out, as: UTF8.self)
    }
}
