import ArgumentParser
import Foundation
import LotseCore

/// `lotse config`: the settings in force and where each comes from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in force and where each comes from.",
        discussion: """
            Settings come from the command line, then environment variables (LOTSE_STORE, \
            LOTSE_USER, LOTSE_THEME, LOTSE_LANG), then the settings file \
            $XDG_CONFIG_HOME/lotse/config.toml (default ~/.config/lotse/config.toml), then \
            the defaults. The file holds lines such as: user = "Koordination Werl"; and, to \
            let the dashboard sync by itself every 10 minutes, a [sync] section with \
            every_minutes = 10.
            """)

    @OptionGroup var common: CommonOptions
    @Option(help: "As for the dashboard: who logs and answers.") var user: String?
    @Option(help: "As for the dashboard: the colour theme.") var theme: String?

    func run() throws {
        let settings = Run.settings
        let m = Run.messages
        let exists = FileManager.default.fileExists(atPath: settings.file.path)
        print("\(m.settingsFile): \(settings.file.path)" + (exists ? "" : " (\(m.settingsFileMissing))"))
        let store = StoreLocation.resolve(common.store, environment: ProcessInfo.processInfo.environment).path
        let rows: [(String, String, Settings.Source)] = [
            ("store", store, settings.store.source),
            ("user", settings.user.value ?? "", settings.user.source),
            ("theme", settings.theme.value ?? "", settings.theme.source),
            ("lang", Run.language.rawValue, settings.lang.source),
        ]
        for (name, value, source) in rows {
            print(DisplayWidth.pad(name, to: 6) + "= " + DisplayWidth.pad("\"\(value)\"", to: 40) + "  " + describe(source))
        }
        if let minutes = settings.syncMinutes {
            print("[sync] every_minutes = \(minutes)" + "  " + describe(settings.syncEveryMinutes.source))
        }
        for issue in settings.issues { print(m.settingsIssue(issue)) }
    }

    private func describe(_ source: Settings.Source) -> String {
        let m = Run.messages
        switch source {
        case .option(let name): return m.settingFrom(name)
        case .environment(let name): return m.settingFrom(name)
        case .file(let line): return m.settingFromFile(line)
        case .locale: return m.settingFromLocale
        case .builtIn: return m.settingDefault
        }
    }
}
