import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// Making a meeting's record right from the command line: outcomes added, corrected and
/// removed by id, attendance, the end of the meeting, and the approval of the minutes.
extension MeetingsCommand {
    struct OutcomeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "outcome", abstract: "Add, correct or remove an outcome (info, decision, measure, internal note).",
            subcommands: [Add.self, Edit.self, Remove.self])

        static func kind(_ text: String) throws -> Outcome.Kind {
            switch TextFolding.fold(text) {
            case "info", "notiz", "note": return .info
            case "decision", "beschluss": return .decision
            case "measure", "massnahme": return .measure
            case "internal", "intern": return .internal
            default:
                throw fail(Run.texts.unknownOutcomeKind(text), status: 2)
            }
        }

        static func due(_ text: String?) throws -> LocalDate? {
            guard let text, !text.isEmpty else { return nil }
            guard let day = DateInput.date(text, reference: LocalDate(Date(), in: .current)) else {
                if let impossible = DateInput.impossible(text) {
                    throw fail(Run.texts.noSuchDue(impossible), status: 2)
                }
                throw fail(Run.texts.badDue(text), status: 2)
            }
            return day
        }

        static func notEmpty(_ text: String) throws -> String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw fail(Run.messages.mustNotBeEmpty("--text"), status: 2) }
            return trimmed
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an outcome to a TOP; prints its id.")
            @OptionGroup var common: CommonOptions
            @Option(help: "The TOP's number.") var item: Int
            @Option(help: "info, decision, measure or internal.") var kind: String
            @Option(help: "What was said, decided or agreed.") var text: String
            @Option(help: "For a measure: who does it (a commune or a role).") var owner: String?
            @Option(help: "For a measure: by when (DD.MM.YYYY).") var due: String?
            @Option(help: "For a decision: the question it answers (id or unique prefix).") var answers: String?
            @Argument(help: "The meeting's id or a unique prefix of it.") var id: String

            func run() throws {
                let access = try StoreAccess(common.store)
                let meeting = try MeetingsCommand.meeting(id, in: access.network)
                guard let index = meeting.agenda.firstIndex(where: { $0.number == item }) else {
                    let numbers = meeting.agenda.map { "\($0.number)" }.joined(separator: ", ")
                    throw fail(Run.texts.noSuchItem(item, numbers.isEmpty ? Run.texts.noItems : numbers), status: 2)
                }
                let kind = try OutcomeCommand.kind(self.kind)
                var outcome = Outcome(id: RecordID.make(), kind: kind, text: try OutcomeCommand.notEmpty(text))
                if kind == .measure {
                    outcome.owner = owner ?? ""
                    outcome.communes = owner.flatMap { try? Lookup.commune($0, in: access.network).id }.map { [$0] } ?? []
                    outcome.due = try OutcomeCommand.due(due)
                    outcome.status = .open
                } else if owner != nil || due != nil {
                    throw fail(Run.texts.ownerNeedsMeasure, status: 2)
                }
                var changed = meeting
                var writes: [Change.Write] = []
                if let answers {
                    guard kind == .decision else {
                        throw fail(Run.texts.answersNeedDecision, status: 2)
                    }
                    let question = try QuestionsCommand.look { () throws(LookupError) in try Lookup.question(answers, in: access.network) }
                    outcome.question = question.id
                    writes.append(.init(id: question.id, new: OutcomeEdit.answering(question, with: outcome, meetingID: meeting.id,
                                                                                    by: Run.user(nil), now: Date()), base: question))
                }
                changed.agenda[index].outcomes.append(outcome)
                try access.write(Change(.outcome, writes: [.init(meeting: changed, base: meeting)] + writes))
                print(outcome.id)
            }
        }

        struct Edit: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "edit", abstract: "Correct an outcome, found by its id.")
            @OptionGroup var common: CommonOptions
            @Option(help: "The corrected text.") var text: String?
            @Option(help: "info, decision, measure or internal.") var kind: String?
            @Option(help: "For a measure: who does it.") var owner: String?
            @Option(help: "For a measure: by when (DD.MM.YYYY; empty: no date).") var due: String?
            @Argument(help: "The outcome's id or a unique prefix of it.") var outcome: String

            func run() throws {
                let access = try StoreAccess(common.store)
                let place = try QuestionsCommand.look { () throws(LookupError) in try OutcomeEdit.locate(outcome, in: access.network) }
                var edited = place.outcome
                if let text { edited.text = try OutcomeCommand.notEmpty(text) }
                if let kind { edited.kind = try OutcomeCommand.kind(kind) }
                if let owner {
                    edited.owner = owner
                    edited.communes = (try? Lookup.commune(owner, in: access.network).id).map { [$0] } ?? []
                }
                if let due { edited.due = try OutcomeCommand.due(due) }
                if edited.kind == .measure, edited.status == nil { edited.status = .open }
                guard edited != place.outcome else { throw fail(Run.messages.nothingToChange, status: 1) }
                try access.write(Change(.outcome, writes: [.init(meeting: OutcomeEdit.replacing(place, with: edited), base: place.meeting)]))
                print(Run.texts.corrected(edited.id))
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an outcome, found by its id.")
            @OptionGroup var common: CommonOptions
            @Argument(help: "The outcome's id or a unique prefix of it.") var outcome: String

            func run() throws {
                let access = try StoreAccess(common.store)
                let place = try QuestionsCommand.look { () throws(LookupError) in try OutcomeEdit.locate(outcome, in: access.network) }
                try access.write(Change(.outcome, writes: [.init(meeting: OutcomeEdit.replacing(place, with: nil), base: place.meeting)]))
                print(Run.texts.removed(place.outcome.id))
            }
        }
    }

    struct AttendanceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attendance",
            abstract: "Record which communes were present (invited or not), and optionally who came from each.")
        @OptionGroup var common: CommonOptions
        @Option(parsing: .upToNextOption, help: "The communes present (slugs or names).") var present: [String] = []
        @Option(help: "Who came from a commune: SLUG=NAME; repeat for several.") var person: [String] = []
        @Argument(help: "The meeting's id or a unique prefix of it.") var id: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let meeting = try MeetingsCommand.meeting(id, in: access.network)
            func commune(_ name: String) throws -> String {
                try QuestionsCommand.look { () throws(LookupError) in try Lookup.commune(name, in: access.network).id }
            }
            var attendance: [Attendance] = []
            for name in present {
                let slug = try commune(name)
                if !attendance.contains(where: { $0.commune == slug }) { attendance.append(Attendance(commune: slug)) }
            }
            for entry in person {
                guard let equals = entry.firstIndex(of: "="), !entry[entry.index(after: equals)...].trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw fail(Run.texts.badPerson(entry), status: 2)
                }
                let slug = try commune(String(entry[..<equals]))
                let name = entry[entry.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                if let index = attendance.firstIndex(where: { $0.commune == slug }) {
                    attendance[index].persons.append(name)
                } else {
                    attendance.append(Attendance(commune: slug, persons: [name]))
                }
            }
            var changed = meeting
            changed.attendance = attendance
            guard changed != meeting else { throw fail(Run.messages.nothingToChange, status: 1) }
            try access.write(Change(.attendance, writes: [.init(meeting: changed, base: meeting)]))
            let summary = changed.attendanceSummary
            let t = Run.language.meetingTexts
            var line = "\(t.present): \(summary.present.count) \(t.of) \(changed.invited.count) \(t.invitedCommunes)"
            if !summary.guests.isEmpty { line += ", \(t.guests): \(summary.guests.count)" }
            print(line)
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "end", abstract: "End a meeting: its timer stops and its minutes can be approved.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The meeting's id or a unique prefix of it.") var id: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let meeting = try MeetingsCommand.meeting(id, in: access.network)
            guard meeting.state != .finished else {
                throw fail(Run.texts.endedAlready(meeting.title), status: 1)
            }
            try access.write(.meeting(.ended, MeetingClock.end(meeting, now: Date()), base: meeting))
            print(Run.texts.ended(meeting.id))
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a meeting's minutes: from Entwurf to freigegeben.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The meeting's id or a unique prefix of it.") var id: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let meeting = try MeetingsCommand.meeting(id, in: access.network)
            guard meeting.state == .finished else {
                throw fail(Run.texts.notTakenPlace(meeting.title, meeting.id), status: 1)
            }
            guard meeting.minutesApproved == nil else {
                throw fail(Run.texts.approvedAlready(meeting.title), status: 1)
            }
            var approved = meeting
            approved.minutesApproved = Date()
            try access.write(.meeting(.meeting, approved, base: meeting))
            print(Run.texts.minutesApproved(meeting.id))
        }
    }

    struct Ical: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ical",
            abstract: "The invitation as an iCalendar event (RFC 5545), with the agenda in its description; --all: every upcoming meeting as one calendar to subscribe to.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Write to this file (for instance treffen.ics) instead of standard output.") var out: String?
        @Flag(help: "Every upcoming meeting (today or later, not finished) in one calendar.") var all = false
        @Option(help: "Who sends the invitations: \"Name <address>\" or an address (ORGANIZER).") var organizer: String?
        @Argument(help: "The meeting's id or a unique prefix of it.") var id: String?

        func run() throws {
            let sender = try organizer.map { text in
                guard let sender = MeetingCalendar.Organizer(text) else { throw fail(Run.messages.badOrganizer(text), status: 2) }
                return sender
            }
            let access = try StoreAccess(common.store)
            let network = access.network
            /// When the meeting last changed: its file's time.
            func modified(_ meeting: Meeting) -> Date? {
                let path = access.store.root.appendingPathComponent("\(RecordKind.meeting.folder)/\(meeting.id).json").path
                return (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            }
            let text: String
            switch (all, id) {
            case (true, nil):
                let today = LocalDate(Date(), in: .current)
                let upcoming = network.meetings.filter { $0.start.date >= today && $0.state != .finished }
                    .sorted { $0.start < $1.start }
                text = MeetingCalendar.calendar(of: upcoming.map { ($0, modified($0)) }, in: network, stamp: Date(),
                                                organizer: sender, language: Run.language)
            case (false, let id?):
                let meeting = try MeetingsCommand.meeting(id, in: network)
                text = MeetingCalendar.event(meeting, in: network, stamp: Date(), modified: modified(meeting), organizer: sender,
                                             language: Run.language)
            default:
                throw fail(Run.messages.icalNeedsOne, status: 2)
            }
            if out == nil {
                print(text, terminator: "", keeping: ["\n", "\r"])
            } else {
                try MeetingsCommand.emit(text, to: out)
            }
        }
    }
}
