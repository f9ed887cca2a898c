import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// Making the record right during and after a meeting: outcomes selected with ↑↓,
/// corrected with e, removed with d; internal notes with I; an ended meeting shows its
/// result; q and a start on the wrong day ask first.
@Suite("Reducer: a meeting's record")
struct MeetingRecordReducerTests {
    typealias M = MeetingReducerTests

    /// Meeting mode on TOP 1 with a decision and an internal note recorded, timer running.
    static func recorded() throws -> ReducerHarness {
        var store = M.inMeetingMode()
        _ = M.keyAndLand(.character(" "), in: &store)
        store.press(.character("b"))
        store.type("Die Liste wird geteit")
        _ = M.keyAndLand(.control("s"), in: &store)
        store.press(.character("I"))
        store.type("Jobcenter zögert")
        _ = M.keyAndLand(.control("s"), in: &store)
        let outcomes = try #require(M.meeting(store)?.agenda[0].outcomes)
        #expect(outcomes.map(\.kind) == [.decision, .internal])
        return store
    }

    @Test func anOutcomeIsSelectedCorrectedAndRemovedWithoutLeavingTheProjector() throws {
        var store = try Self.recorded()
        let decision = try #require(M.meeting(store)?.agenda[0].outcomes.first)
        #expect(!(M.model(store)?.body.map { $0.spans.map(\.text).joined() }.joined().contains("Jobcenter") ?? true),
                "the internal note is hidden on the projector")
        store.press(.down)
        guard case .meetingMode(let mode)? = store.state.top else { Issue.record("left meeting mode"); return }
        #expect(mode.outcome == decision.id, "↓ selects the first outcome; the internal one is not offered")
        let model = MeetingModeModel(meeting: try #require(M.meeting(store)), selectedOutcome: mode.outcome, state: store.state)
        #expect(model.body.contains { $0.spans.first?.text == "▶ " })
        store.press(.character("e"))
        guard case .fields(let form)? = store.state.form, case .editOutcome = form.purpose else { Issue.record("no correction form"); return }
        store.press(.control("u"))
        store.type("Die Liste wird kreisweit geteilt.")
        let change = try #require(M.keyAndLand(.control("s"), in: &store))
        #expect(change.kind == .outcome)
        #expect(M.meeting(store)?.agenda[0].outcomes.first?.text == "Die Liste wird kreisweit geteilt.")
        #expect(M.meeting(store)?.agenda[0].outcomes.first?.id == decision.id, "corrected in place, same id")
        guard case .meetingMode? = store.state.top else { Issue.record("the form closed back to meeting mode"); return }

        store.press(.character("d"))
        guard case .confirm(.deleteOutcome(_, let id))? = store.state.dialog, id == decision.id else { Issue.record("no question asked"); return }
        _ = M.keyAndLand(.character("j"), in: &store)
        #expect(M.meeting(store)?.agenda[0].outcomes.map(\.kind) == [.internal])
        // With nothing selected, e says what to do.
        store.press(.character("e"))
        #expect(store.state.notice == .meetingHint(.noOutcome))
    }

    @Test func theHintBarOffersOnlyWhatWorks() throws {
        var store = M.inMeetingMode()
        #expect(!KeyAvailability.offers(.moveDown, in: store.state), "no outcomes: ↑↓ selects nothing")
        #expect(!KeyAvailability.offers(.editOutcome, in: store.state))
        store = try Self.recorded()
        #expect(KeyAvailability.offers(.moveDown, in: store.state))
        store.press(.down)
        #expect(KeyAvailability.offers(.editOutcome, in: store.state))
        store.press(.character("E"))
        _ = M.keyAndLand(.character("j"), in: &store)
        #expect(M.meeting(store)?.state == .finished)
        for command in [Command.startPause, .nextItem, .addNote, .endMeeting, .editOutcome] {
            #expect(!KeyAvailability.offers(command, in: store.state), "\(command) after the end")
        }
        #expect(KeyAvailability.offers(.exportMinutes, in: store.state))
    }

    @Test func anEndedMeetingShowsItsResultNotACountdown() throws {
        var store = try Self.recorded()
        store.send(.tick(M.t0.addingTimeInterval(12 * 60))) { $0.now = M.t0.addingTimeInterval(12 * 60) }
        store.press(.character("E"))
        _ = M.keyAndLand(.character("j"), in: &store)
        let model = try #require(M.model(store))
        #expect(model.phase == .finished && model.left == nil && model.upcoming.isEmpty)
        let text = model.body.map { $0.spans.map(\.text).joined() }
        #expect(text.first == "TOP 1  Begrüßung  12 / 10 Min.")
        #expect(text.contains { $0.contains("Die Liste wird geteit") })
        #expect(model.total.contains("12 Min. von 35 Min."))
    }

