import Foundation
import Testing
@testable import LotseCore
@testable import LotseUI
import LotseStore

/// Meeting mode, the agenda and the measures list, as golden screens at both sizes.
@Suite("Screens: meetings")
struct MeetingScreenTests {
    static let start = Date(timeIntervalSince1970: 1_489_413_600)  // 13.03.2017, 15:00 in Soest

    /// The second example meeting, running: TOP 2 (20 minutes planned) started at 15:10
    /// and by default is three minutes over time, with a decision and a measure recorded
    /// and nine communes present.
    static func running(_ size: Size, minutes: Double = 33) -> AppState {
        var network = ExampleNetwork.make()
        if let index = network.meetings.firstIndex(where: { $0.state == .planned }) {
            var meeting = network.meetings[index]
            meeting.state = .running
            meeting.currentItem = 1
            meeting.agenda[0].spans = [TimeSpan(start: start, end: start.addingTimeInterval(600))]
            meeting.agenda[1].spans = [TimeSpan(start: start.addingTimeInterval(600))]
            meeting.agenda[1].notes = "Intern: Jobcenter hat noch nicht zugesagt."
            meeting.agenda[1].outcomes = [
                Outcome(id: "outcome-1", kind: .decision, text: "Die Sprachmittlerliste wird kreisweit geteilt."),
                Outcome(id: "outcome-2", kind: .measure, text: "Liste an alle Kommunen schicken", owner: "KI Kreis Soest",
                        due: LocalDate(year: 2017, month: 3, day: 31), status: .open),
            ]
            meeting.attendance = meeting.invited.prefix(9).map { Attendance(commune: $0, persons: ["Frau Beispiel"]) }
            network.meetings[index] = meeting
        }
        var state = AppState(network: network, storeLabel: "~/.local/share/lotse", size: size,
                             now: start.addingTimeInterval(minutes * 60))
        for key in [Key.character("3"), .character("m")] { _ = Reducer.reduce(&state, .key(key)) }
        return state
    }

    @Test func meetingModeWideShowsBigDigitsAndTheOverrunInWords() {
        let buffer = Renderer.render(Self.running(ScreenTests.wide))
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("TOP 2 von 6"))
        #expect(buffer.text.contains("⚠ ÜBER DER ZEIT +03:00"))
        #expect(buffer.text.contains("Sitzung 33:00 / 1:55:00 · Ende geplant 16:55, voraussichtlich 16:58"))
        #expect(!buffer.text.contains("Frau Beispiel"), "no names on the projector unless asked")
        #expect(!buffer.text.contains("Intern: Jobcenter"))
        Golden.check(buffer, "meeting-mode-120x40")
    }

    @Test func meetingModeNarrow() {
        let buffer = Renderer.render(Self.running(ScreenTests.narrow))
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("⏱ 23:00 / 20:00"))
        #expect(buffer.text.contains("⚠ ÜBER DER ZEIT +03:00"))
        Golden.check(buffer, "meeting-mode-80x24")
    }

    @Test func meetingModeInTimeWithInternalNotesShown() {
        var state = Self.running(ScreenTests.wide, minutes: 15)
        _ = Reducer.reduce(&state, .key(.character("v")))
        let buffer = Renderer.render(state)
        #expect(buffer.text.contains("noch 15:00"))
        #expect(buffer.text.contains("Intern: Jobcenter"))
        #expect(buffer.text.contains("Frau Beispiel"))
        #expect(buffer.text.contains("intern sichtbar"))
    }

    @Test func captureOfAMeasureOverMeetingMode() {
        var state = Self.running(ScreenTests.narrow)
        for key in [Key.character("M")] { _ = Reducer.reduce(&state, .key(key)) }
        for c in "Fahrradbörse einrichten" { _ = Reducer.reduce(&state, .key(.character(c))) }
        _ = Reducer.reduce(&state, .key(.tab))
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("⏱ 23:00 / 20:00"), "the timer stays in sight")
        Golden.check(buffer, "meeting-capture-80x24")
    }

    @Test func agendaNarrow() {
        var state = ScreenTests.state(ScreenTests.narrow)
        ScreenTests.send([.character("3"), .enter, .down, .down], to: &state)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("Summe 115 Min."))
        Golden.check(buffer, "agenda-80x24")
    }

    @Test func measuresList() {
        var state = ScreenTests.state(ScreenTests.wide)
        state.now = Date(timeIntervalSince1970: 1_488_000_000)  // 25.02.2017
        ScreenTests.send([.character("O"), .character("a")], to: &state)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        Golden.check(buffer, "measures-120x40")
    }

    @Test func bigDigitsAreThreeCellsWideAndLineUp() {
        let lines = BigDigits.lines("12:34")
        #expect(lines.count == 3)
        #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
        #expect(BigDigits.width("12:34") == 4 * 3 + 1 + 4)
    }
}

