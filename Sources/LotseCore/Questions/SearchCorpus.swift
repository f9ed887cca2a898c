import Foundation
import LotseStore

/// Every question's searchable text, folded once (case, umlauts, ß) into one block of
/// bytes, so that filtering as the user types is a byte search per question rather than
/// folding 100,000 texts at every key. Kept from one change of the records to the next:
/// questions whose texts did not change keep their folded bytes.
public struct SearchCorpus: Equatable, Sendable {
    /// Two are the same when they hold the same folded texts in the same places.
    public static func == (lhs: SearchCorpus, rhs: SearchCorpus) -> Bool {
        lhs.bounds == rhs.bounds && lhs.bytes == rhs.bytes
    }

    /// The parts of a question, in the order they stand in the block.
    enum Part: Int {
        case title, answer, body, category
    }

    private var bytes: [UInt8] = []
    /// Per question, where each part starts, and where the question ends: five offsets.
    private var bounds: [Int32] = []
    /// The questions it was made from, to tell later which of them changed.
    private var sources: [Question] = []
    /// Per question, for the knowledge search: the date its answer is ranked by, or NaN
    /// when it is not in the knowledge base. Read from here, a search of 100,000 never
    /// copies a question (whose strings each cost a retain and a release).
    private var knowledgeDates: [Double] = []

    public var count: Int { sources.count }
    /// The size of the folded texts, for the benchmark's account of memory.
    public var byteCount: Int { bytes.count }

    /// Whether it was made from these questions in this order, so that one made on another
    /// thread can be taken for the records on screen: the same array at once, else the
    /// same records (the screen's copy after a save of its own, the reader's after reading
    /// that file again).
    public func isMade(from questions: [Question]) -> Bool {
        guard sources.count == questions.count else { return false }
        let same = sources.withUnsafeBufferPointer { mine in
            questions.withUnsafeBufferPointer { theirs in mine.baseAddress == theirs.baseAddress }
        }
        return same || sources == questions
    }

    public init(_ questions: [Question], reusing previous: SearchCorpus? = nil) {
        // Room for all at once: an array that grows by doubling would hold up to twice
        // what it needs, tens of megabytes at 100,000 questions. Folding keeps the length
        // but for ß and the like, which the few percent spare cover.
        var size = 0
        for question in questions {
            size += question.title.utf8.count + question.body.utf8.count + question.category.utf8.count
                + (question.answer?.text.utf8.count ?? 0) + question.tags.reduce(0) { $0 + $1.utf8.count + 1 } + 5
        }
        bytes.reserveCapacity(size + size / 32)
        bounds.reserveCapacity(questions.count * 5)
        sources = questions
        knowledgeDates = questions.map(Self.knowledgeDate)
        // Where each question stood before: at the same place, mostly, else found by id.
        var previousPositions: [String: Int]?
        func oldPosition(_ question: Question, _ position: Int) -> Int? {
            guard let previous else { return nil }
            if position < previous.sources.count, previous.sources[position].id == question.id { return position }
            if previousPositions == nil {
                previousPositions = Dictionary(previous.sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            }
            return previousPositions?[question.id]
        }
        for (position, question) in questions.enumerated() {
            if let previous, let old = oldPosition(question, position), Self.sameTexts(previous.sources[old], question) {
                let start = Int(previous.bounds[old * 5]), end = Int(previous.bounds[old * 5 + 4])
                let shift = Int32(bytes.count) - Int32(start)
                for part in 0..<4 { bounds.append(previous.bounds[old * 5 + part] + shift) }
                bytes.append(contentsOf: previous.bytes[start..<end])
                bounds.append(Int32(bytes.count))
                continue
            }
            append(question)
        }
    }

    /// The corpus of `questions`, which are `previous`'s but at the positions `changed`
    /// (a colleague's edit read again): the rest of the block is copied in runs, and only
    /// those are folded. Nil when the two do not line up.
    public init?(_ questions: [Question], replacing changed: [Int], in previous: SearchCorpus) {
        guard previous.sources.count == questions.count, changed.allSatisfy(questions.indices.contains) else { return nil }
        bytes.reserveCapacity(previous.bytes.count + previous.bytes.count / 64)
        bounds.reserveCapacity(previous.bounds.count)
        sources = questions
        knowledgeDates = previous.knowledgeDates
        for position in changed { knowledgeDates[position] = Self.knowledgeDate(questions[position]) }
        var next = 0
        func copy(upTo end: Int) {
            guard next < end else { return }
            let from = Int(previous.bounds[next * 5]), to = Int(previous.bounds[end * 5 - 1])
            let shift = Int32(bytes.count) - Int32(from)
            bounds.append(contentsOf: previous.bounds[(next * 5)..<(end * 5)].lazy.map { $0 + shift })
            bytes.append(contentsOf: previous.bytes[from..<to])
        }
        for position in Set(changed).sorted() {
            copy(upTo: position)
            append(questions[position])
            next = position + 1
        }
        copy(upTo: questions.count)
    }

    /// When the question is in the knowledge base, the date of its answer (else of its last
    /// change), as seconds since 1970; nil when it is not.
    func knowledgeDate(at position: Int) -> Double? {
        let date = knowledgeDates[position]
        return date.isNaN ? nil : date
    }

    private static func knowledgeDate(_ question: Question) -> Double {
        guard KnowledgeSearch.isKnowledge(question) else { return .nan }
        return (question.answer?.date ?? question.updated).timeIntervalSince1970
    }

    /// One question's parts folded onto the end of the block.
    private mutating func append(_ question: Question) {
        for texts in Self.parts(of: question) {
            bounds.append(Int32(bytes.count))
            for text in texts {
                Self.fold(text, into: &bytes)
                bytes.append(0x0A)
            }
        }
        bounds.append(Int32(bytes.count))
    }

    /// The texts of each part: title; answer; body and tags; category.
    private static func parts(of question: Question) -> [[String]] {
        [[question.title], [question.answer?.text ?? ""], [question.body] + question.tags, [question.category]]
    }

    private static func sameTexts(_ a: Question, _ b: Question) -> Bool {
        a.title == b.title && a.body == b.body && a.tags == b.tags && a.category == b.category
            && a.answer?.text == b.answer?.text
    }

    /// `TextFolding.fold`, with the common case (plain ASCII) done on the bytes.
    private static func fold(_ text: String, into bytes: inout [UInt8]) {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            for byte in text.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        } else {
            TextFolding.fold(text, into: &bytes)
        }
    }

