import Foundation
import Testing
@testable import LotseCore
import LotseStore

/// What an edition of the volunteers' guide takes from the store, and how its page is
/// written: only what is released and current, escaped, the same bytes for the same store.
@Suite("Guide: release rules and the edition")
struct GuideEditionTests {
    static let today = LocalDate(year: 2026, month: 12, day: 3)
    static let utc = TimeZone(identifier: "UTC") ?? .current

    static func answered(_ n: Int, _ title: String, category: String = "Wohnen", communes: [String] = ["soest"],
                         answer: String = "Beim Sozialamt fragen.", sources: [String] = []) -> Question {
        var question = Fixtures.question(n, title, communes: communes, status: .answered)
        question.category = category
        question.answer = Answer(text: answer, sources: sources, by: "Anna Beispielfrau", date: Fixtures.day)
        return question
    }

    static func released(_ question: Question, at seconds: Double = 1_764_000_000) throws -> Question {
        try GuideRelease.release(question, by: "KI Kreis Test", now: Date(timeIntervalSince1970: seconds), today: today,
                                 settings: GuideSettings())
    }

    @Test func anEditSetsAReleaseBackAndTheDayMakesItDue() throws {
        var question = try Self.released(Self.answered(1, "Miete"))
        #expect(question.guideState(on: Self.today) == .released)
        #expect(question.release?.recheck == LocalDate(year: 2027, month: 12, day: 3))
        #expect(question.guideState(on: LocalDate(year: 2027, month: 12, day: 4)) == .due)
        question.category = "Gesundheit"
        #expect(question.guideState(on: Self.today) == .released, "moving it to another chapter asks for no review")
        question.answer?.text += " Neu seit 2027."
        #expect(question.guideState(on: Self.today) == .changed)
        question.answer?.sources.append("https://example.org")
        #expect(question.guideState(on: Self.today) == .changed)
        // Released again, it is current again.
        #expect(try Self.released(question).guideState(on: Self.today) == .released)
    }

    @Test func refusalsSayWhy() {
        let open = Fixtures.question(2, "Offen", communes: ["soest"])
        #expect(throws: GuideRelease.Refusal.notAnswered(id: open.id)) { _ = try Self.released(open) }
        var merged = Self.answered(3, "Doppelt")
        merged.status = .merged
        merged.duplicateOf = "X"
        #expect(throws: GuideRelease.Refusal.merged(id: merged.id, into: "X")) { _ = try Self.released(merged) }
        #expect(throws: GuideRelease.Refusal.notReleased(id: merged.id)) { _ = try GuideRelease.withdraw(merged, now: Fixtures.day) }
        let past = LocalDate(year: 2026, month: 12, day: 3)
        #expect(throws: GuideRelease.Refusal.recheckNotAfter(past, today: Self.today)) {
            _ = try GuideRelease.release(Self.answered(4, "A"), by: "KI", now: Fixtures.day, today: Self.today, recheck: past,
                                         settings: GuideSettings())
        }
    }

    @Test func aCategoryHasItsOwnPeriod() throws {
        let settings = GuideSettings(recheckMonths: 18, categoryRecheckMonths: ["Aufenthalt/Asylverfahren": 6])
        let asylum = Self.answered(1, "Wohnsitzauflage", category: "Aufenthalt/Asylverfahren")
        let swimming = Self.answered(2, "Schwimmkurs", category: "Freizeit")
        #expect(GuideRelease.recheckDay(for: asylum, today: Self.today, settings: settings) == LocalDate(year: 2027, month: 6, day: 3))
        #expect(GuideRelease.recheckDay(for: swimming, today: Self.today, settings: settings) == LocalDate(year: 2028, month: 6, day: 3))
    }

    func network(_ questions: [Question]) -> Network {
        var network = Fixtures.network
        network.questions = questions
        network.communes[0].coordinators = [
            Coordinator(name: "Anna Beispielfrau", role: "Integrationslotsin", phone: "02921 123456", email: "anna.beispielfrau@soest.example"),
            Coordinator(name: "Bernd Offen", role: "Quartiersbüro", email: "bernd.offen@soest.example", isPublic: true),
            Coordinator(name: "Ehrenamt", role: "Koordination", email: "ehrenamt@soest.example"),
        ]
        return network
    }

    @Test func theEditionTakesOnlyWhatIsPublished() throws {
        let current = try Self.released(Self.answered(1, "Miete <script>alert(1)</script>", sources: ["https://sozialamt.example/miete", "javascript:alert(1)"]))
        var changed = try Self.released(Self.answered(2, "Kita"))
        changed.answer?.text = "Geändert."
        let internalOnly = Self.answered(3, "Intern")
        let edition = GuideEdition.make(network([current, changed, internalOnly]), today: Self.today, timeZone: Self.utc)
        #expect(edition.chapters.flatMap(\.entries).map(\.id) == [current.id])
        #expect(edition.leftOutChanged == [changed.id])
        #expect(edition.isFirst)

        let page = GuideHTML.page(edition)
        #expect(!page.contains("<script>alert"), "titles are escaped")
        #expect(page.contains("Miete &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("<a href=\"https://sozialamt.example/miete\">"))
        #expect(!page.contains("href=\"javascript:"), "only web addresses become links")
        for hidden in ["Anna Beispielfrau", "anna.beispielfrau", "Geändert.", "Intern", "KI Kreis Test"] {
            #expect(!page.contains(hidden), "\(hidden)")
        }
        #expect(page.contains("Bernd Offen") && page.contains("mailto:bernd.offen@soest.example"), "a public entry is named")
        #expect(page.contains("mailto:ehrenamt@soest.example"), "a role address is shown")
        #expect(page.contains("Integrationslotsin") && page.contains("tel:02921123456"))
        #expect(GuideHTML.escape("a\u{1B}[31mb\u{202E}c\"'&") == "a[31mbc&quot;&#39;&amp;")
    }

    @Test func whatIsNewSinceTheEditionBefore() throws {
        let first = try Self.released(Self.answered(1, "Miete"), at: 1_764_000_000)
        let firstEdition = GuideEdition.make(network([first]), today: Self.today, timeZone: Self.utc)
        let record = GuideRecord(firstEdition)
        #expect(record.first && record.new.isEmpty)

        let second = try Self.released(Self.answered(2, "Kita"), at: 1_764_000_100)
        let next = GuideEdition.make(network([first, second]), previous: record, today: Self.today, timeZone: Self.utc)
        #expect(!next.isFirst)
        #expect(next.new.map(\.id) == [second.id])
        // The same edition published again says the same: the same bytes.
        let again = GuideEdition.make(network([first, second]), previous: GuideRecord(next), today: Self.today, timeZone: Self.utc)
        #expect(again == next)
        #expect(GuideSite.files(again) == GuideSite.files(next))
    }

    @Test func personalDataInAReleasedTextIsFoundUnlessConfirmed() throws {
        let flagged = try Self.released(Self.answered(1, "Rückruf", answer: "Bitte unter 0171 2345678 anrufen."))
        let fine = try Self.released(Self.answered(2, "Miete"))
        let found = GuideSite.findings(in: network([flagged, fine]), today: Self.today) { _ in false }
        #expect(found.map(\.id) == [flagged.id] && found.first?.findings == [.phone])
        #expect(GuideSite.findings(in: network([flagged, fine]), today: Self.today) { $0 == flagged.id }.isEmpty)
    }
}
