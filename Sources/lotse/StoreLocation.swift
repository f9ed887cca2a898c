import Foundation

/// Where the store lives: `--store`, else `LOTSE_STORE`, else the settings file, else the
/// XDG data directory.
enum StoreLocation {
    static func resolve(_ option: String?, environment: [String: String]) -> URL {
        if let option, !option.isEmpty { return url(option, environment) }
        if let variable = environment["LOTSE_STORE"], !variable.isEmpty { return url(variable, environment) }
        if case .file = Run.settings.store.source, let path = Run.settings.store.value { return url(path, environment) }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("lotse")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/lotse")
    }

    /// The path as the title line shows it: the home folder written as ~.
    static func label(_ url: URL, environment: [String: String]) -> String {
        let path = url.standardizedFileURL.path
        if let home = environment["HOME"], !home.isEmpty, home != "/", path.hasPrefix(home + "/") {
            return "~" + path.dropFirst(home.count)
        }
        return path
    }

    private static func url(_ path: String, _ environment: [String: String]) -> URL {
        var expanded = path
        if expanded == "~" || expanded.hasPrefix("~/"), let home = environment["HOME"] {
            expanded = home + expanded.dropFirst()
        }
        return URL(fileURLWithPath: expanded, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }
}
