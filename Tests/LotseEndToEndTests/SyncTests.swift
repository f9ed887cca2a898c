import Foundation
import Testing
@testable import LotseStore

/// Two and three machines sharing one network through a real bare git remote, as the
/// README sets it up, driven through the real `lotse` binary.
@Suite("End to end: sync over git", .serialized)
struct SyncTests {
    func stamp(_ text: String) -> JSONValue { .string(text) }

    @Test func joinGivesTheSameStoreAndSetsUpTheDriver() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        #expect(world.files(0) == world.files(1))
        let driver = world.git(1, ["config", "merge.lotse.driver"]).output
        #expect(driver.contains("merge-driver %O %A %B %P"))
        let attributes = try String(contentsOfFile: world.clones[1] + "/.gitattributes", encoding: .utf8)
        #expect(attributes.contains("*.json merge=lotse"))
        // Machine-local files never enter git.
        let tracked = world.git(0, ["ls-files"]).output
        #expect(!tracked.contains(".lock") && !tracked.contains(".journal") && tracked.contains("store.json"))
        // Files git wrote are the owner's only, like Lotse's own.
        let question = try #require(try world.network(1).questions.first)
        let mode = try FileManager.default.attributesOfItem(atPath: world.clones[1] + "/questions/\(question.id).json")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(world.run(1, ["check"]).status == 0)
    }

    @Test func editsOfDifferentFieldsMergeWithoutAConflict() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let questions = try world.network(0).questions.filter { $0.status == .open }
        let first = questions[0].id, second = questions[1].id
        try world.edit(0, .question, first) { $0["title"] = .string("Neuer Titel aus Soest") }
        try world.edit(1, .question, first) { $0["body"] = .string("Neuer Text aus Werl") }
        let answer = world.run(1, ["questions", "answer", second, "--text", "Beim Ausländeramt nachfragen."])
        #expect(answer.status == 0, "\(answer.error)")

        let pending = world.run(0, ["sync", "status"])
        #expect(pending.status == 0 && pending.output.contains("Voraus ↑1 (nicht gesendet) · Zurück ↓0"), "\(pending.output)")

        let a = world.sync(0), b = world.sync(1), c = world.sync(0)
        #expect(a.status == 0 && b.status == 0 && c.status == 0, "\(a.error)\(b.error)\(c.error)")
        #expect(b.output.contains("Änderung") && b.output.contains("geholt"))
        #expect(world.files(0) == world.files(1))
        let merged = try #require(try world.network(0).questions.first { $0.id == first })
        #expect(merged.title == "Neuer Titel aus Soest" && merged.body == "Neuer Text aus Werl")
        #expect(try world.network(0).questions.first { $0.id == second }?.answer?.text == "Beim Ausländeramt nachfragen.")
        #expect(try world.network(0).syncConflicts.isEmpty)
        #expect(!world.anyConflictMarkers)
        // The commit says what changed, by whom.
        let log = world.git(0, ["log", "--format=%an|%B", "-n", "5"]).output
        #expect(log.contains("Koordination 1|") && log.contains("Frage beantwortet"))
    }

    @Test func theSameFieldEditedTwiceKeepsBothValuesAndCanBeSwapped() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let id = try world.network(0).questions[0].id
        try world.editTitleOnBothMachines(id)
        #expect(world.sync(0).status == 0)
        let second = world.sync(1)
        #expect(second.status == 1, "\(second.error)")
        #expect(second.output.contains("1 Konflikt"))
        #expect(second.output.contains("„Titel aus Werl“") && second.output.contains("„Titel aus Soest“"))
        let third = world.sync(0)
        #expect(third.status == 1)
        #expect(world.files(0) == world.files(1))
        #expect(!world.anyConflictMarkers)

        // The later change wins; the other value is kept in the record.
        let network = try world.network(0)
        #expect(network.questions.first { $0.id == id }?.title == "Titel aus Werl")
        let conflict = try #require(network.syncConflicts.first)
        #expect(network.syncConflicts.count == 1)
        #expect(conflict.path == ["title"] && conflict.other == .string("Titel aus Soest"))
        #expect(world.run(0, ["check"]).status == 0)
        let status = world.run(1, ["sync", "status"])
        #expect(status.status == 1 && status.output.contains("Offene Konflikte: 1"))
        // Looked for where they can be, not in every file: a hand edit that drops the
        // record's conflicts, and git bringing back the committed version, each show at once.
        try world.edit(1, .question, id) { $0.removeValue(forKey: SyncConflict.field) }
        let edited = world.run(1, ["sync", "status"])
        #expect(edited.status == 0 && edited.output.contains("Offene Konflikte: 0"), "\(edited.output)")
        #expect(world.git(1, ["checkout", "--", "questions/\(id).json"]).status == 0)
        #expect(world.run(1, ["sync", "status"]).output.contains("Offene Konflikte: 1"))

        // Swapping in the other value settles it, everywhere.
        try world.store(0).settle(conflict, takingOther: true, now: Date())
        #expect(world.sync(0).status == 0)
        #expect(world.sync(1).status == 0)
        for machine in 0 ..< 2 {
            let settled = try world.network(machine)
            #expect(settled.syncConflicts.isEmpty)
            #expect(settled.questions.first { $0.id == id }?.title == "Titel aus Soest")
        }
    }

    @Test func aRecordDeletedOnOneSideAndEditedOnTheOtherStays() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let id = try world.network(0).questions[2].id
        try FileManager.default.removeItem(atPath: world.clones[0] + "/questions/\(id).json")
        try world.edit(1, .question, id) { $0["body"] = .string("Noch wichtig") }
        #expect(world.sync(0).status == 0)
        let second = world.sync(1)
        #expect(second.status == 0, "\(second.error)")
        let title = try #require(try world.network(1).questions.first { $0.id == id }?.title)
        #expect(second.output.contains("„\(title)“ wurde auf einer Seite gelöscht") && second.output.contains("bleibt erhalten"),
                "\(second.output)")
        // Whoever deleted it is told it came back, and the count says what came.
        let first = world.sync(0)
        #expect(first.status == 0)
        #expect(first.output.contains("1 Änderung geholt") && first.output.contains("„\(title)“ ist wieder da"), "\(first.output)")
        #expect(!world.sync(0).output.contains("wieder da"), "said once")
        for machine in 0 ..< 2 {
            #expect(try world.network(machine).questions.first { $0.id == id }?.body == "Noch wichtig")
        }
        #expect(world.git(1, ["status", "--porcelain"]).output.isEmpty)
    }

    @Test func bundlingOnOneSideWhileTheDuplicateIsAnsweredOnTheOther() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let open = try world.network(0).questions.filter { $0.status == .open }
        let duplicate = open[0].id, target = open[1].id
        let merge = world.run(0, ["questions", "merge", duplicate, "--into", target])
        #expect(merge.status == 0, "\(merge.error)")
        let answer = world.run(1, ["questions", "answer", duplicate, "--text", "Beim Jobcenter klären."])
        #expect(answer.status == 0, "\(answer.error)")
        #expect(world.sync(0).status == 0)
        let second = world.sync(1)
        #expect(second.status <= 1, "\(second.error)")
        #expect(world.sync(0).status <= 1)
        #expect(world.files(0) == world.files(1))
        let network = try world.network(0)
        let both = network.questions.first { $0.id == duplicate }
        // Nothing lost: the bundling and the answer are both there; the status both
        // sides set is a conflict with both values, listed.
        #expect(both?.duplicateOf == target)
        #expect(both?.answer?.text == "Beim Jobcenter klären.")
        #expect(network.questions.contains { $0.id == target })
        let statusConflict = network.syncConflicts.first { $0.path == ["status"] }
        #expect(statusConflict != nil)
        #expect(world.run(0, ["check"]).status == 0)
    }

    @Test func outcomesCapturedOnTwoMachinesInOneMeetingBothStay() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let meeting = try #require(try world.network(0).meetings.first { !$0.agenda.isEmpty })
        let item = meeting.agenda[0].id
        func capture(_ machine: Int, _ text: String, _ outcomeID: String) throws {
            try world.edit(machine, .meeting, meeting.id) { fields in
                guard case .array(var agenda)? = fields["agenda"], case .object(var top) = agenda[0],
                      case .array(var outcomes)? = top["outcomes"] else { return }
                outcomes.append(.object(["id": .string(outcomeID), "kind": .string("decision"), "text": .string(text), "communes": .array([])]))
                top["outcomes"] = .array(outcomes)
                agenda[0] = .object(top)
                fields["agenda"] = .array(agenda)
            }
        }
        try capture(0, "Beschluss aus Soest", "01JOUTCOME0000000000000000")
        try capture(1, "Beschluss aus Werl", "01JOUTCOME0000000000000001")
        #expect(world.sync(0).status == 0)
        #expect(world.sync(1).status == 0)
        #expect(world.sync(0).status == 0)
        for machine in 0 ..< 2 {
            let outcomes = try world.network(machine).meetings.first { $0.id == meeting.id }?.agenda.first { $0.id == item }?.outcomes ?? []
            #expect(outcomes.contains { $0.text == "Beschluss aus Soest" } && outcomes.contains { $0.text == "Beschluss aus Werl" })
        }
    }

    @Test func anUnreachableRemoteLeavesLocalWorkAlone() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let id = try world.network(0).questions[0].id
        try world.edit(0, .question, id) { $0["title"] = .string("Offline bearbeitet") }
        try FileManager.default.moveItem(atPath: world.remote, toPath: world.remote + ".away")
        let before = world.files(0)
        let result = world.sync(0)
        #expect(result.status == 2)
        #expect(result.error.contains("nicht erreichbar") && result.error.contains("remote.git"))
        #expect(world.files(0) == before)
        #expect(!FileManager.default.fileExists(atPath: world.clones[0] + "/.git/MERGE_HEAD"))
        // Back online, the change goes out.
        try FileManager.default.moveItem(atPath: world.remote + ".away", toPath: world.remote)
        let again = world.sync(0)
        #expect(again.status == 0 && again.output.contains("1 gesendet"), "\(again.output)\(again.error)")
    }

    @Test func aRemoteWithANewerSchemaIsNotMerged() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        try world.edit(0, .question, try world.network(0).questions[0].id) { $0["title"] = .string("Lokal") }
        // A newer Lotse on machine 1 raises the schema version and syncs.
        let manifest = world.clones[1] + "/store.json"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
            .replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 7")
        try text.write(toFile: manifest, atomically: true, encoding: .utf8)
        #expect(world.git(1, ["commit", "-qam", "newer"]).status == 0)
        #expect(world.git(1, ["push", "-q", "origin", "main"]).status == 0)

        let result = world.sync(0)
        #expect(result.status == 2)
        #expect(result.error.contains("Schema-Version 7"))
        let local = try String(contentsOfFile: world.clones[0] + "/store.json", encoding: .utf8)
        #expect(local.contains("\"schemaVersion\" : 1"))
        #expect(world.git(0, ["merge-base", "--is-ancestor", "origin/main", "HEAD"]).status != 0)
    }

    @Test func syncInitWithAHeldBackRecordExitsAsSyncDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-init-held-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path, remote = folder.appendingPathComponent("remote.git").path
        #expect(Spawn.run(["git", "init", "--quiet", "--bare", remote], environment: Lotse.environment()).status == 0)
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        #expect(Lotse.run(["questions", "add", "--title", "Rückruf erbeten", "--commune", "soest", "--store", store,
                           "--body", "Bitte Frau Müller anrufen: 0171 2345678, anna.mueller@example.de"]).status == 0)
        let shared = Lotse.run(["sync", "init", "--remote", remote, "--store", store])
        #expect(shared.status == 1 && shared.output.contains("Zurückgehalten"), "\(shared.output)\(shared.error)")
        // The first commit and the summary count the same files: the records and store.json.
        let subject = Spawn.run(["git", "-C", store, "log", "-1", "--format=%s"], environment: Lotse.environment()).output
        let committed = subject.prefix { $0.isNumber }, sent = shared.output.components(separatedBy: " gesendet").first?.split(separator: " ").last
        #expect(!committed.isEmpty && sent.map(String.init) == String(committed), "\(subject) / \(shared.output)")
    }

    @Test func syncWithoutSetUpAndJoinIntoAFullFolderSayWhatToDo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-nosync-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let result = Lotse.run(["sync", "--store", store])
        #expect(result.status == 2)
        #expect(result.error.contains("lotse sync init --remote"))
        let status = Lotse.run(["sync", "status", "--store", store])
        #expect(status.status == 2)
        let join = Lotse.run(["join", folder.appendingPathComponent("nowhere.git").path, store])
        #expect(join.status == 2 && join.error.contains("nicht leer"))
        let missing = Lotse.run(["join", folder.appendingPathComponent("nowhere.git").path, folder.appendingPathComponent("new").path])
        #expect(missing.status == 2 && missing.error.contains("nicht erreichbar"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new").path))
    }

    @Test func aNewNetworkWithoutQuestionsJoinsWithoutWarnings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-empty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let remote = folder.appendingPathComponent("netz.git").path
        let first = folder.appendingPathComponent("first").path, second = folder.appendingPathComponent("second").path
        #expect(Spawn.run(["git", "init", "--quiet", "--bare", remote], environment: Lotse.environment()).status == 0)
        #expect(Lotse.run(["init", first, "--district", "Kreis Unna", "--network", "Netzwerk Unna"]).status == 0)
        #expect(Lotse.run(["sync", "init", "--remote", remote, "--store", first]).status == 0)
        #expect(Lotse.run(["join", remote, second]).status == 0)
        let check = Lotse.run(["check", second])
        #expect(check.status == 0, "\(check.output)\(check.error)")
        let log = Spawn.run(["git", "-C", first, "log", "--format=%B"], environment: Lotse.environment()).output
        #expect(log.contains("Netzwerk „Netzwerk Unna“ angelegt"))
    }

    @Test func withoutGitTheMessageNamesThePackage() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let result = Lotse.run(["sync", "--store", world.clones[0]], world.environment(0).merging(["PATH": "/nonexistent"]) { $1 })
        #expect(result.status == 2)
        #expect(result.error.contains("apt-get install git"))
    }

    @Test func aMergeLeftHalfDoneByAKilledSyncIsFinishedByTheNext() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let id = try world.network(0).questions[0].id
        try world.edit(0, .question, id) { $0["title"] = .string("Von hier") }
        try world.edit(1, .question, id) { $0["title"] = .string("Von dort") }
        #expect(world.sync(1).status == 0)
        // A sync killed in the middle of its merge: committed, fetched, merge begun and stopped.
        #expect(world.git(0, ["commit", "-qam", "lokal"]).status == 0)
        #expect(world.git(0, ["fetch", "-q", "origin"]).status == 0)
        _ = world.git(0, ["-c", "merge.lotse.driver=false", "merge", "origin/main"])
        #expect(FileManager.default.fileExists(atPath: world.clones[0] + "/.git/MERGE_HEAD"))

        let result = world.sync(0)
        #expect(result.status == 1, "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: world.clones[0] + "/.git/MERGE_HEAD"))
        #expect(world.git(0, ["status", "--porcelain"]).output.isEmpty)
        #expect(try world.network(0).syncConflicts.count == 1)
        #expect(!world.anyConflictMarkers)
    }

    @Test func englishSummary() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let result = Lotse.run(["sync", "--store", world.clones[0], "--lang", "en"], world.environment(0))
        #expect(result.status == 0)
        #expect(result.output.contains("0 changes pulled, 0 sent"))
    }
}

