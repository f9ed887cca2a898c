import Foundation

/// What went wrong between a clone and its remote, read from what git and ssh printed (in
/// the C locale, which every call asks for). Each kind has its own message and its own
/// remedy; none of them reads as "offline" unless the server really could not be reached.
public enum RemoteFailure: Hashable, Sendable {
    /// The server refused the credentials, or none were there to give (401/403, ssh's
    /// "Permission denied (publickey)", no token and nobody to ask).
    case authentication
    /// ssh does not know the server's host key yet, and nobody confirmed it.
    case hostKeyUnknown
    /// The server's host key is not the one known for it: refused, never accepted by a key.
    case hostKeyChanged
    /// No repository at that address, or none this account may see.
    case notFound
    /// The server did not answer: offline, a wrong name or port, a firewall.
    case unreachable
    /// The server refused the push: a protected branch or a hook, with what it said.
    case rejected(message: String)
    /// Colleagues pushed in between, each time the push was tried again.
    case pushRace
    /// The person closed the box that asked for a passphrase, a token or a host key.
    case cancelled
    /// Something else; the detail says what git said.
    case other

    /// The kind of failure `said` describes.
    public static func classify(_ said: String) -> RemoteFailure {
        let text = said.lowercased()
        func has(_ parts: String...) -> Bool { parts.contains { text.contains($0) } }
        if has("remote host identification has changed", "host key for", "offending") && has("verification failed", "has changed") {
            return .hostKeyChanged
        }
        if has("host key verification failed", "no ed25519 host key is known", "no rsa host key is known",
               "no ecdsa host key is known", "authenticity of host") {
            return .hostKeyUnknown
        }
        if has("permission denied (publickey", "permission denied, please try again", "authentication failed",
               "could not read username", "could not read password", "unable to read askpass response",
               "returned error: 401", "returned error: 403", "http basic: access denied",
               "invalid username or password", "incorrect passphrase", "too many authentication failures") {
            return .authentication
        }
        if has("[remote rejected]", "hook declined", "protected branch", "denying non-fast-forward",
               "not allowed to push", "not allowed to force push", "gh006", "you are not allowed") {
            return .rejected(message: serverMessage(said))
        }
        if has("[rejected]", "fetch first", "non-fast-forward") { return .pushRace }
        if has("does not appear to be a git repository", "repository not found", "returned error: 404", "not found",
               "does not exist")
            && !has("could not resolve") {
            return .notFound
        }
        if has("could not resolve", "connection refused", "connection timed out", "operation timed out",
               "network is unreachable", "no route to host", "failed to connect", "couldn't connect",
               "connection reset", "connection closed", "timed out", "name or service not known",
               "temporary failure in name resolution", "could not read from remote repository") {
            return .unreachable
        }
        return .other
    }

    /// The lines a server sent back ("remote: …") and git's reason in brackets, which is
    /// what names a protected branch or a hook.
    static func serverMessage(_ said: String) -> String {
        let lines = said.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        var parts = lines.filter { $0.hasPrefix("remote:") }
            .map { $0.dropFirst("remote:".count).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.allSatisfy { "=-* ".contains($0) } }
        for line in lines where line.contains("[remote rejected]") || line.hasPrefix("error: denying") {
            parts.append(line.hasPrefix("error: ") ? String(line.dropFirst(7)) : line)
        }
        var unique: [String] = []
        for part in parts where !unique.contains(part) { unique.append(part) }
        return unique.prefix(4).joined(separator: " · ")
    }

    /// The one line of git's output worth showing: the first that says more than git's
    /// general "Could not read from remote repository", preferring its "fatal:" or
    /// "error:" lines, without the prefix, masked and short.
    public static func detail(_ said: String) -> String {
        let generic = ["could not read from remote repository", "please make sure you have", "and the repository exists"]
        let lines = SecretMask.apply(said).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { line in !line.isEmpty && !line.hasPrefix("@") && !line.hasPrefix("warning:")
                && !generic.contains { line.lowercased().contains($0) } }
        let chosen = lines.last { $0.hasPrefix("fatal:") } ?? lines.last { $0.hasPrefix("error:") } ?? lines.first ?? ""
        var line = chosen
        for prefix in ["fatal: ", "error: "] where line.hasPrefix(prefix) { line = String(line.dropFirst(prefix.count)) }
        return String(line.prefix(240))
    }
}
