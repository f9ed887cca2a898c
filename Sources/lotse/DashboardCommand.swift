import ArgumentParser
import Foundation
import LotseApp
import LotseCore
import LotseStore
import LotseTerminal
import LotseUI

/// The dashboard: opens (or first creates) the store and runs the interactive loop.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default when no subcommand is given).")

    @OptionGroup var common: CommonOptions

    @Option(help: "Colour theme: default, light, mono, projector, colorblind, a theme of your own in ~/.config/lotse/themes, or a path to a .theme file.")
    var theme: String?

    @Option(help: "Your name or role, recorded as who logged or answered a question (default: $LOTSE_USER).")
    var user: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let url = StoreLocation.resolve(common.store, environment: environment)
        var (store, createdExample) = try openOrCreate(url)
        store.index = StoreIndex.open(forStore: store.root, environment: environment, fold: TextFolding.fold)
        // The first screen shows at once: the communes and meetings now, the questions as
        // the run loop reads them in the background (from the index, checked against the
        // files).
        let network: Network
        do {
            network = try store.loadWithoutQuestions()
        } catch {
            throw fail(Run.messages.storeError(error), status: 1)
        }
        let chosenTheme: Theme
        let themeIssues: [String]
        do {
            (chosenTheme, themeIssues) = try ThemeLoader.load(theme ?? Run.settings.theme.value ?? "default", environment: environment)
        } catch {
            throw fail(error.message, status: 2)
        }
        themeIssues.forEach { printError("lotse: theme: \($0)") }

        var state = AppState(network: network,
                             storeLabel: StoreLocation.label(store.root, environment: environment),
                             language: Run.language,
                             user: Run.user(user),
                             now: Date(), seed: UInt64.random(in: 0...UInt64.max))
        let terminal = NcursesTerminal()
        do {
            let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
            try terminal.start(theme: chosenTheme, noColor: noColor, mouse: Run.settings.mouse, environment: environment)
        } catch {
            throw fail(error.message(Run.messages), status: 2)
        }
        state.sync = SyncSetting.dashboardState(for: store.root)
        state.userKeys = Run.settings.userKeys
        let drafts = DraftFile(store: store.root, environment: environment)
        // The count the index noted at its last check (one row), not a count of its rows
        // (a scan of 100,000 before the first frame); the reader says the exact total.
        state.loading = LoadProgress(read: 0, total: store.index?.checkedState()?.count ?? 0)
        if createdExample { state.notice = .exampleNetwork }
        if let draft = drafts.take() { Reducer.restore(draft, in: &state) }
        var loop = RunLoop(backend: terminal, store: store)
        loop.loadsQuestions = true
        loop.keepDraft = drafts.save
        let askpass = state.sync == nil ? nil : AskpassServer()
        defer { askpass?.stop() }
        if state.sync != nil {
            var engine = SyncSetting.engine(store.root.path)
            if let askpass { engine.prompting = .askpass(program: SyncSetting.program, socket: askpass.socketPath) }
            loop.askpass = askpass
            let configured = engine
            let root = store.root
            loop.statusReader = { SyncSetting.dashboardStatus(for: root) }
            loop.syncer = {
                do throws(SyncError) { return .synced(try configured.sync()) } catch { return .failed(error) }
            }
        }
        let status = loop.run(&state)
        terminal.stop()
        // Said again once the screen is gone, where they can be read.
        Run.reportSettingsIssues()
        themeIssues.forEach { printError("lotse: theme: \($0)") }
        if status != 0 { throw ExitCode(status) }
    }

    /// The store at `url`; created with the example network when nothing is there yet
    /// (then `createdExample` is true, and the first screen says the data is made up).
    private func openOrCreate(_ url: URL) throws -> (store: FileStore, createdExample: Bool) {
        do {
            return (try FileStore(at: url), false)
        } catch StoreError.notAStore where FileManager.default.fileExists(atPath: url.path) && !isFolder(url) {
            throw fail(Run.messages.isAFile(url.path), status: 1)
        } catch StoreError.notAStore {
            let existing = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            guard existing.isEmpty else {
                throw fail(Run.messages.storeError(.notAStore(path: url.path)), status: 1)
            }
            do {
                let store = try FileStore.create(at: url, with: ExampleNetwork.make())
                printError("lotse: " + Run.messages.createdExampleStore(url.path))
                return (store, true)
            } catch {
                throw fail(Run.messages.storeError(error), status: 1)
            }
        } catch {
            throw fail(Run.messages.storeError(error), status: 1)
        }
    }

    private func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }
}
