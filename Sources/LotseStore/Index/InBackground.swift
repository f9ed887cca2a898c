import Foundation

/// One piece of work run on another core while the caller does another; `value` waits for
/// it. `check` reads the index's rows this way while it takes the stamps of 100,000 files.
final class InBackground<T: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once on the worker before the group leaves; read only after waiting for it.
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async(group: group) { [self] in result = work() }
    }

    var value: T? {
        group.wait()
        return result
    }
}
