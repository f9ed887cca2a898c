import Foundation
import LotseUI

/// Finds and reads a theme by name or path. A name is looked for in the user's theme
/// folders ($LOTSE_THEMES, $XDG_CONFIG_HOME/lotse/themes or ~/.config/lotse/themes), then
/// among the themes built into the binary.
enum ThemeLoader {
    enum Failure: Error {
        case notText(path: String)
        case notFound(name: String, searched: String)

        var message: String {
            switch self {
            case .notText(let path): return Run.messages.themeNotText(path)
            case .notFound(let name, let searched): return Run.messages.themeNotFound(name, searched)
            }
        }
    }

    static func load(_ nameOrPath: String, environment: [String: String]) throws(Failure) -> (Theme, [String]) {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme")
        let candidates = isPath
            ? [URL(fileURLWithPath: nameOrPath)]
            : folders(environment).map { $0.appendingPathComponent("\(nameOrPath).theme") }
        for url in candidates {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else { throw .notText(path: url.path) }
            let parsed = ThemeFile.parse(text, name: url.deletingPathExtension().lastPathComponent)
            return (parsed.theme, parsed.issues.map { "\(url.path): \($0)" })
        }
        // The shipped themes are in the binary: they work from any folder.
        if !isPath, let text = BuiltInThemes.files[nameOrPath] {
            let parsed = ThemeFile.parse(text, name: nameOrPath)
            return (parsed.theme, parsed.issues.map { "\(nameOrPath): \($0)" })
        }
        let searched = (candidates.map(\.path) + (isPath ? [] : ["built in: " + BuiltInThemes.names.joined(separator: ", ")]))
            .joined(separator: ", ")
        throw .notFound(name: nameOrPath, searched: searched)
    }

    /// The user's own theme folders, which override or add to the built-in themes.
    private static func folders(_ environment: [String: String]) -> [URL] {
        var result: [URL] = []
        if let own = environment["LOTSE_THEMES"], !own.isEmpty { result.append(URL(fileURLWithPath: own)) }
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            result.append(URL(fileURLWithPath: config).appendingPathComponent("lotse/themes"))
        } else if let home = environment["HOME"], !home.isEmpty {
            result.append(URL(fileURLWithPath: home).appendingPathComponent(".config/lotse/themes"))
        }
        return result
    }
}
