import Foundation
import Testing
@testable import LotseStore

/// The data protection officer's three questions, each a command: what do you hold
/// (`privacy report`), when is it deleted (`privacy policy`, `purge --dry-run --as-of`),
/// show me it is gone (`purge`, then `git log -p --all` on the remote and every clone).
@Suite("End to end: privacy and purge", .serialized)
struct PrivacyTests {
    /// Names of people put into machine 0's store before it is shared: one in a meeting's
    /// attendance, one as who logged a closed question.
    static func addPeople(_ world: SyncWorld) throws -> (meeting: String, question: String) {
        let network = try world.network(0)
        let meeting = try #require(network.meetings.min { $0.start < $1.start })
        let question = try #require(network.questions.first { $0.status == .closed })
        try world.edit(0, .meeting, meeting.id) { fields in
            guard case .array(var attendance)? = fields["attendance"], case .object(var first) = attendance[0] else { return }
            first["persons"] = .array([.string("Anna Müller"), .string("Ehrenamtskoordination")])
            attendance[0] = .object(first)
            fields["attendance"] = .array(attendance)
        }
        try world.edit(0, .question, question.id) { $0["loggedBy"] = .string("Bernd Schmitz") }
        return (meeting.id, question.id)
    }

    func history(_ folder: String) -> String {
        Spawn.run(["git", "-C", folder, "log", "-p", "--all"], environment: Lotse.environment()).output
    }