    /// A query as the search looks for it: its folded words, each with the forms it may
    /// take (see `TextFolding.variants`).
    public struct Query: Sendable {
        var words: [[Needle]]
        public var isEmpty: Bool { words.isEmpty }
        /// Whether a text that matches this query matches every query it extends by more
        /// letters: true unless a word has a second form ("fuer" for "für"), whose matches
        /// the shorter word's do not hold.
        var narrows: Bool { words.allSatisfy { $0.count == 1 } }

        public init(_ text: String) {
            words = TextFolding.fold(text).split(separator: " ").map { word in
                TextFolding.variants(of: String(word)).map { Needle(Array($0.utf8)) }
            }
        }
    }

    /// A word to find, with the byte of it that is rarest in German text, which the search
    /// looks for first: an "ä" or a "k" stops the scan far less often than an "e".
    struct Needle: Sendable {
        var bytes: [UInt8]
        var anchor: Int

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            anchor = bytes.indices.min { Self.frequency(bytes[$0]) < Self.frequency(bytes[$1]) } ?? 0
        }

        /// How often a folded byte occurs in German text, roughly, in tenths of a percent.
        private static func frequency(_ byte: UInt8) -> Int {
            switch byte {
            case UInt8(ascii: "e"): return 170
            case UInt8(ascii: "n"): return 100
            case UInt8(ascii: "i"): return 76
            case UInt8(ascii: "s"): return 73
            case UInt8(ascii: "r"): return 70
            case UInt8(ascii: "a"): return 65
            case UInt8(ascii: "t"): return 62
            case UInt8(ascii: "d"): return 51
            case UInt8(ascii: "h"): return 48
            case UInt8(ascii: "u"): return 44
            case UInt8(ascii: "l"): return 34
            case UInt8(ascii: "c"): return 31
            case UInt8(ascii: "g"): return 30
            case UInt8(ascii: "m"): return 25
            case UInt8(ascii: "o"): return 25
            case UInt8(ascii: "b"): return 19
            case UInt8(ascii: "w"): return 19
            case UInt8(ascii: "f"): return 17
            case UInt8(ascii: "k"): return 12
            case UInt8(ascii: "z"): return 11
            case UInt8(ascii: "p"): return 8
            case UInt8(ascii: "v"): return 7
            case UInt8(ascii: " "): return 150
            default: return byte < 0x80 ? 5 : 1
            }
        }
    }

    /// Whether every word of the query occurs in the question at `position`, in any part.
    public func matches(_ query: Query, at position: Int) -> Bool {
        let start = Int(bounds[position * 5]), end = Int(bounds[position * 5 + 4])
        for forms in query.words {
            var found = false
            for form in forms where contains(form, from: start, to: end) {
                found = true
                break
            }
            if !found { return false }
        }
        return true
    }

    /// Whether a form of a word occurs in one part of the question at `position`.
    func contains(_ forms: [Needle], part: Part, at position: Int) -> Bool {
        let start = Int(bounds[position * 5 + part.rawValue]), end = Int(bounds[position * 5 + part.rawValue + 1])
        return forms.contains { contains($0, from: start, to: end) }
    }

    private func contains(_ needle: Needle, from start: Int, to end: Int) -> Bool {
        let word = needle.bytes
        guard !word.isEmpty else { return true }
        guard end - start >= word.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            word.withUnsafeBufferPointer { word in
                // memchr for the rarest byte, memcmp for the word around it: both vectorised.
                guard let base = haystack.baseAddress, let first = word.baseAddress else { return false }
                let anchor = needle.anchor
                let target = Int32(word[anchor])
                var from = base + start + anchor
                let last = base + end - word.count + anchor
                while from <= last {
                    guard let found = memchr(from, target, last - from + 1) else { return false }
                    let hit = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hit - anchor, first, word.count) == 0 { return true }
                    from = hit + 1
                }
                return false
            }
        }
    }
}
