/// A calendar date in the district, without a time zone: "2017-01-31".
public struct LocalDate: TextValue, Hashable, Sendable, Comparable {
    public static let example = "2017-01-31"

    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY-MM-DD"; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...LocalDate.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// 0 = Monday … 6 = Sunday (Zeller's congruence, so no calendar or time zone is needed).
    public var weekday: Int {
        var y = year
        var m = month
        if m < 3 { m += 12; y -= 1 }
        let h = (day + (13 * (m + 1)) / 5 + y + y / 4 - y / 100 + y / 400) % 7
        return (h + 5) % 7
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A wall-clock date and time in the district: "2016-12-05T14:00".
public struct LocalDateTime: TextValue, Hashable, Sendable, Comparable {
    public static let example = "2016-12-05T15:00"

    public var date: LocalDate
    public var hour: Int
    public var minute: Int

    public init(date: LocalDate, hour: Int, minute: Int) {
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    public init?(_ text: String) {
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let date = LocalDate(String(halves[0])) else { return nil }
        let time = halves[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2, time[0].count == 2, time[1].count == 2,
              let h = Int(time[0]), let m = Int(time[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        self.init(date: date, hour: h, minute: m)
    }

    public var description: String { "\(date)T\(pad(hour, 2)):\(pad(minute, 2))" }

    /// The time of day this many minutes later (same day is enough for agendas).
    public func adding(minutes: Int) -> (hour: Int, minute: Int) {
        let total = hour * 60 + minute + minutes
        return ((total / 60) % 24, total % 60)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.hour, lhs.minute) < (rhs.date, rhs.hour, rhs.minute)
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

extension LocalDate {
    /// The same day `months` later (or earlier), the last day of the month where the
    /// month is shorter: a year after 29.02. is 28.02.
    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        return LocalDate(year: newYear, month: newMonth, day: min(day, LocalDate.daysIn(month: newMonth, year: newYear)))
    }
}

extension LocalDate {
    /// The day `days` later (or earlier), counted on the proleptic Gregorian calendar.
    public func adding(days: Int) -> LocalDate {
        var date = self
        var left = days
        while left > 0 {
            let last = LocalDate.daysIn(month: date.month, year: date.year)
            if date.day + left <= last {
                date.day += left
                left = 0
            } else {
                left -= last - date.day + 1
                date = date.month == 12 ? LocalDate(year: date.year + 1, month: 1, day: 1)
                    : LocalDate(year: date.year, month: date.month + 1, day: 1)
            }
        }
        while left < 0 {
            if date.day + left >= 1 {
                date.day += left
                left = 0
            } else {
                left += date.day
                let (year, month) = date.month == 1 ? (date.year - 1, 12) : (date.year, date.month - 1)
                date = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))
            }
        }
        return date
    }
}
