import Foundation

extension LocalDateTime {
    /// The wall-clock time an instant has in a time zone: the one place where an instant
    /// becomes a district's date and time (a day stamp, a meeting's expected end).
    public init(_ date: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        self.init(date: LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1),
                  hour: parts.hour ?? 0, minute: parts.minute ?? 0)
    }
}

extension LocalDate {
    /// The calendar day of an instant in a time zone.
    public init(_ date: Date, in zone: TimeZone) {
        self = LocalDateTime(date, in: zone).date
    }
}
