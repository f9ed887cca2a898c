/// The known name closest to a misspelt one ("Lipstadt" → "Lippstadt"), for messages that
/// name the real problem: edit distance on folded text, only when close enough to be a typo.
public enum Nearest {
    public static func match(_ typed: String, in names: [String]) -> String? {
        let wanted = Array(TextFolding.fold(typed))
        guard !wanted.isEmpty else { return nil }
        let scored = names.map { ($0, distance(wanted, Array(TextFolding.fold($0)))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, wanted.count / 3) else { return nil }
        return best.0
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0 ... b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
