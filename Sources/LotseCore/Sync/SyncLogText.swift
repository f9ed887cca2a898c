import Foundation
import LotseStore

/// The sync log as text, newest sync first: when, how it ended, and each git command
/// with its exit status, time and what it printed (masked, made safe for the terminal).
/// `lotse sync log` prints these lines; the dashboard's `L` shows them in a pager.
public enum SyncLogText {
    public static func lines(_ entries: [SyncLogEntry], language: Language, timeZone: TimeZone = .current,
                             commands: Bool = true, everyCommand: Bool = false) -> [DetailLine] {
        guard !entries.isEmpty else {
            return [.text(language == .de ? "Noch kein Sync auf diesem Rechner." : "No sync on this machine yet.", .muted)]
        }
        var lines: [DetailLine] = []
        for entry in entries.reversed() {
            let when = LocalDateTime(entry.started, in: timeZone)
            let stamp = Format.shortDate(when.date) + " " + Format.time(when.hour, when.minute)
            lines.append(DetailLine([TextSpan((entry.succeeded ? "✓ " : "✗ ") + stamp + "  ", entry.succeeded ? .success : .error),
                                     TextSpan(TerminalSafe.line(entry.outcome))], hangingIndent: 2))
            guard commands else { continue }
            // The commands that talked to the remote or failed, in full; the local ones
            // that went well (configuration, queries) counted, unless every one is asked for.
            var quiet = 0
            for command in entry.commands {
                let talked = ["git fetch", "git push", "git clone", "git ls-remote"].contains { command.line.hasPrefix($0) }
                guard talked || command.status != 0 || everyCommand else {
                    quiet += 1
                    continue
                }
                lines.append(DetailLine([TextSpan("  " + TerminalSafe.line(command.line), command.status == 0 ? .muted : .warning),
                                         TextSpan("  → \(command.status) · \(command.milliseconds) ms", .muted)], hangingIndent: 4))
                guard talked || command.status != 0 else { continue }
                for said in command.output.split(whereSeparator: \.isNewline).prefix(12) {
                    lines.append(.text("    " + TerminalSafe.line(String(said)), .muted, indent: 6))
                }
            }
            if quiet > 0 {
                lines.append(.text(language == .de ? "  + \(quiet) lokale git-Befehle ohne Fehler" : "  + \(quiet) local git commands without error", .muted))
            }
            lines.append(.blank)
        }
        return lines
    }

    public static func title(_ language: Language) -> String { language == .de ? "Sync-Log" : "Sync log" }
}
