import ArgumentParser

/// `lotse manual`: the man page, `lotse.1`, made from the command definitions themselves
/// (every command's abstract, discussion, arguments and options), so that it cannot drift.
/// `docs/lotse.1` is its output, and a test holds the two equal.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the man page (lotse.1), made from the command definitions.",
        shouldDisplay: false)

    func run() throws {
        print(Manual.page(), terminator: "")
    }
}

enum Manual {
    static func page() -> String {
        var out = """
            .TH LOTSE 1 "" "Lotse \(LotseCommand.version)" "User Commands"
            .SH NAME
            lotse \\- \(roff(LotseCommand.configuration.abstract))
            .SH SYNOPSIS
            .B lotse
            [\\fICOMMAND\\fR] [\\fIOPTIONS\\fR]
            .SH DESCRIPTION
            \(roff(LotseCommand.configuration.discussion))
            .PP
            Every command speaks the run's language: German, or English with \\fB\\-\\-lang en\\fR or an
            English locale. \\fBlotse\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR shows the same as this page for one command.

            """
        out += ".SH COMMANDS\n"
        for (path, command) in commands(LotseCommand.self, path: ["lotse"]).dropFirst() {
            out += section(path, command)
        }
        out += """
            .SH ENVIRONMENT
            .TP
            .B LOTSE_STORE
            The store folder, when \\fB\\-\\-store\\fR is not given (default: $XDG_DATA_HOME/lotse, or ~/.local/share/lotse).
            .TP
            .B LOTSE_USER
            Who logs, answers and releases: a name or, better, a role.
            .TP
            .B LOTSE_THEME
            The dashboard's colour theme.
            .TP
            .B LOTSE_LANG
            The language, de or en.
            .SH FILES
            .TP
            .I $XDG_CONFIG_HOME/lotse/config.toml
            The settings file (see \\fBlotse config\\fR).
            .TP
            .I $XDG_CACHE_HOME/lotse/index/
            The index beside each store: derived, disposable, checked against the files.
            .SH EXIT STATUS
            0 when a command did what was asked; 1 when something needs a look (a problem found, a
            conflict, a refusal with its reason); 2 when the store cannot be opened, an argument is
            wrong, or a sync cannot reach its remote; 74 when the output cannot be written; 141 on a
            closed pipe.
            .SH SEE ALSO
            .BR git (1)

            """
        return out
    }

    /// Every command below `root`, depth first, in the order of their definitions.
    static func commands(_ root: ParsableCommand.Type, path: [String]) -> [([String], ParsableCommand.Type)] {
        guard root.configuration.shouldDisplay else { return [] }
        return [(path, root)] + root.configuration.subcommands.flatMap { sub in
            commands(sub, path: path + [sub.configuration.commandName ?? ""])
        }
    }

    private static func section(_ path: [String], _ command: ParsableCommand.Type) -> String {
        var out = ".SS \"\(roff(path.joined(separator: " ")))\"\n" + roff(command.configuration.abstract) + "\n"
        if !command.configuration.discussion.isEmpty { out += ".PP\n" + roff(command.configuration.discussion) + "\n" }
        guard command.configuration.subcommands.isEmpty else { return out }
        let help = LotseCommand.helpMessage(for: command, columns: 100_000)
        var section = ""
        var pending: String?
        for line in help.components(separatedBy: "\n") {
            if line.hasPrefix("USAGE: ") {
                out += ".PP\n.B " + roff(String(line.dropFirst(7))) + "\n"
            } else if line == "ARGUMENTS:" || line == "OPTIONS:" {
                section = line
            } else if section.isEmpty || line.isEmpty {
                continue
            } else if let (names, text) = HelpText.option(line) {
                if names == "--version" || names == "-h, --help" { continue }
                out += ".TP\n\\fB" + roff(names) + "\\fR\n" + roff(text) + "\n"
            } else if line.hasPrefix("  "), !line.hasPrefix("   ") {
                pending = line.trimmingCharacters(in: .whitespaces)
            } else if let names = pending {
                out += ".TP\n\\fB" + roff(names) + "\\fR\n" + roff(line.trimmingCharacters(in: .whitespaces)) + "\n"
                pending = nil
            }
        }
        return out
    }

    /// Text as roff reads it: backslashes and hyphens escaped, no line starting with a dot.
    static func roff(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .components(separatedBy: "\n")
            .map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : $0 }
            .joined(separator: "\n")
    }
}
