import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// Meeting mode and the agenda work, with the clock injected through `.tick`.
@Suite("Reducer: meetings")
struct MeetingReducerTests {
    static let t0 = Date(timeIntervalSince1970: 1_489_413_600)  // 13.03.2017, 15:00 in Soest
    static let meetingID = "01BBBBBBBBBBBBBBBBBBBBBB02"

    static func network() -> Network {
        var network = Fixtures.network
        network.meetings[1].invited = ["soest", "werl", "moehnesee"]
        network.meetings[1].agenda = [
            AgendaItem(number: 1, title: "Begrüßung", plannedMinutes: 10),
            AgendaItem(number: 2, title: "Fahrräder", plannedMinutes: 20, questions: [Fixtures.network.questions[1].id]),
            AgendaItem(number: 3, title: "Verschiedenes", plannedMinutes: 5),
        ]
        return network
    }

    static func state(at now: Date = t0, size: Size = Size(width: 120, height: 40)) -> AppState {
        var state = AppState(network: network(), storeLabel: "~/store", language: .de, size: size, now: now)
        state.user = "KI Test"
        return state
    }

    /// Opens meeting mode on the planned meeting from the meetings panel.
    static func inMeetingMode(at now: Date = t0) -> ReducerHarness {
        var store = ReducerHarness(state(at: now))
        store.press(.character("3"))
        #expect(store.state.selectedMeeting?.id == meetingID)
        store.key(.character("m")) { $0.path = [.meetingMode(MeetingModeState(meetingID: meetingID))] }
        return store
    }

    /// Carries out the one `.apply` effect of a key and reports it landed, as the run loop does.
    static func keyAndLand(_ key: Key, in store: inout ReducerHarness) -> Change? {
        let effects = Reducer.reduce(&store.stateForTests, .key(key))
        guard effects.count == 1, case .apply(let change) = effects[0] else {
            Issue.record("expected one write, got \(effects)")
            return nil
        }
        _ = Reducer.reduce(&store.stateForTests, .applied(change))
        return change
    }

    static func meeting(_ store: ReducerHarness) -> Meeting? { store.state.meeting(meetingID) }

    static func model(_ store: ReducerHarness) -> MeetingModeModel? {
        meeting(store).map {
            let mode = store.state.path.compactMap(MeetingModeState.init).last
            return MeetingModeModel(meeting: $0, showInternal: mode?.showInternal ?? false, state: store.state)
        }
    }

    @Test func startingTheTimerWritesAnOpenSpanAndNothingChangesBeforeItLands() throws {
        var store = Self.inMeetingMode()
        let base = try #require(Self.meeting(store))
        var started = base
        started.state = .running
        started.currentItem = 0
        started.agenda[0].spans = [TimeSpan(start: Self.t0)]
        let change = Change.meeting(.timer, started, base: base)
        store.key(.character(" "), effects: [.apply(change)])
        store.send(.applied(change)) {
            $0.network.meetings[1] = started
            $0.undoStack = [change.inverse]
        }
        #expect(Self.model(store)?.phase == .running)
    }

    @Test func theTimerCountsFromTheStoredStartAndShowsOverrunInWords() throws {
        var store = Self.inMeetingMode()
        _ = Self.keyAndLand(.character(" "), in: &store)
        store.send(.tick(Self.t0.addingTimeInterval(9 * 60 + 30)))  { $0.now = Self.t0.addingTimeInterval(570) }
        var model = try #require(Self.model(store))
        #expect(model.elapsed == "09:30")
        #expect(model.overTime == nil)
        #expect(model.left == "noch 00:30")
        // A slow machine or a missed tick changes nothing: the next tick is simply later.
        store.send(.tick(Self.t0.addingTimeInterval(11 * 60 + 5.9))) { $0.now = Self.t0.addingTimeInterval(665) }
        model = try #require(Self.model(store))
        #expect(model.elapsed == "11:05")
        #expect(model.overTime == "⚠ ÜBER DER ZEIT +01:05")
        #expect(model.total.hasPrefix("Sitzung 11:05 / 35:00 · Ende geplant 15:35, voraussichtlich 15:36"))
    }

