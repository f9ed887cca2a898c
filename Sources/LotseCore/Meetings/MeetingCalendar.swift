import Foundation
import LotseStore

/// A meeting as an iCalendar event (RFC 5545), with the agenda in its description, so
/// coordinators can put the invitation into their calendars. Meeting times are the
/// district's wall-clock times, so the event carries the district's time zone
/// (Europe/Berlin, with its rules) rather than UTC.
public enum MeetingCalendar {
    /// Who sends the invitations (ORGANIZER): the person or role address that exports
    /// them, given as "Name <address>" or an address alone.
    public struct Organizer: Hashable, Sendable {
        public var name: String
        public var email: String

        /// Reads "KI Kreis Soest <ki@kreis-soest.de>" or "ki@kreis-soest.de"; nil when
        /// there is no valid address in it.
        public init?(_ text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
                name = String(trimmed[..<open]).trimmingCharacters(in: .whitespaces)
                email = String(trimmed[trimmed.index(after: open) ..< trimmed.index(before: trimmed.endIndex)])
            } else {
                name = ""
                email = trimmed
            }
            guard !email.isEmpty, ContactCheck.isEmail(email) else { return nil }
        }
    }

    /// One meeting as a calendar of its own (the invitation to import). `modified`: when
    /// the meeting last changed (its file's time): LAST-MODIFIED, and SEQUENCE grows with
    /// it, so that a calendar program takes a re-exported invitation with a new time as
    /// the newer version of the same event (same UID) instead of keeping the old one.
    public static func event(_ meeting: Meeting, in network: Network, stamp: Date, modified: Date? = nil,
                             organizer: Organizer? = nil, language: Language = .de) -> String {
        calendar(vevent(meeting, in: network, stamp: stamp, modified: modified, organizer: organizer, language: language))
    }

    /// Several meetings as one calendar, for a subscription (`meetings ical --all`).
    public static func calendar(of meetings: [(meeting: Meeting, modified: Date?)], in network: Network, stamp: Date,
                                organizer: Organizer? = nil, language: Language = .de) -> String {
        calendar(meetings.flatMap { vevent($0.meeting, in: network, stamp: stamp, modified: $0.modified, organizer: organizer,
                                           language: language) },
                 name: network.manifest.network)
    }

    private static func calendar(_ events: [String], name: String? = nil) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Lotse//Netzwerk Ehrenamtskoordination//DE",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        if let name, !name.isEmpty { lines.append("X-WR-CALNAME:\(text(clean(name)))") }
        lines += berlin + events + ["END:VCALENDAR"]
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The lines of one VEVENT.
    static func vevent(_ meeting: Meeting, in network: Network, stamp: Date, modified: Date?, organizer: Organizer?,
                       language: Language) -> [String] {
        let t = language.meetingTexts
        let end = meeting.start.adding(minutes: meeting.plannedMinutes)
        let endDate: LocalDate = {
            let minutes = meeting.start.hour * 60 + meeting.start.minute + meeting.plannedMinutes
            var day = meeting.start.date
            for _ in 0 ..< minutes / 1440 { day = day.addingDays(1) }
            return day
        }()
        var description = ["\(t.agenda):"]
        var clock = meeting.start.hour * 60 + meeting.start.minute
        for item in meeting.agenda {
            description.append("\(t.top) \(item.number) (\(Format.time(clock / 60 % 24, clock % 60)), \(item.plannedMinutes) \(t.minutes)): \(clean(item.title))")
            clock += item.plannedMinutes
        }
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(meeting.id)@lotse",
            "DTSTAMP:\(utc(stamp))",
        ]
        if let modified {
            lines.append("LAST-MODIFIED:\(utc(modified))")
            lines.append("SEQUENCE:\(sequence(modified))")
        }
        lines += [
            "DTSTART;TZID=Europe/Berlin:\(local(meeting.start.date, meeting.start.hour, meeting.start.minute))",
            "DTEND;TZID=Europe/Berlin:\(local(endDate, end.hour, end.minute))",
            "SUMMARY:\(text(clean(meeting.title)))",
        ]
        if !meeting.place.isEmpty { lines.append("LOCATION:\(text(clean(meeting.place)))") }
        lines.append("DESCRIPTION:\(text(description.joined(separator: "\n")))")
        if let organizer {
            let name = clean(organizer.name).replacingOccurrences(of: "\"", with: "'")
            lines.append("ORGANIZER" + (name.isEmpty ? "" : ";CN=\"\(name)\"") + ":mailto:\(clean(organizer.email))")
        }
        // The invited communes' role addresses; "invited" empty means every active commune.
        let invited = meeting.invited.isEmpty ? network.communes.filter { !$0.archived }.map(\.id) : meeting.invited
        for commune in network.communes where invited.contains(commune.id) {
            for coordinator in commune.coordinators where ContactCheck.isEmail(coordinator.email) && !coordinator.email.isEmpty {
                let name = clean(coordinator.name).replacingOccurrences(of: "\"", with: "'")
                lines.append("ATTENDEE;CN=\"\(name)\";ROLE=REQ-PARTICIPANT:mailto:\(clean(coordinator.email))")
            }
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// Minutes since 2016-01-01 (the network's first meeting) of the last change: grows with
    /// every change, and fits SEQUENCE's integer for thousands of years.
    static func sequence(_ modified: Date) -> Int {
        max(0, Int((modified.timeIntervalSince1970 - 1_451_606_400) / 60))
    }

    /// The rules of Europe/Berlin: CET, and CEST from the last Sunday of March to the last
    /// Sunday of October.
    static let berlin = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func local(_ date: LocalDate, _ hour: Int, _ minute: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.year)\(two(date.month))\(two(date.day))T\(two(hour))\(two(minute))00"
    }

    static func utc(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// A TEXT value: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11).
    static func text(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text from the store without control characters (a record can come from anyone).
    static func clean(_ value: String) -> String {
        TerminalSafe.stripped(value).replacingOccurrences(of: "\t", with: " ")
    }

    /// Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8
    /// character (RFC 5545 3.1).
    static func fold(_ line: String) -> String {
        var out = ""
        var length = 0
        for character in line {
            let size = String(character).utf8.count
            if length + size > 75 {
                out += "\r\n "
                length = 1
            }
            out.append(character)
            length += size
        }
        return out
    }
}

extension LocalDate {
    /// The next day, `days` times.
    func addingDays(_ days: Int) -> LocalDate {
        var date = self
        for _ in 0 ..< days {
            if date.day < LocalDate.daysIn(month: date.month, year: date.year) {
                date = LocalDate(year: date.year, month: date.month, day: date.day + 1)
            } else {
                date = LocalDate(year: date.year, month: date.month, day: 1).adding(months: 1)
            }
        }
        return date
    }
}
