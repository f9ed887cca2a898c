import Foundation
import Testing
@testable import LotseStore

/// The volunteers' guide as a network makes it: answers released and withdrawn, the ones
/// due for review, and `lotse publish` opened, searched and printed in a real Chromium.
@Suite("End to end: the volunteers' guide")
struct GuideTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-guide-\(UUID().uuidString)")
    var store: String { folder.appendingPathComponent("store").path }
    var site: URL { folder.appendingPathComponent("leitfaden") }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(Lotse.run(["init", "--example", store]).status == 0)
    }

    func run(_ arguments: [String], user: String = "KI Kreis Soest") -> Spawn.Result {
        Lotse.run(arguments + ["--store", store], ["LOTSE_USER": user])
    }

    /// The id of the one question whose text has all these words.
    func id(_ search: String) throws -> String {
        let json = run(["questions", "list", "--search", search, "--format", "json"])
        let found = try CanonicalJSON.decode([Question].self, from: Data(json.output.utf8))
        try #require(found.count == 1, "one question for \(search): \(found.map(\.title))")
        return found[0].id
    }

    func question(_ id: String) throws -> Question {
        let json = run(["questions", "show", id, "--format", "json"])
        return try CanonicalJSON.decode(Question.self, from: Data(json.output.utf8))
    }

    /// Answers "Wohnsitzauflage" and "Straßenverkehr" and releases them with three answered
    /// ones of the example; leaves one answered but unreleased.
    func releaseSome() throws -> (released: [String], unreleased: String) {
        let wohnsitz = try id("wohnsitzauflage umziehen")
        #expect(run(["questions", "answer", wohnsitz, "--text", "Ja, mit Zustimmung der Ausländerbehörde am neuen Ort.",
                     "--source", "https://www.bamf.de/wohnsitzauflage"], user: "Anna Beispielfrau").status == 0)
        let strasse = try id("verkehrsschulung")
        #expect(run(["questions", "answer", strasse, "--text", "Die Verkehrswacht bietet Kurse in einfacher Sprache an."]).status == 0)
        var released = [wohnsitz, strasse]
        for search in ["rundfunkbeitrag", "barbetrag", "jobcenter zuständig"] { released.append(try id(search)) }
        for id in released {
            let result = run(["questions", "release", id])
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.contains("freigegeben, prüfen bis"))
        }
        let unreleased = try id("geflüchtete im eigenen auto mitnehmen")
        let answer = try #require(try question(unreleased).answer?.text)
        #expect(!answer.isEmpty)
        return (released, unreleased)
    }

    @Test func releaseWithdrawAndDue() throws {
        let (released, unreleased) = try releaseSome()
        let first = try question(released[0])
        let release = try #require(first.release)
        #expect(release.by == "KI Kreis Soest")
        #expect(release.recheck == release.stand.adding(months: 12))

        // Asylum rules change faster: six months for that category, set in the store.
        #expect(run(["knowledge", "settings", "--category", "Aufenthalt/Asylverfahren", "--recheck-months", "6"]).status == 0)
        #expect(run(["questions", "release", released[0]]).status == 0)
        #expect(try question(released[0]).release?.recheck == release.stand.adding(months: 6))
        let explicit = run(["questions", "release", released[1], "--recheck", "2030-01-31"])
        #expect(explicit.output.contains("31.01.2030"))
        #expect(run(["questions", "release", released[1], "--recheck", "01.01.2020"]).status == 1)

        // Nothing due today; an edit sets one back; a day past "prüfen bis" makes them all due.
        #expect(run(["knowledge", "due"]).output.isEmpty, "quiet for a cron mail when nothing is due")
        #expect(run(["questions", "answer", released[2], "--text", "Neue Rechtslage: die Befreiung gilt rückwirkend."]).status == 0)
        let due = run(["knowledge", "due"])
        #expect(due.status == 0)
        #expect(due.output.contains("1 Antwort im Leitfaden ist zu prüfen"))
        #expect(due.output.contains(String(released[2].prefix(10))) && due.output.contains("seit der Freigabe"))
        let later = run(["knowledge", "due", "--as-of", "2031-01-01"])
        #expect(later.output.contains("5 Antworten im Leitfaden sind zu prüfen"))

        // Withdrawing, and what cannot be released or withdrawn.
        #expect(run(["questions", "withdraw", released[3]]).status == 0)
        #expect(try question(released[3]).release == nil)
        let again = run(["questions", "withdraw", released[3]])
        #expect(again.status == 1 && again.error.contains("nicht freigegeben"))
        let open = try Self.openQuestion(run)
        let refused = run(["questions", "release", open])
        #expect(refused.status == 1 && refused.error.contains("noch nicht beantwortet"))
        #expect(try question(unreleased).release == nil)
    }

    static func openQuestion(_ run: ([String], String) -> Spawn.Result) throws -> String {
        let json = run(["questions", "list", "--status", "open", "--format", "json"], "KI")
        let open = try CanonicalJSON.decode([Question].self, from: Data(json.output.utf8))
        return try #require(open.first?.id)
    }

    @Test func publishedFolderHoldsOnlyWhatIsReleased() throws {
        let (released, unreleased) = try releaseSome()
        #expect(run(["communes", "edit", "werl", "--notes", "Interne Notiz: Hausmeister ruft zurück"]).status == 0)
        #expect(run(["communes", "coordinator", "add", "werl", "--name", "Berta Beispiel", "--role", "Integrationslotsin",
                     "--email", "berta.beispiel@werl.example"]).status == 0)
        #expect(run(["communes", "coordinator", "add", "soest", "--name", "Carla Offen", "--role", "Quartiersbüro",
                     "--email", "carla.offen@soest.example", "--public"]).status == 0)
        let result = run(["publish", "--out", site.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("5 Antworten"))
        let page = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"de\">"))
        for id in released { #expect(page.contains("id=\"f-\(id)\"")) }
        #expect(page.contains("Wohnsitzauflage: Darf eine anerkannte Familie umziehen?"))
        #expect(page.contains("<a href=\"https://www.bamf.de/wohnsitzauflage\">"))

        // Nothing internal anywhere in the folder.
        let unreleasedAnswer = try #require(try question(unreleased).answer?.text)
        var everything = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: site.path) {
            everything += try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)
        }
        let openTitle = try question(try Self.openQuestion(run)).title
        for secret in [String(unreleasedAnswer.prefix(40)), unreleased, "Interne Notiz", "Hausmeister", "Anna Beispielfrau",
                       "Berta Beispiel", "berta.beispiel", openTitle, "KI Kreis Soest · ", "loggedBy"] {
            #expect(!everything.contains(secret), "\(secret) must not be published")
        }
        #expect(page.contains("Integrationslotsin"), "the role stands in for the person")
        let werlPage = try String(contentsOf: site.appendingPathComponent("kontakte-werl.html"), encoding: .utf8)
        #expect(werlPage.contains("<h1>Ansprechpersonen in Werl</h1>") && werlPage.contains("Integrationslotsin"))
        #expect(werlPage.contains("index.html#f-") && page.contains("href=\"kontakte-werl.html\""), "linked both ways")
        #expect(page.contains("Carla Offen") && page.contains("carla.offen@soest.example"), "a public entry is named")

        // No requests elsewhere: the stylesheet and the script are the folder's own.
        for tag in page.components(separatedBy: "<").filter({ $0.hasPrefix("link") || $0.hasPrefix("script") || $0.hasPrefix("img") }) {
            #expect(!tag.contains("http"), "\(tag)")
        }
        // Headings in order: one h1, then h2 and h3, never a level skipped.
        var level = 0
        for part in page.components(separatedBy: "<h").dropFirst() {
            guard let digit = part.first?.wholeNumberValue else { continue }
            #expect(digit <= level + 1, "heading h\(digit) after h\(level)")
            level = digit
        }

        // The same store gives the same bytes.
        let other = folder.appendingPathComponent("zweite")
        #expect(run(["publish", "--out", other.path]).status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        #expect(written.contains("kontakte-werl.html") && written.count == 4 + 14, "\(written)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path).sorted() == written)
        for name in written {
            #expect(FileManager.default.contents(atPath: site.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: other.appendingPathComponent(name).path), "\(name)")
        }
        #expect(run(["publish", "--out", site.path]).status == 0)
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("index.html").path)
                == FileManager.default.contents(atPath: other.appendingPathComponent("index.html").path), "published again: the same")

        // A commune's own edition: its contacts first, then its answers, then the rest.
        let werl = folder.appendingPathComponent("werl")
        #expect(run(["publish", "--out", werl.path, "--commune", "Werl"]).status == 0)
        let whole = try String(contentsOf: werl.appendingPathComponent("index.html"), encoding: .utf8)
        let main = try #require(whole.range(of: "<main"))
        let own = String(whole[main.lowerBound...])
        let contacts = try #require(own.range(of: "<h2>Ansprechpersonen in Werl</h2>"))
        let barbetrag = try #require(own.range(of: "Wie hoch ist der Barbetrag"))
        let rest = try #require(own.range(of: "Aus dem Kreis: "))
        #expect(contacts.lowerBound < barbetrag.lowerBound && barbetrag.lowerBound < rest.lowerBound)
    }

    @Test func personalDataStopsThePublication() throws {
        let (released, _) = try releaseSome()
        #expect(run(["questions", "answer", released[1], "--text", "Rückfragen unter 0171 2345678 bei der Verkehrswacht."]).status == 0)
        let warned = run(["questions", "release", released[1]])
        #expect(warned.status == 0)
        #expect(warned.error.contains("Telefonnummer") && warned.error.contains("--confirm"), "said when it is released: \(warned.error)")
        let refused = run(["publish", "--out", site.path])
        #expect(refused.status == 1)
        #expect(refused.error.contains(String(released[1].prefix(10))) && refused.error.contains("Telefonnummer"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path), "nothing written")
        let confirmed = run(["publish", "--out", site.path, "--confirm", String(released[1].prefix(10))])
        #expect(confirmed.status == 0, "\(confirmed.error)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
    }

    @Test func opensSearchesAndPrintsInChromium() throws {
        let (released, _) = try releaseSome()
        #expect(run(["publish", "--out", site.path]).status == 0)
        let page = site.appendingPathComponent("index.html")
        let browser = try Browser()
        try browser.open(page)
        #expect(try browser.visibleTexts("h1") == ["Leitfaden für Ehrenamtliche"])
        let chapters = try browser.visibleTexts("main h2")
        #expect(chapters.contains { $0.hasSuffix("Aufenthalt/Asylverfahren") } && chapters.contains { $0.hasSuffix("Mobilität") })
        #expect(try browser.visibleTexts("article h3").count == released.count)

        try browser.type("wohnsitz", into: "#suche")
        #expect(try browser.visibleTexts("article h3") == ["Wohnsitzauflage: Darf eine anerkannte Familie umziehen?"])
        #expect(try browser.visibleTexts("#treffer").first?.hasPrefix("1 Antwort gefunden") == true)
        try browser.clear("#suche")
        try browser.type("strasse", into: "#suche")
        #expect(try browser.visibleTexts("article h3") == ["Straßenverkehr: Verkehrsschulung für Radfahrende"])
        try browser.clear("#suche")
        try browser.type("RUNDFUNK befreiung", into: "#suche")
        #expect(try browser.visibleTexts("article h3") == ["Rundfunkbeitrag: Müssen Geflüchtete ihn zahlen?"])
        try browser.clear("#suche")
        try browser.type("kein solches wort", into: "#suche")
        #expect(try browser.visibleTexts("article h3").isEmpty)
        #expect(try browser.visibleTexts("#treffer").first?.hasPrefix("Keine Antwort gefunden") == true)

        // Print: an A4 booklet, the contents and each chapter on a page of its own.
        let pdf = try Browser.printToPDF(page)
        let chapterCount = chapters.count
        #expect(Browser.pageCount(pdf) >= chapterCount + 1, "\(Browser.pageCount(pdf)) pages for \(chapterCount) chapters")
        #expect(String(decoding: pdf, as: Unicode.ASCII.self).contains("/MediaBox [0 0 594.95996 841.91998]"), "A4")
    }
}
