import Foundation
import LotseStore

/// Dates and times as the German-speaking users write them, the same in every language
/// of the interface (dd.mm.yyyy is what the minutes use).
public enum Format {
    public static func shortDate(_ date: LocalDate) -> String {
        "\(two(date.day)).\(two(date.month)).\(date.year)"
    }

    public static func longDate(_ dateTime: LocalDateTime, strings: Strings) -> String {
        let weekday = strings.weekdays[dateTime.date.weekday]
        return "\(weekday), \(shortDate(dateTime.date)), \(time(dateTime.hour, dateTime.minute))"
    }

    public static func time(_ hour: Int, _ minute: Int) -> String {
        "\(two(hour)):\(two(minute))"
    }

    /// The calendar day of a timestamp, in the time zone of the machine.
    public static func day(_ date: Date) -> String {
        shortDate(LocalDate(date, in: .current))
    }

    /// A count with its thousands set apart: 100.000 in German, 100,000 in English.
    public static func grouped(_ value: Int, separator: Character) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(separator) }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
