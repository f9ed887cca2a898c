import ArgumentParser
import Foundation
import LotseCore
import LotseStore

extension QuestionsCommand {
    /// Throws a refusal as the message and exit status of a command-line mistake.
    static func guide<T>(_ body: () throws(GuideRelease.Refusal) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw fail(Run.language.guideTexts.refusal(error), status: 1)
        }
    }

    struct Release: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "release",
            abstract: "Release an answered question for the volunteers' guide (`lotse publish`).",
            discussion: """
                The release holds until its "prüfen bis" day: by default the months the store's \
                guide settings give its category (`lotse knowledge settings`), 12 unless set. \
                Releasing again, after an edit or when it is due, renews it.
                """)

        @OptionGroup var common: CommonOptions
        @Option(help: "The day to check it again by (DD.MM.YYYY or YYYY-MM-DD) instead of the category's period.") var recheck: String?
        @Option(help: "Who releases it, a role (default: $LOTSE_USER).") var user: String?
        @Argument(help: "The question's id or a unique prefix of it.") var id: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = try QuestionsCommand.look { () throws(LookupError) in try Lookup.question(id, in: access.network) }
            let today = LocalDate(Date(), in: .current)
            let until = try recheck.map { try PrivacyCommand.day($0) }
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let released = try QuestionsCommand.guide { () throws(GuideRelease.Refusal) in
                try GuideRelease.release(base, by: Run.user(user), now: now, today: today, recheck: until,
                                         settings: access.network.manifest.guideInForce)
            }
            try access.write(Change(.release, writes: [.init(id: base.id, new: released, base: base)]))
            print(Run.language.guideTexts.released(base.id, released.release?.recheck ?? today))
            let found = PrivacyCheck.findings(in: GuideEdition.checkedText(released))
            if !found.isEmpty {
                let names = found.map { PrivacyDocuments.findingName($0, Run.language) }.joined(separator: ", ")
                printError("lotse: " + Run.language.guideTexts.flagged(names).replacingOccurrences(of: "⚠ ", with: ""))
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw a question's release: the next edition of the guide leaves it out.")

        @OptionGroup var common: CommonOptions
        @Argument(help: "The question's id or a unique prefix of it.") var id: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let base = try QuestionsCommand.look { () throws(LookupError) in try Lookup.question(id, in: access.network) }
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let withdrawn = try QuestionsCommand.guide { () throws(GuideRelease.Refusal) in try GuideRelease.withdraw(base, now: now) }
            try access.write(Change(.withdraw, writes: [.init(id: base.id, new: withdrawn, base: base)]))
            print(Run.language.guideTexts.withdrawn(base.id))
        }
    }
}
