import Foundation

extension LocalDateTime {
    /// The wall-clock time an instant has in a time zone: the one place where an instant
    /// becomes a district's date and time (a day stamp, a meeting's expected end).
    public init(_ date: Date, in zone: TimeZone) {
        let civil = CivilTime(date, in: zone)
        self.init(date: LocalDate(year: civil.year, month: civil.month, day: civil.day), hour: civil.hour, minute: civil.minute)
    }
}

extension LocalDate {
    /// The calendar day of an instant in a time zone.
    public init(_ date: Date, in zone: TimeZone) {
        self = LocalDateTime(date, in: zone).date
    }
}
