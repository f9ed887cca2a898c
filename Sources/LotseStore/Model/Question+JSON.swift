import Foundation

extension Question {
    /// The question as the store writes it, built directly rather than through an encoder
    /// and back: `JSONValue.of(question)` gives the same value (a test holds them to it),
    /// at a tenth of the cost, which counts for `questions list --format json` of 100,000.
    public var jsonValue: JSONValue {
        var fields: [String: JSONValue] = [
            "id": .string(id),
            "communes": .array(communes.map(JSONValue.string)),
            "title": .string(title),
            "body": .string(body),
            "category": .string(category),
            "tags": .array(tags.map(JSONValue.string)),
            "status": .string(status.rawValue),
            "created": .string(Self.timestamp(created)),
            "updated": .string(Self.timestamp(updated)),
            "loggedBy": .string(loggedBy),
        ]
        if let assignee { fields["assignee"] = .string(assignee) }
        if let duplicateOf { fields["duplicateOf"] = .string(duplicateOf) }
        if let answer {
            var parts: [String: JSONValue] = [
                "text": .string(answer.text),
                "sources": .array(answer.sources.map(JSONValue.string)),
                "by": .string(answer.by),
                "date": .string(Self.timestamp(answer.date)),
            ]
            if let meeting = answer.meeting { parts["meeting"] = .string(meeting) }
            fields["answer"] = .object(parts)
        }
        return .object(fields)
    }

    /// `2026-11-27T04:30:00Z`, as the encoder's ISO 8601 writes it: whole seconds, UTC.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        // Days to a civil date (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(rest / 3_600)):\(two(rest % 3_600 / 60)):\(two(rest % 60))Z"
    }
}
