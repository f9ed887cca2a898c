import Foundation

/// Whether a coordinator's phone number and e-mail address can be what they say, so that
/// "abc" or "keine-mail" is caught where it is typed, in the form and on the command line.
/// Empty is fine: not every coordinator gives both.
public enum ContactCheck {
    /// Digits with the marks people write between them (+49 2921 103-0, (02921) 10 30,
    /// 02921/1030), and at least five digits.
    public static func isPhone(_ text: String) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return true }
        let allowed = Set("0123456789+-/() .")
        return text.allSatisfy(allowed.contains) && text.filter(\.isNumber).count >= 5
    }

    /// One "@" between a name and a domain with a dot, no blanks.
    public static func isEmail(_ text: String) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return true }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".") && !domain.contains("..")
    }
}
