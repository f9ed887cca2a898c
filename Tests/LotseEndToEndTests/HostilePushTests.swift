import Foundation
import Testing
@testable import LotseStore

/// What a colleague pushes is untrusted input: a second clone made with plain git pushes
/// what git allows (links, rule files, paths git refuses to check out, a submodule, an
/// oversized record, thousands of stray files, a record nested too deep), and the victim's
/// `lotse sync` must read nothing outside the store, lose nothing, keep sharing, say what
/// it kept out and who brought it, and stay green on the next sync.
@Suite("End to end: hostile pushes", .serialized)
struct HostilePushTests {
    /// A plain git clone of the shared remote, as anyone with push rights has.
    struct Attacker {
        let folder: String
        let world: SyncWorld

        init(_ world: SyncWorld) throws {
            self.world = world
            folder = world.folder.appendingPathComponent("mallory").path
            let clone = Spawn.run(["git", "clone", "--quiet", "-b", "main", world.remote, folder], environment: Lotse.environment())
            guard clone.status == 0 else { throw SyncWorld.WorldError.setUp("clone: \(clone.error)") }
            git(["config", "user.name", "Mallory"])
            git(["config", "user.email", "mallory@example.org"])
        }

        @discardableResult
        func git(_ arguments: [String], input: String? = nil) -> Spawn.Result {
            guard let input else { return Spawn.run(["git", "-C", folder] + arguments, environment: Lotse.environment()) }
            let file = folder + "/../input-\(UUID().uuidString)"
            _ = FileManager.default.createFile(atPath: file, contents: Data(input.utf8))
            defer { unlink(file) }
            return Spawn.run(["sh", "-c", "git -C \"$0\" \"$@\" < \"\(file)\"", folder] + arguments, environment: Lotse.environment())
        }

        /// Commits everything in the folder (ignored files too) and pushes.
        func commitAndPush(_ message: String) throws {
            git(["add", "--all", "--force"])
            let commit = git(["commit", "--quiet", "--no-verify", "-m", message])
            guard commit.status == 0 else { throw SyncWorld.WorldError.setUp("commit: \(commit.error)\(commit.output)") }
            try push("HEAD")
        }

        func push(_ commit: String) throws {
            let push = git(["push", "--quiet", "origin", "\(commit):refs/heads/main"])
            guard push.status == 0 else { throw SyncWorld.WorldError.setUp("push: \(push.error)") }
        }

        /// A commit on top of HEAD whose tree is HEAD's plus `entries` (git mktree lines),
        /// which no working tree could hold.
        func commitTree(adding entries: [String], message: String) throws -> String {
            let current = git(["ls-tree", "HEAD"]).output.split(separator: "\n").map(String.init)
            let tree = git(["mktree"], input: (current + entries).joined(separator: "\n") + "\n").output
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let commit = git(["commit-tree", tree, "-p", "HEAD", "-m", message]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            guard commit.count == 40 else { throw SyncWorld.WorldError.setUp("commit-tree: \(tree) \(commit)") }
            return commit
        }

        func blob(_ text: String) -> String {
            git(["hash-object", "-w", "--stdin"], input: text).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    func remoteTree(_ world: SyncWorld) -> String {
        Spawn.run(["git", "--git-dir", world.remote, "ls-tree", "-r", "main"], environment: Lotse.environment()).output
    }

    @Test func linksAreNeitherFollowedNorWrittenThrough() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let attacker = try Attacker(world)
        let outside = world.folder.appendingPathComponent("outside.json").path
        let secret = "{\"id\": \"geheim\", \"title\": \"Aus einem anderen Store\"}\n"
        #expect(FileManager.default.createFile(atPath: outside, contents: Data(secret.utf8)))
        let outsideFolder = world.folder.appendingPathComponent("outside-folder").path
        try FileManager.default.createDirectory(atPath: outsideFolder, withIntermediateDirectories: true)
        let victim = try #require(try world.network(0).questions.first)
        let original = try Data(contentsOf: try world.store(0).url(of: .question, id: victim.id))
        // An existing record replaced by a link, a new one as a link, the meetings folder a link.
        let questions = attacker.folder + "/questions/"
        try FileManager.default.removeItem(atPath: questions + "\(victim.id).json")
        try FileManager.default.createSymbolicLink(atPath: questions + "\(victim.id).json", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: questions + "01ZZZZZZZZZZZZZZZZZZZZZZZZ.json", withDestinationPath: outside)
        try FileManager.default.removeItem(atPath: attacker.folder + "/meetings")
        try FileManager.default.createSymbolicLink(atPath: attacker.folder + "/meetings", withDestinationPath: outsideFolder)
        try attacker.commitAndPush("Verknüpfungen")

        let sync = world.sync(0)
        #expect(sync.status == 0, "\(sync.error)")
        #expect(sync.output.contains("Verknüpfung – nicht gefolgt") && sync.output.contains("Mallory"), "\(sync.output)")
        #expect(sync.output.contains("meetings") && sync.output.contains("01ZZZZZZZZZZZZZZZZZZZZZZZZ.json"))
        // Nothing in the victim's store is a link; the record keeps its content; the meetings stay.
        let store = world.clones[0]
        for folder in ["questions", "meetings", "communes"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: store + "/" + folder)
            #expect(attributes[.type] as? FileAttributeType == .typeDirectory)
            for name in try FileManager.default.contentsOfDirectory(atPath: store + "/" + folder) {
                let type = try FileManager.default.attributesOfItem(atPath: store + "/\(folder)/\(name)")[.type] as? FileAttributeType
                #expect(type == .typeRegular, "\(folder)/\(name)")
            }
        }
        #expect(try Data(contentsOf: try world.store(0).url(of: .question, id: victim.id)) == original)
        #expect(try world.network(0).meetings.count == 2)
        // A new meeting goes into the store, never into the folder the link named.
        let new = world.run(0, ["meetings", "new", "--title", "Drittes Treffen", "--date", "2027-03-01"])
        #expect(new.status == 0, "\(new.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outsideFolder).isEmpty)
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == secret)
        // The next sync is green and the shared branch holds no link any more.
        let again = world.sync(0)
        #expect(again.status == 0, "\(again.error)")
        #expect(!again.output.contains("Ferngehalten"), "named once: \(again.output)")
        let tree = remoteTree(world)
        #expect(!tree.contains("120000") && tree.contains("meetings/"), "\(tree)")
        #expect(world.run(0, ["check"]).status == 0)
    }

