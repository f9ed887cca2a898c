/// Everything a store holds, as loaded: the records that are valid, and a problem for each
/// file that is not.
public struct Network: Equatable, Sendable {
    public var manifest: StoreManifest
    public var communes: [Commune]
    public var questions: [Question]
    public var meetings: [Meeting]
    /// The values that lost when two machines' changes met, still to be looked at.
    public var syncConflicts: [SyncConflict]

    public init(manifest: StoreManifest, communes: [Commune] = [], questions: [Question] = [], meetings: [Meeting] = [],
                syncConflicts: [SyncConflict] = []) {
        self.manifest = manifest
        self.communes = communes
        self.questions = questions
        self.meetings = meetings
        self.syncConflicts = syncConflicts
    }

    /// The same records in the order the store lists them, for comparing two loads.
    public var sortedByID: Network {
        Network(manifest: manifest,
                communes: communes.sorted { $0.id < $1.id },
                questions: questions.sorted { $0.id < $1.id },
                meetings: meetings.sorted { $0.id < $1.id },
                syncConflicts: syncConflicts.sorted { ($0.file, $0.id) < ($1.file, $1.id) })
    }
}
