import Foundation
import LotseStore

/// What meeting mode shows, worked out from the meeting and the clock: the screen only
/// places it. No internal notes or names unless `showInternal` says so.
public struct MeetingModeModel: Equatable, Sendable {
    public enum Phase: Equatable, Sendable { case notStarted, running, paused, finished }

    public var title: String
    public var subtitle: String
    public var phase: Phase
    public var phaseText: String
    /// "TOP 3 von 6"; nil when the agenda is empty.
    public var position: String?
    public var itemTitle: String
    public var body: [DetailLine]
    /// The TOP's time as mm:ss, its plan, and how far over it is (nil while in time).
    public var elapsed: String
    public var planned: String
    public var overTime: String?
    public var left: String?
    public var total: String
    public var upcoming: [String]
    public var attendance: String?

    public init(meeting: Meeting, showInternal: Bool = false, selectedOutcome: String? = nil, state: AppState) {
        let t = state.language.meetingScreenTexts
        let s = state.strings
        let now = state.now
        title = meeting.title
        subtitle = Format.longDate(meeting.start, strings: s) + " · " + meeting.place
        let running = MeetingClock.isRunning(meeting)
        switch meeting.state {
        case .finished: phase = .finished
        case .planned where !running: phase = .notStarted
        default: phase = running ? .running : .paused
        }
        switch phase {
        case .notStarted: phaseText = t.notStarted
        case .running: phaseText = t.running
        case .paused: phaseText = t.paused
        case .finished: phaseText = t.finished
        }
        let totalSeconds = MeetingClock.elapsed(meeting, now: now)
        let plannedTotal = meeting.plannedMinutes * 60
        var totalText = "\(t.meetingTotal) \(MeetingClock.format(seconds: totalSeconds)) / \(MeetingClock.format(seconds: plannedTotal))"
        let plannedEnd = meeting.start.adding(minutes: meeting.plannedMinutes)
        totalText += " · \(t.plannedEnd) \(Format.time(plannedEnd.hour, plannedEnd.minute))"
        if let expected = MeetingClock.expectedEnd(meeting, now: now, in: state.timeZone) {
            totalText += ", \(t.expectedEnd) \(Format.time(expected.hour, expected.minute))"
        }
        total = totalText
        let summary = meeting.attendanceSummary
        let guests = summary.guests.isEmpty ? "" : " + \(summary.guests.count) \(state.language.meetingTexts.guests)"
        attendance = meeting.attendance.isEmpty ? nil
            : "\(t.present): \(summary.present.count) / \(meeting.invited.count) \(s.communes)\(guests)"
        if phase == .finished {
            // An ended meeting shows what it came to, not a countdown.
            let r = state.language.meetingRecordTexts
            position = nil
            itemTitle = r.result
            body = Self.result(meeting, showInternal: showInternal, state: state)
            let actual = meeting.agenda.reduce(0) { $0 + MeetingClock.elapsed($1, now: now) }
            elapsed = MeetingClock.format(seconds: actual)
            planned = MeetingClock.format(seconds: meeting.plannedMinutes * 60)
            overTime = nil
            left = nil
            total = r.totals((actual + 30) / 60, meeting.plannedMinutes)
            upcoming = []
            return
        }
        guard let index = MeetingClock.currentIndex(meeting) else {
            position = nil
            itemTitle = ""
            body = [.text(t.emptyAgenda)]
            elapsed = MeetingClock.format(seconds: 0)
            planned = MeetingClock.format(seconds: 0)
            overTime = nil
            left = nil
            upcoming = []
            return
        }
        let item = meeting.agenda[index]
        position = t.itemOf(item.number, meeting.agenda.count)
        itemTitle = item.title
        let seconds = MeetingClock.elapsed(item, now: now)
        elapsed = MeetingClock.format(seconds: seconds)
        planned = MeetingClock.format(seconds: item.plannedMinutes * 60)
        let over = MeetingClock.overrun(item, now: now)
        overTime = over > 0 ? t.overTime(MeetingClock.format(seconds: over)) : nil
        left = over > 0 ? nil : t.left(MeetingClock.format(seconds: -over))
        body = Self.body(of: item, meeting: meeting, showInternal: showInternal, selected: selectedOutcome, state: state)
        upcoming = meeting.agenda[(index + 1)...].map { "TOP \($0.number)  \($0.title)  (\($0.plannedMinutes) \(s.minutesShort))" }
        if upcoming.isEmpty { upcoming = [t.lastItem] }
    }

    /// Each TOP with its time against the plan, and its outcomes.
    static func result(_ meeting: Meeting, showInternal: Bool, state: AppState) -> [DetailLine] {
        let r = state.language.meetingRecordTexts
        var lines: [DetailLine] = []
        for item in meeting.agenda {
            let minutes = (MeetingClock.elapsed(item, now: state.now) + 30) / 60
            let over = minutes > item.plannedMinutes
            lines.append(DetailLine([
                TextSpan("TOP \(item.number)  \(item.title)  ", .heading),
                TextSpan("\(minutes) / \(item.plannedMinutes) \(r.minutesShort)", over ? .warning : .plain),
            ], hangingIndent: 4))
            lines += item.outcomes.filter { showInternal || $0.kind != .internal }
                .map { AgendaLines.outcome($0, strings: state.strings, indent: 4) }
        }
        return lines
    }

    private static func body(of item: AgendaItem, meeting: Meeting, showInternal: Bool, selected: String?, state: AppState) -> [DetailLine] {
        let t = state.language.meetingScreenTexts
        let s = state.strings
        var lines: [DetailLine] = []
        if !item.presenter.isEmpty { lines.append(.field(s.fields.presenter, item.presenter)) }
        if !item.description.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines += item.description.split(separator: "\n", omittingEmptySubsequences: false).map { .text(String($0)) }
        }
        let questions = item.questions.compactMap { state.question($0) }
        if !questions.isEmpty {
            lines += [.blank, .heading(t.questions)]
            let names = state.communeNames
            lines += questions.map { question in
                AgendaLines.question(question, note: "(" + question.communes.map { names[$0] ?? $0 }.joined(separator: ", ") + ")")
            }
        }
        let outcomes = item.outcomes.filter { showInternal || $0.kind != .internal }
        if !outcomes.isEmpty {
            lines += [.blank, .heading(t.outcomes)]
            lines += outcomes.map { outcome in
                var line = AgendaLines.outcome(outcome, strings: s)
                // The outcome chosen with ↑↓ to correct or remove, marked so it is seen from the back row.
                if outcome.id == selected {
                    line.spans.insert(TextSpan("▶ ", .accent), at: 0)
                    line.spans = line.spans.map { TextSpan($0.text, $0.emphasis == .plain ? .accent : $0.emphasis) }
                }
                return line
            }
        }
        if showInternal {
            if !item.notes.isEmpty { lines += [.blank, .field(t.internalNote, item.notes, width: 16, .warning)] }
            let names = state.communeNames
            let persons = meeting.attendance.filter { !$0.persons.isEmpty }
                .map { "\(names[$0.commune] ?? $0.commune): \($0.persons.joined(separator: ", "))" }
            if !persons.isEmpty { lines += [.blank, .field(t.present, persons.joined(separator: "; "), width: 16, .warning)] }
        }
        return lines
    }
}
