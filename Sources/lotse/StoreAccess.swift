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
            var opened = try FileStore(at: url)
            opened.index = StoreIndex.open(forStore: opened.root, environment: environment)
            store = opened
            let loaded = try store.load()
            network = loaded.network
            for problem in loaded.problems {
                printError("lotse: " + Run.messages.problemWarning(problem))
            }
        } catch {
            throw fail(Run.messages.storeError(error), status: 2)
        }
    }

    /// Writes a change the way the dashboard does (merged field by field with what is on
    /// disk, all or nothing); a conflict or a failure ends the command with a message.
    func write(_ change: Change) throws {
        switch ChangeWriter.write(change, to: store) {
        case .conflicted(let change, let index, _, _):
            // An index past the records is store.json, changed together with them.
            guard change.writes.indices.contains(index) else {
                throw fail(Run.messages.changedMeanwhile(.question, FileStore.manifestName), status: 1)
            }
            throw fail(Run.messages.changedMeanwhile(change.writes[index].kind, change.writes[index].id), status: 1)
        case .failed(_, _, let error):
            throw fail(Run.messages.storeError(error), status: 1)
        default:
            return
        }
    }
}
