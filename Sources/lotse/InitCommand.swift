import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse init PATH [--district NAME] [--network NAME] [--example]`: starts a network's store.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new store in an empty or new folder.")

    @Flag(help: "Fill the store with the example network of Kreis Soest.")
    var example = false

    @Option(help: "The district whose integration centre runs the network (without --example).")
    var district = "Mein Kreis"

    @Option(help: "The network's name, shown in the title line (without --example).")
    var network = "Netzwerk Ehrenamtskoordination"

    @Argument(help: "The folder for the new store (or give it with --store).")
    var path: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let chosen = path ?? common.store ?? Run.settings.store.value else { throw fail(Run.messages.initNeedsPath, status: 2) }
        let url = StoreLocation.resolve(chosen, environment: environment)
        let network = example
            ? ExampleNetwork.make()
            : Network(manifest: StoreManifest(network: network, district: district,
                                              categories: StoreManifest.defaultCategories))
        do {
            try FileStore.create(at: url, with: network)
        } catch {
            throw fail(Run.messages.storeError(error), status: 1)
        }
        print(Run.messages.createdStore(url.path, example))
    }
}
