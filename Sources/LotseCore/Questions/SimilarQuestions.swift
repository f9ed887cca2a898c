import LotseStore

/// While a title is typed: existing questions from all communes that look alike,
/// answered ones first, so a coordinator finds the answer instead of logging a duplicate.
public enum SimilarQuestions {
    public static let threshold = 0.34

    public static func find(for text: String, in network: Network, excluding id: String?, limit: Int = 6) -> [Question] {
        find(for: text, in: SimilarityIndex(network: network), excluding: id, limit: limit)
    }

    /// The same through the index's postings: the score (shared stems over the smaller
    /// number of stems) is counted for the questions that share a stem, the only ones that
    /// can reach the threshold.
    static func find(for text: String, in index: SimilarityIndex, excluding id: String?, limit: Int = 6) -> [Question] {
        let stems = Similarity.stems(text)
        guard !stems.isEmpty else { return [] }
        var shared: [Int32: Int] = [:]
        for stem in stems {
            for position in index.postings[stem] ?? [] { shared[position, default: 0] += 1 }
        }
        // The best few kept as they come, rather than sorting thousands that reach the
        // threshold (a common word in a title does that at 100,000 questions).
        var best: [(position: Int, score: Double)] = []
        index.entries.withUnsafeBufferPointer { entries in
            func before(_ a: (position: Int, score: Double), _ b: (position: Int, score: Double)) -> Bool {
                let x = entries[a.position].question, y = entries[b.position].question
                if (x.answer != nil) != (y.answer != nil) { return x.answer != nil }
                if a.score != b.score { return a.score > b.score }
                return (x.created, x.id) > (y.created, y.id)
            }
            for (position, count) in shared {
                let entry = Int(position)
                let score = Double(count) / Double(min(stems.count, entries[entry].stems.count))
                guard score >= threshold, entries[entry].question.id != id else { continue }
                let candidate = (position: entry, score: score)
                if best.count == limit, let last = best.last, !before(candidate, last) { continue }
                best.insert(candidate, at: best.firstIndex { before(candidate, $0) } ?? best.count)
                if best.count > limit { best.removeLast() }
            }
        }
        return best.map { index.entries[$0.position].question }
    }
}
