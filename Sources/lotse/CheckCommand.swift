import ArgumentParser
import Foundation
import LotseStore

/// `lotse check [PATH]`: validates every file of a store without changing any.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every file of a store; print each problem as 'path: reason'.",
        discussion: "Exits with 0 when every file is fine, 1 when any file has a problem, 2 when the store cannot be opened. Nothing is changed on disk.")

    @Argument(help: "The store folder (default: as for the dashboard).")
    var path: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let url = StoreLocation.resolve(path, environment: environment)
        let loaded: (network: Network, problems: [StoreProblem])
        do {
            loaded = try FileStore(at: url).load()
        } catch {
            throw fail(error.description, status: 2)
        }
        for problem in loaded.problems {
            print(problem.description)
        }
        let network = loaded.network
        let summary = "\(network.communes.count) communes, \(network.questions.count) questions, \(network.meetings.count) meetings"
        if loaded.problems.isEmpty {
            print("\(url.path): all files are valid (\(summary)).")
        } else {
            let count = loaded.problems.count
            printError("\(count) file\(count == 1 ? "" : "s") with problems; they were left unchanged. Loaded: \(summary).")
            throw ExitCode(1)
        }
    }
}
