import Foundation

/// A store on disk: a folder with `store.json` and one JSON file per record.
public struct FileStore: Sendable {
    public static let manifestName = "store.json"

    public let root: URL

    /// Opens an existing store; the records are read by `load()`.
    public init(at root: URL) throws(StoreError) {
        self.root = root.standardizedFileURL
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw .notAStore(path: self.root.path)
        }
    }

    private init(unchecked root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Creates a store in a new or empty folder and writes `network` into it.
    @discardableResult
    public static func create(at root: URL, with network: Network) throws(StoreError) -> FileStore {
        let store = FileStore(unchecked: root)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: store.root.path)) ?? []
        guard existing.isEmpty else { throw .alreadyExists(path: store.root.path) }
        try AtomicFile.makeFolder(store.root)
        try StoreLock.withLock(in: store.root) { () throws(StoreError) in
            for kind in RecordKind.allCases {
                try AtomicFile.makeFolder(store.root.appendingPathComponent(kind.folder))
            }
            for commune in network.communes { try store.write(commune, kind: .commune, id: commune.id) }
            for question in network.questions { try store.write(question, kind: .question, id: question.id) }
            for meeting in network.meetings { try store.write(meeting, kind: .meeting, id: meeting.id) }
            // The manifest last: a store whose creation was cut off is not taken for whole.
            try store.writeFile(network.manifest, to: store.manifestURL)
        }
        return store
    }

    var manifestURL: URL { root.appendingPathComponent(Self.manifestName) }

    /// Reads every record. A file that does not parse or validate becomes a problem and
    /// is left as it is; only an unreadable `store.json` stops the store from opening.
    public func load() throws(StoreError) -> (network: Network, problems: [StoreProblem]) {
        let manifest = try loadManifest()
        var problems: [StoreProblem] = []
        let communes = loadRecords(Commune.self, kind: .commune, problems: &problems)
        let questions = loadRecords(Question.self, kind: .question, problems: &problems)
        let meetings = loadRecords(Meeting.self, kind: .meeting, problems: &problems)
        let network = Network(manifest: manifest, communes: communes, questions: questions, meetings: meetings)
        return (network, problems)
    }

    public func save(_ commune: Commune) throws(StoreError) {
        try StoreLock.withLock(in: root) { () throws(StoreError) in try write(commune, kind: .commune, id: commune.id) }
    }

    public func save(_ question: Question) throws(StoreError) {
        try StoreLock.withLock(in: root) { () throws(StoreError) in try write(question, kind: .question, id: question.id) }
    }

    /// Saves a record only if its file still holds `base`, the version this process read
    /// (nil: the record is new, so no file may exist). Otherwise nothing is written and
    /// the version on disk comes back, so that the user can choose.
    public func save(_ record: Record, expecting base: Record?) throws(SaveError) {
        try replace(record.kind, id: record.id, with: record, expecting: base)
    }

    public func save(_ question: Question, expecting base: Question?) throws(SaveError) {
        try save(.question(question), expecting: base.map(Record.question))
    }

    /// Deletes a record's file, with the same check as `save(_:expecting:)`.
    public func delete(_ record: Record) throws(SaveError) {
        try replace(record.kind, id: record.id, with: nil, expecting: record)
    }

    public func delete(_ question: Question) throws(SaveError) {
        try delete(.question(question))
    }

    /// The current content of a record's file; nil when there is none or it is broken.
    public func current(_ kind: RecordKind, id: String) -> Record? {
        guard let data = FileManager.default.contents(atPath: url(of: kind, id: id).path) else { return nil }
        switch kind {
        case .question: return (try? CanonicalJSON.decode(Question.self, from: data)).map(Record.question)
        case .meeting: return (try? CanonicalJSON.decode(Meeting.self, from: data)).map(Record.meeting)
        case .commune: return nil
        }
    }

    public func currentQuestion(id: String) -> Question? {
        current(.question, id: id)?.question
    }

    private func replace(_ kind: RecordKind, id: String, with record: Record?, expecting base: Record?) throws(SaveError) {
        let conflict: Bool
        do {
            conflict = try StoreLock.withLock(in: root) { () throws(StoreError) -> Bool in
                let path = url(of: kind, id: id).path
                let exists = FileManager.default.fileExists(atPath: path)
                let current = current(kind, id: id)
                // A file that exists but does not decode also counts as changed.
                if current != base || (exists && current == nil) { return true }
                switch record {
                case .question(let question)?: try write(question, kind: kind, id: id)
                case .meeting(let meeting)?: try write(meeting, kind: kind, id: id)
                case nil:
                    if exists, unlink(path) != 0 {
                        throw .cannotWrite(path: path, reason: AtomicFile.errnoText())
                    }
                }
                return false
            }
        } catch {
            throw .store(error)
        }
        if conflict { throw .conflict(current: current(kind, id: id)) }
    }

    /// The path of a record's file; it never changes when the record does.
    public func url(of kind: RecordKind, id: String) -> URL {
        root.appendingPathComponent(kind.folder).appendingPathComponent("\(id).json")
    }

    private func loadManifest() throws(StoreError) -> StoreManifest {
        let path = manifestURL.path
        guard let data = FileManager.default.contents(atPath: path) else {
            if !FileManager.default.fileExists(atPath: path) { throw .notAStore(path: root.path) }
            throw .unreadableManifest(path: path, reason: "cannot be read (permissions?)")
        }
        let manifest: StoreManifest
        do {
            manifest = try CanonicalJSON.decode(StoreManifest.self, from: data)
        } catch {
            throw .unreadableManifest(path: path, reason: DecodingProblem.reason(for: error).english)
        }
        guard manifest.schemaVersion <= StoreManifest.currentSchemaVersion else {
            throw .newerSchema(path: path, found: manifest.schemaVersion, supported: StoreManifest.currentSchemaVersion)
        }
        return manifest
    }

    private func loadRecords<R: Decodable & Identifiable>(
        _ type: R.Type, kind: RecordKind, problems: inout [StoreProblem]
    ) -> [R] where R.ID == String {
        let folder = root.appendingPathComponent(kind.folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted()
        var decoded: [(name: String, record: R)] = []
        for name in names {
            let relative = "\(kind.folder)/\(name)"
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                problems.append(StoreProblem(path: relative, reason: .unreadable))
                continue
            }
            do {
                decoded.append((name, try CanonicalJSON.decode(R.self, from: data)))
            } catch {
                problems.append(StoreProblem(path: relative, reason: DecodingProblem.reason(for: error)))
            }
        }
        return RecordValidation.accept(decoded, kind: kind, problems: &problems)
    }

    private func write<R: Encodable>(_ record: R, kind: RecordKind, id: String) throws(StoreError) {
        try writeFile(record, to: url(of: kind, id: id))
    }

    private func writeFile<R: Encodable>(_ record: R, to url: URL) throws(StoreError) {
        let data: Data
        do {
            data = try CanonicalJSON.encode(record)
        } catch {
            throw .cannotWrite(path: url.path, reason: "cannot encode: \(error)")
        }
        try AtomicFile.write(data, to: url)
    }
}
