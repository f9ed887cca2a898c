import Foundation
import LotseStore

/// Every question's searchable text, folded once (case, umlauts, ß) into one block of
/// bytes, so that filtering as the user types is a byte search per question rather than
/// folding 100,000 texts at every key. Kept from one change of the records to the next:
/// questions whose texts did not change keep their folded bytes.
public struct SearchCorpus: Sendable {
    /// The parts of a question, in the order they stand in the block.
    enum Part: Int {
        case title, answer, body, category
    }

    private var bytes: [UInt8] = []
    /// Per question, where each part starts, and where the question ends: five offsets.
    private var bounds: [Int32] = []
    /// The questions it was made from, to tell later which of them changed.
    private var sources: [Question] = []
    private var positions: [String: Int] = [:]

    public var count: Int { sources.count }

    public init(_ questions: [Question], reusing previous: SearchCorpus? = nil) {
        bytes.reserveCapacity(previous?.bytes.count ?? questions.count * 200)
        bounds.reserveCapacity(questions.count * 5)
        sources = questions
        positions.reserveCapacity(questions.count)
        for (position, question) in questions.enumerated() {
            positions[question.id] = position
            if let previous, let old = previous.positions[question.id], Self.sameTexts(previous.sources[old], question) {
                let start = Int(previous.bounds[old * 5]), end = Int(previous.bounds[old * 5 + 4])
                let shift = Int32(bytes.count) - Int32(start)
                for part in 0..<4 { bounds.append(previous.bounds[old * 5 + part] + shift) }
                bytes.append(contentsOf: previous.bytes[start..<end])
                bounds.append(Int32(bytes.count))
                continue
            }
            for (part, texts) in Self.parts(of: question).enumerated() {
                bounds.append(Int32(bytes.count))
                _ = part
                for text in texts {
                    Self.fold(text, into: &bytes)
                    bytes.append(0x0A)
                }
            }
            bounds.append(Int32(bytes.count))
        }
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
            bytes.append(contentsOf: TextFolding.fold(text).utf8)
        }
    }

    /// A query as the search looks for it: its folded words, each with the forms it may
    /// take (see `TextFolding.variants`).
    public struct Query: Sendable {
        var words: [[[UInt8]]]
        public var isEmpty: Bool { words.isEmpty }

        public init(_ text: String) {
            words = TextFolding.fold(text).split(separator: " ").map { word in
                TextFolding.variants(of: String(word)).map { Array($0.utf8) }
            }
        }
    }

    /// Whether every word of the query occurs in the question at `position`, in any part.
    public func matches(_ query: Query, at position: Int) -> Bool {
        let start = Int(bounds[position * 5]), end = Int(bounds[position * 5 + 4])
        return query.words.allSatisfy { forms in forms.contains { contains($0, from: start, to: end) } }
    }

    /// Whether a form of a word occurs in one part of the question at `position`.
    func contains(_ forms: [[UInt8]], part: Part, at position: Int) -> Bool {
        let start = Int(bounds[position * 5 + part.rawValue]), end = Int(bounds[position * 5 + part.rawValue + 1])
        return forms.contains { contains($0, from: start, to: end) }
    }

    private func contains(_ word: [UInt8], from start: Int, to end: Int) -> Bool {
        guard !word.isEmpty else { return true }
        guard end - start >= word.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            word.withUnsafeBufferPointer { needle in
                // memchr for the first byte, memcmp for the rest: both vectorised by libc.
                guard let base = haystack.baseAddress, let first = needle.baseAddress else { return false }
                var from = base + start
                let last = base + end - needle.count
                while from <= last {
                    guard let found = memchr(from, Int32(first.pointee), last - from + 1) else { return false }
                    let hit = found.assumingMemoryBound(to: UInt8.self)
                    if needle.count == 1 || memcmp(hit + 1, first + 1, needle.count - 1) == 0 { return true }
                    from = UnsafePointer(hit) + 1
                }
                return false
            }
        }
    }

    /// The position of the question with this id, if the corpus holds it.
    func position(of id: String) -> Int? { positions[id] }
}
