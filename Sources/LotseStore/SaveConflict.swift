/// Why a change was not written: a record changed on disk since it was read (another
/// process, a colleague on a shared folder, a `git pull`) in a way that collides with
/// this change, or the store failed. Either way nothing of the change was written.
public enum SaveError: Error, Equatable {
    /// Which write of the change met it, the version on disk now (nil when the file was
    /// deleted meanwhile), and the fields both sides changed to different values.
    case conflict(index: Int, current: Record?, fields: [JSONMerge.Conflict])
    case store(StoreError)
}

/// One record of a change: the new version (nil to delete) over the version it was made
/// from (nil for a new record).
public struct RecordWrite: Hashable, Sendable {
    public var kind: RecordKind
    public var id: String
    public var new: Record?
    public var base: Record?

    public init(kind: RecordKind, id: String, new: Record?, base: Record?) {
        self.kind = kind
        self.id = id
        self.new = new
        self.base = base
    }
}

/// What a write left on disk: the record as merged with the other side's changes, and
/// which of its fields came from there.
public struct WriteOutcome: Hashable, Sendable {
    public var written: Record?
    public var fromTheirs: [String]
}
