import Foundation
import Testing
@testable import LotseStore

/// Making a meeting's record right from the command line, every error path included:
/// `meetings outcome add|edit|remove`, `attendance`, `end`, `approve`, and minutes that
/// say their state.
@Suite("End to end: a meeting's record on the command line")
struct MeetingRecordCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-mr-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(Lotse.run(["init", "--example", store]).status == 0)
    }

    func run(_ arguments: [String]) -> Spawn.Result {
        Lotse.run(["meetings"] + arguments + ["--store", store], ["LOTSE_USER": "KI Test"])
    }

    var planned: String { String(run(["list"]).output.split(separator: "\n").last?.prefix(12) ?? "") }

    func meeting(_ id: String) throws -> Meeting {
        let store = try FileStore(at: URL(fileURLWithPath: self.store))
        return try #require(try store.load().network.meetings.first { $0.id.hasPrefix(id) })
    }

    @Test func outcomesAreAddedCorrectedAndRemovedByID() throws {
        let id = planned
        let top = try #require(try meeting(id).agenda.firstIndex { !$0.questions.isEmpty })
        let number = "\(try meeting(id).agenda[top].number)"
        let question = try #require(try meeting(id).agenda[top].questions.first)
        let added = run(["outcome", "add", id, "--item", number, "--kind", "decision", "--text", "Liste wird geteit",
                         "--answers", String(question.prefix(10))])
        #expect(added.status == 0, "\(added.error)")
        let outcomeID = added.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try meeting(id).agenda[top].outcomes.contains { $0.id == outcomeID && $0.question == question })
        let answered = Lotse.run(["questions", "show", question, "--format", "json", "--store", store])
        #expect(answered.output.contains("\"status\" : \"answered\"") && answered.output.contains("Liste wird geteit"))

        let edited = run(["outcome", "edit", String(outcomeID.prefix(14)), "--text", "Die Liste wird kreisweit geteilt."])
        #expect(edited.status == 0 && edited.output.contains("korrigiert"), "\(edited.error)")
        #expect(try meeting(id).agenda[top].outcomes.first { $0.id == outcomeID }?.text == "Die Liste wird kreisweit geteilt.")
        let measure = run(["outcome", "add", id, "--item", number, "--kind", "measure", "--text", "Liste verschicken",
                           "--owner", "KI Kreis Soest", "--due", "31.03.2017"])
        #expect(measure.status == 0)
        let internalNote = run(["outcome", "add", id, "--item", number, "--kind", "internal", "--text", "Jobcenter zögert"])
        #expect(internalNote.status == 0)
        let shown = run(["show", id])
        #expect(shown.output.contains(outcomeID) && shown.output.contains("Beschluss: Die Liste wird kreisweit geteilt."))

        let removed = run(["outcome", "remove", outcomeID])
        #expect(removed.status == 0 && removed.output.contains("entfernt"))
        #expect(try !meeting(id).agenda[1].outcomes.contains { $0.id == outcomeID })
    }

    @Test func everyWrongArgumentIsNamedAndNothingIsWritten() throws {
        let id = planned
        let before = try Lotse.snapshot(store)
        let cases: [([String], String)] = [
            (["outcome", "add", id, "--item", "9", "--kind", "info", "--text", "x"], "keinen TOP 9"),
            (["outcome", "add", id, "--item", "1", "--kind", "vote", "--text", "x"], "--kind „vote“ gibt es nicht"),
            (["outcome", "add", id, "--item", "1", "--kind", "info", "--text", "  "], "--text"),
            (["outcome", "add", id, "--item", "1", "--kind", "measure", "--text", "x", "--due", "31.02.2027"], "kein Datum"),
            (["outcome", "add", id, "--item", "1", "--kind", "info", "--text", "x", "--owner", "KI"], "gehören zu einer Maßnahme"),
            (["outcome", "add", id, "--item", "1", "--kind", "info", "--text", "x", "--answers", "01"], "gehört zu einem Beschluss"),
            (["outcome", "edit", "ZZZZ", "--text", "x"], "Kein Ergebnis hat eine ID"),
            (["outcome", "remove", "ZZZZ"], "Kein Ergebnis hat eine ID"),
            (["attendance", id, "--present", "atlantis"], "Unbekannte Kommune „atlantis“"),
            (["attendance", id, "--person", "soest"], "KOMMUNE=NAME"),
            (["approve", id], "noch nicht stattgefunden"),
            (["minutes", id], "noch nicht stattgefunden"),
        ]
        for (arguments, message) in cases {
            let result = run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.error.contains(message), "\(arguments): \(result.error)")
        }
        #expect(try Lotse.snapshot(store) == before, "no failed command wrote anything")
    }

    @Test func attendanceEndAndApprovalMakeMinutesThatAddUp() throws {
        let id = planned
        // Two communes invited; a third comes as a guest.
        let store = try FileStore(at: URL(fileURLWithPath: self.store))
        var invited = try meeting(id)
        let base = invited
        invited.invited = ["soest", "werl"]
        try store.commit([RecordWrite(kind: .meeting, id: invited.id, new: .meeting(invited), base: .meeting(base))])
        let attendance = run(["attendance", id, "--present", "soest", "Werl", "--person", "soest=Frau Beispiel",
                              "--person", "wickede-ruhr=Herr Gast"])
        #expect(attendance.status == 0, "\(attendance.error)")
        #expect(attendance.output.contains("Anwesend: 2 von 2 eingeladenen Kommunen, Gäste: 1"), "\(attendance.output)")
        #expect(run(["end", id]).status == 0)
        #expect(try meeting(id).state == .finished)
        #expect(run(["end", id]).error.contains("schon beendet"))
        let draft = run(["minutes", id]).output
        #expect(draft.contains("- **Protokoll:** Entwurf"))
        #expect(draft.contains("- **Anwesend:** 2 von 2 eingeladenen Kommunen: Soest (Frau Beispiel), Werl"))
        #expect(!draft.contains("Es fehlten"))
        #expect(draft.contains("- **Gäste:** Wickede (Ruhr) (Herr Gast)"))
        #expect(run(["approve", id]).status == 0)
        #expect(run(["minutes", id]).output.contains("- **Protokoll:** freigegeben am "))
        #expect(run(["approve", id]).error.contains("schon freigegeben"))
    }
}

