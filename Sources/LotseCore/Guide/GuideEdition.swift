import Foundation
import LotseStore

/// One edition of the volunteers' guide, chosen from the store: the released answers that
/// are current (or due, with their "Stand"), in chapters by category, the contacts, and
/// what is new since the last edition. Nothing else of the store is in it, so that the
/// writer of the pages cannot leak what it was never given: no open or unreleased
/// questions, no names of who logged or answered, no notes, no measures.
public struct GuideEdition: Equatable, Sendable {
    /// A released answer as the guide prints it.
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var title: String
        /// The question's detail, as the general case.
        public var body: String
        public var answer: String
        public var sources: [String]
        public var stand: LocalDate
        public var released: LocalDate
        /// When it was released, to the second: what is new since the last edition.
        public var releasedAt: Date
        /// The names of the communes it concerns.
        public var communes: [String]
        /// Their slugs, for a commune's own edition.
        public var communeSlugs: [String]
        public var category: String
    }

    public struct Chapter: Equatable, Sendable {
        /// The anchor: `k-1`, `k-2`, …
        public var anchor: String
        public var title: String
        public var entries: [Entry]
    }

    /// A contact for volunteers: a role and its addresses; a person's name only where the
    /// entry is marked public.
    public struct Contact: Equatable, Sendable {
        public var role: String
        public var name: String?
        public var phone: String
        public var email: String
    }

    public struct CommuneContacts: Equatable, Sendable {
        public var slug: String
        public var name: String
        public var contacts: [Contact]
    }

    /// The edition's day: the day of the latest release in it, so that the same store
    /// gives the same edition on any day it is published.
    public var day: LocalDate?
    /// The latest release in it, to the second.
    public var latest: Date?
    /// The latest release of the edition before; nil: none, or no answer in it.
    public var since: Date?
    /// No edition was published into the folder before: everything is new.
    public var isFirst: Bool
    public var title: String
    public var district: String
    public var logoText: String
    public var imprint: String?
    /// Set for a commune's own edition.
    public var commune: CommuneContacts?
    public var chapters: [Chapter]
    public var contacts: [CommuneContacts]
    /// New since the edition before (not in it, or released again after it), newest first.
    public var new: [Entry]
    /// Released, but edited since: left out until released again.
    public var leftOutChanged: [String]
    /// Released and published, but past their "prüfen bis" day.
    public var due: [String]

    public var entryCount: Int { chapters.reduce(0) { $0 + $1.entries.count } }

    /// The edition of `network`. `commune`: its own edition (contacts first, the answers
    /// that concern it, then the rest). `previous`: the record of the edition published
    /// before into the same folder.
    public static func make(_ network: Network, commune slug: String? = nil, previous: GuideRecord? = nil,
                            today: LocalDate, timeZone: TimeZone) -> GuideEdition {
        let settings = network.manifest.guideInForce
        let names = Dictionary(network.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var entries: [Entry] = []
        var changed: [String] = []
        var due: [String] = []
        for question in network.questions {
            let state = question.guideState(on: today)
            if state == .changed { changed.append(question.id) }
            guard state.isPublished, let release = question.release, let answer = question.answer else { continue }
            if state == .due { due.append(question.id) }
            entries.append(Entry(
                id: question.id, title: question.title, body: question.body, answer: answer.text, sources: answer.sources,
                stand: release.stand, released: LocalDate(release.date, in: timeZone), releasedAt: release.date,
                communes: question.communes.map { names[$0] ?? $0 }, communeSlugs: question.communes,
                category: question.category))
        }
        entries.sort { (TextFolding.fold($0.title), $0.id) < (TextFolding.fold($1.title), $1.id) }
        let latest = entries.map(\.releasedAt).max()
        let ids = entries.map(\.id).sorted()
        // Published again into the folder of the same edition: the same "since" as then,
        // so that the same store gives the same bytes.
        let same = previous.map { $0.latest == latest && $0.answers == ids } ?? false
        let since = same ? previous?.since : previous?.latest
        let new: [Entry]
        if same, let previous {
            new = entries.filter { previous.new.contains($0.id) }
        } else if let previous {
            // New: not in the edition before, or released again after it.
            new = entries.filter { !previous.answers.contains($0.id) || previous.latest.map($0.releasedAt.isAfter) ?? true }
        } else {
            new = []
        }

        let own = slug.flatMap { slug in network.communes.first { $0.id == slug } }
        let contacts = network.communes.filter { !$0.archived }
            .sorted { (TextFolding.fold($0.name), $0.id) < (TextFolding.fold($1.name), $1.id) }
            .map { commune in
                CommuneContacts(slug: commune.id, name: commune.name, contacts: commune.coordinators.map(contact))
            }
        var chapters: [Chapter] = []
        func addChapters(_ chosen: [Entry], prefix: String) {
            let known = network.manifest.categories
            let order = known + Set(chosen.map(\.category)).subtracting(known).sorted()
            for category in order {
                let inChapter = chosen.filter { $0.category == category }
                guard !inChapter.isEmpty else { continue }
                let name = category.isEmpty ? "Weitere Fragen" : category
                chapters.append(Chapter(anchor: "k-\(chapters.count + 1)", title: prefix + name, entries: inChapter))
            }
        }
        if let own {
            let ownSlug = own.id
            addChapters(entries.filter { $0.communeSlugs.contains(ownSlug) }, prefix: "")
            addChapters(entries.filter { !$0.communeSlugs.contains(ownSlug) }, prefix: "Aus dem Kreis: ")
        } else {
            addChapters(entries, prefix: "")
        }
        return GuideEdition(
            day: latest.map { LocalDate($0, in: timeZone) }, latest: latest, since: since, isFirst: previous.map { same && $0.first } ?? true,
            title: settings.title ?? "Leitfaden für Ehrenamtliche",
            district: network.manifest.district,
            logoText: settings.logoText ?? "Kommunales Integrationszentrum \(network.manifest.district)",
            imprint: settings.imprint,
            commune: own.flatMap { own in contacts.first { $0.slug == own.id } },
            chapters: chapters, contacts: contacts,
            new: new.sorted { ($0.releasedAt, $0.id) > ($1.releasedAt, $1.id) },
            leftOutChanged: changed.sorted(), due: due.sorted())
    }

    /// A coordinator as the guide shows them: the role always, the name only where the
    /// entry is public, and an e-mail address that names the person only then too.
    static func contact(_ coordinator: Coordinator) -> Contact {
        let parts = TextFolding.fold(coordinator.name).split { !$0.isLetter }.filter { $0.count >= 3 }.map(String.init)
        let mail = TextFolding.fold(coordinator.email)
        let personalMail = parts.contains { mail.contains($0) } && PersonalName.isPerson(coordinator.name, communes: [])
        return Contact(role: coordinator.role.isEmpty ? "Ansprechperson" : coordinator.role,
                       name: coordinator.isPublic ? coordinator.name : nil,
                       phone: coordinator.phone,
                       email: coordinator.isPublic || !personalMail ? coordinator.email : "")
    }

    /// The texts of an answer that the personal-data check reads before anything is written.
    public static func checkedText(_ question: Question) -> String {
        ([question.title, question.body, question.answer?.text ?? ""] + (question.answer?.sources ?? [])).joined(separator: "\n")
    }
}

/// What an edition leaves in its folder (`ausgabe.json`), so that the next one knows what
/// is new since.
public struct GuideRecord: Codable, Equatable, Sendable {
    /// The latest release in that edition.
    public var latest: Date?
    /// The latest release of the edition before it.
    public var since: Date?
    /// The answers in it, by id, sorted.
    public var answers: [String]
    /// Those of them that were new in it.
    public var new: [String]
    /// It was the first edition in its folder.
    public var first: Bool

    public init(latest: Date?, since: Date?, answers: [String], new: [String], first: Bool) {
        self.latest = latest
        self.since = since
        self.answers = answers
        self.new = new
        self.first = first
    }

    public init(_ edition: GuideEdition) {
        self.init(latest: edition.latest, since: edition.since, answers: edition.chapters.flatMap { $0.entries.map(\.id) }.sorted(),
                  new: edition.new.map(\.id).sorted(), first: edition.isFirst)
    }

    public static let fileName = "ausgabe.json"
}

private extension Date {
    func isAfter(_ other: Date) -> Bool { self > other }
}
