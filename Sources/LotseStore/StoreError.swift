/// What can go wrong with a store as a whole. Each message says what is wrong and what to
/// do, in words a coordinator can act on.
public enum StoreError: Error, Hashable, CustomStringConvertible {
    case notAStore(path: String)
    case alreadyExists(path: String)
    case unreadableManifest(path: String, reason: StoreProblem.Reason)
    case newerSchema(path: String, found: Int, supported: Int)
    case cannotCreate(path: String, reason: WriteCause)
    case cannotWrite(path: String, reason: WriteCause)
    case locked(path: String)
    /// A write refused because a link or something else than a record file stands at
    /// its place: nothing is written through it.
    case unsafePath(path: String, reason: StoreProblem.Reason)

    public var description: String {
        switch self {
        case .notAStore(let path):
            return "\(path) is not a Lotse store (no store.json). Create one with `lotse init \(path)` or pick another with --store."
        case .alreadyExists(let path):
            return "\(path) already holds files; `lotse init` only creates a store in a new or empty folder."
        case .unreadableManifest(let path, let reason):
            return "\(path): \(reason.english). The store cannot be opened until store.json is repaired."
        case .newerSchema(let path, let found, let supported):
            return "\(path) has schema version \(found), but this Lotse reads up to \(supported). Update Lotse."
        case .cannotCreate(let path, let reason):
            return "cannot create \(path): \(reason). Check the path and its permissions."
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason). Nothing was changed; check free space and permissions."
        case .locked(let path):
            return "another Lotse process is writing to \(path); try again in a moment."
        case .unsafePath(let path, let reason):
            return "not written: \(path): \(reason.english). Nothing was changed; `lotse check` lists what to repair."
        }
    }
}
