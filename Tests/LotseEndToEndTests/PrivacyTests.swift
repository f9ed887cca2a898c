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
        #expect(history(world.remote).contains("Anna Müller") && history(world.clones[2]).contains("Bernd Schmitz"))

        let report = world.run(0, ["privacy", "report"])
        #expect(report.status == 0 && report.output.contains("| Treffen: Namen der Anwesenden | 1 | 1 |"))
        #expect(report.output.contains("Treffen „1. Treffen der Ehrenamtskoordinatoren“: 1 Name der Anwesenden entfernen"))
        // Machine 1 has work of its own that it has not sent yet.
        let added = world.run(1, ["questions", "add", "--commune", "werl", "--title", "Noch nicht gesendet"])
        #expect(added.status == 0)

        let dry = world.run(0, ["purge", "--dry-run"])
        #expect(dry.status == 0 && dry.output.contains("Probelauf: nichts geändert"))
        #expect(history(world.remote).contains("Anna Müller"))
        let purge = world.run(0, ["purge"])
        #expect(purge.status == 0, "\(purge.error)")
        #expect(purge.output.contains("2 Datensätze bereinigt"))
        let one = world.sync(1), two = world.sync(2)
        #expect(one.status == 0 && one.output.contains("aus Datenschutzgründen bereinigt"), "\(one.output)\(one.error)")
        #expect(two.status == 0)
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
        #expect(followed.status == 1 && followed.output.contains("aus Datenschutzgründen bereinigt"), "\(followed.output)\(followed.error)")
        let kept = try world.network(1).questions.first { $0.id == id }
        #expect(kept?.body.contains("0171 2345678") == true, "the held-back question is still here")
        #expect(world.git(1, ["rev-parse", "--verify", "--quiet", "refs/stash"]).status != 0, "no stash")
        let log = history(world.clones[1])
        #expect(!log.contains("Anna Müller") && !log.contains("Bernd Schmitz") && !log.contains("0171 2345678"))
        // Nothing is left aside once the sync is done.
        let held = world.clones[1] + "/.git/lotse-held/held.json"
        #expect(!FileManager.default.fileExists(atPath: held))
    }

    @Test func aProtectedBranchRefusesThePurgeAndEveryCloneSaysTheDeletionIsPending() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        _ = try Self.addPeople(world)
        #expect(world.sync(0).status == 0 && world.sync(1).status == 0)
        // What GitLab does for the default branch, and Gitea's branch protection.
        for setting in ["receive.denyNonFastForwards", "receive.denyDeletes"] {
            #expect(Spawn.run(["git", "-C", world.remote, "config", setting, "true"], environment: Lotse.environment()).status == 0)
        }
        let refused = world.run(0, ["purge"])
        #expect(refused.status != 0, "a purge that did not reach the history does not say it worked")
        #expect(refused.error.contains("hat das Ersetzen des geteilten Verlaufs abgelehnt") && refused.error.contains("Force-Push"),
                "\(refused.error)")
        #expect(!refused.error.contains("Nichts verloren") && !refused.error.contains("beim nächsten `lotse sync` gesendet"))
        #expect(world.sync(0).status == 0 && world.sync(1).status == 0)
        for machine in 0 ..< 2 {
            #expect(world.run(machine, ["sync", "status"]).output.contains("Löschung ausstehend"), "machine \(machine)")
            #expect(world.run(machine, ["privacy", "report"]).output.contains("Löschung ausstehend"))
        }
        #expect(history(world.remote).contains("Bernd Schmitz"), "the names are still in the history, as said")
        // Once the server allows it, the next purge completes the step, and the mark goes.
        for setting in ["receive.denyNonFastForwards", "receive.denyDeletes"] {
            #expect(Spawn.run(["git", "-C", world.remote, "config", setting, "false"], environment: Lotse.environment()).status == 0)
        }
        let again = world.run(0, ["purge"])
        #expect(again.status == 0, "\(again.error)")
        #expect(world.sync(1).status == 0)
        for machine in 0 ..< 2 { #expect(!world.run(machine, ["sync", "status"]).output.contains("Löschung ausstehend")) }
        for folder in [world.remote] + world.clones { #expect(!history(folder).contains("Bernd Schmitz"), "\(folder)") }
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
