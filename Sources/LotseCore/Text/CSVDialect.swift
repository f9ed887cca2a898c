import Foundation
import LotseStore

/// The two ways Lotse writes CSV. Plain CSV (RFC 4180) is for programs: commas, the
/// store's own values (slugs, ISO times in UTC), every text exactly as it is. The
/// spreadsheet variant is for people who open the file in LibreOffice or Excel by a
/// double click: semicolons and a byte-order mark (what German spreadsheet programs
/// expect), headers and values in the user's language, commune names, local times in a
/// form the programs read as dates, and a cell that would run as a formula defused.
public enum CSVDialect: Sendable, Equatable {
    case plain
    case spreadsheet(Language)

    public var separator: Character {
        switch self {
        case .plain: return ","
        case .spreadsheet: return ";"
        }
    }

    /// What the file starts with: the byte-order mark that makes Excel read UTF-8.
    public var preamble: String { self == .plain ? "" : "\u{FEFF}" }

    public var language: Language? {
        if case .spreadsheet(let language) = self { return language }
        return nil
    }

    /// One line of cells, without its line break.
    public func line(_ cells: [String]) -> String {
        let guarded = self != .plain
        return cells.map { CSVField.escape($0, separator: separator, guardFormulas: guarded) }
            .joined(separator: String(separator))
    }

    /// Lines with CRLF, as RFC 4180 asks, and the preamble.
    public func document(_ lines: [[String]]) -> String {
        preamble + lines.map(line).joined(separator: "\r\n") + "\r\n"
    }

    /// A moment: ISO 8601 in UTC for programs; for a spreadsheet the local wall-clock time
    /// as "02.12.2026 16:05" (German) or "2026-12-02 16:05", which both programs take as a
    /// date and time rather than as text.
    public func moment(_ date: Date, timeZone: TimeZone) -> String {
        switch self {
        case .plain:
            return ISO8601DateFormatter().string(from: date)
        case .spreadsheet(let language):
            let local = LocalDateTime(date, in: timeZone)
            let time = Format.time(local.hour, local.minute)
            return language == .de ? "\(Format.shortDate(local.date)) \(time)" : "\(local.date.description) \(time)"
        }
    }

    /// A day: ISO 8601 for programs, "02.12.2026" (German) for a spreadsheet.
    public func day(_ date: LocalDate) -> String {
        self == .spreadsheet(.de) ? Format.shortDate(date) : date.description
    }
}

/// One CSV field (RFC 4180): quoted when it must be; control characters made visible.
public enum CSVField {
    public static func escape(_ raw: String) -> String { escape(raw, separator: ",", guardFormulas: false) }

    /// `guardFormulas`: a leading =, +, -, @, tab or carriage return gets an apostrophe
    /// (OWASP's advice), so that a spreadsheet never runs a record's text as a formula.
    /// Only where a spreadsheet opens the file: in plain CSV the apostrophe would corrupt
    /// the data ("+49 2303 …" is a phone number).
    public static func escape(_ raw: String, separator: Character, guardFormulas: Bool) -> String {
        var text = TerminalSafe.visible(raw, keeping: ["\n", "\r"])
        if guardFormulas, let first = raw.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        return text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

extension CSVDialect {
    /// One line's cells as bytes, the same as `line` gives, without a text per cell: a
    /// list of 100,000 questions is a million cells. A cell with a control character
    /// takes `line`'s way, which makes it visible.
    public func write(_ cells: [String], into out: inout [UInt8]) {
        let separator = UInt8(ascii: self == .plain ? "," : ";")
        let guarded = self != .plain
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(separator) }
            var quote = false, control = false
            var previous: UInt8 = 0
            for byte in cell.utf8 {
                if byte == separator || byte == 0x22 || byte == 0x0A || byte == 0x0D { quote = true }
                if (byte < 0x20 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || (previous == 0xC2 && (0x80 ... 0x9F).contains(byte)) {
                    control = true
                    break
                }
                previous = byte
            }
            if control {
                out.append(contentsOf: CSVField.escape(cell, separator: self.separator, guardFormulas: guarded).utf8)
                continue
            }
            let formula = guarded && cell.utf8.first.map { "=+-@".utf8.contains($0) } == true
            if quote { out.append(0x22) }
            if formula { out.append(UInt8(ascii: "'")) }
            for byte in cell.utf8 {
                out.append(byte)
                if quote && byte == 0x22 { out.append(0x22) }
            }
            if quote { out.append(0x22) }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }
}

/// A moment as ISO 8601 in UTC ("2026-12-02T15:05:07Z"), as `ISO8601DateFormatter` writes
/// it and as the store's own files hold it, computed rather than formatted: a list writes
/// two per question.
public enum ISOTime {
    public static func utc(_ date: Date) -> String { Question.timestamp(date) }
}
