import Foundation
import Testing
@testable import LotseCore
import LotseStore

@Suite("CSV: the byte writer and the text writer agree")
struct CSVTests {
    static let cells = ["plain", "a,b", "a;b", "\"quoted\"", "line\nbreak", "cr\rlf", "=SUMME(A1)", "+49 2303 1234", "-2+3", "@x",
                        "\ttab", "esc\u{1B}[2J", "c1\u{9B}x", "Straße §5 «zitiert» 20 °C", "", "中文", "€ 5"]

    @Test func bytesAreWhatTheLineSaysInBothDialects() {
        for dialect in [CSVDialect.plain, .spreadsheet(.de)] {
            for cell in Self.cells {
                var bytes: [UInt8] = []
                dialect.write(["x", cell], into: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == dialect.line(["x", cell]) + "\r\n", "\(dialect) \(cell.debugDescription)")
            }
        }
    }

    @Test func isoTimeIsWhatFoundationWrites() {
        let formatter = ISO8601DateFormatter()
        var generator = SystemRandomNumberGenerator()
        let moments = [0, -1, 86_399, 86_400, 951_782_400, 1_709_164_800, 4_102_444_799, -2_208_988_800]
            .map(Double.init) + (0 ..< 500).map { _ in Double(Int64.random(in: -3_000_000_000 ... 5_000_000_000, using: &generator)) + 0.75 }
        for seconds in moments {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ISOTime.utc(date) == formatter.string(from: date), "\(seconds)")
        }
    }
}

@Suite("Dates: the arithmetic agrees with Foundation's calendar")
struct CivilTimeTests {
    @Test func wallClockTimesInBerlinAndUTCAreTheCalendarsAroundEveryChangeOfTheClock() throws {
        let zones = [try #require(TimeZone(identifier: "Europe/Berlin")), try #require(TimeZone(identifier: "UTC")),
                     try #require(TimeZone(identifier: "America/St_Johns"))]
        var generator = SystemRandomNumberGenerator()
        // Random instants, and every minute around the clock changes of 2026 in Berlin.
        var instants = (0 ..< 2_000).map { _ in Double(Int64.random(in: -2_000_000_000 ... 4_000_000_000, using: &generator)) + 0.5 }
        for change in [1_774_746_000.0, 1_792_890_000.0] { instants += (-90 ... 90).map { change + Double($0) * 60 } }
        for zone in zones {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            for seconds in instants {
                let date = Date(timeIntervalSince1970: seconds)
                let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
                let local = LocalDateTime(date, in: zone)
                #expect([local.date.year, local.date.month, local.date.day, local.hour, local.minute]
                        == [parts.year, parts.month, parts.day, parts.hour, parts.minute].map { $0 ?? -1 }, "\(zone.identifier) \(seconds)")
            }
        }
    }
}

@Suite("Privacy check: texts without the digits a pattern needs skip it, and nothing is missed")
struct PrivacyCheckGateTests {
    @Test func digitsOfAnyScriptCountAndTheFindingsAreTheSame() {
        #expect(PrivacyCheck.findings(in: "Wer hilft beim Antrag auf Bildung und Teilhabe?").isEmpty)
        #expect(PrivacyCheck.findings(in: "Erreichbar unter +4 9 und sonst nicht") == [], "two digits, no phone number")
        #expect(PrivacyCheck.findings(in: "Tel. 0171 2345678") == [.phone])
        #expect(PrivacyCheck.findings(in: "Vorgang ١٢/٣٤٥") == [.caseNumber], "Arabic-Indic digits are digits to the pattern")
        #expect(PrivacyCheck.findings(in: "mail an a.b@example.de") == [.email])
        #expect(PrivacyCheck.findings(in: "geb. 1.2.99") == [.birthDate])
        #expect(PrivacyCheck.findings(in: "Az. 5") == [.caseNumber])
        #expect(PrivacyCheck.signals("Tel. ٠١٧١") == (4, false))
    }
}
