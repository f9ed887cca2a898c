import Foundation
import Testing

/// Every command whose output cannot be written (stdout closed, stdout on a full disk,
/// stderr closed while an error is reported) ends with a status that says so, never with
/// a trap of the Swift runtime (132, 133) or a crash.
@Suite("End to end: output that cannot be written")
struct OutputFailureTests {
    /// Each test its own folder: the tests run in parallel, and each removes its folder at its end.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-output-\(UUID().uuidString)").path

    /// Commands that print something, read-only ones over the example store; `ID` and
    /// `MEETING` stand for a question's and a meeting's id.
    static let commands: [[String]] = [
        ["--version"], ["--help"], ["questions", "list"], ["questions", "list", "--format", "json"],
        ["questions", "list", "--format", "csv"], ["questions", "show", "ID"], ["questions", "show", "ID", "--format", "json"],
        ["meetings", "list"], ["meetings", "show", "MEETING"], ["meetings", "agenda", "MEETING"], ["meetings", "minutes", "MEETING"],
        ["meetings", "ical", "MEETING"], ["communes", "list"], ["categories", "list"], ["privacy"], ["privacy", "record"],
        ["privacy", "policy"], ["report"], ["check"], ["config"], ["questions", "show", "NICHTDA"],
    ]

    @Test func noCommandTrapsWhenItsOutputCannotBeWritten() throws {
        let store = folder + "/store"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let question = Lotse.run(["questions", "list", "--format", "json", "--store", store]).output
        let id = try #require(question.split(separator: "\"").drop { $0 != "id" }.dropFirst(2).first.map(String.init))
        let meetings = Lotse.run(["meetings", "list", "--store", store]).output
        let meeting = try #require(meetings.split(separator: "\n").dropFirst().first?.split(separator: " ").first.map(String.init))
        for command in Self.commands {
            let arguments = command.map { $0 == "ID" ? id : $0 == "MEETING" ? meeting : $0 }
                + (command == ["--version"] || command == ["--help"] ? [] : ["--store", store])
            for (name, redirect) in [("stdout closed", ">&-"), ("stdout full", ">/dev/full"), ("stderr closed", "2>&- >/dev/full")] {
                let run = Spawn.run(["sh", "-c", "\"$0\" \"$@\" \(redirect); echo \"status $?\" > \"\(folder)/status\"",
                                     Lotse.binary] + arguments, environment: Lotse.environment())
                let said = (try? String(contentsOfFile: folder + "/status", encoding: .utf8)) ?? ""
                let status = Int(said.dropFirst(7).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
                #expect(status != 0 && status != 132 && status != 133 && status != 134 && status != 139,
                        "\(arguments.joined(separator: " ")) with \(name): status \(status) \(run.error)")
                #expect(!run.error.contains("Fatal error") && !run.error.contains("try!"), "\(arguments) \(name): \(run.error)")
            }
        }
    }

    @Test func aBrokenPipeEndsWith141() throws {
        let store = folder + "/pipe"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        // More than a pipe holds, to a reader that is gone.
        let body = String(repeating: "Wohnungssuche und Mietobergrenzen ", count: 3_000)
        let add = Lotse.run(["questions", "add", "--title", "Lang", "--body", body, "--commune", "soest", "--store", store])
        let id = add.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(add.status == 0, "\(add.error)")
        let status = Spawn.run(["bash", "-c", "\"$0\" questions show \"$1\" --store \"$2\" | true; echo ${PIPESTATUS[0]}",
                                Lotse.binary, id, store], environment: Lotse.environment())
        #expect(status.output.trimmingCharacters(in: .whitespacesAndNewlines) == "141", "\(status.output) \(status.error)")
    }
}
