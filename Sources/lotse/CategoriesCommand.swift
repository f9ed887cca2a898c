import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse categories …`: the network's list of question categories. A rename changes
/// every question that uses the category in the same step; a category in use is not
/// removed.
struct CategoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "categories",
        abstract: "List, add, rename and remove the categories of questions.",
        subcommands: [List.self, Add.self, Rename.self, Remove.self])

    static func category(_ name: String, in network: Network) throws -> String {
        do {
            return try Lookup.category(name, in: network)
        } catch {
            throw fail(Run.messages.lookupError(error), status: 1)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The categories, with how many questions use each.")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let network = try StoreAccess(common.store).network
            let width = max(10, network.manifest.categories.map(DisplayWidth.of).max() ?? 10)
            for category in network.manifest.categories {
                let count = network.questions.filter { $0.category == category }.count
                print(DisplayWidth.pad(TerminalSafe.visible(category, keeping: []), to: width) + "  \(count)")
            }
            let none = network.questions.filter { $0.category.isEmpty }.count
            if none > 0 { print(DisplayWidth.pad(Run.language.questionTexts.noCategory, to: width) + "  \(none)") }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a category at the end of the list.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Its name.") var name: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw fail(Run.messages.mustNotBeEmpty("NAME"), status: 1) }
            if let existing = access.network.manifest.categories.first(where: { TextFolding.fold($0) == TextFolding.fold(name) }) {
                throw fail(Run.messages.categoryExists(existing), status: 1)
            }
            try access.write(CategoryChange.adding(name, in: access.network))
            print(Run.messages.categorySaved(name))
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a category, in every question that uses it, in one step.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The category now.") var old: String
        @Argument(help: "Its new name.") var new: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let network = access.network
            let old = try CategoriesCommand.category(old, in: network)
            let new = new.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !new.isEmpty else { throw fail(Run.messages.mustNotBeEmpty("NEW"), status: 1) }
            if let existing = network.manifest.categories.first(where: { $0 != old && TextFolding.fold($0) == TextFolding.fold(new) }) {
                throw fail(Run.messages.categoryExists(existing), status: 1)
            }
            guard new != old else { throw fail(Run.messages.nothingToChange, status: 1) }
            let change = CategoryChange.renaming(old, to: new, in: network, now: Date())
            try access.write(change)
            print(Run.messages.categoryRenamed(old, new, change.writes.count))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a category no question uses.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The category.") var name: String

        func run() throws {
            let access = try StoreAccess(common.store)
            let category = try CategoriesCommand.category(name, in: access.network)
            let uses = access.network.questions.filter { $0.category == category }.count
            guard uses == 0 else { throw fail(Run.messages.categoryInUse(category, uses), status: 1) }
            try access.write(CategoryChange.removing(category, in: access.network))
            print(Run.messages.categoryRemoved(category))
        }
    }
}