/// `lotse report` and `lotse meetings ical` as a user runs them.
@Suite("End to end: report and calendar")
struct ReportCommandTests {
    @Test func reportInMarkdownAndCSVAndTheCalendarFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let markdown = Lotse.run(["report", "--from", "01.10.2016", "--to", "31.03.2017", "--store", store])
        #expect(markdown.status == 0 && markdown.output.hasPrefix("# Jahresbericht: Netzwerk Ehrenamtskoordination"))
        let csv = Lotse.run(["report", "--format", "csv", "--from", "2016-01-01", "--store", store])
        #expect(csv.status == 0 && csv.output.hasPrefix("Kommune,") && csv.output.contains("\r\n"))
        let out = folder.appendingPathComponent("bericht.md").path
        #expect(Lotse.run(["report", "--out", out, "--store", store]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out))
        let backwards = Lotse.run(["report", "--from", "2017-01-01", "--to", "2016-01-01", "--store", store])
        #expect(backwards.status == 2 && backwards.error.contains("--from liegt nach --to"))
        let badFormat = Lotse.run(["report", "--format", "pdf", "--store", store])
        #expect(badFormat.status != 0 && badFormat.error.contains("pdf"))

        let list = Lotse.run(["meetings", "list", "--store", store]).output
        let id = String(list.split(separator: "\n").last?.prefix(12) ?? "")
        let ics = folder.appendingPathComponent("treffen.ics").path
        #expect(Lotse.run(["meetings", "ical", id, "--out", ics, "--store", store]).status == 0)
        let text = try String(contentsOfFile: ics, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.contains("SUMMARY:2. Treffen der Ehrenamtskoordinatoren"))
        #expect(Lotse.run(["meetings", "ical", "ZZZ", "--store", store]).error.contains("Keine Sitzung"))
    }

    @Test func aChangedInvitationIsANewerVersionAndAllUpcomingMeetingsAreOneCalendar() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-ical-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        #expect(Lotse.run(["init", "--example", store]).status == 0)
        let made = Lotse.run(["meetings", "new", "--title", "3. Treffen", "--date", "01.03.2099", "--time", "15:00", "--store", store])
        try #require(made.status == 0, "\(made.error)")
        let id = made.output.trimmingCharacters(in: .whitespacesAndNewlines)
        func sequence(_ text: String) -> Int? {
            text.components(separatedBy: "\r\n").first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) }
        }
        let first = Lotse.run(["meetings", "ical", id, "--store", store]).output
        #expect(first.contains("LAST-MODIFIED:") && first.contains("DTSTART;TZID=Europe/Berlin:20990301T150000"), "\(first)")
        // The same meeting later at another time: same UID, a higher SEQUENCE.
        let file = store + "/meetings/\(id).json"
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: file)
        let before = Lotse.run(["meetings", "ical", id, "--store", store]).output
        let json = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "2099-03-01T15:00", with: "2099-03-01T16:30")
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        let after = Lotse.run(["meetings", "ical", id, "--store", store]).output
        #expect(after.contains("DTSTART;TZID=Europe/Berlin:20990301T163000"))
        let (old, new) = (try #require(sequence(before)), try #require(sequence(after)))
        #expect(new > old, "SEQUENCE \(old) → \(new)")
        // Invited communes' role addresses as attendees ("alle": every active commune).
        #expect(after.contains("ATTENDEE;CN=") && after.contains(":mailto:"), "\(after)")
        #expect(!after.contains("ORGANIZER"), "no organizer unless given")
        let sent = Lotse.run(["meetings", "ical", id, "--organizer", "KI Kreis Soest <ki@kreis-soest.de>", "--store", store])
        #expect(sent.output.contains("ORGANIZER;CN=\"KI Kreis Soest\":mailto:ki@kreis-soest.de"), "\(sent.output)")
        let wrong = Lotse.run(["meetings", "ical", id, "--organizer", "KI Kreis Soest", "--store", store])
        #expect(wrong.status == 2 && wrong.error.contains("keine gültige E-Mail-Adresse") && wrong.output.isEmpty, "\(wrong.error)")

        let all = Lotse.run(["meetings", "ical", "--all", "--out", folder.appendingPathComponent("alle.ics").path, "--store", store])
        #expect(all.status == 0, "\(all.error)")
        let calendar = try String(contentsOfFile: folder.appendingPathComponent("alle.ics").path, encoding: .utf8)
        // Only what is still to come: the example's meetings of 2016 and 2017 are past.
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 1 && calendar.contains("UID:\(id)@lotse"))
        #expect(calendar.contains("X-WR-CALNAME:") && calendar.hasSuffix("END:VCALENDAR\r\n"))
        #expect(calendar.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let both = Lotse.run(["meetings", "ical", id, "--all", "--store", store])
        #expect(both.status == 2 && both.error.contains("nicht beides"))
    }
}
