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
        let words = Similarity.words(text)
        let stems = Set(words.map(Similarity.stem))
        guard !stems.isEmpty else { return [] }
        var shared: [Int32: Int] = [:]
        // Each word counts once for a question: by its stem, or as the beginning of a
        // compound ("Wohnung" finds "Wohnungssuche", "Kita" does not find everything).
        for word in Set(words) {
            var matched = Set(index.postings[Similarity.stem(word)] ?? [])
            if word.count >= 5 {
                for stem in index.stems(beginningWith: word) { matched.formUnion(index.postings[stem] ?? []) }
            }
            for position in matched { shared[position, default: 0] += 1 }
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
