import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse history ID`: who changed which field of a question, meeting or commune when,
/// from the shared git history, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Who changed which field of a question, meeting or commune when (from the shared history, newest first).")

    @Argument(help: "A question's or meeting's id (or a unique prefix), or a commune's slug.")
    var id: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let access = try StoreAccess(common.store)
        let network = access.network
        let record: (kind: RecordKind, id: String, label: String)
        if let question = try? Lookup.question(id, in: network) {
            record = (.question, question.id, "„\(question.title)“")
        } else if let meeting = try? Lookup.meeting(id, in: network) {
            record = (.meeting, meeting.id, "„\(meeting.title)“, \(Format.shortDate(meeting.start.date))")
        } else if let commune = try? Lookup.commune(id, in: network) {
            record = (.commune, commune.id, commune.name)
        } else {
            throw fail(Run.messages.lookupError(.unknownQuestion(id)), status: 1)
        }
        let entries: [RecordHistory.Entry]
        do {
            entries = try RecordHistory.of("\(record.kind.folder)/\(record.id).json", in: access.store.root,
                                           shredded: Run.language.historyTexts.shredded)
        } catch .notSynced {
            printRaw(TerminalSafe.line(HistoryText.title(record.label, language: Run.language)))
            printRaw(HistoryText.notSynced(Run.language))
            return
        } catch {
            throw fail(Run.language.syncMessages.error(.git(command: "log", detail: "\(error)")), status: 2)
        }
        printRaw(TerminalSafe.line(HistoryText.title(record.label, language: Run.language)))
        for line in HistoryText.lines(entries, language: Run.language) {
            printRaw(line.spans.map(\.text).joined())
        }
    }
}
