import Foundation

/// Instants as the store writes them, "2016-12-05T14:00:00Z", read strictly: Foundation's
/// parser turns "2016-02-30T25:61:00Z" into 2 March, which would then be written back so.
/// An impossible date or time is an error that names the field instead.
enum StrictDate {
    static func parse(_ text: String) -> Date? {
        // YYYY-MM-DDTHH:MM:SS, optional fraction, then Z or ±HH:MM.
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 20 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[range] {
                guard let digit = Int(String(scalar)), ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard scalars[4] == "-", scalars[7] == "-", scalars[10] == "T", scalars[13] == ":", scalars[16] == ":",
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < scalars.count, scalars[index] == "." {
            index += 1
            var scale = 0.1
            let start = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                fraction += Double(Int(String(scalars[index])) ?? 0) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offset = 0
        guard index < scalars.count else { return nil }
        if scalars[index] == "Z" {
            index += 1
        } else if scalars[index] == "+" || scalars[index] == "-" {
            guard let hours = number(index + 1..<index + 3), index + 3 < scalars.count, scalars[index + 3] == ":",
                  let minutes = number(index + 4..<index + 6), hours < 24, minutes < 60 else { return nil }
            offset = (hours * 3600 + minutes * 60) * (scalars[index] == "-" ? -1 : 1)
            index += 6
        } else {
            return nil
        }
        guard index == scalars.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return Date(timeIntervalSince1970: seconds)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
