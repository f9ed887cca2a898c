import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse meetings new` and `add-item`: planning from the command line. The options go
/// through the dashboard's own meeting forms, so both accept and refuse the same input.
extension MeetingsCommand {
    /// Checks a filled form and writes its change; on a problem nothing is written and
    /// the message names the option.
    static func save(_ form: FieldForm, options: [FieldForm.FieldID: String], access: StoreAccess,
                     adjust: (inout Change) throws -> Void = { _ in }) throws -> Change {
        var state = AppState(network: access.network, storeLabel: "", language: Run.language, now: Date(),
                             seed: UInt64.random(in: 1...UInt64.max), timeZone: .current)
        state.user = Run.user(nil)
        let problems = MeetingForms.problems(form, network: access.network, today: state.today)
        let texts = Run.language.meetingScreenTexts
        let valid = access.network.communes.sorted { $0.id < $1.id }.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        let messages = form.fields.compactMap { field -> String? in
            guard let problem = problems[field.id] else { return nil }
            var message = "\(options[field.id] ?? field.id.optionName): \(texts.problem(problem))"
            if case .unknownCommunes = problem { message += " " + Run.messages.valid([valid.isEmpty ? Run.messages.noneYet : valid]) }
            return message
        }
        guard messages.isEmpty else {
            throw fail(messages.joined(separator: "\n") + "\n" + Run.messages.nothingWritten, status: 1)
        }
        guard var change = MeetingForms.change(form, state: &state) else {
            throw fail(Run.messages.nothingToChange, status: 1)
        }
        try adjust(&change)
        try access.write(change)
        return change
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new", abstract: "Plan a new meeting; prints its id.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The title (default: \"\(MeetingScreenTexts.german.defaultTitle)\").") var title: String?
        @Option(help: "The day: DD.MM.YYYY or YYYY-MM-DD.") var date: String
        @Option(help: "The time of day, HH:MM.") var time: String = "14:00"
        @Option(help: "Where it takes place.") var place: String = ""
        @Option(help: "An invited commune (slug or name); repeat for several. Default: all.") var invite: [String] = []

        func run() throws {
            let access = try StoreAccess(common.store)
            var form = MeetingForms.newMeeting(today: LocalDate(Date(), in: .current), title: title ?? MeetingScreenTexts.german.defaultTitle,
                                              network: access.network)
            form.set(.date, date)
            form.set(.time, time)
            form.set(.place, place)
            form.set(.invited, invite.joined(separator: ", "))
            let change = try MeetingsCommand.save(form, options: [.title: "--title", .date: "--date", .time: "--time", .invited: "--invite"],
                                                  access: access)
            print(change.writes[0].id)
        }
    }

    struct AddItem: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-item", abstract: "Add an agenda item (TOP), before a closing Verschiedenes if there is one.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The item's title.") var title: String
        @Option(help: "Planned minutes, 1 to 600.") var minutes: String = "15"
        @Option(help: "Who presents it.") var presenter: String = ""
        @Option(help: "What it is about.") var description: String = ""
        @Option(help: "A question to discuss under it (id or unique prefix); repeat for several.") var question: [String] = []
        @Argument(help: "The meeting's id or a unique prefix of it.") var id: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let meeting = try MeetingsCommand.meeting(id, in: access.network)
            let questions = try question.map { prefix in
                try QuestionsCommand.look { () throws(LookupError) in try Lookup.question(prefix, in: access.network).id }
            }
            var form = MeetingForms.item(meeting, index: nil)
            form.set(.title, title)
            form.set(.minutes, minutes)
            form.set(.presenter, presenter)
            form.set(.description, description)
            // The new TOP goes before a closing "Verschiedenes"; it is the one the meeting did not have.
            let known = Set(meeting.agenda.map(\.id))
            var number = meeting.agenda.count + 1
            _ = try MeetingsCommand.save(form, options: [.title: "--title", .minutes: "--minutes"], access: access) { change in
                guard case .meeting(var changed)? = change.writes[0].new,
                      let index = changed.agenda.firstIndex(where: { !known.contains($0.id) }) else { return }
                changed.agenda[index].questions = questions
                number = changed.agenda[index].number
                change.writes[0].new = .meeting(changed)
            }
            let end = meeting.start.adding(minutes: meeting.plannedMinutes + (Int(minutes) ?? 0))
            print(Run.messages.itemAdded(number, title, Format.time(end.hour, end.minute)))
        }
    }
}

extension FieldForm.FieldID {
    /// The command-line option of a field, for messages about fields the caller did not name.
    var optionName: String {
        switch self {
        case .title: return "--title"
        case .date: return "--date"
        case .time: return "--time"
        case .place: return "--place"
        case .invited: return "--invite"
        case .presenter: return "--presenter"
        case .minutes: return "--minutes"
        case .description: return "--description"
        case .text: return "--text"
        case .owner: return "--owner"
        case .due: return "--due"
        case .answers: return "--answers"
        case .name: return "--name"
        case .kind: return "--kind"
        case .notes: return "--notes"
        case .role: return "--role"
        case .attendanceMonths: return "--attendance-months"
        case .namesMonths: return "--names-months"
        case .phone: return "--phone"
        case .email: return "--email"
        case .inGuide: return "--public"
        }
    }
}
