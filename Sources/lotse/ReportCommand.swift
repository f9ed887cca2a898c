import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse report`: the numbers for the district's annual report and funders, as Markdown,
/// or the needs matrix as CSV for a spreadsheet.
struct ReportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, csv
        case csvExcel = "csv-excel"
    }

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Questions per commune and category, bundled needs, answered and open per month, measures and meetings.",
        discussion: "Without dates, the report covers the current calendar year up to today.")

    @OptionGroup var common: CommonOptions
    @Option(help: "The first day (DD.MM.YYYY or YYYY-MM-DD; default: 1 January of this year).") var from: String?
    @Option(help: "The last day (default: today).") var to: String?
    @Option(help: "markdown (default), csv (RFC 4180) or csv-excel (semicolons and a byte-order mark, for spreadsheets): the needs matrix.") var format: Format = .markdown
    @Option(help: "Write to this file instead of printing it.") var out: String?

    func run() throws {
        let today = LocalDate(Date(), in: .current)
        let last = try to.map { try PrivacyCommand.day($0) } ?? today
        let first = try from.map { try PrivacyCommand.day($0) } ?? LocalDate(year: last.year, month: 1, day: 1)
        guard first <= last else {
            throw fail(Run.texts.emptyPeriod, status: 2)
        }
        let network = try StoreAccess.counting(common.store, texts: false).network
        let text: String
        switch format {
        case .markdown: text = NetworkReport.markdown(network, from: first, to: last, timeZone: .current, language: Run.language)
        case .csv: text = NetworkReport.csv(network, from: first, to: last, timeZone: .current, language: Run.language)
        case .csvExcel:
            text = NetworkReport.csv(network, from: first, to: last, timeZone: .current, language: Run.language,
                                     dialect: .spreadsheet(Run.language))
        }
        if format != .markdown && out == nil {
            print(text, terminator: "", keeping: ["\n", "\r"])
        } else {
            try MeetingsCommand.emit(text, to: out)
        }
    }
}