    @Test func aLinkMadeOnThisMachineIsNamedByCheckAndNeverRead() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let outside = world.folder.appendingPathComponent("outside.json").path
        let question = try #require(try world.network(0).questions.first)
        try FileManager.default.copyItem(atPath: try world.store(0).url(of: .question, id: question.id).path, toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: world.clones[0] + "/questions/01ZZZZZZZZZZZZZZZZZZZZZZZZ.json",
                                                   withDestinationPath: outside)
        let check = world.run(0, ["check"])
        #expect(check.status == 1)
        #expect(check.output.contains("questions/01ZZZZZZZZZZZZZZZZZZZZZZZZ.json: Verknüpfung – nicht gefolgt"), "\(check.output)")
        let show = world.run(0, ["questions", "show", "01ZZZZZZZZZZZZZZZZZZZZZZZZ"])
        #expect(show.status != 0)
        // A meetings folder that is a link is named, and nothing is written through it.
        let outsideFolder = world.folder.appendingPathComponent("elsewhere").path
        try FileManager.default.moveItem(atPath: world.clones[0] + "/meetings", toPath: outsideFolder)
        try FileManager.default.createSymbolicLink(atPath: world.clones[0] + "/meetings", withDestinationPath: outsideFolder)
        let before = try FileManager.default.contentsOfDirectory(atPath: outsideFolder).sorted()
        let checkFolder = world.run(0, ["check"])
        #expect(checkFolder.output.contains("meetings: Verknüpfung – nicht gefolgt"), "\(checkFolder.output)")
        let new = world.run(0, ["meetings", "new", "--title", "Drittes Treffen", "--date", "2027-03-01"])
        #expect(new.status != 0 && new.error.contains("Nicht geschrieben"), "\(new.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outsideFolder).sorted() == before)
    }

    @Test func aPushedIgnoreOrAttributesFileCannotStopSharing() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let attacker = try Attacker(world)
        try Data("questions/\n*.json\n".utf8).write(to: URL(fileURLWithPath: attacker.folder + "/.gitignore"))
        try Data("*.json merge=binary\n".utf8).write(to: URL(fileURLWithPath: attacker.folder + "/.gitattributes"))
        try attacker.commitAndPush("Regeln")

        let sync = world.sync(0)
        #expect(sync.status == 0, "\(sync.error)")
        #expect(sync.output.contains("Lotses Regeln wiederhergestellt") && sync.output.contains("Mallory"), "\(sync.output)")
        #expect(try String(contentsOfFile: world.clones[0] + "/.gitattributes", encoding: .utf8) == StoreSync.attributes)
        #expect(try String(contentsOfFile: world.clones[0] + "/.git/info/attributes", encoding: .utf8).contains("merge=lotse"))
        // A new question is shared.
        let add = world.run(0, ["questions", "add", "--title", "Neue Frage nach der Regeländerung", "--commune", "soest"])
        #expect(add.status == 0, "\(add.error)")
        let id = add.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let status = world.run(0, ["sync", "status"])
        #expect(status.output.contains("↑1"), "\(status.output)")
        let send = world.sync(0)
        #expect(send.status == 0 && send.output.contains("1 gesendet"), "\(send.output)")
        #expect(remoteTree(world).contains("questions/\(id).json"))
        #expect(!remoteTree(world).contains("merge=binary"))
    }

    /// A `.gitignore` of this machine's own cannot keep a record back either, also in a
    /// network that has no meetings yet (git refused the whole forced add when one of its
    /// folders held nothing).
    @Test func aLocalIgnoreFileCannotKeepANewQuestionBackWithoutMeetings() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let meetings = world.clones[0] + "/meetings"
        for name in try FileManager.default.contentsOfDirectory(atPath: meetings) { try FileManager.default.removeItem(atPath: meetings + "/" + name) }
        #expect(world.sync(0).status == 0)
        try Data("*.json\n".utf8).write(to: URL(fileURLWithPath: world.clones[0] + "/questions/.gitignore"))
        let add = world.run(0, ["questions", "add", "--title", "Frage trotz eigener Ignorierliste", "--commune", "soest"])
        #expect(add.status == 0, "\(add.error)")
        let id = add.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!world.run(0, ["sync", "status"]).output.contains("↑0"))
        let send = world.sync(0)
        #expect(send.status == 0, "\(send.output)\(send.error)")
        #expect(remoteTree(world).contains("questions/\(id).json"))
        #expect(world.run(0, ["sync", "status"]).output.contains("↑0"))
    }

    @Test func pathsGitRefusesAndSubmodulesNeverBlockASyncOrAJoin() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let attacker = try Attacker(world)
        let blob = attacker.blob("hallo\n")
        let inner = attacker.git(["mktree"], input: "100644 blob \(blob)\t..\n100644 blob \(blob)\t.GIT\n").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let head = attacker.git(["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let commit = try attacker.commitTree(adding: ["040000 tree \(inner)\tevil", "160000 commit \(head)\tsubmodul"],
                                             message: "Ungültige Pfade")
        try attacker.push(commit)

        let sync = world.sync(0)
        #expect(sync.status == 0, "\(sync.error)")
        #expect(sync.output.contains("evil/..") && sync.output.contains("evil/.GIT") && sync.output.contains("Mallory"), "\(sync.output)")
        #expect(sync.output.contains("Submodul") && sync.output.contains("submodul"))
        #expect(!FileManager.default.fileExists(atPath: world.clones[0] + "/evil"))
        // Every sync after it is green, and a colleague joining gets the store.
        for _ in 0 ..< 2 {
            let again = world.sync(0)
            #expect(again.status == 0, "\(again.error)")
        }
        let joined = Lotse.run(["join", world.remote, world.folder.appendingPathComponent("neu").path], world.environment(5))
        #expect(joined.status == 0, "\(joined.error)")
        #expect(Lotse.run(["check", "--store", world.folder.appendingPathComponent("neu").path]).status == 0)
    }

    @Test func aJoinOfARemoteThatHoldsStrayPathsWorksAndSaysSo() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let attacker = try Attacker(world)
        let blob = attacker.blob("x\n")
        let inner = attacker.git(["mktree"], input: "100644 blob \(blob)\t..\n").output.trimmingCharacters(in: .whitespacesAndNewlines)
        try attacker.push(try attacker.commitTree(adding: ["040000 tree \(inner)\tevil"], message: "Ungültig"))
        let target = world.folder.appendingPathComponent("neu").path
        let joined = Lotse.run(["join", world.remote, target], world.environment(5))
        #expect(joined.status == 0, "\(joined.error)")
        #expect(joined.output.contains("evil/..") && joined.output.contains("Mallory"), "\(joined.output)")
        #expect(FileManager.default.fileExists(atPath: target + "/store.json"))
        #expect(!FileManager.default.fileExists(atPath: target + "/evil"))
    }

    @Test func anOversizedRecordAndThousandsOfStrayFilesAreKeptOut() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let attacker = try Attacker(world)
        // 150 MB as a question file, and 60,000 files in a folder of their own.
        let big = attacker.folder + "/questions/01YYYYYYYYYYYYYYYYYYYYYYYY.json"
        let handle = try #require(FileHandle(forWritingAtPath: big) ?? {
            _ = FileManager.default.createFile(atPath: big, contents: nil)
            return FileHandle(forWritingAtPath: big)
        }())
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        handle.write(Data("{\"title\": \"".utf8))
        for _ in 0 ..< 150 { handle.write(chunk) }
        handle.write(Data("\"}\n".utf8))
        try handle.close()
        try attacker.commitAndPush("Riesig")
        let blob = attacker.blob("streu\n")
        let listing = (0 ..< 60_000).map { "100644 blob \(blob)\tdatei-\($0).txt" }.joined(separator: "\n") + "\n"
        let stray = attacker.git(["mktree"], input: listing).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try attacker.push(try attacker.commitTree(adding: ["040000 tree \(stray)\tstreu"], message: "Streudateien"))

        let sync = world.sync(0)
        #expect(sync.status == 0, "\(sync.error)")
        #expect(sync.output.contains("01YYYYYYYYYYYYYYYYYYYYYYYY.json") && sync.output.contains("größer"), "\(sync.output)")
        #expect(sync.output.contains("59995 weitere") || sync.output.contains("59.995 weitere"), "\(sync.output)")
        #expect(sync.output.split(separator: "\n").count < 10)
        #expect(!FileManager.default.fileExists(atPath: world.clones[0] + "/questions/01YYYYYYYYYYYYYYYYYYYYYYYY.json"))
        #expect(!FileManager.default.fileExists(atPath: world.clones[0] + "/streu"))
        #expect(world.sync(0).status == 0)
        #expect(world.run(0, ["check"]).status == 0)
    }

    @Test func aRecordFileOverTheLimitOnDiskIsNamedAndNotLoaded() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let path = world.clones[0] + "/questions/01YYYYYYYYYYYYYYYYYYYYYYYY.json"
        try Data(("{\"title\": \"" + String(repeating: "a", count: 2 << 20) + "\"}").utf8).write(to: URL(fileURLWithPath: path))
        let check = world.run(0, ["check"])
        #expect(check.status == 1 && check.output.contains("01YYYYYYYYYYYYYYYYYYYYYYYY.json") && check.output.contains("nicht gelesen"),
                "\(check.output)")
    }

    @Test func aRecordTheMergeCannotTakeKeepsTheLocalVersionAndIsNamed() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        let attacker = try Attacker(world)
        let question = try #require(try world.network(0).questions.first)
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        try Data(deep.utf8).write(to: URL(fileURLWithPath: attacker.folder + "/questions/\(question.id).json"))
        try attacker.commitAndPush("Tief")
        try world.edit(0, .question, question.id) { $0["title"] = .string("Titel des Opfers") }

        let sync = world.sync(0)
        #expect(sync.status == 1, "\(sync.output)\(sync.error)")
        #expect(sync.output.contains(question.id) && sync.output.contains("nicht zusammenführbar") && sync.output.contains("Mallory"),
                "\(sync.output)")
        #expect(try world.network(0).questions.first { $0.id == question.id }?.title == "Titel des Opfers")
        let again = world.sync(0)
        #expect(again.status == 0, "\(again.output)\(again.error)")
    }

    @Test func aStaleGitLockDoesNotStopTheNextSync() throws {
        let world = try SyncWorld(machines: 1)
        defer { world.remove() }
        #expect(FileManager.default.createFile(atPath: world.clones[0] + "/.git/index.lock", contents: Data()))
        let add = world.run(0, ["questions", "add", "--title", "Nach einem abgebrochenen Sync", "--commune", "soest"])
        #expect(add.status == 0)
        let sync = world.sync(0)
        #expect(sync.status == 0 && sync.output.contains("1 gesendet"), "\(sync.output)\(sync.error)")
    }

    @Test func syncsKilledAtRandomMomentsAreFinishedByTheNext() throws {
        let world = try SyncWorld(machines: 2)
        defer { world.remove() }
        var generator = SystemRandomNumberGenerator()
        var titles: [String] = []
        for round in 0 ..< 50 {
            let title = "Frage aus Runde \(round)"
            let add = world.run(0, ["questions", "add", "--title", title, "--commune", "soest"])
            #expect(add.status == 0, "\(add.error)")
            titles.append(title)
            if round % 5 == 0 { #expect(world.sync(1).status == 0) }
            guard let pid = Spawn.start([Lotse.binary, "sync", "--store", world.clones[0]],
                                        environment: Lotse.environment(world.environment(0))) else { continue }
            usleep(UInt32(generator.next() % 150_000))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let next = world.sync(0)
            #expect(next.status == 0, "round \(round): \(next.output)\(next.error)")
        }
        #expect(world.sync(1).status == 0)
        let shared = Set(try world.network(1).questions.map(\.title))
        #expect(titles.allSatisfy(shared.contains))
    }
}
