import Foundation

/// Work over many items on every core, in order: for checks and searches that look at each
/// of 100,000 questions on its own (the personal-data patterns, the knowledge search),
/// where one core would make the user wait.
enum ParallelMap {
    /// `transform` of each index, in order.
    static func map<T: Sendable>(_ count: Int, chunk: Int = 4_000, _ transform: @Sendable (Int) -> T) -> [T] {
        ranges(count, chunk: chunk) { range in range.map(transform) }
    }

    /// What `transform` makes of each run of at most `chunk` indices, joined in order.
    static func ranges<T: Sendable>(_ count: Int, chunk: Int = 4_000, _ transform: @Sendable (Range<Int>) -> [T]) -> [T] {
        guard count > chunk else { return transform(0..<count) }
        let parts = (count + chunk - 1) / chunk
        var results = [[T]](repeating: [], count: parts)
        results.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                results[part] = transform((part * chunk)..<min(count, (part + 1) * chunk))
            }
        }
        return results.flatMap { $0 }
    }
}
