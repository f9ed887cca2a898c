import Foundation
import Testing

/// A record can come from anyone. Whatever its text holds, no subcommand lets an escape
/// sequence through to the terminal, CSV cells are never formulas, and documents are
/// readable by their owner only.
@Suite("End to end: hostile text")
struct HostileTextTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-hostile-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }
    /// Retitle the terminal, put a command into the clipboard (OSC 52), clear the screen,
    /// the same with C1 controls, and DEL.
    static let hostile = "=Titel\u{1B}]0;pwned\u{07}\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{1B}[2J\u{9B}2J\u{9D}0;x\u{9C}\u{7F}Ende"

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String]) -> Spawn.Result { Lotse.run(arguments + ["--store", store]) }

    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func noOutputOfAnySubcommandCarriesAControlCharacter() throws {
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let added = run(["questions", "add", "--commune", "soest", "--title", Self.hostile, "--body", Self.hostile,
                         "--tag", Self.hostile])
        #expect(added.status == 0, "\(added.error)")
        let id = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let meetings = run(["meetings", "list"]).output
        let meeting = String(meetings.split(separator: "\n").dropFirst().first?.prefix { $0 != " " } ?? "")
        #expect(run(["meetings", "add-item", meeting, "--title", Self.hostile, "--description", Self.hostile]).status == 0)
        // A broken file whose very name is hostile.
        try Data("{".utf8).write(to: URL(fileURLWithPath: "\(store)/questions/x\u{1B}]0;name\u{07}.json"))

        let outputs: [[String]] = [
            ["questions", "list"], ["questions", "list", "--format", "json"], ["questions", "list", "--format", "csv"],
            ["questions", "list", "--format", "csv-excel"], ["questions", "show", id], ["questions", "show", id, "--format", "json"],
            ["meetings", "list"], ["meetings", "show", meeting], ["meetings", "agenda", meeting], ["meetings", "minutes", meeting],
            ["questions", "show", "\u{1B}[2J"],
        ]
        for arguments in outputs {
            let result = run(arguments)
            #expect(!Self.hasControls(result.output), "stdout of \(arguments.joined(separator: " "))")
            #expect(!Self.hasControls(result.error), "stderr of \(arguments.joined(separator: " "))")
        }
        let check = Lotse.run(["check", store])
        #expect(check.status == 1)
        #expect(!Self.hasControls(check.output) && !Self.hasControls(check.error))
        #expect(check.output.contains("x␛]0;name␇.json"), "the path is shown, visibly")

        let shown = run(["questions", "show", id]).output
        #expect(shown.contains("␛]52;c;cm0gLXJmIH4=␇") && shown.contains("\\x9b2J"), "the text is there, made visible")
        let json = run(["questions", "show", id, "--format", "json"]).output
        #expect(json.contains("\\u001b]52") && json.contains("\\u009b2J"), "JSON escapes C0 and C1 controls")
        let agenda = run(["meetings", "agenda", meeting]).output
        #expect(agenda.contains("Titel\\]0;pwned"), "Markdown keeps the text and drops the controls")
    }

    @Test func theSpreadsheetVariantDefusesFormulasAndSpeaksGermanWhilePlainCSVStaysExact() throws {
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        for title in ["=HYPERLINK(\"http://x\";\"klick\")", "+49 2303 1234", "-2+3", "@SUM(A1)"] {
            #expect(run(["questions", "add", "--commune", "werl", "--commune", "soest", "--title=\(title)"]).status == 0)
        }
        // Plain CSV is for programs: every value exactly as stored.
        let csv = run(["questions", "list", "--format", "csv", "--commune", "werl"]).output
        #expect(csv.hasPrefix("id,status,communes,"))
        #expect(csv.contains(",+49 2303 1234,") && csv.contains(",-2+3,") && csv.contains(",@SUM(A1),") && !csv.contains("'"), "\(csv)")
        #expect(csv.contains(",open,soest;werl,") || csv.contains(",open,werl;soest,"), "slugs and the store's status")
        #expect(csv.range(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, options: .regularExpression) != nil, "ISO times in UTC")
        // The spreadsheet variant is for people: German, names, local times, no formulas.
        let excel = run(["questions", "list", "--format", "csv-excel", "--commune", "werl"]).output
        #expect(excel.hasPrefix("\u{FEFF}ID;Status;Kommunen;Kategorie;"), "\(excel.prefix(80))")
        #expect(excel.contains(";'@SUM(A1);") && excel.contains(";'+49 2303 1234;") && excel.contains("'=HYPERLINK") && excel.contains("\r\n"))
        #expect(excel.contains(";offen;") && excel.contains(";Werl, Soest;"), "German values and commune names")
        #expect(excel.range(of: #";\d\d\.\d\d\.\d{4} \d\d:\d\d;"#, options: .regularExpression) != nil, "local dates as 02.12.2026 16:05")
        #expect(excel.range(of: #"T\d\d:\d\d:\d\dZ"#, options: .regularExpression) == nil, "no ISO times in UTC")
        let english = run(["questions", "list", "--format", "csv-excel", "--commune", "werl", "--lang", "en"]).output
        #expect(english.hasPrefix("\u{FEFF}ID;Status;Communes;") && english.contains(";open;"), "\(english.prefix(80))")
    }

    @Test func exportsAreOwnerOnlyWhateverTheUmask() throws {
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let meeting = String(run(["meetings", "list"]).output.split(separator: "\n").dropFirst().first?.prefix { $0 != " " } ?? "")
        let out = folder.appendingPathComponent("protokoll.md").path
        let result = Spawn.run(["/bin/sh", "-c", "umask 000; exec \"$0\" \"$@\"", Lotse.binary, "meetings", "minutes", meeting,
                                "--out", out, "--store", store], environment: Lotse.environment())
        #expect(result.status == 0, "\(result.error)")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
    }
}
