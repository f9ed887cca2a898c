import ArgumentParser
import Foundation
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

    /// Writes questions, each only over the version that was read.
    func write(_ writes: [(new: Question, base: Question?)]) throws {
        for write in writes {
            do throws(SaveError) {
                try store.save(write.new, expecting: write.base)
            } catch {
                switch error {
                case .conflict:
                    throw fail("question \(write.new.id) was changed by someone else just now; nothing more was written. Run the command again.", status: 1)
                case .store(let failure):
                    throw fail(failure.description, status: 1)
                }
            }
        }
    }
}
