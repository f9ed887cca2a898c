import Foundation

/// ULID-style record ids: 48 bits of milliseconds and 80 random bits in Crockford base32.
/// They sort by creation time and do not collide between machines, so two coordinators
/// can add questions offline and merge their clones with git.
public enum RecordID {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    public static let length = 26

    public static func make(at date: Date = Date()) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(at: date, using: &generator)
    }

    public static func make<G: RandomNumberGenerator>(at date: Date, using generator: inout G) -> String {
        let millis = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        var chars: [Character] = []
        chars.reserveCapacity(length)
        for shift in stride(from: 45, through: 0, by: -5) {
            chars.append(alphabet[Int((millis >> UInt64(shift)) & 0x1F)])
        }
        for _ in 0..<16 {
            chars.append(alphabet[Int(generator.next() & 0x1F)])
        }
        return String(chars)
    }

    /// Whether `text` has the form of an id (26 Crockford base32 characters).
    public static func isValid(_ text: String) -> Bool {
        text.count == length && text.uppercased().allSatisfy { alphabet.contains($0) }
    }
}

/// A small deterministic generator (SplitMix64), so that the example network has the
/// same ids on every machine and the screen tests stay stable.
public struct SeededGenerator: RandomNumberGenerator, Hashable, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension RecordID {
    /// The shortest prefix, from ten letters on, that tells every id apart: neighbours in
    /// sorted order share the longest prefixes, so one sort and one pass find it.
    public static func uniquePrefixLength(_ ids: [String]) -> Int {
        let sorted = zip(ids, ids.dropFirst()).allSatisfy { $0.utf8.lexicographicallyPrecedes($1.utf8) } ? ids
            : ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var longest = 0
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let shared = zip(a.utf8, b.utf8).prefix { $0 == $1 }.count
            longest = max(longest, shared + 1)
        }
        return min(Self.length, max(10, longest))
    }
}
