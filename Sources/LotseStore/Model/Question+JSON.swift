import Foundation

extension Question {
    /// `2026-11-27T04:30:00Z`, as the encoder's ISO 8601 writes it: whole seconds, UTC.
    public static func timestamp(_ date: Date) -> String {
        var out: [UInt8] = []
        writeTimestamp(date, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `timestamp`, written into bytes digit by digit: a list of all questions has 200,000.
    static func writeTimestamp(_ date: Date, into out: inout [UInt8]) {
        let civil = CivilTime(secondsSince1970: Int(date.timeIntervalSince1970.rounded(.down)))
        let (year, month, day) = (civil.year, civil.month, civil.day)
        let rest = civil.hour * 3_600 + civil.minute * 60 + civil.second
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            // Four digits at least; a year past 9999 keeps all of its.
            while divisor * 10 <= value { divisor *= 10 }
            while divisor > 0 {
                out.append(0x30 + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        if year < 0 {
            out.append(0x2D)
            digits(-year, 4)
        } else {
            digits(year, 4)
        }
        out.append(0x2D); digits(month, 2)
        out.append(0x2D); digits(day, 2)
        out.append(0x54); digits(rest / 3_600, 2)
        out.append(0x3A); digits(rest % 3_600 / 60, 2)
        out.append(0x3A); digits(rest % 60, 2)
        out.append(0x5A)
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
            out.append(contentsOf: Self.colon)
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
            field("date") { Self.writeQuotedTimestamp(answer.date, into: &out) }
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
        key("created"); Self.writeQuotedTimestamp(created, into: &out)
        if let duplicateOf { key("duplicateOf"); Self.writeString(duplicateOf, into: &out) }
        key("id"); Self.writeString(id, into: &out)
        key("loggedBy"); Self.writeString(loggedBy, into: &out)
        if let release {
            key("release")
            let inner = [UInt8](repeating: 0x20, count: (indent + 2) * 2)
            let fields: [(String, (inout [UInt8]) -> Void)] = [
                ("by", { Self.writeString(release.by, into: &$0) }),
                ("date", { Self.writeQuotedTimestamp(release.date, into: &$0) }),
                ("fingerprint", { Self.writeString(release.fingerprint, into: &$0) }),
                ("recheck", { Self.writeString(release.recheck.description, into: &$0) }),
                ("stand", { Self.writeString(release.stand.description, into: &$0) }),
            ]
            out.append(contentsOf: [0x7B, 0x0A])
            for (index, (name, write)) in fields.enumerated() {
                out.append(contentsOf: inner)
                out.append(contentsOf: Array("\"\(name)\" : ".utf8))
                write(&out)
                out.append(contentsOf: index == fields.count - 1 ? [0x0A] : [0x2C, 0x0A])
            }
            out.append(contentsOf: pad)
            out.append(0x7D)
        }
        key("status"); Self.writeString(status.rawValue, into: &out)
        key("tags"); list(tags, indent: indent + 1)
        key("title"); Self.writeString(title, into: &out)
        key("updated"); Self.writeQuotedTimestamp(updated, into: &out)
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
            escaped.withUnsafeBufferPointer { escaped in
                // Runs of bytes that need nothing are copied whole.
                var start = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    guard escaped[Int(byte)] else {
                        index += 1
                        continue
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    switch byte {
                    case 0x22: out.append(contentsOf: [0x5C, 0x22])
                    case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                    case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                    case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                    case 0x09: out.append(contentsOf: [0x5C, 0x74])
                    case 0x08: out.append(contentsOf: [0x5C, 0x62])
                    case 0x0C: out.append(contentsOf: [0x5C, 0x66])
                    case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                        out.append(contentsOf: Array(String(format: "\\u%04x", Int(bytes[index + 1])).utf8))
                        index += 1
                    case 0xC2: out.append(byte)
                    default:
                        out.append(contentsOf: Array(String(format: "\\u%04x", Int(byte)).utf8))
                    }
                    index += 1
                    start = index
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            }
        }
        out.append(0x22)
    }

    /// `writeTimestamp` as a JSON string.
    static func writeQuotedTimestamp(_ date: Date, into out: inout [UInt8]) {
        out.append(0x22)
        writeTimestamp(date, into: &out)
        out.append(0x22)
    }

    /// The bytes `writeString` looks at: a quote, a backslash, controls (C0, DEL) and C2,
    /// which leads the C1 controls.
    private static let escaped: [Bool] = (0...255).map { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }

    private static let colon: [UInt8] = Array("\" : ".utf8)
}
