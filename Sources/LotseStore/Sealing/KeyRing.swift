import Crypto
import Foundation

/// The keys that open the personal values of the shared history: one per day on which
/// values fall due (several when two machines made one for the same day before they met).
/// A purge destroys every key of a day up to its own, on every machine, and the values
/// sealed with them are unreadable in every commit from then on.
///
/// Each clone keeps its ring in `.git/lotse-keys.json`; the ring travels on the branch
/// `lotse-keys`, never on the shared branch. Rings merge without conflicts: keys are a
/// union, and every field that orders is a maximum, so two rings met in any order agree.
public struct KeyRing: Codable, Hashable, Sendable {
    public var format = 1
    /// Key id ("2027-03-01.a1b2c3") → the key's 32 bytes, base64.
    public var keys: [String: String] = [:]
    /// Every key of a day before this one is destroyed ("YYYY-MM-DD"); nil: none yet.
    public var frontier: String?
    /// The frontier up to which the history of the branch `lotse-keys` must be replaced,
    /// so that no commit of it keeps a destroyed key; and how far it was replaced.
    public var rewriteNeeded: String?
    public var rewritten: String?
    /// The first commit of a shared history written before values were sealed: such a
    /// history holds names in plain text, and the next purge replaces it one last time.
    public var plainRoot: String?

    public init() {}

    /// The day a key belongs to.
    public static func day(ofKey id: String) -> LocalDate? { LocalDate(String(id.prefix(10))) }

    var frontierDay: LocalDate? { frontier.flatMap(LocalDate.init) }

    /// Whether the history of `lotse-keys` on the remote may still hold destroyed keys.
    public var rewritePending: Bool {
        guard let needed = rewriteNeeded else { return false }
        return needed > (rewritten ?? "")
    }

    public func key(_ id: String) -> SymmetricKey? {
        guard let text = keys[id], let bytes = Data(base64Encoded: text), bytes.count == 32 else { return nil }
        return SymmetricKey(data: bytes)
    }

    /// The key for values due on `day`, made when there is none. A day before the frontier
    /// takes the frontier's: its own key is destroyed, but the value is still kept.
    public mutating func key(forDay day: LocalDate) -> (id: String, key: SymmetricKey) {
        let effective = frontierDay.map { max($0, day) } ?? day
        let prefix = effective.description + "."
        if let id = keys.keys.filter({ $0.hasPrefix(prefix) }).min(), let key = key(id) { return (id, key) }
        let key = SymmetricKey(size: .bits256)
        let suffix = (0 ..< 3).map { _ in String(format: "%02x", UInt8.random(in: 0 ... 255)) }.joined()
        let id = prefix + suffix
        keys[id] = key.withUnsafeBytes { Data($0).base64EncodedString() }
        return (id, key)
    }

    /// Destroys every key of a day up to `day`; returns their ids.
    @discardableResult
    public mutating func shred(through day: LocalDate) -> [String] {
        let next = day.adding(days: 1)
        if frontierDay.map({ next > $0 }) ?? true { frontier = next.description }
        let gone = keys.keys.filter { id in Self.day(ofKey: id).map { $0 <= day } ?? true }.sorted()
        for id in gone { keys[id] = nil }
        rewriteNeeded = frontier
        return gone
    }

    /// Both rings together: every key neither has destroyed.
    public func merged(with other: KeyRing) -> KeyRing {
        var ring = KeyRing()
        ring.frontier = [frontier, other.frontier].compactMap { $0 }.max()
        ring.rewriteNeeded = [rewriteNeeded, other.rewriteNeeded].compactMap { $0 }.max()
        ring.rewritten = [rewritten, other.rewritten].compactMap { $0 }.max()
        ring.plainRoot = plainRoot ?? other.plainRoot
        let limit = ring.frontierDay
        for (id, text) in keys.merging(other.keys, uniquingKeysWith: { mine, _ in mine }) {
            guard let day = Self.day(ofKey: id), limit.map({ day >= $0 }) ?? true else { continue }
            ring.keys[id] = text
        }
        return ring
    }

    // MARK: - Files

    public static let fileName = "lotse-keys.json"
    /// The branch the rings travel on, and its one file.
    public static let branch = "lotse-keys"
    public static let branchFile = "keys.json"

    public var encoded: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    public static func decode(_ data: Data) -> KeyRing? { try? JSONDecoder().decode(KeyRing.self, from: data) }

    /// This clone's ring, in the repository's own folder; empty when it has none.
    public static func read(gitFolder: URL) -> KeyRing? {
        guard case .data(let data) = RecordFile.read(gitFolder.appendingPathComponent(fileName).path) else { return nil }
        return decode(data)
    }

    public func write(gitFolder: URL) throws(StoreError) {
        try PrivateFile.write(encoded, to: gitFolder.appendingPathComponent(Self.fileName))
    }
}
