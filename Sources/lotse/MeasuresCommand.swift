import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse measures`: the measures (Maßnahmen) all meetings decided, as taskwarrior users
/// expect them on the command line: list and filter, mark done, dropped or open again.
struct MeasuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measures",
        abstract: "The measures all meetings decided: list them, mark them done, dropped or open again.",
        subcommands: [List.self, Done.self, Drop.self, Reopen.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the measures: open ones by default, the most urgent first.")
        @OptionGroup var common: CommonOptions
        @Flag(help: "Which measures: open (default), overdue (open and past due), or all.")
        var which: Which = .open
        @Option(help: "Only the measures of this owner (a commune or a person; part of the name is enough).") var owner: String?
        @Option(help: "table, json or csv.") var format: QuestionsCommand.OutputFormat = .table

        enum Which: String, EnumerableFlag {
            case open, overdue, all
        }

        func run() throws {
            let network = try StoreAccess(common.store, withoutQuestions: true).network
            let today = LocalDate(Date(), in: .current)
            var rows = MeasureRows.make(network: network, today: today, all: which == .all)
            if which == .overdue { rows = rows.filter(\.isOverdue) }
            if let owner {
                let wanted = TextFolding.fold(owner)
                rows = rows.filter { TextFolding.fold($0.owner).contains(wanted) }
            }
            let texts = Run.language.meetingScreenTexts
            func status(_ row: MeasureRow) -> String {
                row.isOverdue ? texts.overdue : Run.language.strings.measureStatus(row.status)
            }
            switch format {
            case .json:
                let items: [JSONValue] = rows.map { row in
                    var fields: [String: JSONValue] = [
                        "id": .string(row.outcomeID), "meeting": .string(row.meetingID), "top": .number("\(row.itemNumber)"),
                        "text": .string(row.text), "owner": .string(row.owner), "status": .string(row.status.rawValue),
                        "overdue": .bool(row.isOverdue), "meetingDate": .string(row.meetingDate.description),
                    ]
                    fields["due"] = row.due.map { .string($0.description) }
                    return .object(fields)
                }
                StandardStreams.output(Data(JSONValue.array(items).canonicalText.utf8))
            case .csv:
                let lines = [["id", "due", "status", "owner", "text", "meeting", "top"]] + rows.map { row in
                    [row.outcomeID, row.due?.description ?? "", row.isOverdue ? "overdue" : row.status.rawValue, row.owner,
                     row.text, row.meetingID, "\(row.itemNumber)"]
                }
                printRaw(CSVDialect.plain.document(lines), terminator: "")
            case .csvExcel:
                let dialect = CSVDialect.spreadsheet(Run.language)
                let lines = [["ID", texts.dueColumn, texts.statusColumn, texts.ownerColumn, texts.measureColumn, texts.meetingColumn, "TOP"]]
                    + rows.map { row in
                        [row.outcomeID, row.due.map(dialect.day) ?? "", status(row), row.owner, row.text,
                         dialect.day(row.meetingDate), "\(row.itemNumber)"]
                    }
                printRaw(dialect.document(lines), terminator: "")
            case .table:
                guard !rows.isEmpty else {
                    let any = !MeasureRows.make(network: network, today: today, all: true).isEmpty
                    printRaw(!any ? texts.noMeasures : which == .open && owner == nil ? texts.noOpenMeasuresCommandLine
                        : Run.language.strings.noMatches)
                    return
                }
                let shown = MeasuresCommand.shortIDs(rows.map(\.outcomeID))
                let header = ["ID", texts.dueColumn, texts.statusColumn, texts.ownerColumn, texts.measureColumn, texts.meetingColumn]
                let cells = rows.map { row in
                    [shown[row.outcomeID] ?? row.outcomeID, row.due.map(Format.shortDate) ?? "–", status(row),
                     TerminalSafe.line(row.owner, width: 24), TerminalSafe.line(row.text, width: 60),
                     "\(Format.shortDate(row.meetingDate)) TOP \(row.itemNumber)"]
                }
                let widths = header.indices.map { column in ([header] + cells).map { DisplayWidth.of($0[column]) }.max() ?? 0 }
                for line in [header] + cells {
                    printRaw(line.enumerated().map { index, cell in
                        index == line.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[index])
                    }.joined(separator: "  "))
                }
            }
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a measure done.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The measure's id or a unique prefix of it (as `measures list` shows it).") var id: String
        func run() throws { try MeasuresCommand.set(id, to: .done, store: common.store) }
    }

    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "drop", abstract: "Mark a measure dropped (verworfen).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The measure's id or a unique prefix of it.") var id: String
        func run() throws { try MeasuresCommand.set(id, to: .dropped, store: common.store) }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Open a done or dropped measure again.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The measure's id or a unique prefix of it.") var id: String
        func run() throws { try MeasuresCommand.set(id, to: .open, store: common.store) }
    }

    /// Each id by its shortest beginning (at least six letters) that no other id shares,
    /// as `questions list` shortens its ids.
    static func shortIDs(_ ids: [String]) -> [String: String] {
        var shown: [String: String] = [:]
        for id in ids {
            var length = min(6, id.count)
            while length < id.count, ids.contains(where: { $0 != id && $0.hasPrefix(id.prefix(length)) }) { length += 1 }
            shown[id] = String(id.prefix(length))
        }
        return shown
    }

    /// Sets a measure's status, as the dashboard's `O` screen does, in one change.
    static func set(_ prefix: String, to status: Outcome.MeasureStatus, store option: String?) throws {
        let access = try StoreAccess(option, withoutQuestions: true)
        let rows = MeasureRows.make(network: access.network, today: LocalDate(Date(), in: .current), all: true)
        let wanted = prefix.uppercased()
        let matches = wanted.isEmpty ? [] : rows.filter { $0.outcomeID.hasPrefix(wanted) }
        let texts = Run.language.meetingScreenTexts
        guard let row = matches.first else { throw fail(texts.unknownMeasure(prefix), status: 1) }
        guard matches.count == 1 else {
            throw fail(texts.ambiguousMeasure(prefix, matches.map { "\($0.outcomeID)  \($0.text)" }), status: 1)
        }
        guard row.status != status, let meeting = access.network.meetings.first(where: { $0.id == row.meetingID }) else {
            throw fail(Run.messages.nothingToChange, status: 1)
        }
        var changed = meeting
        changed.agenda[row.item].outcomes[row.outcome].status = status
        try access.write(.meeting(.measure(status), changed, base: meeting))
        printRaw(TerminalSafe.line("\(Run.language.strings.measureStatus(status)): \(row.text)", width: 120))
    }
}
