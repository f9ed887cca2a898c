import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse sync`: shares the store with the network's other machines through git.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share the store with the other coordinators' machines through git.",
        discussion: """
            `lotse sync` commits the local changes, fetches, merges field by field and pushes. \
            Exit status: 0 in sync; 1 in sync, with conflicts to look at (listed); 2 when the remote \
            cannot be reached or sync is not set up. Local work is never touched by a failed sync.
            """,
        subcommands: [SyncNowCommand.self, SyncInitCommand.self, SyncStatusCommand.self, SyncLogCommand.self],
        defaultSubcommand: SyncNowCommand.self
    )
}

struct SyncNowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now",
        abstract: "Commit, fetch, merge and push; print what happened (the default).")

    @OptionGroup var common: CommonOptions

    @Option(help: "A held-back question or meeting (id or unique prefix) whose text is fine to share: a false alarm. Repeat for several.")
    var confirm: [String] = []

    func run() throws {
        let sync = SyncSetting.engine(common.store)
        if !confirm.isEmpty { try SyncSetting.confirm(confirm, in: common.store) }
        let report = try SyncSetting.attempt { () throws(SyncError) in try sync.sync() }
        SyncSetting.print(report, in: sync.root)
        try SyncSetting.exit(for: report)
    }
}

struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make the store a git repository with a shared remote, and send it there.")

    @Option(help: "The shared remote: any git URL, or the path of a bare repository on a share.")
    var remote: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let texts = Run.language.syncMessages
        guard !remote.isEmpty else { throw fail(Run.messages.mustNotBeEmpty("--remote"), status: 2) }
        let sync = SyncSetting.engine(common.store)
        let report = try SyncSetting.attempt { () throws(SyncError) in try sync.setUp(remote: remote) }
        printRaw(TerminalSafe.visible(texts.setUp(SecretMask.apply(remote))))
        SyncSetting.print(report, in: sync.root)
        // The same statuses as `lotse sync`: something to look at is 1.
        try SyncSetting.exit(for: report)
    }
}

struct SyncStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "What is not sent and not pulled yet, the last sync, open conflicts (asks no remote).")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let texts = Run.language.syncMessages
        let sync = SyncSetting.engine(common.store)
        let status = try SyncSetting.attempt { () throws(SyncError) in try sync.status() }
        for line in texts.statusLines(status, Date()) { printRaw(TerminalSafe.visible(line)) }
        SyncSetting.printConflicts(status.openConflicts, in: sync.root)
        if !status.openConflicts.isEmpty { throw ExitCode(1) }
    }
}

struct SyncLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "The last syncs of this machine, newest first: how each ended, the git commands it ran, their exit status and output (passwords masked).")

    @Option(help: "How many syncs to show.")
    var last: Int = 5

    @Flag(help: "Only how each sync ended, without its git commands.")
    var short = false

    @Flag(help: "Every git command, also the local ones that went well.")
    var verbose = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        guard last > 0 else { throw fail(Run.messages.mustBePositive("--last"), status: 2) }
        let sync = SyncSetting.engine(common.store)
        guard sync.isSetUp else { throw fail(Run.language.syncMessages.error(.notSetUp(path: sync.root.path)), status: 2) }
        let entries = Array(SyncLogFile.read(in: sync.root).suffix(last))
        for line in SyncLogText.lines(entries, language: Run.language, commands: !short, everyCommand: verbose) {
            printRaw(line.spans.map(\.text).joined())
        }
    }
}

/// `lotse join URL PATH`: a coordinator's first step into a network that already syncs.
struct JoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Clone a network's shared store into a new folder and set it up for sync.")

    @Argument(help: "The network's shared remote (a git URL or the path of a bare repository).")
    var url: String

    @Argument(help: "The folder for this machine's copy of the store (new or empty).")
    var path: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let texts = Run.language.syncMessages
        let folder = StoreLocation.resolve(path, environment: ProcessInfo.processInfo.environment)
        let sync = try SyncSetting.attempt { () throws(SyncError) in
            try StoreSync.join(remote: url, into: folder, driver: SyncSetting.driver, filter: SyncSetting.filter, author: Run.user(nil),
                               describe: SyncSetting.describe, mergeMessage: texts.mergeCommit,
                               prompting: SyncSetting.commandLinePrompting)
        }
        let name = (try? FileStore(at: sync.root).load().network.manifest.network) ?? ""
        printRaw(TerminalSafe.visible(texts.joined(name, folder.path)))
        for line in texts.keptOutLines(sync.keptOutAtJoin) { printRaw(line) }
    }
}

/// `lotse merge-driver BASE OURS THEIRS PATH`: what git runs for a store file changed on
/// both sides (set up by `sync init` and `join`; not for people). Writes the field-level
/// merge into OURS. Exits 1 only when neither side is JSON, leaving OURS as it was.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Git's merge driver for store files (used by git, not by people).",
        shouldDisplay: false)

    @Argument var base: String
    @Argument var ours: String
    @Argument var theirs: String
    @Argument var path: String

    func run() throws {
        // git hands the driver the versions as the history holds them, sealed: the merge
        // is field by field on the values, and its result is sealed again.
        var sealer = RecordSealer(store: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let keys = sealer.ring.keys.count
        func read(_ file: String) -> Data? { RecordFile.read(file).data.map { sealer.unseal($0) } }
        let environment = ProcessInfo.processInfo.environment
        func named(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        let authors = (named(SyncFileMerge.oursAuthorVariable), named(SyncFileMerge.theirsAuthorVariable))
        guard let result = SyncFileMerge.merge(base: read(base), ours: read(ours), theirs: read(theirs), path: path,
                                               authors: authors) else {
            printError("lotse merge-driver: \(path): neither version is JSON")
            throw ExitCode(1)
        }
        if result.refusedTheirs {
            // git runs the driver at the top of the work tree; the sync names the file.
            let gitFolder = ProcessInfo.processInfo.environment["GIT_DIR"] ?? ".git"
            let list = URL(fileURLWithPath: gitFolder).appendingPathComponent(SyncFileMerge.refusedListName).path
            let descriptor = open(list, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                let line = Array((path + "\n").utf8)
                _ = line.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
            }
        }
        let sealed = sealer.seal(result.data, path: path)
        if sealer.ring.keys.count != keys {
            let gitFolder = URL(fileURLWithPath: environment["GIT_DIR"] ?? ".git")
            try? (KeyRing.read(gitFolder: gitFolder) ?? KeyRing()).merged(with: sealer.ring).write(gitFolder: gitFolder)
        }
        do {
            try sealed.write(to: URL(fileURLWithPath: ours))
        } catch {
            printError("lotse merge-driver: \(path): \(error)")
            throw ExitCode(1)
        }
    }
}

/// `lotse git-filter`: git's filter for store files (set up by `sync init` and `join`; not
/// for people): seals the personal values of every record file that enters git and opens
/// them on the way out, for as long as git keeps the pipe open.
struct GitFilterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-filter",
        abstract: "Git's filter for store files (used by git, not by people).",
        shouldDisplay: false)

    func run() throws {
        // git runs its filters at the top of the work tree: the store.
        var process = GitFilterProcess(store: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                                       shredded: Run.language.historyTexts.shredded)
        guard process.run() else { throw ExitCode(1) }
    }
}

/// What the sync commands share: the engine for a store, and how a report is printed.
enum SyncSetting {
    /// This program, as git's merge driver. The path is set again at every sync, so a
    /// moved or updated Lotse keeps working.
    /// This program, as git calls it back (merge driver, askpass).
    static var program: String { URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path }

    static var driver: String {
        "'" + program.replacingOccurrences(of: "'", with: "'\\''") + "' merge-driver %O %A %B %P"
    }

    /// This program, as git's filter process.
    static var filter: String {
        "'" + program.replacingOccurrences(of: "'", with: "'\\''") + "' git-filter"
    }

    /// On the command line git and ssh may ask where a person can answer: in a terminal.
    /// Without one (cron, a script) they fail at once with a message that says why.
    static var commandLinePrompting: GitPrompting {
        let terminal = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard terminal >= 0 else { return .never }
        close(terminal)
        return isatty(STDIN_FILENO) == 1 || isatty(STDERR_FILENO) == 1 ? .terminal : .never
    }

    static let describe: @Sendable ([FileChange]) -> String = { changes in
        CommitMessage.describe(changes, language: Run.language)
    }

    static func engine(_ store: String?) -> StoreSync {
        let root = StoreLocation.resolve(store, environment: ProcessInfo.processInfo.environment)
        var engine = StoreSync(root: root, driver: driver, author: Run.user(nil), describe: describe,
                               mergeMessage: Run.language.syncMessages.mergeCommit)
        engine.filter = filter
        engine.holdBack = PrivacyHold.holds
        engine.screenMessage = Run.language.syncMessages.screenCommit
        engine.prompting = commandLinePrompting
        let texts = Run.language.syncMessages
        engine.describeOutcome = { result in
            switch result {
            case .success(let report): return texts.summary(report.pulled, report.pushed, report.newConflicts.count)
            case .failure(let error): return texts.error(error)
            }
        }
        return engine
    }

    /// Marks held-back records as fine to share, for the texts they have now.
    static func confirm(_ prefixes: [String], in store: String?) throws {
        let access = try StoreAccess(store)
        for prefix in prefixes {
            let record: (kind: RecordKind, id: String)
            if let question = try? Lookup.question(prefix, in: access.network) {
                record = (.question, question.id)
            } else {
                record = (.meeting, try MeetingsCommand.meeting(prefix, in: access.network).id)
            }
            do {
                try access.store.confirmPrivacy(record.kind, id: record.id)
            } catch {
                throw fail(Run.messages.storeError(error), status: 1)
            }
        }
    }

    /// Status 1 when a sync left something to look at: conflicts, records held back, an
    /// incoming record the merge could not take.
    static func exit(for report: SyncReport) throws {
        if !report.openConflicts.isEmpty || !report.heldBack.isEmpty || report.keptOut.contains(where: { $0.refusal == .unmergeable }) {
            throw ExitCode(1)
        }
    }

    /// Runs a step of sync; a failure ends the command with its message and status 2.
    static func attempt<T>(_ step: () throws(SyncError) -> T) throws -> T {
        do throws(SyncError) {
            return try step()
        } catch {
            throw fail(Run.language.syncMessages.error(error), status: 2)
        }
    }

    /// Whether a store syncs, for the title line; nil when it does not. What is unsent and
    /// what came is read after the first frame (`dashboardStatus`).
    static func dashboardState(for root: URL) -> SyncState? {
        let engine = engine(root.path)
        guard Git.executable() != nil, engine.isSetUp else { return nil }
        return SyncState(lastSync: engine.lastSync, everyMinutes: Run.settings.syncMinutes)
    }

    /// Where a synced store stands against the remote, as the dashboard's first action
    /// after its first frame; nil when git cannot say.
    static func dashboardStatus(for root: URL) -> Action? {
        // Never git's lock: the dashboard's own sync may start at the same moment.
        var engine = engine(root.path)
        engine.refreshesIndex = false
        guard let status = try? engine.status() else { return nil }
        return .syncStatusRead(unsent: Set(status.unsent), incoming: status.incoming, purgePending: status.purgePending)
    }

    static func print(_ report: SyncReport, in root: URL) {
        let texts = Run.language.syncMessages
        printRaw(texts.summary(report.pulled, report.pushed, report.newConflicts.count))
        if report.followedPurge { printRaw(texts.followedPurge) }
        if !report.keptDespiteDeletion.isEmpty || !report.restored.isEmpty {
            let network = try? FileStore(at: root).load(tidy: false).network
            func title(_ path: String) -> String {
                let (kind, id) = RecordKind.record(at: path) ?? (.question, path)
                let title = kind == .meeting ? network?.meetings.first { $0.id == id }?.title
                    : kind == .commune ? network?.communes.first { $0.id == id }?.name
                    : network?.questions.first { $0.id == id }?.title
                return TerminalSafe.line(title ?? path, width: 72)
            }
            for path in report.keptDespiteDeletion { printRaw(texts.keptDespiteDeletion(title(path))) }
            for path in report.restored { printRaw(texts.restoredAfterDeletion(title(path))) }
        }
        for line in texts.keptOutLines(report.keptOut) { printRaw(line) }
        if !report.heldBack.isEmpty {
            let network = try? FileStore(at: root).load(tidy: false).network
            printRaw(texts.heldBackHeading)
            for path in report.heldBack {
                let (kind, id) = RecordKind.record(at: path) ?? (.question, path)
                let title = kind == .meeting ? network?.meetings.first { $0.id == id }?.title
                    : network?.questions.first { $0.id == id }?.title
                printRaw("  " + TerminalSafe.visible(texts.heldBackLine(title.map { "„\($0)“" } ?? path, id), keeping: []))
            }
        }
        printConflicts(report.openConflicts, in: root)
    }

    static func printConflicts(_ conflicts: [SyncConflict], in root: URL) {
        guard !conflicts.isEmpty else { return }
        let texts = Run.language.syncMessages
        let network = (try? FileStore(at: root).load(tidy: false).network)
        printRaw(texts.conflictsHeading)
        for conflict in conflicts {
            let record = network.flatMap { ConflictLabel.record(conflict, in: $0) } ?? conflict.file
            let field = ConflictLabel.field(conflict.path, messages: Run.messages)
            func side(_ value: JSONValue?, _ by: String?, _ at: String?) -> String {
                SyncMessages.shortValue(value, absent: texts.absent) + (ConflictLabel.origin(by: by, at: at).map { " (\($0))" } ?? "")
            }
            printRaw("  " + texts.conflictLine(record, field, side(conflict.kept, conflict.keptBy, conflict.keptAt),
                                                  side(conflict.other, conflict.otherBy, conflict.otherAt)))
        }
    }
}