    @Test func purgeRemovesTheNamesFromEveryHistoryAndKeepsUnsentWork() throws {
        let world = try SyncWorld(machines: 3)
        defer { world.remove() }
        let people = try Self.addPeople(world)
        #expect(world.sync(0).status == 0)
        #expect(world.sync(1).status == 0 && world.sync(2).status == 0)
        // The names reach every machine, but no commit holds them readable.
        #expect(try world.network(2).questions.contains { $0.loggedBy == "Bernd Schmitz" })
        #expect(!history(world.remote).contains("Anna Müller") && !history(world.clones[2]).contains("Bernd Schmitz"))
        #expect(history(world.remote).contains(SealedText.prefix))
        let commitsBefore = world.git(0, ["rev-list", "--count", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let headBefore = world.git(0, ["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)

        let report = world.run(0, ["privacy", "report"])
        #expect(report.status == 0 && report.output.contains("| Treffen: Namen der Anwesenden | 1 | 1 |"))
        #expect(report.output.contains("Treffen „1. Treffen der Ehrenamtskoordinatoren“: 1 Name der Anwesenden entfernen"))
        // Machine 1 has work of its own that it has not sent yet.
        let added = world.run(1, ["questions", "add", "--commune", "werl", "--title", "Noch nicht gesendet"])
        #expect(added.status == 0)

        let dry = world.run(0, ["purge", "--dry-run"])
        #expect(dry.status == 0 && dry.output.contains("Probelauf: nichts geändert"))
        let purge = world.run(0, ["purge"])
        #expect(purge.status == 0, "\(purge.error)")
        #expect(purge.output.contains("2 Datensätze bereinigt") && purge.output.contains("Schlüssel vernichtet"), "\(purge.output)")
        let one = world.sync(1), two = world.sync(2)
        #expect(one.status == 0, "\(one.output)\(one.error)")
        #expect(two.status == 0)
        // The history stays: every commit before the purge is still there, and who
        // changed the meeting; the purged names read "gelöscht".
        #expect(world.git(2, ["merge-base", "--is-ancestor", headBefore, "HEAD"]).status == 0)
        let count = Int(world.git(2, ["rev-list", "--count", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(count > Int(commitsBefore) ?? 0, "no commit was lost: \(count) after, \(commitsBefore) before")
        let meetingHistory = world.run(2, ["history", String(people.meeting.prefix(10))])
        #expect(meetingHistory.status == 0 && meetingHistory.output.contains("gelöscht"), "\(meetingHistory.output)\(meetingHistory.error)")
        for machine in 0 ..< 3 { #expect(world.sync(machine).status == 0) }

        for folder in [world.remote] + world.clones {
            let log = history(folder)
            #expect(!log.contains("Anna Müller") && !log.contains("Bernd Schmitz"), "a purged name is still in \(folder)")
        }
        for machine in 0 ..< 3 {
            let network = try world.network(machine)
            #expect(network.questions.contains { $0.title == "Noch nicht gesendet" }, "machine 1's work reached \(machine)")
            #expect(network.meetings.first { $0.id == people.meeting }?.attendance[0].persons == ["Ehrenamtskoordination"])
            #expect(network.questions.first { $0.id == people.question }?.loggedBy.hasPrefix("Ehrenamtskoordination") == true)
            #expect(world.run(machine, ["check"]).status == 0)
        }
        #expect(world.files(0) == world.files(1) && world.files(1) == world.files(2))
    }

    @Test func thePolicyIsSharedAndAsOfShowsWhatWillBeDue() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        _ = try Self.addPeople(world)
        let set = world.run(0, ["privacy", "policy", "--attendance-months", "240"])
        #expect(set.status == 0 && set.output.contains("240 Monate nach dem Treffen"))
        #expect(try String(contentsOfFile: world.clones[0] + "/store.json", encoding: .utf8).contains("\"attendanceNamesMonths\" : 240"))
        let now = world.run(0, ["purge", "--dry-run"])
        #expect(!now.output.contains("Anwesenden entfernen"), "not due for twenty years")
        let later = world.run(0, ["purge", "--dry-run", "--as-of", "06.12.2036"])
        #expect(later.output.contains("1 Name der Anwesenden entfernen"), "\(later.output)")
        let bad = world.run(0, ["purge", "--as-of", "31.02.2027"])
        #expect(bad.status == 2 && bad.error.contains("kein Datum"))
        let zero = world.run(0, ["privacy", "policy", "--names-months", "0"])
        #expect(zero.status == 2 && zero.error.contains("ab 1"))
        let record = world.run(0, ["privacy", "record"])
        #expect(record.status == 0 && record.output.contains("Verzeichnis von Verarbeitungstätigkeiten") && record.output.contains(world.remote))
    }

    @Test func syncHoldsBackAFlaggedTextUntilItIsConfirmedOrRewritten() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let id = try world.network(0).questions[0].id
        // Here the text gets a phone number; there, the title changes in the same record.
        try world.edit(0, .question, id) { $0["body"] = .string("Frau K. erreicht man unter 0171 2345678.") }
        try world.edit(1, .question, id) { $0["title"] = .string("Neuer Titel von dort") }
        let added = world.run(0, ["questions", "add", "--commune", "werl", "--title", "Familie Y, Tel. 0171 9999999"])
        let newID = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let harmless = world.run(0, ["questions", "add", "--commune", "werl", "--title", "Wer übernimmt Fahrtkosten?"])
        #expect(added.status == 0 && harmless.status == 0)
        #expect(world.sync(1).status == 0)

        let held = world.sync(0)
        #expect(held.status == 1, "something to look at")
        #expect(held.output.contains("Zurückgehalten") && held.output.contains("lotse sync --confirm \(newID)"), "\(held.output)")
        #expect(!FileManager.default.fileExists(atPath: world.clones[0] + "/.git/MERGE_HEAD"))
        let here = try #require(try world.network(0).questions.first { $0.id == id })
        #expect(here.title == "Neuer Titel von dort" && here.body.contains("0171"), "the held text stays here, merged")
        #expect(world.sync(1).status == 0)
        let there = try world.network(1)
        #expect(there.questions.contains { $0.title == "Wer übernimmt Fahrtkosten?" }, "everything else was sent")
        #expect(!there.questions.contains { $0.body.contains("0171") || $0.title.contains("0171") })
        #expect(!Spawn.run(["git", "-C", world.remote, "log", "-p", "--all"], environment: Lotse.environment()).output.contains("0171"))

        // Rewritten, it goes; confirmed as a false alarm, it goes too.
        try world.edit(0, .question, id) { $0["body"] = .string("Die Koordination kennt eine Ansprechpartnerin.") }
        let rewritten = world.sync(0)
        #expect(rewritten.status == 1 && !rewritten.output.contains("--confirm \(id)"))
        let confirmed = world.run(0, ["sync", "--confirm", String(newID.prefix(12))])
        #expect(confirmed.status == 0, "\(confirmed.output)\(confirmed.error)")
        #expect(world.sync(1).status == 0)
        let after = try world.network(1)
        #expect(after.questions.first { $0.id == id }?.body == "Die Koordination kennt eine Ansprechpartnerin.")
        #expect(after.questions.contains { $0.id == newID })
        #expect(world.git(0, ["stash", "list"]).output.isEmpty)
    }

    @Test func aHeldBackRecordSurvivesAColleaguesPurgeAndNoStashKeepsTheOldHistory() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        _ = try Self.addPeople(world)
        #expect(world.sync(0).status == 0 && world.sync(1).status == 0)
        // Machine 1 holds a question back; machine 0 purges meanwhile.
        let added = world.run(1, ["questions", "add", "--commune", "werl", "--title", "Rückruf",
                                  "--body", "Frau K. erreicht man unter 0171 2345678."])
        let id = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(world.sync(1).status == 1, "held back")
        #expect(world.run(0, ["purge"]).status == 0)
        let followed = world.sync(1)
        #expect(followed.status == 1, "still held back: \(followed.output)\(followed.error)")
        let kept = try world.network(1).questions.first { $0.id == id }
        #expect(kept?.body.contains("0171 2345678") == true, "the held-back question is still here")
        #expect(world.git(1, ["rev-parse", "--verify", "--quiet", "refs/stash"]).status != 0, "no stash")
        let log = history(world.clones[1])
        #expect(!log.contains("Anna Müller") && !log.contains("Bernd Schmitz") && !log.contains("0171 2345678"))
        // Nothing is left aside once the sync is done.
        let held = world.clones[1] + "/.git/lotse-held/held.json"
        #expect(!FileManager.default.fileExists(atPath: held))
    }

    /// What GitLab does for the default branch, and Gitea's branch protection: no force
    /// push and no deletion on `main`, in a hook as a server has it.
    static func protectMain(_ remote: String) throws {
        let hook = """
            #!/bin/sh
            [ "$1" = refs/heads/main ] || exit 0
            zero=0000000000000000000000000000000000000000
            [ "$3" = "$zero" ] && { echo "GitLab: You are not allowed to delete protected branches." >&2; exit 1; }
            [ "$2" = "$zero" ] && exit 0
            git merge-base --is-ancestor "$2" "$3" || { echo "GitLab: You are not allowed to force push code to a protected branch." >&2; exit 1; }

            """
        let path = remote + "/hooks/update"
        try Data(hook.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o755)
    }

    @Test func aPurgeOnAProtectedBranchKeepsTheHistoryAndLeavesNoNameInAnyObject() throws {
        let world = try SyncWorld(machines: 3)
        defer { world.remove() }
        _ = try Self.addPeople(world)
        for machine in 0 ..< 3 { #expect(world.sync(machine).status == 0) }
        try Self.protectMain(world.remote)
        let before = world.git(0, ["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let purge = world.run(0, ["purge"])
        #expect(purge.status == 0, "\(purge.output)\(purge.error)")
        for machine in 0 ..< 3 { #expect(world.sync(machine).status == 0) }
        for machine in 0 ..< 3 {
            #expect(world.git(machine, ["merge-base", "--is-ancestor", before, "HEAD"]).status == 0, "machine \(machine) kept the history")
            #expect(!world.run(machine, ["sync", "status"]).output.contains("Löschung ausstehend"))
            let verify = world.run(machine, ["privacy", "verify"])
            #expect(verify.status == 0 && verify.output.contains("Nichts gefunden"), "machine \(machine): \(verify.output)")
        }
        let remote = world.run(0, ["privacy", "verify", "--repository", world.remote])
        #expect(remote.status == 0, "\(remote.output)")
        for folder in [world.remote] + world.clones {
            let objects = Spawn.run(["git", "-C", folder, "cat-file", "--batch-all-objects", "--batch"], environment: Lotse.environment()).output
            #expect(!objects.isEmpty && !objects.contains("Anna Müller") && !objects.contains("Bernd Schmitz"), "a name in \(folder)")
        }
    }

    /// A synced purge killed at any moment: the next sync and purge finish it, no clone
    /// loses a value that is not due, and nothing due stays readable anywhere.
    @Test func aSyncedPurgeKilledAtRandomMomentsIsFinishedAndLosesNothing() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        _ = try Self.addPeople(world)
        #expect(world.sync(0).status == 0 && world.sync(1).status == 0)
        let coordinators = try world.network(1).communes.flatMap { $0.coordinators.map(\.name) }
        var generator = SystemRandom(seed: 22)
        for round in 0 ..< 6 {
            guard let pid = Spawn.start([Lotse.binary, "purge", "--store", world.clones[0]], environment: Lotse.environment(world.environment(0))) else {
                Issue.record("cannot start lotse")
                return
            }
            usleep(UInt32(generator.next() % 1_500_000))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let check = world.run(0, ["check"])
            #expect(check.status == 0, "round \(round): \(check.output)\(check.error)")
        }
        let purge = world.run(0, ["purge"])
        #expect(purge.status == 0, "\(purge.output)\(purge.error)")
        #expect(world.sync(1).status == 0 && world.sync(0).status == 0 && world.sync(1).status == 0)
        for machine in 0 ..< 2 {
            let verify = world.run(machine, ["privacy", "verify"])
            #expect(verify.status == 0, "machine \(machine): \(verify.output)")
            let names = try world.network(machine).communes.flatMap { $0.coordinators.map(\.name) }
            #expect(names == coordinators, "machine \(machine) still reads every coordinator")
        }
        #expect(world.files(0) == world.files(1))
    }

    @Test func aServerThatRefusesToReplaceTheKeysSaysSoAndEveryCloneSaysTheDeletionIsPending() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        _ = try Self.addPeople(world)
        #expect(world.sync(0).status == 0 && world.sync(1).status == 0)
        // Every branch protected, `lotse-keys` too.
        for setting in ["receive.denyNonFastForwards", "receive.denyDeletes"] {
            #expect(Spawn.run(["git", "-C", world.remote, "config", setting, "true"], environment: Lotse.environment()).status == 0)
        }
        let refused = world.run(0, ["purge"])
        #expect(refused.status == 2, "a purge that did not reach the history does not say it worked")
        #expect(refused.error.contains("lotse-keys") && refused.error.contains("Force-Push") && refused.error.contains("Löschung ausstehend"),
                "\(refused.error)")
        #expect(!refused.error.contains("Nichts verloren"))
        #expect(world.sync(0).status == 0 && world.sync(1).status == 0)
        for machine in 0 ..< 2 {
            #expect(world.run(machine, ["sync", "status"]).output.contains("Löschung ausstehend"), "machine \(machine)")
            #expect(world.run(machine, ["privacy", "report"]).output.contains("Löschung ausstehend"))
        }
        #expect(world.run(0, ["privacy", "verify", "--repository", world.remote]).status == 1, "the old keys are still on the server")
        // Once the server allows it, the next sync of any machine completes the step.
        for setting in ["receive.denyNonFastForwards", "receive.denyDeletes"] {
            #expect(Spawn.run(["git", "-C", world.remote, "config", setting, "false"], environment: Lotse.environment()).status == 0)
        }
        #expect(world.sync(1).status == 0 && world.sync(0).status == 0)
        for machine in 0 ..< 2 { #expect(!world.run(machine, ["sync", "status"]).output.contains("Löschung ausstehend")) }
        let remote = world.run(0, ["privacy", "verify", "--repository", world.remote])
        #expect(remote.status == 0, "\(remote.output)")
    }

    @Test func aStoreSyncedBeforeSealingHasItsHistoryReplacedOnceAndThenKept() throws {
        // Today's format: a store shared through plain git, names readable in its history.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-legacy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let remote = folder.appendingPathComponent("remote.git").path, first = folder.appendingPathComponent("first").path
        let environment = Lotse.environment()
        #expect(Spawn.run(["git", "init", "--quiet", "--bare", remote], environment: environment).status == 0)
        #expect(Lotse.run(["init", "--example", first]).status == 0)
        let closed = try #require(try FileStore(at: URL(fileURLWithPath: first)).load(tidy: false).network.questions.first { $0.status == .closed })
        let file = first + "/questions/\(closed.id).json"
        let text = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "\"loggedBy\" : \"\(closed.loggedBy)\"",
                                                                                          with: "\"loggedBy\" : \"Bernd Schmitz\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        for step in [["init", "--quiet", "--initial-branch=main"], ["add", "--all"], ["-c", "user.name=Alt", "-c", "user.email=", "commit", "--quiet", "-m", "Alt"],
                     ["remote", "add", "origin", remote], ["push", "--quiet", "origin", "main"]] {
            #expect(Spawn.run(["git", "-C", first] + step, environment: environment).status == 0, "\(step)")
        }
        #expect(Spawn.run(["git", "-C", remote, "log", "-p", "--all"], environment: environment).output.contains("Bernd Schmitz"))
        #expect(Lotse.run(["sync", "--store", first]).status == 0)
        let purge = Lotse.run(["purge", "--store", first])
        #expect(purge.status == 0 && purge.output.contains("ein letztes Mal ersetzt"), "\(purge.output)\(purge.error)")
        let objects = Spawn.run(["git", "-C", remote, "cat-file", "--batch-all-objects", "--batch"], environment: environment).output
        #expect(!objects.contains("Bernd Schmitz"), "the old history is gone from the remote")
        // From now on the history stays.
        let head = Spawn.run(["git", "-C", first, "rev-parse", "HEAD"], environment: environment).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Lotse.run(["questions", "add", "--store", first, "--commune", "werl", "--title", "Danach"]).status == 0)
        let again = Lotse.run(["purge", "--store", first])
        #expect(again.status == 0 && !again.output.contains("ein letztes Mal ersetzt"), "\(again.output)\(again.error)")
        #expect(Spawn.run(["git", "-C", first, "merge-base", "--is-ancestor", head, "HEAD"], environment: environment).status == 0)
    }

    @Test func verifyNamesEveryPlaceUntilThePurgeAndThenNoObjectOfAnyCloneHoldsAName() throws {
        let world = try SyncWorld(machines: 3)
        defer { world.remove() }
        _ = try Self.addPeople(world)
        #expect(world.sync(0).status == 0 && world.sync(1).status == 0 && world.sync(2).status == 0)
        // The index learns the names too, as a first list does (of files older than the
        // couple of seconds in which the index does not trust a file's time).
        Thread.sleep(forTimeInterval: 2.5)
        StoreIndex.forget(forStore: URL(fileURLWithPath: world.clones[0]), environment: Lotse.environment())
        #expect(world.run(0, ["questions", "list", "--status", "closed"]).status == 0)
        let indexed = StoreIndex.files(forStore: URL(fileURLWithPath: world.clones[0]), environment: Lotse.environment())
            .compactMap { FileManager.default.contents(atPath: $0.path) }
        #expect(indexed.contains { $0.range(of: Data("Bernd Schmitz".utf8)) != nil }, "\(indexed.map(\.count))")
        let before = world.run(0, ["privacy", "verify"])
        #expect(before.status == 1, "\(before.output)\(before.error)")
        #expect(before.output.contains("Store-Datei questions/") && before.output.contains("git-Objekt ")
                && before.output.contains(".sqlite") && before.output.contains("Namen der Anwesenden"), "\(before.output)")
        #expect(!before.output.contains("Bernd Schmitz"), "the proof names places, not the names")
        #expect(world.run(0, ["privacy", "verify", "--repository", world.remote]).status == 1)

        #expect(world.run(0, ["purge"]).status == 0)
        #expect(world.sync(1).status == 0 && world.sync(2).status == 0)
        for machine in 0 ..< 3 {
            let after = world.run(machine, ["privacy", "verify"])
            #expect(after.status == 0 && after.output.contains("Nichts gefunden"), "machine \(machine): \(after.output)")
        }
        let remote = world.run(0, ["privacy", "verify", "--repository", world.remote])
        #expect(remote.status == 0 && remote.output.contains("Nichts gefunden"), "\(remote.output)")
        // And by grep, without Lotse's own reading: every object of the remote and of each clone.
        for folder in [world.remote] + world.clones {
            let objects = Spawn.run(["git", "-C", folder, "cat-file", "--batch-all-objects", "--batch"], environment: Lotse.environment()).output
            #expect(!objects.isEmpty && !objects.contains("Anna Müller") && !objects.contains("Bernd Schmitz"), "a name in \(folder)")
        }
        for file in StoreIndex.files(forStore: URL(fileURLWithPath: world.clones[0]), environment: Lotse.environment()) {
            let data = FileManager.default.contents(atPath: file.path) ?? Data()
            #expect(data.range(of: Data("Bernd Schmitz".utf8)) == nil, "the index \(file.lastPathComponent) forgot")
        }
    }

    @Test func purgeWithoutSyncCleansTheFilesOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-purge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let result = Lotse.run(["purge", "--store", store])
        #expect(result.status == 0 && result.output.contains("Nichts fällig"))
        #expect(!FileManager.default.fileExists(atPath: store + "/.git"))
    }
}
