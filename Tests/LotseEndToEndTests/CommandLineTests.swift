import Foundation
import Testing

/// The subcommands, run as a user would, with their exit statuses and messages.
@Suite("End to end: command line")
struct CommandLineTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-cli-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func versionAndHelp() {
        let version = Lotse.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = Lotse.run(["--help"])
        #expect(help.status == 0)
        for word in ["init", "check", "--store", "LOTSE_STORE"] { #expect(help.output.contains(word)) }
    }

    @Test func initAndCheckAGoodStore() {
        let created = Lotse.run(["init", "--example", store])
        #expect(created.status == 0, "\(created.error)")
        let check = Lotse.run(["check", store])
        #expect(check.status == 0)
        #expect(check.output.contains("all files are valid (14 communes, 42 questions, 2 meetings)"))
        let again = Lotse.run(["init", store])
        #expect(again.status == 1)
        #expect(again.error.contains("already holds files"))
    }

    @Test func checkPrintsEachProblemAsPathAndReason() throws {
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let questions = try FileManager.default.contentsOfDirectory(atPath: store + "/questions").sorted()
        let meetings = try FileManager.default.contentsOfDirectory(atPath: store + "/meetings").sorted()
        try Data("not json".utf8).write(to: URL(fileURLWithPath: "\(store)/questions/\(questions[0])"))
        let meetingURL = URL(fileURLWithPath: "\(store)/meetings/\(meetings[0])")
        let meeting = try String(contentsOf: meetingURL, encoding: .utf8)
            .replacingOccurrences(of: "\"state\" : \"finished\"", with: "\"state\" : \"vorbei\"")
        try Data(meeting.utf8).write(to: meetingURL)
        let check = Lotse.run(["check", store])
        #expect(check.status == 1)
        let lines = check.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.contains { $0.hasPrefix("questions/\(questions[0]): invalid JSON") })
        #expect(lines.contains { $0.hasPrefix("meetings/\(meetings[0]): field \"state\": unknown value \"vorbei\"") })
        #expect(check.error.contains("2 files with problems"))
    }

    @Test func checkOnSomethingThatIsNotAStore() {
        let check = Lotse.run(["check", folder.path])
        #expect(check.status == 2)
        #expect(check.error.contains("is not a Lotse store"))
        #expect(check.error.contains("lotse init"))
    }

    @Test func wrongArgumentsExplainThemselves() {
        let language = Lotse.run(["--lang", "fr", "--store", store])
        #expect(language.status != 0)
        #expect(language.error.contains("fr"))
        #expect(!FileManager.default.fileExists(atPath: store), "nothing is written on bad input")
        let unknown = Lotse.run(["frobnicate"])
        #expect(unknown.status != 0)
    }

    @Test func withoutTERMTheDashboardSaysWhatToDo() {
        var environment = Lotse.environment()
        environment.removeValue(forKey: "TERM")
        let result = Spawn.run([Lotse.binary, "--store", store], environment: environment)
        #expect(result.status == 2)
        #expect(result.error.contains("TERM is not set"))
    }

    @Test func aFolderWithOtherFilesIsNotTurnedIntoAStore() throws {
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = Lotse.run(["--store", folder.path])
        #expect(result.status == 1)
        #expect(result.error.contains("is not a Lotse store"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("store.json").path))
    }
}
