/// The language of the user interface. German for the coordinators by default; English
/// when the locale or `--lang` asks for it.
public enum Language: String, Sendable, CaseIterable {
    case de, en

    /// Picks the language from the usual locale variables, in POSIX precedence.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .de
            }
        }
        return .de
    }

    public var strings: Strings { self == .de ? .german : .english }
}
