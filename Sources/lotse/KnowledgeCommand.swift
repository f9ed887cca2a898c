import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse knowledge …`: the answers released for the volunteers' guide, which of them want
/// a review, and the guide's settings.
struct KnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "knowledge",
        abstract: "The answers released for the volunteers' guide: which want a review, and the guide's settings.",
        subcommands: [Due.self, Settings.self])

    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "due",
            abstract: "List the released answers due for review: edited since their release, or past their \"prüfen bis\" day.",
            discussion: """
                Made for a cron mail: when nothing is due and the output is not a terminal, it \
                prints nothing. Exits 0 either way.
                """)

        @OptionGroup var common: CommonOptions
        @Option(help: "Look as on this day (DD.MM.YYYY or YYYY-MM-DD) instead of today.") var asOf: String?
        @Option(help: "Also list the answers whose \"prüfen bis\" day comes within this many days.") var within: Int = 0

        func run() throws {
            guard within >= 0 else {
                throw fail(Run.texts.needsDays("--within"), status: 2)
            }
            let access = try StoreAccess(common.store)
            let day = try PrivacyCommand.day(asOf)
            let t = Run.language.guideTexts
            let due = GuideRelease.due(access.network.questions, today: day, withinDays: within)
            guard !due.isEmpty else {
                if isatty(STDOUT_FILENO) == 1 { print(t.nothingDue) }
                return
            }
            print(t.dueHeading(due.count))
            for (question, state) in due {
                guard let release = question.release else { continue }
                let id = String(question.id.prefix(10))
                print("  \(id)  " + TerminalSafe.line(question.title, width: 70))
                print("              " + t.dueReason(state, release) + " · " + TerminalSafe.line(question.category, width: 40))
            }
        }
    }

    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "settings",
            abstract: "Show the guide's settings, or change them for the whole network (they are kept in store.json).",
            discussion: """
                --recheck-months alone sets how long a released answer holds in every category; \
                with --category, in that one only (asylum rules change faster than swimming courses).
                """)

        @OptionGroup var common: CommonOptions
        @Option(help: "The guide's title.") var title: String?
        @Option(help: "A line of text in the place of a logo, such as the integration centre's name.") var logoText: String?
        @Option(help: "The imprint line: who publishes the guide, an address, a contact.") var imprint: String?
        @Option(help: "Months a released answer holds before it is due for review.") var recheckMonths: Int?
        @Option(help: "Set --recheck-months for this category only.") var category: String?

        func run() throws {
            let access = try StoreAccess(common.store, withoutQuestions: true)
            let base = access.network.manifest
            var guide = base.guideInForce
            if let recheckMonths, recheckMonths < 1 {
                throw fail(Run.texts.needsMonths("--recheck-months"), status: 2)
            }
            if category != nil && recheckMonths == nil {
                throw fail(Run.texts.categoryNeedsMonths, status: 2)
            }
            func text(_ value: String?) -> String?? {
                value.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.map { $0.isEmpty ? nil : $0 }
            }
            if let value = text(title) { guide.title = value }
            if let value = text(logoText) { guide.logoText = value }
            if let value = text(imprint) { guide.imprint = value }
            if let recheckMonths {
                if let category {
                    let name = try QuestionsCommand.look { () throws(LookupError) in try Lookup.category(category, in: access.network) }
                    guide.categoryRecheckMonths = (guide.categoryRecheckMonths ?? [:]).merging([name: recheckMonths]) { _, new in new }
                } else {
                    guide.recheckMonths = recheckMonths
                }
            }
            if guide != base.guideInForce {
                var manifest = base
                manifest.guide = guide
                try access.write(Change(.guide, writes: [], manifest: Change.ManifestChange(new: manifest, base: base)))
            }
            for line in GuideSite.settingsLines(guide, manifest: base, language: Run.language) { print(line) }
        }
    }
}
