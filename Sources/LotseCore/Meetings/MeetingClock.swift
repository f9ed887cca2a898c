import Foundation
import LotseStore

/// The meeting timer, computed from the spans in the store and the time the run loop
/// last reported. Nothing counts ticks: a slow machine, a resize or a restart cannot make
/// the clock drift, because every number is "now minus a stored instant".
public enum MeetingClock {
    /// Seconds the TOP has been discussed so far.
    public static func elapsed(_ item: AgendaItem, now: Date) -> Int {
        item.spans.reduce(0) { sum, span in
            sum + max(0, Int((span.end ?? now).timeIntervalSince(span.start)))
        }
    }

    /// Seconds of the whole meeting: the sum over its TOPs (pauses do not count).
    public static func elapsed(_ meeting: Meeting, now: Date) -> Int {
        meeting.agenda.reduce(0) { $0 + elapsed($1, now: now) }
    }

    public static func isRunning(_ item: AgendaItem) -> Bool {
        item.spans.last.map { $0.end == nil } ?? false
    }

    public static func isRunning(_ meeting: Meeting) -> Bool {
        meeting.agenda.contains(where: isRunning)
    }

    /// Seconds over the planned minutes; zero or less while in time.
    public static func overrun(_ item: AgendaItem, now: Date) -> Int {
        elapsed(item, now: now) - item.plannedMinutes * 60
    }

    /// The TOP the meeting is at: the stored one, else the first.
    public static func currentIndex(_ meeting: Meeting) -> Int? {
        guard !meeting.agenda.isEmpty else { return nil }
        return min(max(0, meeting.currentItem ?? 0), meeting.agenda.count - 1)
    }

    /// Minutes still planned from now on: what is left of the current TOP (nothing when
    /// it ran over) and all TOPs after it.
    public static func remainingSeconds(_ meeting: Meeting, now: Date) -> Int {
        guard let current = currentIndex(meeting) else { return 0 }
        let item = meeting.agenda[current]
        let left = max(0, item.plannedMinutes * 60 - elapsed(item, now: now))
        return left + meeting.agenda[(current + 1)...].reduce(0) { $0 + $1.plannedMinutes * 60 }
    }

    // MARK: Changes

    /// Starts the timer of the current TOP; the meeting starts running with it.
    public static func start(_ meeting: Meeting, now: Date) -> Meeting {
        guard let current = currentIndex(meeting), !isRunning(meeting) else { return meeting }
        var meeting = meeting
        meeting.state = .running
        meeting.currentItem = current
        meeting.agenda[current].spans.append(TimeSpan(start: now))
        return meeting
    }

    /// Stops every running timer (there is at most one).
    public static func pause(_ meeting: Meeting, now: Date) -> Meeting {
        var meeting = meeting
        for index in meeting.agenda.indices {
            if let last = meeting.agenda[index].spans.indices.last, meeting.agenda[index].spans[last].end == nil {
                meeting.agenda[index].spans[last].end = max(now, meeting.agenda[index].spans[last].start)
            }
        }
        return meeting
    }

    /// Moves to another TOP; a running timer moves along with it.
    public static func go(to index: Int, in meeting: Meeting, now: Date) -> Meeting {
        guard meeting.agenda.indices.contains(index) else { return meeting }
        let running = isRunning(meeting)
        var moved = pause(meeting, now: now)
        moved.currentItem = index
        return running ? start(moved, now: now) : moved
    }

    /// Ends the meeting: the timer stops, and the meeting is finished.
    /// When a meeting under way will end at the pace it has: now plus what remains of its
    /// plan. Nil before it starts and after it ended. Meeting mode and the home screen's
    /// details both say this one time.
    public static func expectedEnd(_ meeting: Meeting, now: Date, in zone: TimeZone) -> LocalDateTime? {
        let underWay = meeting.state != .finished && (meeting.state != .planned || isRunning(meeting))
        guard underWay else { return nil }
        return LocalDateTime(now.addingTimeInterval(TimeInterval(remainingSeconds(meeting, now: now))), in: zone)
    }

    public static func end(_ meeting: Meeting, now: Date) -> Meeting {
        var ended = pause(meeting, now: now)
        ended.state = .finished
        return ended
    }

    // MARK: Formatting

    /// "04:05", or "1:02:03" from an hour on; negative values as "-04:05".
    public static func format(seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : ""
        let value = abs(seconds)
        let h = value / 3600
        let m = (value % 3600) / 60
        let s = value % 60
        return h > 0 ? "\(sign)\(h):\(Format.two(m)):\(Format.two(s))" : "\(sign)\(Format.two(m)):\(Format.two(s))"
    }
}