    @Test func pauseStopsTheClockAndTheNextTopTakesTheRunningTimerAlong() throws {
        var store = Self.inMeetingMode()
        _ = Self.keyAndLand(.character(" "), in: &store)
        store.send(.tick(Self.t0.addingTimeInterval(120))) { $0.now = Self.t0.addingTimeInterval(120) }
        _ = Self.keyAndLand(.character(" "), in: &store)  // pause at 2:00
        store.send(.tick(Self.t0.addingTimeInterval(600))) { $0.now = Self.t0.addingTimeInterval(600) }
        #expect(Self.model(store)?.elapsed == "02:00")
        #expect(Self.model(store)?.phase == .paused)
        _ = Self.keyAndLand(.character(" "), in: &store)  // go on at 10:00
        store.send(.tick(Self.t0.addingTimeInterval(660))) { $0.now = Self.t0.addingTimeInterval(660) }
        #expect(Self.model(store)?.elapsed == "03:00")
        _ = Self.keyAndLand(.right, in: &store)
        store.send(.tick(Self.t0.addingTimeInterval(720))) { $0.now = Self.t0.addingTimeInterval(720) }
        let meeting = try #require(Self.meeting(store))
        #expect(meeting.currentItem == 1)
        #expect(meeting.agenda[0].spans.allSatisfy { $0.end != nil })
        #expect(meeting.agenda[1].spans == [TimeSpan(start: Self.t0.addingTimeInterval(660))])
        #expect(Self.model(store)?.position == "TOP 2 von 3")
        #expect(Self.model(store)?.elapsed == "01:00")
        #expect(MeetingClock.elapsed(meeting, now: store.state.now) == 240)
        // Back to TOP 1: its earlier time is still there and runs on.
        _ = Self.keyAndLand(.left, in: &store)
        #expect(Self.model(store)?.elapsed == "03:00")
        // No TOP before the first: the key writes nothing.
        store.key(.left)
    }

    @Test func aRestartedDashboardShowsTheSameTimesFromTheStore() throws {
        var store = Self.inMeetingMode()
        _ = Self.keyAndLand(.character(" "), in: &store)
        _ = Self.keyAndLand(.right, in: &store)
        // The program dies; twelve minutes later it starts again from what the store holds.
        let later = Self.t0.addingTimeInterval(12 * 60)
        var restarted = ReducerHarness(AppState(network: store.state.network, storeLabel: "~/store", now: later))
        restarted.press(.character("3"), .character("m"))
        let model = try #require(Self.model(restarted))
        #expect(model.phase == .running)
        #expect(model.position == "TOP 2 von 3")
        #expect(model.elapsed == "12:00")
        // A resize is no reason to lose a second either.
        restarted.send(.resize(Size(width: 80, height: 24))) { $0.size = Size(width: 80, height: 24) }
        #expect(Self.model(restarted)?.elapsed == "12:00")
    }

    @Test func endingAsksFirstThenStopsTheTimerAndFinishesTheMeeting() throws {
        var store = Self.inMeetingMode()
        _ = Self.keyAndLand(.character(" "), in: &store)
        store.send(.tick(Self.t0.addingTimeInterval(300))) { $0.now = Self.t0.addingTimeInterval(300) }
        store.key(.character("E")) { $0.dialog = .confirm(.endMeeting(Self.meetingID)) }
        store.key(.escape) { $0.dialog = nil }
        store.press(.character("E"))
        // Ending is asked like every step that ends something: Enter is no, j is yes.
        store.press(.enter)
        #expect(store.state.dialog == nil && Self.meeting(store)?.state != .finished)
        store.press(.character("E"))
        let change = try #require(Self.keyAndLand(.character("j"), in: &store))
        #expect(change.kind == .ended)
        let meeting = try #require(Self.meeting(store))
        #expect(meeting.state == .finished)
        #expect(meeting.agenda[0].spans == [TimeSpan(start: Self.t0, end: Self.t0.addingTimeInterval(300))])
        // An ended meeting's timer does not start again by accident, and the key says why.
        store.key(.character(" ")) { $0.notice = .meetingHint(.finished) }
        // u takes the ending back.
        _ = Self.keyAndLand(.character("u"), in: &store)
        #expect(Self.meeting(store)?.state == .running)
    }

