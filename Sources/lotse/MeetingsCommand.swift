import ArgumentParser
import Foundation
import LotseApp
import LotseCore
import LotseStore

/// `lotse meetings …`: the meetings of the network and their documents.
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List, show, plan and record meetings; outcomes, attendance, end, approval; the invitation, minutes and calendar file.",
        subcommands: [List.self, Show.self, New.self, AddItem.self, Agenda.self, Minutes.self, OutcomeCommand.self,
                      AttendanceCommand.self, End.self, Approve.self, Ical.self])

    static func meeting(_ id: String, in network: Network) throws -> Meeting {
        try QuestionsCommand.look { () throws(LookupError) in try Lookup.meeting(id, in: network) }
    }

    /// Prints a document, or writes it atomically to a file.
    static func emit(_ text: String, to path: String?) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        let url = StoreLocation.resolve(path, environment: ProcessInfo.processInfo.environment)
        do {
            try PrivateFile.write(Data(text.utf8), to: url)
        } catch {
            throw fail(Run.messages.exportError(DocumentWriter.exportError(url, error)), status: 1)
        }
        printError(Run.messages.wrote(url.path))
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the meetings, earliest first.")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let network = try StoreAccess(common.store, withoutQuestions: true).network
            let strings = Run.language.strings
            let fields = strings.fields
            // A header as `questions list` and `communes list` have one; scripts skip line 1.
            print(DisplayWidth.pad("ID", to: 12) + "  " + DisplayWidth.pad(fields.date, to: 10) + "  "
                  + DisplayWidth.pad(fields.state, to: 16) + "  " + Run.language.questionTexts.title)
            for meeting in network.meetings.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
                let state = DisplayWidth.pad(StatusGlyph.of(meeting.state) + " " + strings.meetingState(meeting.state), to: 16)
                print("\(meeting.id.prefix(12))  \(Format.shortDate(meeting.start.date))  \(state)  \(meeting.title)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a meeting with its agenda and outcomes.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The meeting's id or a unique prefix of it.") var id: String

        func run() throws {
            // The meeting's own questions only, each read from its file.
            let access = try StoreAccess(common.store, withoutQuestions: true)
            var network = access.network
            let meeting = try MeetingsCommand.meeting(id, in: network)
            let linked = Set(meeting.agenda.flatMap { $0.questions + $0.outcomes.compactMap(\.question) })
            network.questions = linked.sorted().compactMap { access.store.currentQuestion(id: $0) }
            let language = Run.language
            var state = AppState(network: network, storeLabel: "", language: language)
            state.home.selections[.meetings] = Selection(id: meeting.id)
            let content = Details.make(for: .meetings, in: state)
            print(content.title)
            print(String(repeating: "─", count: min(100, DisplayWidth.of(content.title))))
            for line in content.lines.flatMap({ Wrap.wrap($0, width: 100) }) {
                var text = line.text
                while text.hasSuffix(" ") { text.removeLast() }
                print(text)
            }
            // The outcomes' ids, for `lotse meetings outcome edit|remove`.
            let outcomes = meeting.agenda.flatMap { item in item.outcomes.map { (item.number, $0) } }
            if !outcomes.isEmpty {
                print("")
                print(Run.texts.outcomesHeading)
                for (number, outcome) in outcomes {
                    print("  \(outcome.id)  \(language.meetingTexts.top) \(number)  \(language.strings.outcomeKind(outcome.kind)): \(TerminalSafe.visible(outcome.text, keeping: []))")
                }
            }
        }
    }

    struct Agenda: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "agenda", abstract: "The invitation with the agenda, as Markdown.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Write to this file instead of standard output.") var out: String?
        @Argument(help: "The meeting's id or a unique prefix of it.") var id: String

        func run() throws {
            let network = try StoreAccess(common.store).network
            let meeting = try MeetingsCommand.meeting(id, in: network)
            try MeetingsCommand.emit(MeetingExport.agenda(meeting, in: network, language: Run.language), to: out)
        }
    }

    struct Minutes: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "minutes", abstract: "The minutes (Protokoll), as Markdown.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Write to this file instead of standard output.") var out: String?
        @Flag(help: "Include the internal notes of each item.") var `internal` = false
        @Argument(help: "The meeting's id or a unique prefix of it.") var id: String

        func run() throws {
            let network = try StoreAccess(common.store).network
            let meeting = try MeetingsCommand.meeting(id, in: network)
            guard meeting.state != .planned else {
                throw fail(Run.language == .de
                    ? "„\(meeting.title)“ hat noch nicht stattgefunden: es gibt noch kein Protokoll. Die Einladung mit der Tagesordnung: `lotse meetings agenda \(meeting.id)`."
                    : "“\(meeting.title)” has not taken place yet: there are no minutes. The invitation with the agenda: `lotse meetings agenda \(meeting.id)`.",
                    status: 1)
            }
            try MeetingsCommand.emit(MeetingExport.minutes(meeting, in: network, includeInternal: `internal`, language: Run.language), to: out)
        }
    }
}
