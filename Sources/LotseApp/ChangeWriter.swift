import LotseCore
import LotseStore

/// Carries a change to disk, for the dashboard and the command line alike: one record
/// after another, each only over the version it expects. The result is the action the
/// reducer gets back.
public enum ChangeWriter {
    public static func write(_ change: Change, to store: some RecordStore) -> Action {
        for (index, write) in change.writes.enumerated() {
            do throws(SaveError) {
                if let new = write.new {
                    try store.save(new, expecting: write.base)
                } else if let base = write.base {
                    try store.delete(base)
                }
            } catch {
                switch error {
                case .conflict(let current): return .conflicted(change, index: index, current: current)
                case .store(let failure): return .failed(change, index: index, error: failure)
                }
            }
        }
        return .applied(change)
    }
}
