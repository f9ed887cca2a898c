import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// The retention policy on records on both sides of every threshold, and the documents a
/// data protection officer asks for, against golden files.
@Suite("Privacy: retention policy, report and record of processing")
struct RetentionTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
    static let asOf = LocalDate(year: 2026, month: 11, day: 27)

    /// The example network with people in it: two meetings with names of those present,
    /// one a day past a year ago and one a day short of it; closed questions with names,
    /// closed a day past two years ago and a day short of it; an open one that keeps its names.
    static func network() -> Network {
        var network = ExampleNetwork.make()
        network.meetings.sort { $0.start < $1.start }
        network.meetings[0].start = LocalDateTime(date: LocalDate(year: 2025, month: 11, day: 26), hour: 15, minute: 0)
        network.meetings[0].attendance[0].persons = ["Anna Müller", "Ehrenamtskoordination"]
        network.meetings[1].start = LocalDateTime(date: LocalDate(year: 2025, month: 11, day: 28), hour: 15, minute: 0)
        network.meetings[1].attendance = [Attendance(commune: "werl", persons: ["Dana Yilmaz"])]
        func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = berlin
            return calendar.date(from: DateComponents(year: y, month: m, day: d, hour: 12)) ?? Date()
        }
        network.questions.sort { $0.id < $1.id }
        network.questions[0].status = .closed
        network.questions[0].loggedBy = "Bernd Schmitz"
        network.questions[0].answer = Answer(text: "Die Antwort bleibt.", by: "Carla Weber", date: day(2024, 11, 1))
        network.questions[0].updated = day(2024, 11, 26)
        network.questions[1].status = .merged
        network.questions[1].assignee = "Erik Berg"
        network.questions[1].updated = day(2024, 11, 28)
        network.questions[2].status = .open
        network.questions[2].loggedBy = "Fatma Kaya"
        network.questions[2].updated = day(2020, 1, 1)
        return network
    }

    @Test func onlyWhatIsDueGoesAndTheKnowledgeStays() throws {
        let network = Self.network()
        let plan = RetentionPlan.make(network, asOf: Self.asOf, timeZone: Self.berlin)
        let change = try #require(plan.change)
        #expect(change.kind == .purge)
        #expect(plan.due.count == 2, "the meeting and the question past their thresholds")
        #expect(plan.upcoming.map(\.due) == [LocalDate(year: 2026, month: 11, day: 28)].flatMap { [$0, $0] })
        let meeting = try #require(change.writes.first { $0.kind == .meeting }?.new?.meeting)
        #expect(meeting.attendance[0].persons == ["Ehrenamtskoordination"], "the role stays, the name goes")
        let question = try #require(change.writes.first { $0.kind == .question }?.new?.question)
        #expect(question.loggedBy == PersonalName.role(for: question.communes, in: network))
        #expect(question.answer?.by == question.loggedBy && question.answer?.text == "Die Antwort bleibt.")
        #expect(question.title == network.questions[0].title && question.body == network.questions[0].body)
        #expect(change.writes.count == 2)
        // A day later the rest is due; the open question keeps its name.
        let later = RetentionPlan.make(network, asOf: LocalDate(year: 2026, month: 11, day: 28), timeZone: Self.berlin)
        #expect(later.due.count == 4 && later.upcoming.isEmpty)
        #expect(!(later.change?.writes.contains { $0.id == network.questions[2].id } ?? true))
    }

    @Test func aPolicyOfItsOwnMovesTheDates() {
        var network = Self.network()
        network.manifest.retention = RetentionPolicy(attendanceNamesMonths: 1, questionNamesMonths: 60)
        let plan = RetentionPlan.make(network, asOf: Self.asOf, timeZone: Self.berlin)
        #expect(plan.due.count == 2 && plan.due.allSatisfy { if case .removeAttendanceNames = $0.action { true } else { false } })
    }

    @Test func rolesAreNotPersons() {
        let communes = ExampleNetwork.make().communes
        for role in ["Ehrenamtskoordination Soest", "KI Kreis Soest", "KI", "Jobcenter Kreis Soest", "Sozialamt Bad Sassendorf",
                     "Ausländerbehörde", "Werl", "Caritas Lippstadt", "AWO", ""] {
            #expect(!PersonalName.isPerson(role, communes: communes), "\(role)")
        }
        for person in ["Anna Müller", "Niki Lauda", "Dr. Samtleben"] {
            #expect(PersonalName.isPerson(person, communes: communes), "\(person)")
        }
    }

    @Test func theReportAndTheRecordOfProcessing() {
        let network = Self.network()
        let report = PrivacyDocuments.report(network, asOf: Self.asOf, timeZone: Self.berlin, language: .de)
        #expect(report.contains("| Treffen: Namen der Anwesenden | 2 | 2 |"))
        #expect(report.contains("| Fragen: erfasst von | 2 | 2 |"))
        MeetingExportTests.check(report, "privacy-report.md")
        let record = PrivacyDocuments.record(network, remote: "/srv/netzwerk.git", language: .de)
        #expect(record.contains("Geteiltes Remote (git): /srv/netzwerk.git"))
        MeetingExportTests.check(record, "privacy-record.md")
        MeetingExportTests.check(PrivacyDocuments.record(network, remote: nil, language: .en), "privacy-record-en.md")
    }

    @Test func minutesLeaveOutContactsAndTheProjectorNames() {
        let network = ExampleNetwork.make()
        let phones = network.communes.flatMap(\.coordinators).map(\.phone).filter { !$0.isEmpty }
        let emails = network.communes.flatMap(\.coordinators).map(\.email).filter { !$0.isEmpty }
        #expect(!phones.isEmpty && !emails.isEmpty)
        for meeting in network.meetings {
            let minutes = MeetingExport.minutes(meeting, in: network, includeInternal: true)
            #expect(!phones.contains(where: minutes.contains) && !emails.contains(where: minutes.contains))
        }
    }
}