@Suite("Screens: a meeting's record")
struct MeetingRecordScreenTests {
    @Test func anOutcomeSelectedOnTheProjector() {
        var state = MeetingScreenTests.running(ScreenTests.narrow)
        _ = Reducer.reduce(&state, .key(.down))
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("▶ ◆ Beschluss: Die Sprachmittlerliste wird kreisweit geteilt."))
        #expect(buffer.text.contains("⏱ 23:00 / 20:00"), "the timer stays in sight")
        Golden.check(buffer, "meeting-mode-outcome-80x24")
    }

    /// The running meeting of `running`, ended.
    static func ended(_ size: Size) -> AppState {
        var state = MeetingScreenTests.running(size)
        if let index = state.network.meetings.firstIndex(where: { $0.state == .running }) {
            state.network.meetings[index] = MeetingClock.end(state.network.meetings[index], now: state.now)
        }
        return state
    }

    @Test func anEndedMeetingShowsItsResult() {
        let state = Self.ended(ScreenTests.wide)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        #expect(buffer.text.contains("Ergebnis der Sitzung") && buffer.text.contains("TOP 2  Stand der Maßnahmen  23 / 20 Min."))
        #expect(!buffer.text.contains("Als Nächstes") && !buffer.text.contains("noch ") && !buffer.text.contains("E Ende"))
        #expect(buffer.text.contains("Anwesend: 9 / 14 Kommunen"))
        Golden.check(buffer, "meeting-ended-120x40")
    }

    /// At 80 columns an ended meeting still offers what is left to do (the minutes, their
    /// approval) and the way back, not the keys of a running one.
    @Test func anEndedMeetingAt80x24OffersWhatIsLeft() {
        let state = Self.ended(ScreenTests.narrow)
        let buffer = Renderer.render(state)
        ScreenTests.expectRowsFit(buffer)
        let hints = buffer.line(buffer.height - 1)
        #expect(hints.contains("x ") && hints.contains("F ") && hints.contains("Esc"), "\(hints)")
        #expect(!hints.contains("Leertaste") && !hints.contains("E Ende"), "\(hints)")
        Golden.check(buffer, "meeting-ended-80x24")
    }
}

/// One expected end for a meeting under way, wherever it is shown.
@Suite("Screens: a meeting's expected end")
struct ExpectedEndTests {
    @Test func theHomeDetailsAndMeetingModeSayTheSameEnd() throws {
        var state = ScreenTests.state(ScreenTests.wide)
        state.home.focus = .meetings
        let meeting = try #require(state.selectedMeeting)
        let index = try #require(state.network.meetings.firstIndex { $0.id == meeting.id })
        // Started some minutes ago, whenever it was planned: the expected end is now plus
        // what remains, in both places.
        let started = state.now.addingTimeInterval(-300)
        state.network.meetings[index] = MeetingClock.start(meeting, now: started)
        let running = state.network.meetings[index]
        let expected = try #require(MeetingClock.expectedEnd(running, now: state.now, in: state.timeZone))
        let said = "voraussichtlich \(Format.time(expected.hour, expected.minute))"
        let details = Details.make(for: .meetings, in: state).lines.map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(details.contains(said), "\(details)")
        let planned = meeting.start.adding(minutes: meeting.plannedMinutes)
        #expect(details.contains("Ende geplant \(Format.time(planned.hour, planned.minute))"), "\(details)")
        #expect(MeetingModeModel(meeting: running, state: state).total.contains(said))
        // Not under way: only the planned end.
        #expect(MeetingClock.expectedEnd(meeting, now: state.now, in: state.timeZone) == nil || meeting.state != .planned)
    }
}
