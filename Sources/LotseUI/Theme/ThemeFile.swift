import Foundation

/// Reads the theme format of DESIGN.md §6: flat `key = "value"` lines, `#` comments.
/// Keys that are missing fall back to the default theme; keys and values that are wrong
/// are reported with their line, never silently ignored.
public enum ThemeFile {
    public struct Issue: Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ text: String, name: String) -> (theme: Theme, issues: [Issue]) {
        var colors: [Role: ThemeColor] = [:]
        var issues: [Issue] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = stripComment(String(rawLine)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let equals = line.firstIndex(of: "=") else {
                issues.append(Issue(line: number, message: "expected key = \"value\""))
                continue
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            guard let role = Role(rawValue: key) else {
                let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                issues.append(Issue(line: number, message: "unknown key \"\(key)\" (known: \(known))"))
                continue
            }
            guard let color = ThemeColor(parsing: value) else {
                issues.append(Issue(line: number, message: "\"\(value)\" is not a colour (use #RRGGBB, an ANSI name, 0–255 or default)"))
                continue
            }
            colors[role] = color
        }
        var merged = Theme.builtInDefault.colors
        merged.merge(colors) { _, new in new }
        return (Theme(name: name, colors: merged), issues)
    }

    /// Drops a `#` comment, but not a `#` inside quotes (the colours use it).
    private static func stripComment(_ line: String) -> String {
        var inQuotes = false
        for index in line.indices {
            let character = line[index]
            if character == "\"" { inQuotes.toggle() }
            if character == "#" && !inQuotes { return String(line[..<index]) }
        }
        return line
    }
}
