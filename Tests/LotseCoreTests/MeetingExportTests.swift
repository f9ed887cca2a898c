import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// The Markdown documents of the example meetings, compared with golden files
/// (`LOTSE_UPDATE_GOLDENS=1 swift test` writes them anew).
@Suite("Meetings: Markdown exports")
struct MeetingExportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let network = ExampleNetwork.make()
    var first: Meeting { network.meetings.sorted { $0.start < $1.start }[0] }
    var second: Meeting { network.meetings.sorted { $0.start < $1.start }[1] }

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LOTSE_UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing \(name)>"
        #expect(text == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }

    @Test func invitationWithAgenda() {
        let text = MeetingExport.agenda(second, in: network)
        #expect(text.contains("| | **Summe** | | **115** | Ende 16:55 |"))
        #expect(text.contains("| 4 | Sprachmittlung bei Arztbesuchen | Ehrenamtskoordination Werl | 25 | 16:00 |"))
        Self.check(text, "agenda-second-meeting.md")
    }

    @Test func minutesWithoutAndWithInternalNotes() {
        let public_ = MeetingExport.minutes(first, in: network)
        #expect(public_.contains("- **Anwesend:** 13 von 14 eingeladenen Kommunen"))
        #expect(public_.contains("- **Protokoll:** Entwurf"))
        #expect(public_.contains("- **Es fehlten:** Lippetal"))
        #expect(!public_.contains("Interne Notiz"))
        #expect(public_.contains("| 5 | Übersicht Versicherungsschutz für Ehrenamtliche verteilen | Ehrenamtskoordination Erwitte | Erwitte | 15.01.2017 | erledigt |"))
        Self.check(public_, "minutes-first-meeting.md")
        let withNotes = MeetingExport.minutes(first, in: network, includeInternal: true)
        #expect(withNotes.contains("> **Interne Notiz:** Viele Fragen wiederholen sich"))
        Self.check(withNotes, "minutes-first-meeting-internal.md")
        Self.check(MeetingExport.minutes(first, in: network, language: .en), "minutes-first-meeting-en.md")
    }

    @Test func attendanceAddsUpWithGuestsAndTheMinutesSayTheirState() {
        var meeting = first
        meeting.invited = ["soest", "werl", "lippstadt", "geseke", "erwitte"]
        meeting.attendance = ["soest", "werl", "lippstadt", "geseke", "erwitte", "wickede-ruhr"].map { Attendance(commune: $0) }
        meeting.attendance[0].persons = ["Frau Beispiel"]
        meeting.agenda[0].outcomes.append(Outcome(id: "o-internal", kind: .internal, text: "Nur für uns"))
        meeting.minutesApproved = Date(timeIntervalSince1970: 1_489_413_600)
        let minutes = MeetingExport.minutes(meeting, in: network)
        #expect(minutes.contains("- **Anwesend:** 5 von 5 eingeladenen Kommunen: "))
        #expect(minutes.contains("Soest (Frau Beispiel)"))
        #expect(minutes.contains("- **Gäste:** Wickede (Ruhr)"))
        #expect(!minutes.contains("Es fehlten"))
        #expect(minutes.contains("- **Protokoll:** freigegeben am 13.03.2017"))
        #expect(!minutes.contains("Nur für uns"))
        #expect(MeetingExport.minutes(meeting, in: network, includeInternal: true).contains("**Interne Notiz:** Nur für uns"))
        Self.check(minutes, "minutes-guests-approved.md")
        var planned = second
        planned.state = .planned
        #expect(MeetingExport.minutes(planned, in: network).contains("das Treffen hat noch nicht stattgefunden"))
    }

    @Test func markdownInTheDataIsEscaped() {
        var meeting = second
        meeting.title = "Treffen | mit *Sternchen* und #Raute"
        meeting.agenda[0].title = "A | B"
        let text = MeetingExport.agenda(meeting, in: network)
        #expect(text.hasPrefix("# Einladung: Treffen \\| mit \\*Sternchen\\* und \\#Raute\n"))
        #expect(text.contains("| 1 | A \\| B |"))
    }
}

@Suite("Meetings: where a new TOP goes")
struct AgendaPlacementTests {
    @Test func newItemsGoBeforeAClosingVerschiedenes() throws {
        let network = ExampleNetwork.make()
        let meeting = try #require(network.meetings.first { $0.state == .planned })
        #expect(meeting.agenda.last?.title == "Verschiedenes")
        let question = try #require(network.questions.first)
        let added = MeetingWork.adding(question, to: meeting, id: "new")
        #expect(added.agenda.map(\.title).suffix(2) == [question.title, "Verschiedenes"])
        #expect(added.agenda.map(\.number) == Array(1 ... meeting.agenda.count + 1))
        var open = meeting
        open.agenda.removeLast()
        #expect(MeetingWork.adding(question, to: open, id: "new").agenda.last?.id == "new", "no closing item: at the end")
        var running = meeting
        running.currentItem = meeting.agenda.count - 1
        #expect(AgendaPlacement.inserting(AgendaItem(id: "x", number: 0, title: "x", plannedMinutes: 5), into: running).currentItem
                == meeting.agenda.count, "the current TOP stays the same item")
        for title in ["Sonstiges", " verschiedenes.", "VERSCHIEDENES"] {
            #expect(AgendaPlacement.isClosing(AgendaItem(number: 1, title: title, plannedMinutes: 5)), "\(title)")
        }
    }
}
