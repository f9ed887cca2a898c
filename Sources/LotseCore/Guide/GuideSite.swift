import Foundation
import LotseStore

/// An edition of the guide as the files of a static website: the page, its stylesheet, its
/// search script and the record of the edition. The same store gives the same bytes, so
/// that an edition can be committed and compared.
public enum GuideSite {
    public static let pageFile = "index.html"
    public static let styleFile = "leitfaden.css"
    public static let scriptFile = "suche.js"

    /// A commune's page of contacts: `kontakte-werl.html`. Slugs are letters, digits and
    /// hyphens only, so the name is safe in a folder and a link.
    public static func contactFile(_ slug: String) -> String { "kontakte-\(slug).html" }

    public struct File: Equatable, Sendable {
        public var name: String
        public var data: Data
    }

    /// A published text that looks personal: the guide is not written while there is one.
    public struct Finding: Equatable, Sendable {
        public var id: String
        public var title: String
        public var findings: [PrivacyCheck.Finding]
    }

    /// The released answers whose texts the personal-data check flags, but for those whose
    /// flag was confirmed as a false alarm.
    public static func findings(in network: Network, today: LocalDate, confirmed: (String) -> Bool) -> [Finding] {
        network.questions.compactMap { question -> Finding? in
            guard question.guideState(on: today).isPublished else { return nil }
            let found = PrivacyCheck.findings(in: GuideEdition.checkedText(question))
            guard !found.isEmpty, !confirmed(question.id) else { return nil }
            return Finding(id: question.id, title: question.title, findings: found)
        }.sorted { $0.id < $1.id }
    }

    public static func files(_ edition: GuideEdition) -> [File] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let record = (try? encoder.encode(GuideRecord(edition))).map { $0 + Data("\n".utf8) } ?? Data()
        return [
            File(name: pageFile, data: Data(GuideHTML.page(edition).utf8)),
            File(name: styleFile, data: Data((GuideAssets.style + "\n").utf8)),
            File(name: scriptFile, data: Data((GuideAssets.script + "\n").utf8)),
            File(name: GuideRecord.fileName, data: record),
        ] + edition.contacts.map { commune in
            File(name: contactFile(commune.slug), data: Data(GuideHTML.contactPage(commune, edition: edition).utf8))
        }
    }

    /// The record an earlier edition left in the folder, if it is one.
    public static func previous(_ data: Data?) -> GuideRecord? {
        guard let data else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(GuideRecord.self, from: data)
    }

    /// `lotse knowledge settings`: what is in force, and where each value comes from.
    public static func settingsLines(_ guide: GuideSettings, manifest: StoreManifest, language: Language) -> [String] {
        let de = language == .de
        let standard = de ? " (Standard)" : " (default)"
        // What store.json says reaches the terminal only as visible text.
        func shown(_ text: String) -> String { TerminalSafe.line(text) }
        var lines = [
            (de ? "Titel:            " : "Title:            ") + (guide.title.map(shown) ?? "Leitfaden für Ehrenamtliche" + standard),
            (de ? "Logo-Text:        " : "Logo text:        ")
                + (guide.logoText.map(shown) ?? "Kommunales Integrationszentrum \(shown(manifest.district))" + standard),
            (de ? "Impressum:        " : "Imprint:          ") + (guide.imprint.map(shown) ?? (de ? "(keins)" : "(none)")),
            (de ? "Prüfen nach:      " : "Review after:     ") + months(guide.recheckMonths ?? GuideSettings.standardRecheckMonths, de)
                + (guide.recheckMonths == nil ? standard : ""),
        ]
        for (category, value) in (guide.categoryRecheckMonths ?? [:]).sorted(by: { $0.key < $1.key }) {
            lines.append("  \(shown(category)): " + months(value, de))
        }
        return lines
    }

    private static func months(_ count: Int, _ de: Bool) -> String {
        de ? (count == 1 ? "1 Monat" : "\(count) Monaten") : (count == 1 ? "1 month" : "\(count) months")
    }
}
