import LotseStore

/// The knowledge base: answered (and closed) questions, searched over title, body and
/// answer, ranked, with the matches marked for highlighting.
public enum KnowledgeSearch {
    public struct Hit: Equatable, Sendable {
        /// The questions searched, shared by every hit: a hit holds its question's place,
        /// not a copy, as copying 55,000 questions for the first key of a search took
        /// longer than the search.
        private let questions: [Question]
        public var score: Int
        /// Where the question stands in the list searched, for narrowing a later search.
        var position: Int

        public var question: Question { questions[position] }
        /// The question's id, read in place.
        public var id: String { questions[position].id }

        init(in questions: [Question], position: Int, score: Int) {
            self.questions = questions
            self.position = position
            self.score = score
        }

        public static func == (lhs: Hit, rhs: Hit) -> Bool {
            lhs.position == rhs.position && lhs.score == rhs.score && lhs.question == rhs.question
        }
    }

    public static func isKnowledge(_ question: borrowing Question) -> Bool {
        question.answer != nil && (question.status == .answered || question.status == .closed)
    }

    /// Every word must occur; a hit in the title weighs 3, in the answer 2, in the body or
    /// tags 1. Without a query: all answered questions, newest answer first.
    /// `corpus`: the same questions' texts folded beforehand (on the reader's thread),
    /// which makes a search of 100,000 questions a byte search; without it they are folded
    /// here. `within`: the hits of a shorter query that this one extends, the only
    /// questions that can match it.
    public static func search(_ query: String, in questions: [Question], corpus: SearchCorpus? = nil,
                              within previous: [Hit]? = nil) -> [Hit] {
        let corpus = corpus.flatMap { $0.count == questions.count ? $0 : nil } ?? SearchCorpus(questions)
        let forms = TextFolding.fold(query).split(separator: " ")
            .map { TextFolding.variants(of: String($0)).map { SearchCorpus.Needle(Array($0.utf8)) } }
        // Positions and scores first, from the folded texts and the dates beside them (no
        // question is read), on every core.
        typealias Found = (position: Int, score: Int, date: Double)
        @Sendable func test(_ position: Int) -> Found? {
            guard let date = corpus.knowledgeDate(at: position) else { return nil }
            var score = 0
            for word in forms {
                let points = (corpus.contains(word, part: .title, at: position) ? 3 : 0)
                    + (corpus.contains(word, part: .answer, at: position) ? 2 : 0)
                    + (corpus.contains(word, part: .body, at: position) ? 1 : 0)
                if points == 0 { return nil }
                score += points
            }
            return (position, score, date)
        }
        var found: [Found]
        if let previous, previous.allSatisfy({ $0.position >= 0 && $0.position < questions.count }) {
            let positions = previous.map(\.position)
            found = ParallelMap.ranges(positions.count, chunk: 8_192) { range in range.compactMap { test(positions[$0]) } }
        } else {
            found = ParallelMap.ranges(questions.count, chunk: 8_192) { range in range.compactMap(test) }
        }
        // Best score first, then the newest answer, then the id: by keys made once per
        // hit, as reading each answer's date inside the comparison made the first key of
        // a search of 100,000 questions spend half its time sorting.
        questions.withUnsafeBufferPointer { questions in
            found.sort { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.date != b.date { return a.date > b.date }
                return questions[a.position].id > questions[b.position].id
            }
        }
        return found.map { Hit(in: questions, position: $0.position, score: $0.score) }
    }

    /// Splits text into spans, marking every place a query word occurs (matched on folded
    /// text, marked on the original characters).
    public static func highlight(_ text: String, query: String, base: TextSpan.Emphasis = .plain) -> [TextSpan] {
        let words = TextFolding.fold(query).split(separator: " ").map(String.init).filter { !$0.isEmpty }
        guard !words.isEmpty else { return [TextSpan(text, base)] }
        let characters = Array(text)
        // The folded text, and for each folded character the original character it came from.
        var folded: [Character] = []
        var origin: [Int] = []
        for (index, character) in characters.enumerated() {
            for f in TextFolding.fold(String(character)) {
                folded.append(f)
                origin.append(index)
            }
        }
        var marked = [Bool](repeating: false, count: characters.count)
        for word in words.flatMap(TextFolding.variants(of:)) {
            let needle = Array(word)
            guard needle.count <= folded.count else { continue }
            for start in 0...(folded.count - needle.count) where Array(folded[start..<(start + needle.count)]) == needle {
                for i in origin[start]...origin[start + needle.count - 1] { marked[i] = true }
            }
        }
        var spans: [TextSpan] = []
        for (index, character) in characters.enumerated() {
            let emphasis: TextSpan.Emphasis = marked[index] ? .match : base
            if let last = spans.last, last.emphasis == emphasis {
                spans[spans.count - 1].text.append(character)
            } else {
                spans.append(TextSpan(String(character), emphasis))
            }
        }
        return spans
    }
}
