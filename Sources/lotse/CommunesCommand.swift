import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse communes …`: the communes of a network and their coordinators. A wrong value is
/// named with the valid ones, and then nothing is written.
struct CommunesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communes",
        abstract: "List, add, edit, archive and remove communes and their coordinators.",
        discussion: "A commune is named by its slug or its name (\"moehnesee\", \"Möhnesee\").",
        subcommands: [List.self, Add.self, Edit.self, CoordinatorCommand.self, Archive.self, Restore.self, Merge.self, Remove.self])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    static func kind(_ text: String) throws -> Commune.Kind {
        switch TextFolding.fold(text) {
        case "stadt", "city": return .city
        case "gemeinde", "municipality": return .municipality
        default: throw fail(Run.messages.unknownKind(text), status: 1)
        }
    }

    static func commune(_ name: String, in network: Network) throws -> Commune {
        do {
            return try Lookup.commune(name, in: network)
        } catch {
            throw fail(Run.messages.lookupError(error), status: 1)
        }
    }

    /// Writes a commune over the version it was read as.
    static func write(_ commune: Commune?, over base: Commune?, access: StoreAccess) throws {
        let id = commune?.id ?? base?.id ?? ""
        try access.write(Change(.commune, writes: [.init(id: id, new: commune.map(Record.commune), base: base.map(Record.commune))]))
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the communes by name.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Output format: table, json or csv.") var format: Format = .table

        func run() throws {
            // The questions only for the table's open counts, and those from the index.
            let access = try StoreAccess(common.store, withoutQuestions: true)
            let network = access.network
            let communes = network.communes.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
            let strings = Run.language.strings
            switch format {
            case .json:
                let values = try communes.map { try JSONValue.of($0) }
                print(JSONValue.array(values).canonicalText, terminator: "")
            case .csv:
                let lines = [["slug", "name", "kind", "coordinators", "archived"]] + communes.map { c in
                    [c.id, c.name, c.kind.rawValue, c.coordinators.map(\.name).joined(separator: ";"), c.archived ? "true" : "false"]
                }
                print(CSVDialect.plain.document(lines), terminator: "", keeping: ["\n", "\r"])
            case .table:
                let open = try CommunesCommand.openCounts(access)
                let width = max(4, communes.map { DisplayWidth.of($0.id) }.max() ?? 4)
                let nameWidth = max(4, communes.map { DisplayWidth.of($0.name) }.max() ?? 4)
                print(DisplayWidth.pad("Slug", to: width) + "  " + DisplayWidth.pad("Name", to: nameWidth) + "  "
                      + DisplayWidth.pad(strings.fields.kind, to: 9) + "  " + strings.fields.openQuestionsCount)
                for c in communes {
                    let kind = c.kind == .city ? strings.city : strings.municipality
                    var line = DisplayWidth.pad(TerminalSafe.visible(c.id, keeping: []), to: width) + "  "
                        + DisplayWidth.pad(TerminalSafe.visible(c.name, keeping: []), to: nameWidth) + "  "
                        + DisplayWidth.pad(kind, to: 9) + "  " + "\(open[c.id] ?? 0)"
                    if c.archived { line += "  (\(Run.messages.archivedMark))" }
                    print(line)
                }
            }
        }
    }

    /// Each commune's open questions, counted by the index when it is in line with the
    /// folder, else from the questions read.
    private static func openCounts(_ access: StoreAccess) throws -> [String: Int] {
        let statuses = Set(QuestionStatus.allCases.filter(\.isOpen))
        if let counts = IndexedCounts.communes(store: access.store, statuses: statuses) { return counts }
        var query = QuestionQuery()
        query.statuses = statuses
        var counts: [String: Int] = [:]
        for question in try access.questions(for: query, texts: false).chosen where question.status.isOpen {
            IndexedCounts.count(question, into: &counts)
        }
        return counts
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a commune; prints its slug.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Its name, as it is written.") var name: String
        @Option(help: "stadt or gemeinde (default: gemeinde).") var kind: String = "gemeinde"
        @Option(help: "Its id (default: made from the name, \"Möhnesee\" → moehnesee).") var slug: String?

        func run() throws {
            let access = try StoreAccess(common.store)
            let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw fail(Run.messages.mustNotBeEmpty("--name"), status: 1) }
            let kind = try CommunesCommand.kind(kind)
            let id = slug ?? Slug.make(name)
            guard Slug.isValid(id) else { throw fail(Run.messages.badSlug(id), status: 1) }
            if let existing = access.network.communes.first(where: { $0.id == id }) {
                throw fail(Run.messages.slugTaken(id, existing.name), status: 1)
            }
            try CommunesCommand.write(Commune(id: id, name: name, kind: kind), over: nil, access: access)
            print(id)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a commune's name, kind or notes.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The commune (slug or name).") var commune: String
        @Option(help: "Its new name.") var name: String?
        @Option(help: "stadt or gemeinde.") var kind: String?
        @Option(help: "Free notes.") var notes: String?

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = try CommunesCommand.commune(commune, in: access.network)
            var changed = base
            if let name {
                let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { throw fail(Run.messages.mustNotBeEmpty("--name"), status: 1) }
                changed.name = trimmed
            }
            if let kind { changed.kind = try CommunesCommand.kind(kind) }
            if let notes { changed.notes = notes }
            guard changed != base else { throw fail(Run.messages.nothingToChange, status: 1) }
            try CommunesCommand.write(changed, over: base, access: access)
            print(Run.messages.communeSaved(base.id))
        }
    }

    struct CoordinatorCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "coordinator", abstract: "Add or remove a commune's coordinators.",
                                                        subcommands: [AddCoordinator.self, RemoveCoordinator.self])
    }

    struct AddCoordinator: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a coordinator to a commune.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The commune (slug or name).") var commune: String
        @Option(help: "The coordinator's name or role address.") var name: String
        @Option(help: "Their role, such as Ehrenamtskoordination.") var role: String = ""
        @Option(help: "Phone.") var phone: String = ""
        @Option(help: "E-mail.") var email: String = ""
        @Flag(help: "They agreed to be named in the volunteers' guide (`lotse publish`); without it the guide shows the role only.")
        var `public` = false

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = try CommunesCommand.commune(commune, in: access.network)
            let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw fail(Run.messages.mustNotBeEmpty("--name"), status: 1) }
            // The same checks as the coordinator form's.
            let texts = Run.language.meetingScreenTexts
            let wrong = (ContactCheck.isPhone(phone) ? [] : ["--phone: " + texts.problem(.badPhone)])
                + (ContactCheck.isEmail(email) ? [] : ["--email: " + texts.problem(.badEmail)])
            guard wrong.isEmpty else { throw fail((wrong + [Run.messages.nothingWritten]).joined(separator: "\n"), status: 1) }
            var changed = base
            changed.coordinators.append(Coordinator(name: name, role: role, phone: phone, email: email, isPublic: `public`))
            try CommunesCommand.write(changed, over: base, access: access)
            print(Run.messages.communeSaved(base.id))
        }
    }

    struct RemoveCoordinator: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a coordinator from a commune.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The commune (slug or name).") var commune: String
        @Argument(help: "The coordinator's name.") var name: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = try CommunesCommand.commune(commune, in: access.network)
            var changed = base
            changed.coordinators.removeAll { TextFolding.fold($0.name) == TextFolding.fold(name) }
            guard changed.coordinators.count < base.coordinators.count else {
                throw fail(Run.messages.unknownCoordinator(name, base.name, base.coordinators.map(\.name)), status: 1)
            }
            try CommunesCommand.write(changed, over: base, access: access)
            print(Run.messages.communeSaved(base.id))
        }
    }

    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "archive", abstract: "Hide a commune from lists and pickers; its records keep it.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The commune (slug or name).") var commune: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = try CommunesCommand.commune(commune, in: access.network)
            guard !base.archived else { throw fail(Run.messages.nothingToChange, status: 1) }
            var changed = base
            changed.archived = true
            try CommunesCommand.write(changed, over: base, access: access)
            print(Run.messages.communeArchived(base.id))
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "restore", abstract: "Bring an archived commune back into lists, pickers and invitations.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The commune (slug or name).") var commune: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = try CommunesCommand.commune(commune, in: access.network)
            guard base.archived else { throw fail(Run.messages.nothingToChange, status: 1) }
            var changed = base
            changed.archived = false
            try CommunesCommand.write(changed, over: base, access: access)
            print(Run.messages.communeRestored(base.id))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a commune that no record refers to.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The commune (slug or name).") var commune: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let network = access.network
            let base = try CommunesCommand.commune(commune, in: network)
            let references = CommuneMerge.references(to: base.id, in: network)
            guard references.questions + references.meetings == 0 else {
                throw fail(Run.messages.communeInUse(base.id, references.questions, references.meetings), status: 1)
            }
            try CommunesCommand.write(nil, over: base, access: access)
            print(Run.messages.communeRemoved(base.id))
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge a commune into another (a municipal merger): every record that names it names the other.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The commune that goes (slug or name).") var commune: String
        @Option(help: "The commune it becomes part of (slug or name).") var into: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let network = access.network
            let source = try CommunesCommand.commune(commune, in: network)
            let target = try CommunesCommand.commune(into, in: network)
            guard source.id != target.id else { throw fail(Run.messages.nothingToChange, status: 1) }
            let change = CommuneMerge.change(merging: source, into: target, in: network, now: Date())
            try access.write(change)
            print(Run.messages.communeMerged(source.id, target.id, change.writes.count - 2))
        }
    }
}
