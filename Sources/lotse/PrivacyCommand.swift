import ArgumentParser
import Foundation
import LotseApp
import LotseCore
import LotseStore

/// `lotse privacy`: what personal data the store holds, when it goes, and the record of
/// processing: a data protection officer's questions, each with a command.
struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: "What personal data the store holds and when it is deleted; the record of processing (Art. 30 GDPR).",
        subcommands: [Report.self, Record.self, Policy.self, Verify.self],
        defaultSubcommand: Report.self)

    /// A day typed on the command line (`--as-of`), today when none.
    static func day(_ text: String?) throws -> LocalDate {
        let today = LocalDate(Date(), in: .current)
        guard let text else { return today }
        guard let day = DateInput.date(text, reference: today) else {
            if let impossible = DateInput.impossible(text) {
                throw fail(Run.texts.noSuchDate(impossible), status: 2)
            }
            throw fail(Run.texts.badDate(text), status: 2)
        }
        return day
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Personal data by kind, what is due for deletion or pseudonymisation and when, and flagged texts.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Show what is due on this later (or earlier) day (DD.MM.YYYY or YYYY-MM-DD).") var asOf: String?
        @Option(help: "Write the report to this file instead of printing it.") var out: String?

        func run() throws {
            let access = try StoreAccess.counting(common.store, texts: true)
            let engine = SyncSetting.engine(access.store.root.path)
            let pending = Git.executable() != nil && engine.isSetUp ? try? engine.purgePending() : nil
            let text = PrivacyDocuments.report(access.network, asOf: try PrivacyCommand.day(asOf), timeZone: .current,
                                               language: Run.language, purgePending: pending ?? nil)
            try MeetingsCommand.emit(text, to: out)
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Prove it is gone: search the store's files, every git object (reachable or not), the index, drafts and the sync log for personal data that is due.",
            discussion: "Exits 0 when nothing is found, 1 when something is, naming each place. Run it on every machine and on the remote's folder.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Look for what is due on this day (DD.MM.YYYY or YYYY-MM-DD) instead of today.") var asOf: String?
        @Option(help: "Search this git repository instead (the remote's bare folder, say), by this store's records.")
        var repository: String?

        func run() throws {
            let day = try PrivacyCommand.day(asOf)
            if let repository {
                // Another repository, such as the remote: its objects, judged by this store.
                let access = try StoreAccess(common.store)
                var check = PrivacyVerification(access.network, asOf: day, timeZone: .current)
                let folder = URL(fileURLWithPath: repository)
                let git = Git(in: folder)
                guard Git.executable() != nil, (try? git.run(["rev-parse", "--git-dir"]).succeeded) == true else {
                    throw fail(Run.texts.notARepository(repository), status: 2)
                }
                try Self.searchObjects(git, into: &check, opening: RecordSealer(store: access.store.root))
                for line in check.report(Run.language, day: day) { printRaw(line) }
                if !check.distinctFindings.isEmpty { throw ExitCode(1) }
                return
            }
            let access = try StoreAccess(common.store)
            let root = access.store.root
            var check = PrivacyVerification(access.network, asOf: day, timeZone: .current)
            for kind in RecordKind.allCases {
                let folder = root.appendingPathComponent(kind.folder)
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() where name.hasSuffix(".json") {
                    guard case .data(let data) = RecordFile.read(folder.appendingPathComponent(name).path) else { continue }
                    check.lookAtStoreFile(data, path: "\(kind.folder)/\(name)")
                }
            }
            let environment = ProcessInfo.processInfo.environment
            let sealer = RecordSealer(store: root)
            if Git.executable() != nil, FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) {
                try Self.searchObjects(Git(in: root), into: &check, opening: sealer)
            }
            let ringFile = root.appendingPathComponent(".git").appendingPathComponent(KeyRing.fileName)
            if let data = FileManager.default.contents(atPath: ringFile.path) {
                check.lookAtRing(data, frontier: sealer.ring.frontier, place: .file(ringFile.path))
            }
            var files = StoreIndex.files(forStore: root, environment: environment)
            files.append(DraftFile(store: root, environment: environment).url)
            files += [".git/lotse-held/held.json", ".git/lotse-sync-log.json"].map { root.appendingPathComponent($0) }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                check.search(data, in: .file(file.path))
            }
            for line in check.report(Run.language, day: day) { printRaw(line) }
            if !check.distinctFindings.isEmpty { throw ExitCode(1) }
        }

        /// Every object of the git database, records first, in batches. Sealed values are
        /// opened with this store's keys: what a key still opens is not deleted.
        static func searchObjects(_ git: Git, into check: inout PrivacyVerification, opening sealer: RecordSealer) throws {
            let listed: [GitObjects.Listed]
            do { listed = try GitObjects.all(in: git) } catch { throw fail("git: \(error)", status: 2) }
            let readable = listed.filter { $0.size <= Int(RecordFile.sizeLimit) && ($0.type == "blob" || $0.type == "commit") }
            var others: [String] = []
            for batch in stride(from: 0, to: readable.count, by: 2_000).map({ Array(readable[$0 ..< min(readable.count, $0 + 2_000)]) }) {
                let contents = (try? GitObjects.contents(batch.map(\.name), in: git)) ?? []
                for (object, content) in zip(batch, contents) {
                    guard let content else { continue }
                    if content.type == "blob", check.lookAtRing(content.data, frontier: sealer.ring.frontier, place: .gitObject(object.name)) {
                        continue
                    }
                    if content.type != "blob" || !check.lookAtBlob(sealer.unseal(content.data), name: object.name) { others.append(object.name) }
                }
            }
            // What is not a record (commit messages, store.json) once every value is known.
            for batch in stride(from: 0, to: others.count, by: 2_000).map({ Array(others[$0 ..< min(others.count, $0 + 2_000)]) }) {
                let contents = (try? GitObjects.contents(batch, in: git)) ?? []
                for (name, content) in zip(batch, contents) {
                    if let content { check.search(content.data, in: .gitObject(name)) }
                }
            }
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "The record of processing activities (Art. 30 GDPR) as Markdown, filled in from the store.")
        @OptionGroup var common: CommonOptions
        @Option(help: "Write it to this file instead of printing it.") var out: String?

        func run() throws {
            let access = try StoreAccess(common.store)
            let engine = SyncSetting.engine(access.store.root.path)
            let remote = engine.isSetUp ? try? engine.status().remote : nil
            try MeetingsCommand.emit(PrivacyDocuments.record(access.network, remote: remote, language: Run.language), to: out)
        }
    }

    struct Policy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "policy",
            abstract: "Show the retention policy, or change it for the whole network (it is kept in store.json).")
        @OptionGroup var common: CommonOptions
        @Option(help: "Months after a meeting until the names of those present are removed.") var attendanceMonths: Int?
        @Option(help: "Months after a question is closed until the names in it are replaced by the commune's role.") var namesMonths: Int?

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = access.network.manifest
            var policy = base.retentionInForce
            for (option, value) in [("--attendance-months", attendanceMonths), ("--names-months", namesMonths)] {
                if let value, value < 1 {
                    throw fail(Run.texts.needsMonths(option), status: 2)
                }
            }
            if let attendanceMonths { policy.attendanceNamesMonths = attendanceMonths }
            if let namesMonths { policy.questionNamesMonths = namesMonths }
            if policy != base.retentionInForce {
                var manifest = base
                manifest.retention = policy
                try access.write(Change(.policy, writes: [], manifest: Change.ManifestChange(new: manifest, base: base)))
            }
            for line in PrivacyDocuments.policyLines(policy, Run.language) { print(line) }
        }
    }
}

