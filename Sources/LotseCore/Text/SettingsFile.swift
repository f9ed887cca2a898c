/// `config.toml`: the settings a coordinator does not want to type at every start. A
/// small subset of TOML: `# comments`, `[section]` headings, and `key = value` lines whose
/// value is a "string", a whole number or true/false. A line it cannot read is reported
/// with its number, and the rest still counts.
///
/// (TOMLKit, the TOML package in the package mirror, cannot be resolved there: it depends
/// on swift-checkit, which the mirror does not hold. The settings need far less than TOML.)
public struct SettingsFile: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case bool(Bool)
    }

    public struct Entry: Equatable, Sendable {
        public var value: Value
        /// 1-based, for messages that point at the line.
        public var line: Int
    }

    /// What is wrong with a line, as data: the messages put it into words.
    public enum Problem: Equatable, Sendable {
        case badSection, noEquals
        case badKey(String)
        case badValue(String)
        /// A number of minutes that is not a whole number above 0.
        case notPositive(String)
        /// `[keys]`: a command Lotse does not have, a key it cannot read, a key that runs
        /// another command already.
        case unknownCommand(String)
        case unreadableKey(String)
        case keyTaken(key: String, command: String)
        case unknownSetting(String)
        case badLanguage
    }

    public struct Issue: Equatable, Sendable {
        public var line: Int
        public var problem: Problem

        public init(line: Int, problem: Problem) {
            self.line = line
            self.problem = problem
        }
    }

    /// "section.key" (or "key" at the top) → value.
    public var entries: [String: Entry] = [:]
    public var issues: [Issue] = []

    public init() {}

    /// The keys Lotse reads at the top; `[sync]` holds `every_minutes`.
    public static let known: Set<String> = ["store", "user", "theme", "lang", "mouse"]

    public static func parse(_ text: String) -> SettingsFile {
        var file = SettingsFile()
        var section = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    file.issues.append(Issue(line: number, problem: .badSection))
                    continue
                }
                section = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                file.issues.append(Issue(line: number, problem: .noEquals))
                continue
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let valueText = stripComment(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces))
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                file.issues.append(Issue(line: number, problem: .badKey(key)))
                continue
            }
            guard let value = parseValue(valueText) else {
                file.issues.append(Issue(line: number, problem: .badValue(key)))
                continue
            }
            let name = section.isEmpty ? key : "\(section).\(key)"
            if section.isEmpty, !known.contains(key) {
                file.issues.append(Issue(line: number, problem: .unknownSetting(key)))
                continue
            }
            file.entries[name] = Entry(value: value, line: number)
        }
        return file
    }

    public func integer(_ key: String) -> (value: Int, line: Int)? {
        guard let entry = entries[key], case .integer(let number) = entry.value else { return nil }
        return (number, entry.line)
    }

    public func string(_ key: String) -> (value: String, line: Int)? {
        guard let entry = entries[key], case .string(let text) = entry.value else { return nil }
        return (text, entry.line)
    }

    private static func parseValue(_ text: String) -> Value? {
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            var out = ""
            var escaped = false
            for character in text.dropFirst().dropLast() {
                if escaped {
                    switch character {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(character)
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    return nil
                } else {
                    out.append(character)
                }
            }
            return escaped ? nil : .string(out)
        }
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let number = Int(text) { return .integer(number) }
        return nil
    }

    /// A `#` after a closing quote starts a comment.
    private static func stripComment(_ text: String) -> String {
        guard let hash = text.lastIndex(of: "#") else { return text }
        let before = text[..<hash].trimmingCharacters(in: .whitespaces)
        if before.hasSuffix("\"") || Int(before) != nil || before == "true" || before == "false" { return before }
        return text
    }
}
