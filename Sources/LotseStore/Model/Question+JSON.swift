import Foundation

extension Question {
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

    /// The question's canonical text (as `JSONValue.of(question).canonicalText` gives it),
    /// written straight into bytes: the keys in their sorted order, known beforehand, and
    /// texts copied as they are but for what must be escaped. Going through an encoder and
    /// back made `--format json` of 100,000 questions six times slower; a test holds the
    /// two to the same text.
    public func writeCanonical(into out: inout [UInt8], indent: Int) {
        let pad = [UInt8](repeating: 0x20, count: (indent + 1) * 2)
        let close = [UInt8](repeating: 0x20, count: indent * 2)
        var first = true
        func key(_ name: StaticString) {
            out.append(contentsOf: first ? [0x7B, 0x0A] : [0x2C, 0x0A])
            first = false
            out.append(contentsOf: pad)
            out.append(0x22)
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(contentsOf: Array("\" : ".utf8))
        }
        func list(_ items: [String], indent: Int) {
            let inner = [UInt8](repeating: 0x20, count: (indent + 1) * 2)
            let end = [UInt8](repeating: 0x20, count: indent * 2)
            out.append(contentsOf: [0x5B, 0x0A])
            if items.isEmpty { out.append(0x0A) }
            for (index, item) in items.enumerated() {
                out.append(contentsOf: inner)
                Self.writeString(item, into: &out)
                out.append(contentsOf: index == items.count - 1 ? [0x0A] : [0x2C, 0x0A])
            }
            out.append(contentsOf: end)
            out.append(0x5D)
        }
        if let answer {
            key("answer")
            let inner = [UInt8](repeating: 0x20, count: (indent + 2) * 2)
            func field(_ name: String, last: Bool = false, _ write: () -> Void) {
                out.append(contentsOf: inner)
                out.append(contentsOf: Array("\"\(name)\" : ".utf8))
                write()
                out.append(contentsOf: last ? [0x0A] : [0x2C, 0x0A])
            }
            out.append(contentsOf: [0x7B, 0x0A])
            field("by") { Self.writeString(answer.by, into: &out) }
            field("date") { Self.writeString(Self.timestamp(answer.date), into: &out) }
            if let meeting = answer.meeting { field("meeting") { Self.writeString(meeting, into: &out) } }
            field("sources") { list(answer.sources, indent: indent + 2) }
            field("text", last: true) { Self.writeString(answer.text, into: &out) }
            out.append(contentsOf: pad)
            out.append(0x7D)
        }
        if let assignee { key("assignee"); Self.writeString(assignee, into: &out) }
        key("body"); Self.writeString(body, into: &out)
        key("category"); Self.writeString(category, into: &out)
        key("communes"); list(communes, indent: indent + 1)
        key("created"); Self.writeString(Self.timestamp(created), into: &out)
        if let duplicateOf { key("duplicateOf"); Self.writeString(duplicateOf, into: &out) }
        key("id"); Self.writeString(id, into: &out)
        key("loggedBy"); Self.writeString(loggedBy, into: &out)
        key("status"); Self.writeString(status.rawValue, into: &out)
        key("tags"); list(tags, indent: indent + 1)
        key("title"); Self.writeString(title, into: &out)
        key("updated"); Self.writeString(Self.timestamp(updated), into: &out)
        out.append(0x0A)
        out.append(contentsOf: close)
        out.append(0x7D)
    }

    /// `JSONValue.writeString` on bytes: quotes, backslashes and controls (C0, DEL, C1)
    /// escaped, everything else as it is.
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                case 0x08: out.append(contentsOf: [0x5C, 0x62])
                case 0x0C: out.append(contentsOf: [0x5C, 0x66])
                case 0x00..<0x20, 0x7F:
                    out.append(contentsOf: Array(String(format: "\\u%04x", Int(byte)).utf8))
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    out.append(contentsOf: Array(String(format: "\\u%04x", Int(bytes[index + 1])).utf8))
                    index += 1
                default: out.append(byte)
                }
                index += 1
            }
        }
        out.append(0x22)
    }
}
