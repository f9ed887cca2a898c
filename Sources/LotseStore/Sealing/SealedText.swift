import Crypto
import Foundation

/// A personal value as the shared history holds it: encrypted with the key of the day it
/// falls due, so that destroying that key deletes it from every commit without rewriting
/// one. The text names its key and carries AES-256-GCM's nonce, ciphertext and tag:
/// `lotse-sealed:1:2027-03-01.a1b2c3:BASE64`.
///
/// Deterministic on purpose: the nonce is an HMAC of the record's id and the value under a
/// key derived for that use (a synthetic IV, as in SIV), so the same value in the same
/// record seals to the same text. An unchanged name then stays unchanged in every commit and
/// in every merge, and git's field-by-field merge sees only real changes. What that shows:
/// that two versions of one record hold the same value, nothing else.
public enum SealedText {
    public static let prefix = "lotse-sealed:1:"
    static let prefixBytes = Data(prefix.utf8)

    public static func isSealed(_ text: String) -> Bool { text.hasPrefix(prefix) }

    /// The key id a sealed text names; nil when it is not one.
    public static func keyID(of text: String) -> String? {
        guard isSealed(text) else { return nil }
        let rest = text.dropFirst(prefix.count)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        return String(rest[..<colon])
    }

    /// The value sealed for `record` (its id) with the key `keyID`.
    public static func seal(_ plain: String, keyID: String, key: SymmetricKey, record: String) -> String? {
        let keys = derived(key)
        let nonceBytes = Data(HMAC<SHA256>.authenticationCode(for: Data((record + "\u{0}" + plain).utf8), using: keys.nonce)).prefix(12)
        guard let nonce = try? AES.GCM.Nonce(data: nonceBytes),
              let box = try? AES.GCM.seal(Data(plain.utf8), using: keys.cipher, nonce: nonce,
                                          authenticating: associated(keyID, record)),
              let combined = box.combined else { return nil }
        return prefix + keyID + ":" + combined.base64EncodedString()
    }

    /// The value, or nil when the text is not sealed, its key is not given, or it was
    /// changed (the tag does not match: a push cannot alter a sealed value unseen).
    public static func open(_ text: String, key: SymmetricKey, record: String) -> String? {
        guard let keyID = keyID(of: text) else { return nil }
        let encoded = text.dropFirst(prefix.count + keyID.count + 1)
        guard let combined = Data(base64Encoded: String(encoded)), combined.count >= 28,
              let box = try? AES.GCM.SealedBox(combined: combined),
              let plain = try? AES.GCM.open(box, using: derived(key).cipher, authenticating: associated(keyID, record))
        else { return nil }
        return String(data: plain, encoding: .utf8)
    }

    /// The key binds the text to its key id and its record: moved into another record, it
    /// does not open.
    static func associated(_ keyID: String, _ record: String) -> Data { Data((keyID + "\u{0}" + record).utf8) }

    /// One key for the cipher and one for the nonces, never the same bytes for both; made
    /// once per key and process (`DerivedKeys`), as deriving them for every value was a
    /// quarter of a checkout's filter time.
    static func derived(_ key: SymmetricKey) -> (cipher: SymmetricKey, nonce: SymmetricKey) {
        DerivedKeys.shared.keys(for: key)
    }

    /// Whether some bytes hold a sealed value at all: most files do not, and are passed on
    /// untouched.
    static func mayHoldSealed(_ data: Data) -> Bool { data.range(of: prefixBytes) != nil }
}

/// The two keys derived from each day's key, kept for the process: a checkout opens the
/// values of 100,000 files with a few dozen keys. A key a purge destroyed is no longer in
/// the ring, so nothing reaches its entry here.
private final class DerivedKeys: @unchecked Sendable {
    static let shared = DerivedKeys()
    private let lock = NSLock()
    /// Only touched under `lock`.
    private var cache: [Data: (cipher: SymmetricKey, nonce: SymmetricKey)] = [:]

    func keys(for key: SymmetricKey) -> (cipher: SymmetricKey, nonce: SymmetricKey) {
        let bytes = key.withUnsafeBytes { Data($0) }
        lock.lock()
        defer { lock.unlock() }
        if let found = cache[bytes] { return found }
        let made = (HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("lotse seal v1 cipher".utf8), outputByteCount: 32),
                    HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("lotse seal v1 nonce".utf8), outputByteCount: 32))
        if cache.count >= 4_096 { cache.removeAll() }
        cache[bytes] = made
        return made
    }
}
