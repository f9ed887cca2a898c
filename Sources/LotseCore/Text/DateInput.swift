import Foundation
import LotseStore

/// Dates and times as people type them into a form: "31.03.2017", "31.3.", "2017-03-31",
/// "14:00", "9.30". Forgiving on input, strict on what it accepts.
public enum DateInput {
    /// A date; a German date without a year is the next such day from `reference` on.
    public static func date(_ text: String, reference: LocalDate) -> LocalDate? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(text) { return iso }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || (parts.count == 2 && !parts[1].isEmpty) else { return nil }
        guard let day = Int(parts[0]), let month = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        func make(_ year: Int) -> LocalDate? {
            LocalDate("\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")
        }
        if parts.count == 3, !parts[2].isEmpty {
            guard let typed = Int(parts[2]), parts[2].count == 4 || parts[2].count == 2 else { return nil }
            return make(parts[2].count == 2 ? 2000 + typed : typed)
        }
        guard let date = make(reference.year) else { return make(reference.year + 1) }
        return date < reference ? make(reference.year + 1) : date
    }

    /// A date typed in the right shape that the calendar does not have ("31.02.2027"),
    /// written back as the user meant it; nil for anything else.
    public static func impossible(_ text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              (1 ... 31).contains(day), (1 ... 12).contains(month), parts[2].count == 4 || parts[2].count == 2 else { return nil }
        let fullYear = parts[2].count == 2 ? 2000 + year : year
        guard day > LocalDate.daysIn(month: month, year: fullYear) else { return nil }
        return "\(day < 10 ? "0" : "")\(day).\(month < 10 ? "0" : "")\(month).\(fullYear)"
    }

    /// A time of day: "14:00", "14.00", "9:30", "14".
    /// A time in the shape HH:MM whose hour or minute does not exist ("25:00", "12:60"),
    /// as typed; nil for anything else.
    public static func impossibleTime(_ text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." }).map(String.init)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }),
              time(text) == nil else { return nil }
        return text
    }

    public static func time(_ text: String) -> (hour: Int, minute: Int)? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." }).map(String.init)
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), parts[0].count <= 2, (0...23).contains(hour) else { return nil }
        guard parts.count == 2 else { return (hour, 0) }
        guard let minute = Int(parts[1]), parts[1].count == 2, (0...59).contains(minute) else { return nil }
        return (hour, minute)
    }
}
