import LotseCore

/// The argument parser's messages (a wrong option, a missing value) in the run's
/// language. The parser writes them in English; a German run says them in German, with
/// the option names and the usage line as they are.
enum ParseErrorText {
    static func translate(_ message: String, to language: Language) -> String {
        guard language == .de else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }.joined(separator: "\n")
    }

    private static let replacements: [(String, String)] = [
        ("Error: Unknown option ", "Fehler: Unbekannte Option "),
        ("Error: Missing value for ", "Fehler: Es fehlt der Wert für "),
        ("Error: Missing expected argument ", "Fehler: Es fehlt das Argument "),
        ("Error: The value ", "Fehler: Der Wert "),
        ("Error: ", "Fehler: "),
        ("Help: ", "Hilfe: "),
        ("Usage: ", "Aufruf: "),
    ]

    private static func line(_ text: String) -> String {
        var text = text
        for (english, german) in replacements where text.hasPrefix(english) || text.hasPrefix("  " + english) {
            text = text.replacingOccurrences(of: english, with: german, options: [], range: text.range(of: english))
            break
        }
        // "Hilfe:  --remote <remote>  The shared remote: …": the option's own text in German too.
        if text.hasPrefix("Hilfe: "), let range = text.range(of: #"^Hilfe:\s+\S.*?\s{2,}"#, options: .regularExpression) {
            text = String(text[range]) + HelpText.german(String(text[range.upperBound...]))
        }
        text = text.replacingOccurrences(of: " is invalid for ", with: " ist ungültig für ")
        if let range = text.range(of: ". Please provide one of ") {
            text.replaceSubrange(range, with: ". Möglich sind: ")
            text = text.replacingOccurrences(of: "' or '", with: "' oder '")
        }
        if let range = text.range(of: #"\d+ unexpected arguments?: "#, options: .regularExpression) {
            text.replaceSubrange(range, with: "Unerwartete Argumente: ")
        }
        if text.hasPrefix("  See '"), text.hasSuffix("' for more information.") {
            let command = text.dropFirst("  See '".count).dropLast("' for more information.".count)
            text = "  Mehr dazu: '\(command)'"
        }
        return text
    }

    /// `lotse --theme neon questions list`: a dashboard option before a subcommand. The
    /// parser would take the subcommand's name for stray words; this says what is meant.
    static func dashboardOption(before arguments: [String], subcommands: Set<String>) -> String? {
        var option: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? Substring(argument))
            if subcommands.contains(argument) {
                guard let option else { return nil }
                return Run.language == .de
                    ? "lotse: \(option) gilt nur für das Dashboard (`lotse \(option) NAME`); `lotse \(argument)` kennt es nicht. Ohne \(option) aufrufen."
                    : "lotse: \(option) is for the dashboard only (`lotse \(option) NAME`); `lotse \(argument)` does not take it. Run it without \(option)."
            }
            if argument == "--" || !argument.hasPrefix("-") { return nil }
            if name == "--theme" { option = name }
            // An option's value is the next word, unless given with "=".
            index += argument.contains("=") || !["--theme", "--store", "--lang", "--user"].contains(name) ? 1 : 2
        }
        return nil
    }
}
