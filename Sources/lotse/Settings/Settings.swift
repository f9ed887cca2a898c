import Foundation
import LotseCore

/// The settings in force for this run, each with where it came from. Command-line options
/// win over environment variables, which win over the settings file
/// (`$XDG_CONFIG_HOME/lotse/config.toml`, by default `~/.config/lotse/config.toml`), which
/// wins over the defaults. The language falls back to the locale last of all.
struct Settings {
    enum Source: Equatable {
        case option(String)
        case environment(String)
        case file(line: Int)
        case locale
        case builtIn
    }

    struct Setting: Equatable {
        var value: String?
        var source: Source
    }

    var store: Setting
    var user: Setting
    var theme: Setting
    var lang: Setting
    /// `[sync] every_minutes = N`: the dashboard syncs by itself every N minutes.
    var syncEveryMinutes: Setting
    /// `[keys]`: the user's own keys.
    var userKeys: UserKeys
    /// `mouse = false` turns the mouse off (it is on by default).
    var mouse: Bool
    /// Where the settings file is looked for, and what is wrong in it.
    var file: URL
    var issues: [SettingsFile.Issue]

    static func fileURL(_ environment: [String: String]) -> URL {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("lotse/config.toml")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/lotse/config.toml")
    }

    init(arguments: [String], environment: [String: String]) {
        file = Self.fileURL(environment)
        let text = FileManager.default.contents(atPath: file.path).map { String(decoding: $0, as: UTF8.self) }
        let parsed = text.map(SettingsFile.parse) ?? SettingsFile()
        issues = parsed.issues
        func option(_ name: String) -> String? {
            for (index, argument) in arguments.enumerated() {
                if argument == name, index + 1 < arguments.count { return arguments[index + 1] }
                if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
            }
            return nil
        }
        func resolve(_ name: String, _ variable: String?, fallback: Setting) -> Setting {
            if let value = option("--" + name), !value.isEmpty { return Setting(value: value, source: .option("--" + name)) }
            if let variable, let value = environment[variable], !value.isEmpty {
                return Setting(value: value, source: .environment(variable))
            }
            if let (value, line) = parsed.string(name) { return Setting(value: value, source: .file(line: line)) }
            return fallback
        }
        store = resolve("store", "LOTSE_STORE", fallback: Setting(value: nil, source: .builtIn))
        user = resolve("user", "LOTSE_USER", fallback: Setting(value: "Koordination", source: .builtIn))
        theme = resolve("theme", "LOTSE_THEME", fallback: Setting(value: "default", source: .builtIn))
        let locale = Language.fromEnvironment(environment).rawValue
        lang = resolve("lang", "LOTSE_LANG", fallback: Setting(value: locale, source: .locale))
        let keyEntries = parsed.entries.compactMap { name, entry -> (name: String, value: String, line: Int)? in
            guard name.hasPrefix("keys.") else { return nil }
            switch entry.value {
            case .string(let text): return (String(name.dropFirst(5)), text, entry.line)
            case .integer(let number): return (String(name.dropFirst(5)), String(number), entry.line)
            case .bool: return (String(name.dropFirst(5)), "", entry.line)
            }
        }
        mouse = true
        if let entry = parsed.entries["mouse"] {
            if case .bool(let on) = entry.value { mouse = on } else {
                issues.append(SettingsFile.Issue(line: entry.line, problem: .badValue("mouse")))
            }
        }
        let (keys, keyProblems) = UserKeys.parse(keyEntries)
        userKeys = keys
        for (line, problem) in keyProblems {
            switch problem {
            case .unknownCommand(let name): issues.append(SettingsFile.Issue(line: line, problem: .unknownCommand(name)))
            case .badKey(let key): issues.append(SettingsFile.Issue(line: line, problem: .unreadableKey(key)))
            case .taken(let key, let command):
                issues.append(SettingsFile.Issue(line: line, problem: .keyTaken(key: key, command: Language.fromEnvironment(environment).strings.commandHelp(command))))
            }
        }
        syncEveryMinutes = Setting(value: nil, source: .builtIn)
        if let entry = parsed.entries["sync.every_minutes"] {
            if let (minutes, line) = parsed.integer("sync.every_minutes"), minutes > 0 {
                syncEveryMinutes = Setting(value: String(minutes), source: .file(line: line))
            } else {
                issues.append(SettingsFile.Issue(line: entry.line, problem: .notPositive("every_minutes")))
            }
        }
        if let value = lang.value, Language(rawValue: value) == nil, case .file(let line) = lang.source {
            issues.append(SettingsFile.Issue(line: line, problem: .badLanguage))
            lang = Setting(value: locale, source: .locale)
        }
    }

    /// Minutes between automatic syncs; nil when off.
    var syncMinutes: Int? { syncEveryMinutes.value.flatMap(Int.init) }

    var language: Language { lang.value.flatMap(Language.init(rawValue:)) ?? .de }
}
