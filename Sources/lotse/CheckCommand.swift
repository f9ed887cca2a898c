import ArgumentParser
import Foundation
import LotseCore
import LotseStore

/// `lotse check [PATH] [--full]`: validates the files of a store without changing any.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every file of a store; print each problem as 'path: reason'.",
        discussion: """
            Exits with 0 when every file is fine, 1 when any file has a problem, 2 when the \
            store cannot be opened. Nothing is changed in the store. A question file that has \
            not changed since the index beside the store last read it (same size, times and \
            inode) was checked then and is not read again; --full reads and checks every file.
            """)

    @Argument(help: "The store folder (default: as for the dashboard).")
    var path: String?

    @Flag(help: "Read and check every file, also those the index holds unchanged.") var full = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let url = StoreLocation.resolve(path ?? common.store, environment: environment)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw fail(Run.messages.isAFile(url.path), status: 2)
        }
        let problems: [StoreProblem]
        let counts: (communes: Int, questions: Int, meetings: Int)
        do {
            let store = try FileStore(at: url)
            // The index only saves reading: what it gives is for files whose stamp is what
            // it was when each was read and checked. Without one, every file is read.
            if !full, let index = StoreIndex.open(forStore: store.root, environment: environment, fold: TextFolding.fold) {
                (counts, problems) = try store.check(using: index)
            } else {
                let loaded = try store.load(tidy: false)
                let network = loaded.network
                (counts, problems) = ((network.communes.count, network.questions.count, network.meetings.count), loaded.problems)
            }
        } catch {
            throw fail(Run.messages.storeError(error), status: 2)
        }
        for problem in problems {
            print(Run.messages.problem(problem))
        }
        let summary = Run.messages.storeSummary(counts.communes, counts.questions, counts.meetings)
        if problems.isEmpty {
            print(Run.messages.allValid(url.path, summary))
        } else {
            printError(Run.messages.someInvalid(problems.count, summary))
            throw ExitCode(1)
        }
        // Done: freeing a hundred thousand records one by one would only make the process end later.
        Foundation.exit(0)
    }
}
