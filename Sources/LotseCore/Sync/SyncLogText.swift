import Foundation
import LotseStore

/// The sync log as text, newest sync first: when, how it ended, and each git command
/// with its exit status, time and what it printed (masked, made safe for the terminal).
/// `lotse sync log` prints these lines; the dashboard's `L` shows them in a pager.
public enum SyncLogText {
    public static func lines(_ entries: [SyncLogEntry], language: Language, timeZone: TimeZone = .current,
                             commands: Bool = true, everyCommand: Bool = false) -> [DetailLine] {
        guard !entries.isEmpty else {
            return [.text(language.syncLogTexts.noSync, .muted)]
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
                // A query's status 1 is its answer ("no match", "not an ancestor"), not a failure.
                let answered = command.status == 1 && queries.contains { command.line.hasPrefix($0) }
                let failed = command.status != 0 && !answered
                guard talked || failed || everyCommand else {
                    quiet += 1
                    continue
                }
                lines.append(DetailLine([TextSpan("  " + TerminalSafe.line(command.line), failed ? .warning : .muted),
                                         TextSpan("  → \(command.status) · \(command.milliseconds) ms", .muted)], hangingIndent: 4))
                guard talked || failed else { continue }
                for said in command.output.split(whereSeparator: \.isNewline).prefix(12) {
                    let line = String(said).replacingOccurrences(of: "\t", with: "  ")
                    lines.append(.text("    " + TerminalSafe.line(line), .muted, indent: 6))
                }
            }
            if quiet > 0 {
                lines.append(.text(language.syncLogTexts.quietCommands(quiet), .muted))
            }
            lines.append(.blank)
        }
        return lines
    }

    /// git commands whose status 1 answers a question.
    static let queries = ["git grep", "git merge-base", "git rev-parse --verify", "git diff --quiet", "git show-ref",
                          "git config --get", "git remote get-url", "git ls-files --error-unmatch"]

    public static func title(_ language: Language) -> String { language.syncLogTexts.logTitle }
}
