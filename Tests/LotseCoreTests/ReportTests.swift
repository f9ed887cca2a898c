import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// The report for the district's annual report, and the invitation as an iCalendar event.
@Suite("Meetings: report and calendar")
struct ReportTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
    let network = ExampleNetwork.make()

    @Test func theReportOverTheExampleNetwork() {
        let from = LocalDate(year: 2016, month: 10, day: 1), to = LocalDate(year: 2017, month: 3, day: 31)
        let text = NetworkReport.markdown(network, from: from, to: to, timeZone: Self.berlin, language: .de)
        #expect(text.contains("- **Fragen:** 42 erfasst"))
        #expect(text.contains("| Soest | "))
        #expect(text.contains("- 4× Wo finden wir Sprachmittler für Arztbesuche?"))
        #expect(text.contains("| 10.2016 | 14 |"))
        #expect(text.contains("| 05.12.2016 | 1. Treffen der Ehrenamtskoordinatoren | 13 | 14 | 0 | Entwurf |"))
        MeetingExportTests.check(text, "report-example.md")
        // The matrix sums to the questions counted once per commune.
        let report = NetworkReport(network, from: from, to: to, timeZone: Self.berlin)
        #expect(report.matrix.joined().reduce(0, +) == network.questions.reduce(0) { $0 + Set($1.communes).count })
        let empty = NetworkReport.markdown(network, from: LocalDate(year: 2030, month: 1, day: 1), to: LocalDate(year: 2030, month: 2, day: 1),
                                           timeZone: Self.berlin, language: .en)
        #expect(empty.contains("No questions in this period.") && empty.contains("No meetings in this period."))
    }

    @Test func theMatrixAsCSVForASpreadsheet() {
        let csv = NetworkReport.csv(network, from: LocalDate(year: 2016, month: 1, day: 1), to: LocalDate(year: 2017, month: 12, day: 31),
                                    timeZone: Self.berlin, language: .de)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == network.communes.count + 1)
        #expect(lines[0].hasPrefix("Kommune,Aufenthalt/Asylverfahren,") && lines[0].contains("\"Leistungen (AsylbLG, Jobcenter)\""))
        #expect(lines[0].hasSuffix(",Summe"))
        #expect(CSVDialect.spreadsheet(.de).line(["=SUMME(A1)"]) == "'=SUMME(A1)", "no formula from a record's text")
        #expect(CSVDialect.plain.line(["=SUMME(A1)", "a,b"]) == "=SUMME(A1),\"a,b\"", "plain CSV keeps the value")
    }

    @Test func theInvitationAsAnICalendarEvent() throws {
        let meeting = try #require(network.meetings.first { $0.state == .planned })
        let ics = MeetingCalendar.event(meeting, in: network, stamp: Date(timeIntervalSince1970: 1_480_000_000))
        #expect(ics.hasSuffix("\r\n") && !ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
        // Unfolded, the required properties are there (RFC 5545 3.4, 3.6.1).
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        let lines = unfolded.components(separatedBy: "\r\n")
        for required in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:", "BEGIN:VEVENT", "UID:\(meeting.id)@lotse",
                         "DTSTAMP:20161124T", "DTSTART;TZID=Europe/Berlin:20170313T150000", "DTEND;TZID=Europe/Berlin:20170313T165500",
                         "END:VEVENT", "END:VCALENDAR", "TZID:Europe/Berlin"] {
            #expect(lines.contains { $0.hasPrefix(required) }, "\(required)")
        }
        #expect(unfolded.contains("LOCATION:Kreishaus Soest\\, Sitzungsraum"))
        #expect(unfolded.contains("DESCRIPTION:Tagesordnung:\\nTOP 1 (15:00\\, 10 Min.): Begrüßung"))
        #expect(MeetingCalendar.fold(String(repeating: "ä", count: 60)).components(separatedBy: "\r\n ").allSatisfy { $0.utf8.count <= 75 })
    }
}

@Suite("View model: trends")
struct TrendTests {
    @Test func sparklinesScaleToTheLargestMonthAndKeepNoneAtTheBottom() {
        #expect(Trend.sparkline([0, 0, 0]) == "▁▁▁")
        #expect(Trend.sparkline([0, 1]) == "▁█")
        #expect(Trend.sparkline([0, 1, 2, 4, 7]) == "▁▂▃▅█")
    }

    @Test func monthlyCountsEndWithTheCurrentMonth() {
        let network = ExampleNetwork.make()
        let now = Date(timeIntervalSince1970: 1_480_000_000)  // 24.11.2016
        let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
        let trends = Trend.monthly(network, months: 3, now: now, timeZone: berlin)
        let all = trends[nil] ?? []
        #expect(all.count == 3 && all.reduce(0, +) > 0)
        let november = network.questions.filter { LocalDate($0.created, in: berlin).month == 11 && LocalDate($0.created, in: berlin).year == 2016 }
        #expect(all[2] == november.count)
        #expect(trends["soest"]?.reduce(0, +) ?? 0 <= all.reduce(0, +))
    }
}
