/// How git and ssh may ask for a passphrase, a token or a host key's approval. The choice
/// is the caller's, because only it knows whether a person is there and where they look.
public enum GitPrompting: Sendable, Hashable {
    /// Nobody can answer (cron, a script, a test): git and ssh fail at once instead of
    /// waiting for input that never comes.
    case never
    /// The command line in a terminal: git and ssh ask there, as they do on their own.
    case terminal
    /// The dashboard: git and ssh run without the terminal and ask through `program`
    /// (Lotse itself, as `GIT_ASKPASS` and `SSH_ASKPASS`), which passes the question to the
    /// dashboard over the socket at `socket` and prints the answer typed into its box.
    case askpass(program: String, socket: String)

    /// The variable that tells Lotse it runs as git's or ssh's askpass, and where to ask.
    public static let socketVariable = "LOTSE_ASKPASS_SOCKET"

    var detachesFromTerminal: Bool {
        if case .askpass = self { return true }
        return false
    }

    func apply(to environment: inout [String: String]) {
        switch self {
        case .never:
            environment["GIT_TERMINAL_PROMPT"] = "0"
            environment["GIT_ASKPASS"] = "/bin/false"
            environment["SSH_ASKPASS"] = "/bin/false"
            environment["SSH_ASKPASS_REQUIRE"] = "never"
            environment["GIT_SSH_COMMAND"] = environment["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        case .terminal:
            break
        case .askpass(let program, let socket):
            environment["GIT_TERMINAL_PROMPT"] = "0"
            environment["GIT_ASKPASS"] = program
            environment["SSH_ASKPASS"] = program
            // ssh asks through the program also where it could find a terminal.
            environment["SSH_ASKPASS_REQUIRE"] = "force"
            environment[Self.socketVariable] = socket
        }
    }
}
