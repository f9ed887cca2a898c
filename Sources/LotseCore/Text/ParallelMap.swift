import Foundation

/// A map over many items on every core, in order: for checks that look at each of 100,000
/// texts on its own (the personal-data patterns), where one core would make the user wait.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, chunk: Int = 4_000, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > chunk else { return (0..<count).map(transform) }
        let parts = (count + chunk - 1) / chunk
        var results = [[T]](repeating: [], count: parts)
        results.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let range = (part * chunk)..<min(count, (part + 1) * chunk)
                results[part] = range.map(transform)
            }
        }
        return results.flatMap { $0 }
    }
}
