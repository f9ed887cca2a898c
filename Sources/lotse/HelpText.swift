import ArgumentParser
import Foundation
import LotseCore

/// `--help` in the run's language. The argument parser writes its help in English only, so
/// for a German run the help of the command asked for is taken unwrapped from the parser,
/// each of its texts (the overview, the discussion, every option's, argument's and
/// subcommand's line) is put into German from `HelpText.german`, and the whole is wrapped
/// again to the terminal's width. A text without a German entry stays English, and a test
/// reads every command's German help for English words.
enum HelpText {
    /// The command a help request is for, when `arguments` ask for help: `-h`/`--help`
    /// anywhere before `--`, or `help` first. Nil when they do not ask for help.
    static func requested(in arguments: [String]) -> ParsableCommand.Type? {
        let words = arguments.prefix { $0 != "--" }
        let asked = words.contains("-h") || words.contains("--help") || words.first == "help"
        guard asked else { return nil }
        var command: ParsableCommand.Type = LotseCommand.self
        for word in words where !word.hasPrefix("-") && word != "help" {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == word }) else { break }
            command = next
        }
        return command
    }

    /// The help of `command` in German, wrapped to `width`.
    static func german(for command: ParsableCommand.Type, width: Int) -> String {
        let english = LotseCommand.helpMessage(for: command, columns: 100_000)
        return wrap(translate(english), width: width)
    }

    /// Where the texts of option lines start in the parser's layout.
    static let column = 26

    static func translate(_ help: String) -> String {
        var out: [String] = []
        for line in help.components(separatedBy: "\n") {
            if let (names, text) = labelled(line) {
                out.append(Self.line(names.replacingOccurrences(of: " (default)", with: " (Standard)"), german(text)))
            } else if line.hasPrefix(String(repeating: " ", count: column)) {
                out.append(String(repeating: " ", count: column) + german(String(line.dropFirst(column))))
            } else if line.hasPrefix("OVERVIEW: ") {
                out.append("ÜBERSICHT: " + german(String(line.dropFirst(10))))
            } else if line.hasPrefix("USAGE: ") {
                out.append("AUFRUF: " + String(line.dropFirst(7)).replacingOccurrences(of: "<subcommand>", with: "<befehl>"))
            } else if let heading = headings[line] {
                out.append(heading)
            } else if line.hasPrefix("  See '") {
                out.append(german(line.trimmingCharacters(in: .whitespaces)).isEmpty ? line : "  " + german(line.trimmingCharacters(in: .whitespaces)))
            } else if line.isEmpty {
                out.append(line)
            } else {
                out.append(german(line))
            }
        }
        return out.joined(separator: "\n")
    }

    private static let headings = ["OPTIONS:": "OPTIONEN:", "ARGUMENTS:": "ARGUMENTE:", "SUBCOMMANDS:": "BEFEHLE:"]

    /// An option, argument or subcommand line: its names and its text. Names that reach
    /// the text's column are followed by a single space in the parser's unwrapped layout.
    private static func labelled(_ line: String) -> (names: String, text: String)? {
        guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
        if line.count > column + 1 {
            let head = String(line.prefix(column)), text = String(line.dropFirst(column))
            if head.hasSuffix("  "), let first = text.first, first != " " {
                return (head.trimmingCharacters(in: .whitespaces), text)
            }
        }
        guard let match = line.firstMatch(of: longNames), let first = match.output.2.first, first != "<", first != "-" else { return nil }
        return (String(match.output.1), String(match.output.2))
    }

    /// `--name <value>`, `-x, --name`, `<argument> ...`, then the text.
    nonisolated(unsafe) private static let longNames = /^  ((?:(?:-{1,2}[A-Za-z0-9][\w-]*|<[^>]+>)(?: <[^>]+>)?(?: \.\.\.)?(?:, )?)+) +(\S.*)$/

    /// Names padded to the text's column, or on a line of their own when they are longer.
    private static func line(_ names: String, _ text: String) -> String {
        let head = "  " + names
        if DisplayWidth.of(head) <= column - 2 { return DisplayWidth.pad(head, to: column) + text }
        return head + "\n" + String(repeating: " ", count: column) + text
    }

    /// An option or argument line of the parser's unwrapped help: its names and its text.
    static func option(_ line: String) -> (names: String, text: String)? { labelled(line) }

    /// One text in German: the parser's own additions ("(default: …)", "(values: …)")
    /// taken off, the rest looked up, the additions put back in German.
    static func german(_ text: String) -> String {
        let (base, tail) = split(text)
        if let see = seeMore(base) { return see }
        return (HelpText.table[base] ?? base) + tail
    }

    /// Whether a text has its German.
    static func isKnown(_ text: String) -> Bool {
        let base = split(text).base
        return seeMore(base) != nil || HelpText.table[base] != nil
    }

    private static func split(_ text: String) -> (base: String, tail: String) {
        var base = text
        var tail = ""
        for (english, german) in [(" (values: ", " (Werte: "), (" (default: ", " (Standard: ")] {
            if base.hasSuffix(")"), let range = base.range(of: english, options: .backwards) {
                tail = german + base[range.upperBound...].replacingOccurrences(of: "; default: ", with: "; Standard: ") + tail
                base = String(base[..<range.lowerBound])
            }
        }
        return (base, tail)
    }

    /// "See 'lotse help questions <subcommand>' for detailed help."
    private static func seeMore(_ text: String) -> String? {
        guard text.hasPrefix("See '"), text.hasSuffix("' for detailed help.") else { return nil }
        let command = text.dropFirst(5).dropLast(20)
        return "Ausführliche Hilfe: '\(command.replacingOccurrences(of: "<subcommand>", with: "<befehl>"))'."
    }

    /// Wraps every line to `width`: option texts under their column, the rest as paragraphs.
    static func wrap(_ help: String, width: Int) -> String {
        var out: [String] = []
        for line in help.components(separatedBy: "\n") {
            let indent: Int
            if labelled(line) != nil || line.hasPrefix(String(repeating: " ", count: column)) {
                indent = column
            } else if line.hasPrefix("AUFRUF: ") {
                indent = 8
            } else {
                indent = line.prefix { $0 == " " }.count
            }
            guard DisplayWidth.of(line) > width, width > indent + 20 else {
                out.append(line)
                continue
            }
            var current = String(line.prefix(indent))
            var words = line.dropFirst(indent).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            // The names column of an option line is one word here, kept whole.
            if labelled(line) != nil {
                current = String(line.prefix(column))
                words = line.dropFirst(column).split(separator: " ").map(String.init)
            }
            // A usage line breaks between its options, never inside `[--name <value>]`.
            if line.hasPrefix("AUFRUF: ") {
                current = "AUFRUF: "
                words = line.dropFirst(8).matches(of: /\[[^\]]*\]|\S+/).map { String($0.output) }
            }
            var started = false
            for word in words {
                let candidate = started ? current + " " + word : current + word
                if started && DisplayWidth.of(candidate) > width {
                    out.append(current)
                    current = String(repeating: " ", count: indent) + word
                } else {
                    current = candidate
                }
                started = true
            }
            out.append(current)
        }
        return out.joined(separator: "\n")
    }
}

extension HelpText {
    /// The terminal's columns, 80 when the output is not a terminal (as the parser does).
    static var terminalWidth: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Every text of every command's help that has no German entry yet.
    static func untranslated(_ command: ParsableCommand.Type = LotseCommand.self) -> [String] {
        let english = LotseCommand.helpMessage(for: command, columns: 100_000)
        var missing: [String] = []
        for line in english.components(separatedBy: "\n") {
            var text: String?
            if let (_, rest) = labelled(line) { text = rest }
            else if line.hasPrefix(String(repeating: " ", count: column)) { text = String(line.dropFirst(column)) }
            else if line.hasPrefix("OVERVIEW: ") { text = String(line.dropFirst(10)) }
            else if !line.isEmpty, !line.hasPrefix("USAGE: "), !line.hasPrefix("  -"), !line.hasPrefix("  <"), headings[line] == nil {
                text = line.trimmingCharacters(in: .whitespaces)
            }
            if let text, !isKnown(text) { missing.append(text) }
        }
        return missing + command.configuration.subcommands.flatMap { untranslated($0) }
    }
}
