import ArgumentParser
import Foundation
import LotseApp
import LotseCore
import LotseStore

/// Opening the store for a subcommand, with the same messages and exit statuses as the
/// dashboard: 2 when there is no store, and broken files named but not fatal.
struct StoreAccess {
    let store: FileStore
    let network: Network

    init(_ option: String?) throws {
        let environment = ProcessInfo.processInfo.environment
        let url = StoreLocation.resolve(option, environment: environment)
        do {
            store = try FileStore(at: url)
            let loaded = try store.load()
            network = loaded.network
            for problem in loaded.problems {
                printError("lotse: warning: \(problem.description) (left unchanged; `lotse check` lists all)")
            }
        } catch {
            throw fail(error.description, status: 2)
        }
    }

    /// Writes a change; a conflict or a failure ends the command with a message.
    func write(_ change: Change) throws {
        switch ChangeWriter.write(change, to: store) {
        case .conflicted(let change, let index, _):
            throw fail("\(change.writes[index].kind.rawValue) \(change.writes[index].id) was changed by someone else just now; nothing more was written. Run the command again.", status: 1)
        case .failed(_, _, let message):
            throw fail(message, status: 1)
        default:
            return
        }
    }
}