    @Test func qWithARunningTimerAndAStartOnAnotherDayAskFirst() throws {
        var store = M.inMeetingMode()
        _ = M.keyAndLand(.character(" "), in: &store)
        store.key(.character("q")) { $0.path.append(.dialog(.confirm(.quitWithRunningTimer(meetingID: M.meetingID)))); $0.notice = nil }
        store.key(.escape) { $0.path.removeLast() }
        let running = try #require(M.meeting(store))
        store.key(.character(" "), effects: [.apply(.meeting(.timer, MeetingClock.pause(running, now: M.t0), base: running))])

        var early = M.inMeetingMode(at: M.t0.addingTimeInterval(-86_400 * 3))
        early.press(.character(" "))
        guard case .confirm(.startOnOtherDay)? = early.state.dialog else { Issue.record("no question before starting on another day"); return }
        let effects = Reducer.reduce(&early.stateForTests, .key(.enter))
        #expect(effects.count == 1, "Enter starts it after all")
    }
}

@Suite("Reducer: outcomes in the agenda screen")
struct AgendaOutcomeTests {
    typealias M = MeetingReducerTests

    @Test func oSelectsAnOutcomeCCorrectsItDRemovesIt() throws {
        var store = try MeetingRecordReducerTests.recorded()
        store.press(.escape, .enter)
        guard case .agenda(let agenda)? = store.state.top else { Issue.record("no agenda"); return }
        #expect(agenda.item == 0 && agenda.outcome == nil)
        #expect(KeyAvailability.offers(.nextOutcome, in: store.state) && !KeyAvailability.offers(.editOutcome, in: store.state))
        let outcomes = try #require(M.meeting(store)?.agenda[0].outcomes)
        store.press(.character("o"), .character("o"))
        guard case .agenda(let second)? = store.state.top else { return }
        #expect(second.outcome == outcomes[1].id, "the internal note too: the agenda screen is not the projector")
        store.press(.character("o"))
        guard case .agenda(let none)? = store.state.top else { return }
        #expect(none.outcome == nil, "after the last one, none")
        store.press(.character("o"), .character("c"))
        guard case .fields(let form)? = store.state.form, case .editOutcome(_, let id) = form.purpose else { Issue.record("no form"); return }
        #expect(id == outcomes[0].id)
        store.press(.control("u"))
        store.type("Korrigiert")
        _ = M.keyAndLand(.control("s"), in: &store)
        #expect(M.meeting(store)?.agenda[0].outcomes[0].text == "Korrigiert")
        store.press(.character("D"))
        guard case .confirm(.deleteOutcome)? = store.state.dialog else { Issue.record("no question"); return }
        _ = M.keyAndLand(.character("j"), in: &store)
        #expect(M.meeting(store)?.agenda[0].outcomes.map(\.id) == [outcomes[1].id])
    }
}

@Suite("Reducer: attendance names and approving minutes")
struct AttendanceAndApprovalTests {
    typealias M = MeetingReducerTests

    @Test func namesPerCommuneAreTypedInTheAttendanceDialog() throws {
        var store = M.inMeetingMode()
        store.press(.character("a"), .character("n"))
        guard case .attendance(let picker)? = store.state.dialog, picker.editing != nil else { Issue.record("not typing names"); return }
        store.type("Anna Müller, Bernd Beispiel")
        store.press(.enter)
        guard case .attendance(let typed)? = store.state.dialog else { Issue.record("the dialog closed"); return }
        let commune = try #require(typed.selection.id)
        #expect(typed.persons[commune] == ["Anna Müller", "Bernd Beispiel"] && typed.present.contains(commune), "names make a commune present")
        let change = try #require(M.keyAndLand(.enter, in: &store))
        #expect(change.kind == .attendance)
        #expect(M.meeting(store)?.attendance.first { $0.commune == commune }?.persons == ["Anna Müller", "Bernd Beispiel"])
        #expect(!(M.model(store)?.body.map { $0.spans.map(\.text).joined() }.joined().contains("Anna") ?? true), "hidden on the projector")
    }

    @Test func fApprovesTheMinutesOfAnEndedMeetingAndAtTheNextOneThoseOfTheLast() throws {
        var state = M.state()
        let first = try #require(state.network.meetings.first { $0.state == .finished })
        state.network.meetings = state.network.meetings.map { var m = $0; m.minutesApproved = nil; return m }
        var store = ReducerHarness(state)
        store.press(.character("3"))
        // Selected: the planned meeting. F there approves the last meeting's draft minutes.
        let effects = Reducer.reduce(&store.stateForTests, .key(.character("F")))
        guard case .apply(let change)? = effects.first else { Issue.record("nothing approved"); return }
        #expect(change.kind == .approved && change.writes.first?.id == first.id)
        _ = Reducer.reduce(&store.stateForTests, .applied(change))
        #expect(store.state.meeting(first.id)?.minutesApproved == store.state.now)
        store.key(.character("F")) { $0.notice = .meetingHint(.nothingToApprove) }
    }
}
