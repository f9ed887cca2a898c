import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse check [PATH]`: validates every file of a store without changing any.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every file of a store; print each problem as 'path: reason'.",
        discussion: "Exits with 0 when every file is fine, 1 when any file has a problem, 2 when the store cannot be opened. Nothing is changed on disk.")

    @Argument(help: "The store folder (default: as for the dashboard).")
    var path: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let url = StoreLocation.resolve(path ?? common.store, environment: environment)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw fail(Run.messages.isAFile(url.path), status: 2)
        }
        let loaded: (network: Network, problems: [StoreProblem])
        do {
            loaded = try FileStore(at: url).load(tidy: false)
        } catch {
            throw fail(Run.messages.storeError(error), status: 2)
        }
        for problem in loaded.problems {
            print(Run.messages.problem(problem))
        }
        let network = loaded.network
        let summary = Run.messages.storeSummary(network.communes.count, network.questions.count, network.meetings.count)
        if loaded.problems.isEmpty {
            print(Run.messages.allValid(url.path, summary))
        } else {
            let count = loaded.problems.count
            printError(Run.messages.someInvalid(count, summary))
            throw ExitCode(1)
        }
    }
}