/// `lotse purge [--dry-run] [--as-of DATE]`: applies the retention policy in one change,
/// and for a synced store removes the old values from the shared history too.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Apply the retention policy: delete or pseudonymise what is due, in one step, also in the shared history.",
        discussion: """
            The questions and answers themselves are never touched. For a store that syncs, the \
            other machines' changes are fetched first; then the keys of the personal values that \
            are due are destroyed, here, on the remote and, at their next sync, on the other \
            machines. The shared history keeps every commit; the purged values in it cannot be \
            read any more.
            """)

    @OptionGroup var common: CommonOptions
    @Flag(help: "Only show what would be done; change nothing.") var dryRun = false
    @Option(help: "Apply what is due on this day (DD.MM.YYYY or YYYY-MM-DD) instead of today.") var asOf: String?

    func run() throws {
        let de = Run.language == .de
        let day = try PrivacyCommand.day(asOf)
        var access = try StoreAccess(common.store)
        let engine = SyncSetting.engine(access.store.root.path)
        let synced = Git.executable() != nil && engine.isSetUp
        if synced && !dryRun {
            _ = try SyncSetting.attempt { () throws(SyncError) in try engine.sync() }
            access = try StoreAccess(common.store)
        }
        let plan = RetentionPlan.make(access.network, asOf: day, timeZone: .current)
        for item in plan.due { print("- \(Format.shortDate(item.due)): \(PrivacyDocuments.itemLine(item, Run.language))") }
        if plan.due.isEmpty { print(de ? "Nichts fällig bis \(Format.shortDate(day))." : "Nothing due by \(Format.shortDate(day)).") }
        if dryRun {
            print(de ? "Probelauf: nichts geändert." : "Dry run: nothing changed.")
            return
        }
        if let change = plan.change {
            try access.write(change)
            // The index is made anew from the purged files: no page of it keeps a purged name.
            StoreIndex.forget(forStore: access.store.root, environment: ProcessInfo.processInfo.environment)
            print(de ? "\(change.writes.count) \(change.writes.count == 1 ? "Datensatz" : "Datensätze") bereinigt."
                  : "\(change.writes.count) \(change.writes.count == 1 ? "record" : "records") cleaned up.")
        }
        guard synced else { return }
        let message = de ? "Datenschutz-Bereinigung: die Schlüssel bis \(Format.shortDate(day)) sind vernichtet"
            : "Data protection purge: the keys up to \(Format.shortDate(day)) are destroyed"
        let pending = de ? "Datenschutz-Bereinigung ausstehend: der Server hat das Ersetzen des Verlaufs abgelehnt"
            : "Data protection purge pending: the server refused to replace the history"
        let outcome: StoreSync.KeyPurge
        do throws(SyncError) {
            outcome = try engine.purgeKeys(through: day, message: message, pendingMessage: pending)
        } catch {
            // The records here are purged already; the history is not: "Löschung ausstehend".
            let reason: String
            if case .git(let command, let detail) = error { reason = "git \(command): \(detail)" } else { reason = Run.language.syncMessages.error(error) }
            let count = plan.change?.writes.count ?? 0
            throw fail(de ? "\(count) \(count == 1 ? "Datensatz ist" : "Datensätze sind") auf diesem Rechner bereinigt, der geteilte Verlauf aber noch nicht. \(reason)"
                : "\(count) \(count == 1 ? "record is" : "records are") purged on this machine, but the shared history is not yet. \(reason)", status: 2)
        }
        if outcome.replacedPlainHistory {
            print(de ? "Der geteilte Verlauf stammte aus der Zeit vor der Verschlüsselung und hielt Namen lesbar: er ist ein letztes Mal ersetzt und beginnt mit diesem Stand; die anderen Rechner folgen beim nächsten `lotse sync`. Von nun an bleibt er bei jeder Bereinigung erhalten."
                  : "The shared history dated from before values were encrypted and held names in plain text: it was replaced one last time and starts with this state; the other machines follow with their next `lotse sync`. From now on, purges keep it.")
        } else {
            print(de ? "\(outcome.destroyed) \(outcome.destroyed == 1 ? "Schlüssel" : "Schlüssel") vernichtet: in der geteilten Historie sind die bereinigten Werte nicht mehr lesbar, ihre Commits bleiben. Die anderen Rechner vernichten sie bei ihrem nächsten `lotse sync`."
                  : "\(outcome.destroyed) \(outcome.destroyed == 1 ? "key" : "keys") destroyed: the purged values can no longer be read in the shared history, whose commits stay. The other machines destroy them with their next `lotse sync`.")
        }
        if let refused = outcome.keysHistoryRefused {
            let said = TerminalSafe.line(RemoteFailure.detail(refused), width: 200)
            throw fail(de ? "Der Server hat abgelehnt, den Zweig `\(KeyRing.branch)` zu ersetzen (\(said)): in dessen Verlauf auf dem Server sind die vernichteten Schlüssel noch lesbar. Die Administration des Servers muss Force-Pushes auf `\(KeyRing.branch)` erlauben (GitLab: Settings › Repository › Protected branches; Gitea: Schutz des Branches; eigener Server: `git config receive.denyNonFastForwards false` oder den Hook anpassen). Bis dahin steht „Löschung ausstehend“ auf jedem Rechner; jeder `lotse sync` versucht es wieder."
                : "The server refused to replace the branch `\(KeyRing.branch)` (\(said)): its history on the server still holds the destroyed keys. The server's administrators must allow force pushes to `\(KeyRing.branch)` (GitLab: Settings › Repository › Protected branches; Gitea: branch protection; a server of your own: `git config receive.denyNonFastForwards false`, or change the hook). Until then every machine shows \"deletion pending\"; every `lotse sync` tries again.", status: 2)
        }
    }
}
