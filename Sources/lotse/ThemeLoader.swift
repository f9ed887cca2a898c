import Foundation
import LotseUI

/// Finds and reads a theme file by name or path. The folders searched: $LOTSE_THEMES,
/// $XDG_CONFIG_HOME/lotse/themes (or ~/.config/lotse/themes), the `themes/` folder of the
/// source tree the binary was built in, and ./themes.
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
        let candidates = nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme")
            ? [URL(fileURLWithPath: nameOrPath)]
            : folders(environment).map { $0.appendingPathComponent("\(nameOrPath).theme") }
        for url in candidates {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .notText(path: url.path)
            }
            let name = url.deletingPathExtension().lastPathComponent
            let parsed = ThemeFile.parse(text, name: name)
            return (parsed.theme, parsed.issues.map { "\(url.path): \($0)" })
        }
        if nameOrPath == "default" { return (Theme.builtInDefault, []) }
        let searched = candidates.map(\.path).joined(separator: ", ")
        throw .notFound(name: nameOrPath, searched: searched)
    }

    private static func folders(_ environment: [String: String]) -> [URL] {
        var result: [URL] = []
        if let own = environment["LOTSE_THEMES"], !own.isEmpty { result.append(URL(fileURLWithPath: own)) }
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            result.append(URL(fileURLWithPath: config).appendingPathComponent("lotse/themes"))
        } else if let home = environment["HOME"], !home.isEmpty {
            result.append(URL(fileURLWithPath: home).appendingPathComponent(".config/lotse/themes"))
        }
        // A binary in .build/<config>/ of the source tree finds the tree's themes/.
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            folder = folder.deletingLastPathComponent()
            result.append(folder.appendingPathComponent("themes"))
        }
        result.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes"))
        var seen = Set<String>()
        return result.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }
}
