import Foundation
import LotseStore

/// The network's year (or any period) in numbers, for the district's annual report and
/// funders: questions per commune and category, the bundled needs, answered and open per
/// month, the measures, and the meetings held with their attendance. Counted from the
/// records, so nobody retypes numbers.
public struct NetworkReport: Sendable {
    public var from: LocalDate
    public var to: LocalDate
    /// Questions logged in the period.
    public var questions: [Question]
    public var communes: [Commune]
    public var categories: [String]
    /// Rows: communes; columns: categories; a question of several communes counts in each.
    public var matrix: [[Int]]

    public init(_ network: Network, from: LocalDate, to: LocalDate, timeZone: TimeZone) {
        self.from = from
        self.to = to
        let questions = network.questions.filter { (from ... to).contains(LocalDate($0.created, in: timeZone)) }
        var categories = network.manifest.categories
        for question in questions where !categories.contains(question.category) { categories.append(question.category) }
        let communes = network.communes.sorted { $0.name.localizedStandardCompareFolded($1.name) }
        self.questions = questions
        self.categories = categories
        self.communes = communes
        // One pass over the questions, not one per cell.
        let row = Dictionary(communes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let column = Dictionary(categories.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var matrix = Array(repeating: Array(repeating: 0, count: categories.count), count: communes.count)
        for question in questions {
            guard let c = column[question.category] else { continue }
            question.communes.forEachOnce { commune in
                if let r = row[commune] { matrix[r][c] += 1 }
            }
        }
        self.matrix = matrix
    }

    public static func markdown(_ network: Network, from: LocalDate, to: LocalDate, timeZone: TimeZone, language: Language) -> String {
        let report = NetworkReport(network, from: from, to: to, timeZone: timeZone)
        let de = language == .de
        let t = language.meetingTexts
        let names = Dictionary(network.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func e(_ text: String) -> String { MeetingExport.cell(text) }
        var out = [de ? "# Jahresbericht: \(e(network.manifest.network))" : "# Report: \(e(network.manifest.network))", ""]
        out.append("- **\(de ? "Kreis" : "District"):** \(e(network.manifest.district))")
        out.append("- **\(de ? "Zeitraum" : "Period"):** \(Format.shortDate(from)) – \(Format.shortDate(to))")
        let answered = report.questions.filter { $0.status == .answered || $0.status == .closed }.count
        out.append("- **\(de ? "Fragen" : "Questions"):** \(report.questions.count) \(de ? "erfasst" : "logged"), \(answered) \(de ? "beantwortet oder geschlossen" : "answered or closed")")

        out += ["", de ? "## Fragen nach Kommune und Kategorie" : "## Questions by commune and category", ""]
        let used = report.categories.indices.filter { column in report.matrix.contains { $0[column] > 0 } }
        if used.isEmpty {
            out.append(de ? "Keine Fragen in diesem Zeitraum." : "No questions in this period.")
        } else {
            out.append("| \(de ? "Kommune" : "Commune") | " + used.map { e(report.categories[$0].isEmpty ? language.questionTexts.noCategory : report.categories[$0]) }.joined(separator: " | ") + " | \(de ? "Summe" : "Total") |")
            out.append("|---|" + used.map { _ in "---:|" }.joined() + "---:|")
            for (row, commune) in report.communes.enumerated() where report.matrix[row].contains(where: { $0 > 0 }) {
                out.append("| \(e(commune.name)) | " + used.map { "\(report.matrix[row][$0])" }.joined(separator: " | ") + " | \(report.matrix[row].reduce(0, +)) |")
            }
        }

        out += ["", de ? "## Gebündelte Bedarfe (eine Frage, mehrere Kommunen)" : "## Bundled needs (one question, several communes)", ""]
        let bundled = report.questions.filter { $0.communes.count > 1 }.sorted { ($0.communes.count, $1.title) > ($1.communes.count, $0.title) }
        out += bundled.isEmpty ? [de ? "Keine." : "None."] : bundled.map { question in
            "- \(question.communes.count)× \(e(question.title)) (\(question.communes.map { e(names[$0] ?? $0) }.joined(separator: ", ")))"
        }

        out += ["", de ? "## Beantwortet und offen je Monat" : "## Answered and open per month", ""]
        out.append(de ? "| Monat | neu | beantwortet | offen am Monatsende |" : "| Month | new | answered | open at month's end |")
        out.append("|---|---:|---:|---:|")
        // Each question's months once, then counts per month (a question open at a month's
        // end was created by then and not yet answered or closed: a span of months).
        let months = months(from: from, to: to)
        if let first = months.first {
            func index(_ date: Date) -> Int {
                let day = LocalDate(date, in: timeZone)
                return (day.year - first.year) * 12 + day.month - first.month
            }
            let count = months.count
            var new = Array(repeating: 0, count: count), answeredIn = new, openChange = Array(repeating: 0, count: count + 1)
            for question in report.questions {
                let m = index(question.created)
                if (0 ..< count).contains(m) { new[m] += 1 }
            }
            for question in network.questions {
                if let answer = question.answer {
                    let m = index(answer.date)
                    if (0 ..< count).contains(m) { answeredIn[m] += 1 }
                }
                let start = max(0, index(question.created))
                let end = question.status.isOpen ? count : min(count, index(question.updated))
                if start < end {
                    openChange[start] += 1
                    openChange[end] -= 1
                }
            }
            var open = 0
            for (m, month) in months.enumerated() {
                open += openChange[m]
                out.append("| \(pad(month.month)).\(month.year) | \(new[m]) | \(answeredIn[m]) | \(open) |")
            }
        }

        out += ["", de ? "## Maßnahmen" : "## Measures", ""]
        let measures = network.meetings.flatMap { $0.agenda.flatMap(\.outcomes) }.filter { $0.kind == .measure }
        let done = measures.filter { $0.status == .done }.count
        let open = measures.filter { ($0.status ?? .open) == .open }
        let overdue = open.filter { $0.due.map { $0 < to } ?? false }
        out.append("- \(de ? "erledigt" : "done"): \(done)")
        out.append("- \(de ? "offen" : "open"): \(open.count)")
        out.append("- \(de ? "überfällig am \(Format.shortDate(to))" : "overdue on \(Format.shortDate(to))"): \(overdue.count)")
        for measure in overdue.sorted(by: { ($0.due ?? to) < ($1.due ?? to) }) {
            out.append("  - \(e(measure.text)) — \(e(measure.owner ?? "")), \(t.due) \(measure.due.map(Format.shortDate) ?? "")")
        }

        out += ["", de ? "## Treffen" : "## Meetings", ""]
        let held = network.meetings.filter { $0.state != .planned && (from ... to).contains($0.start.date) }.sorted { $0.start < $1.start }
        if held.isEmpty {
            out.append(de ? "Keine Treffen in diesem Zeitraum." : "No meetings in this period.")
        } else {
            out.append(de ? "| Datum | Treffen | anwesend | eingeladen | Gäste | Protokoll |" : "| Date | Meeting | present | invited | guests | minutes |")
            out.append("|---|---|---:|---:|---:|---|")
            for meeting in held {
                let summary = meeting.attendanceSummary
                let minutes = meeting.minutesApproved.map { t.approved(Format.day($0)) } ?? t.draft
                out.append("| \(Format.shortDate(meeting.start.date)) | \(e(meeting.title)) | \(summary.present.count) | \(meeting.invited.count) | \(summary.guests.count) | \(minutes) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The matrix for a spreadsheet: communes down, categories across, in either dialect.
    public static func csv(_ network: Network, from: LocalDate, to: LocalDate, timeZone: TimeZone, language: Language,
                           dialect: CSVDialect = .plain) -> String {
        let report = NetworkReport(network, from: from, to: to, timeZone: timeZone)
        let header = [language.strings.communeColumn] + report.categories.map { $0.isEmpty ? language.questionTexts.noCategory : $0 }
            + [language.strings.totalColumn]
        let rows = report.communes.enumerated().map { row, commune in
            [commune.name] + report.matrix[row].map(String.init) + [String(report.matrix[row].reduce(0, +))]
        }
        return dialect.document([header] + rows)
    }

    static func months(from: LocalDate, to: LocalDate) -> [LocalDate] {
        var month = LocalDate(year: from.year, month: from.month, day: 1)
        var result: [LocalDate] = []
        while month <= to && result.count < 600 {
            result.append(month)
            month = month.adding(months: 1)
        }
        return result
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
