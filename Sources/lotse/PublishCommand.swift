import ArgumentParser
import Foundation
import LotseApp
import LotseCore
import LotseStore

/// `lotse publish --out DIR [--commune SLUG]`: the volunteers' guide as a static website,
/// from the answers released for it, and nothing else of the store.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write the volunteers' guide (Leitfaden) as a static website from the released answers.",
        discussion: """
            The folder gets index.html, leitfaden.css, suche.js, ausgabe.json and a page of \
            contacts per commune (kontakte-SLUG.html): open \
            index.html in a browser, from a USB stick or a web server alike; it searches \
            without a server and prints as an A4 booklet. Only answers released with \
            `lotse questions release ID` (or f in the dashboard's knowledge view) are in it, \
            with their sources and "Stand", and the communes' contacts by role. No names of \
            who logged or answered, no notes, no measures. When a released text looks like \
            personal data the guide is not written; rewrite it, or confirm it as a false \
            alarm with --confirm ID. The same store gives the same files: an edition can be \
            committed and compared.
            """)

    @OptionGroup var common: CommonOptions
    @Option(help: "The folder to write the edition into (created if missing).") var out: String
    @Option(help: "A commune's own edition (slug or name): its contacts first, the answers that concern it, then the rest.")
    var commune: String?
    @Option(help: "A released question (id or unique prefix) whose flagged text is fine to publish: a false alarm. Repeat for several.")
    var confirm: [String] = []

    func run() throws {
        let access = try StoreAccess(common.store)
        let de = Run.language == .de
        let today = LocalDate(Date(), in: .current)
        let slug = try commune.map { name in try QuestionsCommand.look { () throws(LookupError) in try Lookup.commune(name, in: access.network).id } }
        for id in confirm {
            let question = try QuestionsCommand.look { () throws(LookupError) in try Lookup.question(id, in: access.network) }
            do {
                try access.store.confirmPrivacy(.question, id: question.id)
            } catch {
                throw fail(Run.messages.storeError(error), status: 1)
            }
        }
        let findings = GuideSite.findings(in: access.network, today: today) { access.store.isPrivacyConfirmed(.question, id: $0) }
        guard findings.isEmpty else {
            var lines = [de ? "Der Leitfaden wurde nicht geschrieben: \(findings.count == 1 ? "eine freigegebene Antwort enthält" : "\(findings.count) freigegebene Antworten enthalten") womöglich personenbezogene Daten."
                         : "The guide was not written: \(findings.count == 1 ? "a released answer looks" : "\(findings.count) released answers look") like personal data."]
            for finding in findings {
                let names = finding.findings.map { PrivacyDocuments.findingName($0, Run.language) }.joined(separator: ", ")
                lines.append("  \(finding.id.prefix(10))  „\(TerminalSafe.line(finding.title, width: 60))“: " + names)
            }
            let first = String(findings[0].id.prefix(10))
            lines.append(de ? "Den Text umschreiben (dann neu freigeben), oder, wenn es ein Fehlalarm ist: `lotse publish --out \(out) --confirm \(first)`."
                         : "Rewrite the text (then release it again), or, if it is a false alarm: `lotse publish --out \(out) --confirm \(first)`.")
            throw fail(lines.joined(separator: "\n"), status: 1)
        }

        let folder = StoreLocation.resolve(out, environment: ProcessInfo.processInfo.environment)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            let page = folder.appendingPathComponent(GuideSite.pageFile)
            throw fail(Run.messages.exportError(DocumentWriter.exportError(page, error)), status: 1)
        }
        let recordURL = folder.appendingPathComponent(GuideRecord.fileName)
        let previous = GuideSite.previous(RecordFile.read(recordURL.path).data)
        let edition = GuideEdition.make(access.network, commune: slug, previous: previous, today: today, timeZone: .current)
        for file in GuideSite.files(edition) {
            let url = folder.appendingPathComponent(file.name)
            do {
                try PublicFile.write(file.data, to: url)
            } catch {
                throw fail(Run.messages.exportError(DocumentWriter.exportError(url, error)), status: 1)
            }
        }
        let page = folder.appendingPathComponent(GuideSite.pageFile).path
        for line in PublishSummary.lines(edition, page: page, language: Run.language) { print(line) }
    }
}
