import Foundation

/// Passwords and tokens written into a remote's address (`https://user:token@host/…`)
/// never reach a message, a log or a commit: the part after the user name is replaced.
public enum SecretMask {
    /// `text` with the password of every URL in it replaced by `***`.
    public static func apply(_ text: String) -> String {
        guard text.contains("://") else { return text }
        var out = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            out += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first "/", blank or quote; a credential is before "@".
            let end = rest.firstIndex { "/ \t\n'\"<>".contains($0) } ?? rest.endIndex
            let authority = rest[..<end]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                out += authority[..<colon] + ":***" + authority[at...]
            } else {
                out += authority
            }
            rest = rest[end...]
        }
        return out + rest
    }
}
