import Foundation

/// What the dashboard's run loop needs of a store: read it all, write a change over the
/// versions it was made from, and notice cheaply that something changed on disk. `FileStore` is
/// the one implementation; the protocol is the seam the run loop is tested through.
public protocol RecordStore: Sendable {
    func load() throws(StoreError) -> (network: Network, problems: [StoreProblem])
    /// Writes the records of one change, all or nothing, merged field by field with what
    /// is on disk now (see `FileStore.commit`).
    @discardableResult
    func commit(_ writes: [RecordWrite], force: Bool) throws(SaveError) -> [WriteOutcome]
    /// The same, with `store.json` changed in the same step.
    @discardableResult
    func commit(_ writes: [RecordWrite], changing manifest: (new: StoreManifest, base: StoreManifest)) throws(SaveError) -> [WriteOutcome]
    /// A fingerprint that changes whenever a record file changes.
    func signature() -> StoreSignature
    /// A cheaper one that changes whenever a file is added, replaced or removed.
    func quickSignature() -> QuickSignature
    /// Settles a sync conflict (see `FileStore.settle`).
    func settle(_ conflict: SyncConflict, takingOther: Bool, now: Date) throws(StoreError)
    /// Confirms a record's free text as fine to share (see `PrivacyStamp`).
    func confirmPrivacy(_ kind: RecordKind, id: String) throws(StoreError)
}

extension FileStore: RecordStore {
    public func signature() -> StoreSignature { StoreSignature(of: self) }
    public func quickSignature() -> QuickSignature { QuickSignature(of: self) }
}
