/// Why the dashboard cannot run in this terminal, with what to do about it.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case termUnset
    case unknownTerm(String)
    case cannotAddressCursor(String)
    case notATerminal

    public var description: String {
        switch self {
        case .termUnset:
            return "TERM is not set, so Lotse cannot tell what this terminal can do. Run it in a terminal emulator, or set TERM (for example: TERM=xterm-256color lotse)."
        case .unknownTerm(let name):
            return "the terminal type \"\(name)\" is unknown on this machine (no terminfo entry). Set TERM to a known type such as xterm-256color."
        case .cannotAddressCursor(let name):
            return "the terminal type \"\(name)\" cannot move the cursor, which a full-screen dashboard needs. Use a terminal emulator, or set TERM to a type such as xterm-256color. The command-line subcommands (lotse check, lotse --help) work anywhere."
        case .notATerminal:
            return "standard input or output is not a terminal. Run the dashboard in a terminal; the subcommands (lotse check, lotse init) work without one."
        }
    }
}
