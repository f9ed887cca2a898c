import Foundation
import LotseStore

/// The sync log as text, newest sync first: when, how it ended, and each git command
/// with its exit status, time and what it printed (masked, made safe for the terminal).
/// `lotse sync log` prints these lines; the dashboard's `L` shows them in a pager.
public enum SyncLogText {
    public static func lines(_ entries: [SyncLogEntry], language: Language, timeZone: TimeZone = .current,
                             commands: Bool = true) -> [DetailLine] {
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
            for command in entry.commands {
                let status = command.status == 0 ? "0" : "\(command.status)"
                lines.append(DetailLine([TextSpan("  " + TerminalSafe.line(command.line), command.status == 0 ? .muted : .warning),
                                         TextSpan("  → \(status) · \(command.milliseconds) ms", .muted)], hangingIndent: 4))
                // What a command printed counts where it talked to the remote or failed;
                // a query's hash or branch name is noise here.
                let talked = ["git fetch", "git push", "git clone", "git ls-remote"].contains { command.line.hasPrefix($0) }
                guard talked || command.status != 0 else { continue }
                for said in command.output.split(whereSeparator: \.isNewline).prefix(12) {
                    lines.append(.text("    " + TerminalSafe.line(String(said)), .muted, indent: 6))
                }
            }
            lines.append(.blank)
        }
        return lines
    }

    public static func title(_ language: Language) -> String { language == .de ? "Sync-Log" : "Sync log" }
}
