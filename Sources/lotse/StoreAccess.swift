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

    /// A store opened already, with the part of its network a command needs.
    init(store: FileStore, network: Network) {
        self.store = store
        self.network = network
    }

    /// `withoutQuestions`: the store's settings, communes and meetings only; the questions
    /// are left to the caller (`questions list` takes them from the index).
    init(_ option: String?, withoutQuestions: Bool = false) throws {
        let environment = ProcessInfo.processInfo.environment
        let url = StoreLocation.resolve(option, environment: environment)
        do {
            var opened = try FileStore(at: url)
            opened.index = StoreIndex.open(forStore: opened.root, environment: environment, fold: TextFolding.fold)
            store = opened
            if withoutQuestions {
                network = try store.loadWithoutQuestions()
                return
            }
            let loaded = try store.load()
            network = loaded.network
            for problem in loaded.problems {
                printError("lotse: " + Run.messages.problemWarning(problem))
            }
        } catch {
            throw fail(Run.messages.storeError(error), status: 2)
        }
    }

    /// The store with every question, those the index holds from the index (each checked
    /// against its file's stamp), the others read: for what counts questions (the report,
    /// the privacy report) without decoding 100,000 files. `texts`: see `IndexedSelection`.
    static func counting(_ option: String?, texts: Bool) throws -> StoreAccess {
        let light = try StoreAccess(option, withoutQuestions: true)
        var network = light.network
        network.questions = try light.questions(for: QuestionQuery(), texts: texts).chosen
        return StoreAccess(store: light.store, network: network)
    }

    /// The questions a query asks for, and every question's id. From the index when the
    /// questions folder is as it was when the index was last found in line with it (no file
    /// added, removed or renamed over since): then only the chosen files are checked, by
    /// their stamps, and the few the index does not hold are read. Else the whole store is
    /// read, which brings the index in line again.
    /// `texts`: see `IndexedSelection`.
    func questions(for query: QuestionQuery, texts: Bool) throws -> (chosen: [Question], prefix: Int, storeIsEmpty: Bool) {
        if let selection = IndexedSelection(store: store, query: query, texts: texts) {
            for problem in selection.problems { printError("lotse: " + Run.messages.problemWarning(problem)) }
            return (selection.questions, selection.prefix, selection.storeIsEmpty)
        }
        do {
            let loaded = try store.load()
            for problem in loaded.problems { printError("lotse: " + Run.messages.problemWarning(problem)) }
            let questions = loaded.network.questions
            return (questions, RecordID.uniquePrefixLength(questions.map(\.id)), questions.isEmpty)
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
