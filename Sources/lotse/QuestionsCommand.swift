import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse questions …`: the coordinators' daily work from the command line.
struct QuestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "List, log, show, answer, move along, merge and release questions.",
        discussion: """
            Ids can be given by any unique prefix. Communes can be named by slug or name \
            (\"moehnesee\", \"Möhnesee\", \"mohnesee\"). A wrong value is reported with the \
            valid ones, and then nothing is written.
            """,
        subcommands: [List.self, Add.self, Show.self, AnswerCommand.self, SetStatus.self, Merge.self, Release.self, Withdraw.self])

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
        /// For spreadsheet programs: see `CSVDialect.spreadsheet`.
        case csvExcel = "csv-excel"
    }

    /// One question by its id or a prefix, read from its own file: the answer costs one
    /// file, not the store. The store's other questions are not loaded; the one it was
    /// merged into is read too, for its title. A prefix that is not unique, or a file
    /// that does not load, takes the way through the whole store, which says why.
    static func one(_ id: String, store option: String?) throws -> (StoreAccess, Question) {
        let light = try StoreAccess(option, withoutQuestions: true)
        let wanted = id.uppercased()
        let folder = light.store.root.appendingPathComponent(RecordKind.question.folder).path
        var names: [String] = []
        if wanted.isEmpty {
        } else if let index = light.store.index, let checked = index.checkedState(), FileStamp.ofFolder(folder + "/") == checked.folder {
            // The folder is as it was when the index last held every file: its names are all.
            names = index.names(startingWith: wanted) + checked.unindexed.filter { $0.hasPrefix(wanted) }
        } else {
            names = (FileStamp.names(in: folder, startingWith: wanted) ?? []).filter { $0.hasSuffix(".json") }
        }
        if names.count == 1, let question = light.store.currentQuestion(id: String(names[0].dropLast(5))), question.id.hasPrefix(wanted) {
            var network = light.network
            network.questions = [question] + (question.duplicateOf.flatMap { light.store.currentQuestion(id: $0) }.map { [$0] } ?? [])
            return (StoreAccess(store: light.store, network: network), question)
        }
        let access = try StoreAccess(option)
        return (access, try look { () throws(LookupError) in try Lookup.question(id, in: access.network) })
    }

    /// Turns a lookup miss into the message and exit status every subcommand uses.
    static func look<T>(_ body: () throws(LookupError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw fail(Run.messages.lookupError(error), status: 1)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List questions, newest first.")

        @OptionGroup var common: CommonOptions
        @Option(help: "Only questions of this commune (slug or name).") var commune: String?
        @Option(help: "Only questions with this status (open, clarifying, answered, closed, merged; or offen, in Klärung, …).") var status: String?
        @Option(help: "Only questions of this category.") var category: String?
        @Option(help: "Only questions with this tag.") var tag: String?
        @Option(help: "Only questions whose text contains every word of this.") var search: String?
        @Option(help: "Output format: table, json, csv (RFC 4180, the store's values) or csv-excel (for spreadsheets: semicolons, headers and values in the run's language, local times).") var format: OutputFormat = .table

        func run() throws {
            let access = try StoreAccess(common.store, withoutQuestions: true)
            var network = access.network
            var query = QuestionQuery()
            if let commune { query.commune = try QuestionsCommand.look { () throws(LookupError) in try Lookup.commune(commune, in: network).id } }
            if let status { query.statuses = [try QuestionsCommand.look { () throws(LookupError) in try Lookup.status(status) }] }
            if let category { query.category = try QuestionsCommand.look { () throws(LookupError) in try Lookup.category(category, in: network) } }
            query.tag = tag
            query.text = search ?? ""
            // The table shows neither bodies nor answers; only a search or an export reads them.
            let found = try access.questions(for: query, texts: format != .table || !query.text.isEmpty)
            network.questions = found.chosen
            let names = Dictionary(network.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let questions = query.apply(to: network.questions, communeNames: names)
            let language = Run.language
            switch format {
            case .json: QuestionOutput.printJSON(questions)
            case .csv: QuestionOutput.printCSV(questions)
            case .csvExcel: QuestionOutput.printCSV(questions, dialect: .spreadsheet(Run.language), names: names)
            case .table:
                print(QuestionOutput.table(questions, prefix: found.prefix, storeIsEmpty: found.storeIsEmpty, names: names,
                                           language: language), terminator: "")
            }
            // Done: freeing a hundred thousand records one by one would only make the
            // process end later.
            Foundation.exit(0)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Log a new question; prints its id.")

        @OptionGroup var common: CommonOptions
        @Option(help: "A commune that raised it (slug or name); repeat for several.") var commune: [String] = []
        @Option(help: "The question, as a general case.") var title: String
        @Option(help: "More detail, without personal data.") var body: String = ""
        @Option(help: "The category (default: none).") var category: String?
        @Option(help: "A tag; repeat for several, or separate them with commas (as in the dashboard's form).") var tag: [String] = []
        @Option(help: "Who clarifies it.") var assignee: String?
        @Option(help: "Who logs it (default: $LOTSE_USER).") var user: String?

        func run() throws {
            let access = try StoreAccess(common.store)
            let network = access.network
            guard !commune.isEmpty else {
                let valid = network.communes.sorted { $0.id < $1.id }.map(\.id).joined(separator: ", ")
                throw fail(Run.messages.communeRequired(valid), status: 1)
            }
            let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty else { throw fail(Run.messages.mustNotBeEmpty("--title"), status: 1) }
            var ids: [String] = []
            for name in commune {
                let id = try QuestionsCommand.look { () throws(LookupError) in try Lookup.commune(name, in: network).id }
                if !ids.contains(id) { ids.append(id) }
            }
            let chosen = try category.map { name in try QuestionsCommand.look { () throws(LookupError) in try Lookup.category(name, in: network) } }
                ?? ""  // none unless given: a silent default would skew the needs matrix
            let findings = PrivacyCheck.findings(in: title + "\n" + body)
            if !findings.isEmpty {
                printError("lotse: \(Run.messages.warning): " + Run.language.questionTexts.privacy(findings).replacingOccurrences(of: "⚠ ", with: ""))
            }
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let question = Question(
                id: RecordID.make(at: now), communes: ids, title: title,
                body: body.trimmingCharacters(in: .whitespacesAndNewlines), category: chosen,
                tags: QuestionForm.tags(in: tag.joined(separator: ",")), created: now, loggedBy: Run.user(user),
                assignee: assignee)
            try access.write(Change(.create, writes: [.init(id: question.id, new: question, base: nil)]))
            print(question.id)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one question.")

        @OptionGroup var common: CommonOptions
        @Option(help: "Output format: table (readable text) or json.") var format: OutputFormat = .table
        @Argument(help: "The question's id or a unique prefix of it.") var id: String

        func run() throws {
            let (access, question) = try QuestionsCommand.one(id, store: common.store)
            if format == .json {
                try QuestionOutput.printJSON(question)
                return
            }
            let language = Run.language
            var state = AppState(network: access.network, storeLabel: "", language: language)
            state.size = Size(width: 100, height: 40)
            let content = Details.question(question, state: state)
            print(content.title)
            print(String(repeating: "─", count: min(100, DisplayWidth.of(content.title))))
            print("ID            \(question.id)")
            for line in content.lines.flatMap({ Wrap.wrap($0, width: 100) }) {
                var text = line.text
                while text.hasSuffix(" ") { text.removeLast() }
                print(text)
            }
        }
    }

    struct AnswerCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "answer", abstract: "Answer a question; it becomes answered.")

        @OptionGroup var common: CommonOptions
        @Option(help: "The answer.") var text: String
        @Option(help: "A source; repeat for several.") var source: [String] = []
        @Option(help: "Who answers (default: $LOTSE_USER).") var user: String?
        @Argument(help: "The question's id or a unique prefix of it.") var id: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = try QuestionsCommand.look { () throws(LookupError) in try Lookup.question(id, in: access.network) }
            let answer = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !answer.isEmpty else { throw fail(Run.messages.mustNotBeEmpty("--text"), status: 1) }
            guard base.status != .merged else {
                throw fail(Run.messages.answerTheTarget(base.id, base.duplicateOf ?? Run.messages.another), status: 1)
            }
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            var question = base
            question.answer = Answer(text: answer, sources: source, by: Run.user(user), date: now)
            if question.status.isOpen { question.status = .answered }
            question.updated = now
            try access.write(Change(.answer, writes: [.init(id: question.id, new: question, base: base)]))
            print(Run.messages.answered(question.id))
        }
    }

    struct SetStatus: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-status", abstract: "Move a question to another status.")

        @OptionGroup var common: CommonOptions
        @Argument(help: "The question's id or a unique prefix of it.") var id: String
        @Argument(help: "open, clarifying, answered or closed (or offen, in Klärung, beantwortet, geschlossen).") var status: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = try QuestionsCommand.look { () throws(LookupError) in try Lookup.question(id, in: access.network) }
            let target = try QuestionsCommand.look { () throws(LookupError) in try Lookup.status(status) }
            if target == .merged { throw fail(Run.messages.useMerge(id), status: 1) }
            if base.status == .merged { throw fail(Run.messages.staysMerged(base.id), status: 1) }
            if target == .answered && base.answer == nil {
                throw fail(Run.messages.noAnswerYet(base.id, id), status: 1)
            }
            guard target != base.status else {
                print(Run.messages.alreadyStatus(base.id, target.rawValue))
                return
            }
            var question = base
            question.status = target
            question.updated = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            try access.write(Change(.status(target), writes: [.init(id: question.id, new: question, base: base)]))
            print(Run.messages.statusSet(question.id, target.rawValue))
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge a duplicate into another question: the target gains its communes.")

        @OptionGroup var common: CommonOptions
        @Option(help: "The question to merge into (id or unique prefix).") var into: String
        @Argument(help: "The duplicate (id or unique prefix).") var id: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let network = access.network
            let source = try QuestionsCommand.look { () throws(LookupError) in try Lookup.question(id, in: network) }
            let target = try QuestionsCommand.look { () throws(LookupError) in try Lookup.question(into, in: network) }
            guard source.id != target.id else { throw fail(Run.messages.notIntoItself, status: 1) }
            guard source.status != .merged else { throw fail(Run.messages.alreadyMerged(source.id), status: 1) }
            guard target.status != .merged else {
                throw fail(Run.messages.targetMerged(target.id, target.duplicateOf ?? Run.messages.another), status: 1)
            }
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let change = Change.merge(source, into: target, now: now)
            try access.write(change)
            print(Run.messages.mergedInto(source.id, target.id))
        }
    }
}
