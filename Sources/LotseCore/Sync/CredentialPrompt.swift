/// A question git or ssh asks while the dashboard syncs, passed on by Lotse's askpass:
/// the dashboard shows it in a box of its own (masked for a secret, yes/no for a host
/// key) and sends back what is typed. Nothing git or ssh prints reaches the screen itself.
public struct CredentialPrompt: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A user name: shown as it is typed.
        case username(for: String)
        /// A passphrase, password or token: masked.
        case secret(label: String)
        /// ssh meets a host it does not know: yes or no, with the key's fingerprint.
        case hostKey(host: String, fingerprint: String)
    }

    /// The askpass call this answers.
    public var id: Int
    public var kind: Kind
    /// What git or ssh asked, made safe for the terminal, for the box's small print.
    public var asked: String
    /// What is typed so far.
    public var input: String = ""

    public init(id: Int, asked: String) {
        self.id = id
        let safe = TerminalSafe.visible(asked.trimmingCharacters(in: .whitespacesAndNewlines), keeping: ["\n"])
        self.asked = safe
        self.kind = Self.kind(of: safe)
    }

    /// Reads the prompts git and ssh print: "Username for 'https://host': ", "Password
    /// for 'https://user@host': ", "Enter passphrase for key '/home/x/.ssh/id_ed25519': ",
    /// "user@host's password: ", and ssh's "The authenticity of host 'h (1.2.3.4)' can't
    /// be established. ED25519 key fingerprint is SHA256:…. Are you sure … (yes/no/[fingerprint])?".
    static func kind(of asked: String) -> Kind {
        let lower = asked.lowercased()
        if lower.contains("authenticity of host") {
            // "[127.0.0.1]:2222 ([127.0.0.1]:2222)": the name, not its address again.
            let named = quoted(asked) ?? ""
            let host = named.range(of: " (").map { String(named[..<$0.lowerBound]) } ?? named
            var fingerprint = ""
            if let range = asked.range(of: "fingerprint is ") {
                fingerprint = String(asked[range.upperBound...].prefix { !$0.isWhitespace })
                if fingerprint.hasSuffix(".") { fingerprint.removeLast() }
            }
            return .hostKey(host: host, fingerprint: fingerprint)
        }
        if lower.hasPrefix("username") { return .username(for: quoted(asked) ?? "") }
        if lower.contains("passphrase for key") { return .secret(label: quoted(asked) ?? "") }
        if let range = asked.range(of: "'s password") { return .secret(label: String(asked[..<range.lowerBound])) }
        return .secret(label: quoted(asked) ?? "")
    }

    private static func quoted(_ text: String) -> String? {
        guard let open = text.firstIndex(of: "'"), let close = text[text.index(after: open)...].firstIndex(of: "'") else {
            return nil
        }
        return String(text[text.index(after: open)..<close])
    }

    public var isMasked: Bool {
        if case .secret = kind { return true }
        return false
    }
}
