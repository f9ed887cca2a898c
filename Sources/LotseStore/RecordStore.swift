/// What the dashboard's run loop needs of a store: read it all, write one record over the
/// version it expects, and notice cheaply that something changed on disk. `FileStore` is
/// the one implementation; the protocol is the seam the run loop is tested through.
public protocol RecordStore: Sendable {
    func load() throws(StoreError) -> (network: Network, problems: [StoreProblem])
    func save(_ record: Record, expecting base: Record?) throws(SaveError)
    func delete(_ record: Record) throws(SaveError)
    /// A fingerprint that changes whenever a record file changes.
    func signature() -> StoreSignature
}

extension FileStore: RecordStore {
    public func signature() -> StoreSignature { StoreSignature(of: self) }
}