    @Test func aDecisionCanAnswerALinkedQuestionInOneChange() throws {
        var store = Self.inMeetingMode()
        _ = Self.keyAndLand(.right, in: &store)  // TOP 2 with the bicycle question
        store.press(.character("b"))
        guard case .fields(let form)? = store.state.form else { Issue.record("no form"); return }
        #expect(form.choices == [Fixtures.network.questions[1].id])
        store.type("Der Kreis richtet eine Fahrradbörse ein")
        store.press(.tab, .character(" "))
        let change = try #require(Self.keyAndLand(.enter, in: &store))
        #expect(change.kind == .outcome)
        #expect(change.writes.count == 2)
        let meeting = try #require(Self.meeting(store))
        // A new outcome gets an id of its own, so that it merges by identity.
        let id = try #require(meeting.agenda[1].outcomes.first?.id)
        #expect(RecordID.isValid(id))
        #expect(meeting.agenda[1].outcomes == [Outcome(id: id, kind: .decision, text: "Der Kreis richtet eine Fahrradbörse ein",
                                                       question: Fixtures.network.questions[1].id)])
        let question = try #require(store.state.question(Fixtures.network.questions[1].id))
        #expect(question.status == .answered)
        #expect(question.answer?.meeting == Self.meetingID)
        #expect(question.answer?.by == "KI Test")
        #expect(store.state.form == nil)
        #expect(store.state.screen == .meetingMode(MeetingModeState(meetingID: Self.meetingID)), "the projector keeps the meeting")
        let detail = Details.question(question, state: store.state).lines.flatMap(\.spans).map(\.text).joined()
        #expect(detail.contains("2. Treffen, 13.03.2017 · TOP 2"), "the question links to the meeting")
    }

    @Test func aMeasureNeedsAnOwnerAndItsDueDateCountsFromTheMeeting() throws {
        var store = Self.inMeetingMode()
        store.press(.character("M"))
        store.type("Liste der Fahrradwerkstätten")
        store.press(.enter, .enter, .enter)  // to owner, to due, save: the owner is missing
        guard case .fields(let form)? = store.state.form else { Issue.record("form closed"); return }
        #expect(form.showProblems)
        #expect(form.focused == .owner)
        #expect(store.state.notice == .formHasProblems)
        store.type("Werl")
        store.press(.tab)
        store.type("31.3.")
        let change = try #require(Self.keyAndLand(.enter, in: &store))
        #expect(change.writes.count == 1)
        let outcome = try #require(Self.meeting(store)?.agenda[0].outcomes.first)
        #expect(outcome == Outcome(id: outcome.id, kind: .measure, text: "Liste der Fahrradwerkstätten", owner: "Werl",
                                   communes: ["werl"], due: LocalDate(year: 2017, month: 3, day: 31), status: .open))
        #expect(RecordID.isValid(outcome.id))
    }

    @Test func attendanceIsTickedOffAndSavedInOneWrite() throws {
        var store = Self.inMeetingMode()
        store.press(.character("a"), .character("a"))  // open, then all invited
        store.press(.down, .character(" "))  // Soest (second by name, after Möhnesee) leaves again
        let change = try #require(Self.keyAndLand(.enter, in: &store))
        #expect(change.kind == .attendance)
        #expect(Self.meeting(store)?.attendance.map(\.commune) == ["moehnesee", "werl"])
        #expect(Self.model(store)?.attendance == "Anwesend: 2 / 3 Kommunen")
    }

    @Test func internalNotesShowOnlyWhenToggled() throws {
        var network = Self.network()
        network.meetings[1].agenda[0].notes = "Nur intern: Raum erst ab 15:10 frei"
        var store = ReducerHarness(AppState(network: network, storeLabel: "~", now: Self.t0))
        store.press(.character("3"), .character("m"))
        let hidden = try #require(Self.model(store))
        #expect(!hidden.body.flatMap(\.spans).contains { $0.text.contains("Nur intern") })
        store.key(.character("v")) { $0.top(MeetingModeState.self) { $0.showInternal = true } }
        let shown = try #require(Self.model(store))
        #expect(shown.body.flatMap(\.spans).contains { $0.text.contains("Nur intern") })
    }

    @Test func tPutsAQuestionOnTheNextMeetingsAgendaOnce() throws {
        var store = ReducerHarness(Self.state(at: Date(timeIntervalSince1970: 1_480_000_000)))
        store.press(.character("2"))
        let question = try #require(store.state.selectedQuestion)
        let change = try #require(Self.keyAndLand(.character("t"), in: &store))
        #expect(change.kind == .scheduled)
        let agenda = try #require(Self.meeting(store)?.agenda)
        let item = agenda[agenda.count - 2]
        #expect(item == AgendaItem(id: item.id, number: 3, title: question.title, plannedMinutes: 15, questions: [question.id]))
        #expect(agenda.last?.title == "Verschiedenes" && agenda.last?.number == 4, "the new TOP goes before the closing one")
        #expect(RecordID.isValid(item.id))
        store.key(.character("t")) { $0.notice = .meetingHint(.alreadyScheduled) }
    }

    @Test func agendaItemsMoveWithJAndKAndAreRenumbered() throws {
        var store = ReducerHarness(Self.state())
        store.press(.character("3"))
        store.key(.enter) { $0.path = [.agenda(AgendaState(meetingID: Self.meetingID))] }
        _ = Self.keyAndLand(.character("J"), in: &store)
        #expect(Self.meeting(store)?.agenda.map(\.title) == ["Fahrräder", "Begrüßung", "Verschiedenes"])
        #expect(Self.meeting(store)?.agenda.map(\.number) == [1, 2, 3])
        #expect(AgendaState(try #require(store.state.top))?.item == 1, "the cursor moves with the item")
        _ = Self.keyAndLand(.character("K"), in: &store)
        #expect(Self.meeting(store)?.agenda.map(\.title) == ["Begrüßung", "Fahrräder", "Verschiedenes"])
        store.key(.character("K")) { $0.notice = nil }  // the first item cannot go higher: nothing is written
    }

    @Test func aNewItemIsValidatedAndAppended() throws {
        var store = ReducerHarness(Self.state())
        store.press(.character("3"), .enter, .character("n"))
        store.type("Ehrenamtskarte NRW")
        store.press(.tab, .tab)
        store.press(.control("u"))
        store.type("viel")
        store.press(.control("s"))
        guard case .fields(let form)? = store.state.form else { Issue.record("form closed"); return }
        #expect(form.focused == .minutes)
        store.press(.control("u"))
        store.type("25")
        _ = Self.keyAndLand(.control("s"), in: &store)
        let agenda = try #require(Self.meeting(store)?.agenda)
        let added = agenda[2]
        #expect(added == AgendaItem(id: added.id, number: 3, title: "Ehrenamtskarte NRW", plannedMinutes: 25))
        #expect(agenda.last?.title == "Verschiedenes")
        #expect(RecordID.isValid(added.id))
        #expect(store.state.screen == .agenda(AgendaState(meetingID: Self.meetingID, item: 2)), "the cursor is on the new TOP")
    }

    @Test func suggestionsOfferBundledQuestionsFirstAndCarryOverOpenMeasures() throws {
        var network = Self.network()
        network.meetings[0].agenda[0].outcomes = [Outcome(kind: .measure, text: "Dolmetscherliste", owner: "KI",
                                                          due: LocalDate(year: 2017, month: 2, day: 28), status: .open)]
        let meeting = try #require(network.meetings.first { $0.id == Self.meetingID })
        let suggestions = Suggestion.make(for: meeting, network: network, today: LocalDate(year: 2017, month: 3, day: 1),
                                          carryTitle: "Offene Maßnahmen aus früheren Treffen")
        // The bundled question is on the agenda already; the measure comes before single-commune questions.
        guard case .measure(let row)? = suggestions.first else { Issue.record("measure not first: \(suggestions)"); return }
        #expect(row.text == "Dolmetscherliste")
        var store = ReducerHarness(AppState(network: network, storeLabel: "~", now: Self.t0))
        store.press(.character("3"), .enter, .character("s"))
        _ = Self.keyAndLand(.enter, in: &store)
        let carried = try #require(Self.meeting(store)?.agenda[1])
        #expect(carried.title == "Offene Maßnahmen aus früheren Treffen")
        #expect(carried.description == "• Dolmetscherliste (KI, 28.02.2017)")
        #expect(store.state.suggestions(for: try #require(Self.meeting(store))).allSatisfy {
            if case .measure = $0 { return false } else { return true }
        }, "a carried measure is not offered twice")
    }

    @Test func theMeasuresListMarksOverdueOnesAndChangesTheirStatus() throws {
        var network = Self.network()
        network.meetings[0].agenda[0].outcomes = [
            Outcome(kind: .measure, text: "Später", owner: "Werl", due: LocalDate(year: 2017, month: 6, day: 1), status: .open),
            Outcome(kind: .measure, text: "Überfällig", owner: "KI", due: LocalDate(year: 2017, month: 1, day: 31), status: .open),
            Outcome(kind: .measure, text: "Erledigt", owner: "KI", status: .done),
        ]
        var store = ReducerHarness(AppState(network: network, storeLabel: "~", now: Self.t0))
        store.key(.character("O")) {
            $0.path = [.measures(MeasuresState())]
            $0.top(MeasuresState.self) { $0.selection = Selection(id: "01BBBBBBBBBBBBBBBBBBBBBB01/0/1") }
        }
        #expect(store.state.measureRows(all: MeasuresState(try #require(store.state.top))?.all ?? false).map(\.text) == ["Überfällig", "Später"])
        #expect(store.state.measureRows(all: MeasuresState(try #require(store.state.top))?.all ?? false).map(\.isOverdue) == [true, false])
        let change = try #require(Self.keyAndLand(.character("e"), in: &store))
        #expect(change.kind == .measure(.done))
        #expect(store.state.measureRows(all: MeasuresState(try #require(store.state.top))?.all ?? false).map(\.text) == ["Später"])
        store.key(.character("a")) {
            $0.top(MeasuresState.self) {
                $0.all = true
                $0.selection = Selection(id: "01BBBBBBBBBBBBBBBBBBBBBB01/0/0")
            }
            $0.notice = nil
        }
        // Open ones first; the rest by due date, those without one last.
        #expect(store.state.measureRows(all: MeasuresState(try #require(store.state.top))?.all ?? false).map(\.text) == ["Später", "Überfällig", "Erledigt"])
    }
}

extension MeetingReducerTests {
    @Test func arrowsUpAndDownInMeetingModeOfAnEndedMeetingSayNothing() throws {
        var network = Self.network()
        network.meetings[1].state = .finished
        var store = ReducerHarness(AppState(network: network, storeLabel: "~", now: Self.t0))
        store.press(.character("3"), .character("m"))
        store.key(.up)
        store.key(.pageDown)
        store.key(.character(" ")) { $0.notice = .meetingHint(.finished) }
    }

    @Test func anEditOfATopThatWasDeletedMeanwhileBecomesANewTop() throws {
        var store = ReducerHarness(Self.state())
        store.press(.character("3"), .enter, .down, .down, .character("e"))
        // A colleague's version arrives without the third TOP.
        var network = store.state.network
        network.meetings[1].agenda.removeLast()
        _ = Reducer.reduce(&store.stateForTests, .reloaded(network, []))
        store.type(" und Termine")
        _ = Self.keyAndLand(.control("s"), in: &store)
        #expect(Self.meeting(store)?.agenda.map(\.title) == ["Begrüßung", "Fahrräder", "Verschiedenes und Termine"])
    }
}
