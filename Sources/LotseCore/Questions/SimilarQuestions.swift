import LotseStore

/// While a title is typed: existing questions from all communes that look alike,
/// answered ones first, so a coordinator finds the answer instead of logging a duplicate.
public enum SimilarQuestions {
    public static let threshold = 0.34

    public static func find(for text: String, in network: Network, excluding id: String?, limit: Int = 6) -> [Question] {
        find(for: text, in: SimilarityIndex(network: network).entries, excluding: id, limit: limit)
    }

    /// The same over questions whose stems are known already.
    static func find(for text: String, in entries: [(question: Question, stems: Set<String>)], excluding id: String?,
                     limit: Int = 6) -> [Question] {
        let stems = Similarity.stems(text)
        guard !stems.isEmpty else { return [] }
        let scored = entries
            .filter { $0.question.id != id }
            .map { ($0.question, Similarity.score(stems, $0.stems)) }
            .filter { $0.1 >= threshold }
        let answered = { (q: Question) in q.answer != nil }
        return scored.sorted {
            if answered($0.0) != answered($1.0) { return answered($0.0) }
            if $0.1 != $1.1 { return $0.1 > $1.1 }
            return ($0.0.created, $0.0.id) > ($1.0.created, $1.0.id)
        }
        .prefix(limit).map(\.0)
    }
}
