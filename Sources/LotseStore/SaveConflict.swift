/// Why a save did not happen: the record changed on disk since it was read (another
/// process, a colleague on a shared folder, a `git pull`), or the store failed.
public enum SaveError: Error, Equatable {
    /// The version on disk now; nil when the file was deleted meanwhile.
    case conflict(current: Record?)
    case store(StoreError)
}
