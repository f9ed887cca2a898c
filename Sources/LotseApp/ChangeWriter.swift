import LotseCore
import LotseStore

/// Carries a change to disk, for the dashboard and the command line alike: all its
/// records or none, each merged field by field with what is on disk now. The result is
/// the action the reducer gets back. When someone else's edits were merged in, the
/// change that landed holds the records as written, and its inverse undoes only this
/// side's edits.
public enum ChangeWriter {
    public static func write(_ change: Change, to store: some RecordStore) -> Action {
        let outcomes: [WriteOutcome]
        do throws(SaveError) {
            if let manifest = change.manifest {
                outcomes = try store.commit(change.recordWrites, changing: (new: manifest.new, base: manifest.base))
            } else {
                outcomes = try store.commit(change.recordWrites, force: change.force)
            }
        } catch {
            switch error {
            case .conflict(let index, let current, let fields):
                return .conflicted(change, index: index, current: current, fields: fields)
            case .store(let failure):
                return .failed(change, index: 0, error: failure)
            }
        }
        var landed = change
        landed.force = false
        landed.mergedFields = []
        for (index, outcome) in outcomes.enumerated() where index < landed.writes.count {
            var write = landed.writes[index]
            guard let written = outcome.written, written != write.new else { continue }
            // What undo goes back to: the record as written, without this side's edits.
            write.base = RecordMerge.merge(base: write.new, mine: write.base, theirs: written, prefer: .mine).record
            write.new = written
            landed.writes[index] = write
            landed.mergedFields += outcome.fromTheirs
        }
        return .applied(landed)
    }
}