/// The dashboard of a synced store in a real terminal: its state in the title line, `S`
/// pulling a colleague's question while the screen goes on, `C` with the conflicts.
@Suite("End to end: sync in the dashboard", .serialized)
struct SyncDashboardTests {
    @Test func sPullsAColleaguesChangeAndCSettlesAConflict() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        let id = try world.network(0).questions[0].id
        try world.editTitleOnBothMachines(id)
        let add = world.run(1, ["questions", "add", "--commune", "werl", "--title", "Sprachcafé in Werl: wer kennt Räume?"])
        #expect(add.status == 0, "\(add.error)")
        #expect(world.sync(1).status == 0)

        var environment = Lotse.environment(world.environment(0))
        environment["HOME"] = world.folder.path
        let tmux = try Tmux(Tmux.lotseCommand(["--store", world.clones[0]]), width: 80, height: 24, environment: environment)
        // Read after the first frame, by git: one change here not sent yet.
        let first = tmux.waitFor("↑1 ↓0")
        #expect(first.contains("↑1 ↓0") && first.contains("q Beenden"), "one change here not sent yet:\n\(first)")
        #expect(first.contains("S Sync"))
        tmux.press("S")
        let synced = tmux.waitFor("1 Konflikt", timeout: 20)
        #expect(synced.contains("↑0 ↓0"), "\(synced)")
        #expect(synced.contains("2 Änderungen geholt"), "\(synced)")
        tmux.press("2")
        tmux.press("/")
        tmux.type("Sprachcafé")
        tmux.waitFor("Sprachcafé in Werl")
        tmux.press("Escape")
        tmux.press("C")
        let conflicts = tmux.waitFor("Anderer Wert:")
        // Each value with who set it and when, in the district's time, then the value.
        #expect(conflicts.contains("Gilt jetzt:   Koordination 1 · 27.11.2026 11:00") && conflicts.contains("Titel aus Werl"), "\(conflicts)")
        #expect(conflicts.contains("Anderer Wert: Koordination 0 · 27.11.2026 10:00") && conflicts.contains("Titel aus Soest"), "\(conflicts)")
        tmux.press("Enter")
        tmux.waitFor("Keine Konflikte")
        tmux.press("q")
        tmux.waitFor("EXIT=0")
        #expect(try world.network(0).questions.first { $0.id == id }?.title == "Titel aus Soest")
        #expect(try world.network(0).syncConflicts.isEmpty)
    }
}
