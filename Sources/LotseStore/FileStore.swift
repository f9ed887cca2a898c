import Foundation

/// A store on disk: a folder with `store.json` and one JSON file per record.
public struct FileStore: Sendable {
    public static let manifestName = "store.json"

    public let root: URL
    /// Where the questions last read are kept, so that a load reads only the files that
    /// changed since; nil reads every file.
    public var index: StoreIndex?

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
            for var meeting in network.meetings {
                meeting.assignMissingIDs()
                try store.write(meeting, kind: .meeting, id: meeting.id)
            }
            // The manifest last: a store whose creation was cut off is not taken for whole.
            try store.writeFile(network.manifest, to: store.manifestURL)
        }
        return store
    }

    var manifestURL: URL { root.appendingPathComponent(Self.manifestName) }

    /// Reads every record. A file that does not parse or validate becomes a problem and
    /// is left as it is; only an unreadable `store.json` stops the store from opening.
    public func load() throws(StoreError) -> (network: Network, problems: [StoreProblem]) {
        try load(tidy: true, index: index)
    }

    /// `tidy`: first finish a change a dead writer left half done and remove its temporary
    /// files; `lotse check` reads without it, to report them and change nothing.
    /// `index`: questions whose file has not changed since they were last read come from
    /// there, and it is brought up to date with what was read. `progress` is told, every
    /// few thousand files read, how many of how many there are and the store so far.
    public func load(tidy: Bool, index: StoreIndex? = nil, known: [String: StoreIndex.Entry]? = nil,
                     progress: ((_ read: Int, _ total: Int, _ sofar: Network) -> Void)? = nil)
        throws(StoreError) -> (network: Network, problems: [StoreProblem]) {
        let loaded = try loadParts(tidy: tidy, index: index, known: known, progress: progress)
        return (loaded.network, loaded.problems)
    }

    /// `load`, with what a later refresh of a few files needs to go on from it.
    public func loadParts(tidy: Bool, index: StoreIndex? = nil, known: [String: StoreIndex.Entry]? = nil,
                          progress: ((Int, Int, Network) -> Void)? = nil) throws(StoreError) -> LoadedStore {
        if tidy, FileManager.default.isWritableFile(atPath: root.path) {
            try? StoreLock.withLock(in: root) { () throws(StoreError) in try housekeeping() }
        }
        let manifest = try loadManifest()
        var fileProblems: [RecordKind: [StoreProblem]] = [:]
        var conflicts: [RecordKind: [SyncConflict]] = [:]
        var present: [RecordKind: Set<String>] = [:]
        func read<R: Decodable & Identifiable>(_ type: R.Type, _ kind: RecordKind, cached: RecordCache<R>?,
                                               progress: ((Int, Int, [R]) -> Void)? = nil) -> [R] where R.ID == String {
            var problems: [StoreProblem] = []
            var found: [SyncConflict] = []
            let result = loadRecords(type, kind: kind, cached: cached, progress: progress, problems: &problems, conflicts: &found)
            present[kind] = result.present
            fileProblems[kind] = problems
            conflicts[kind] = found
            return result.records
        }
        // Communes and meetings first: they are few, and a screen shows them while the
        // questions are read.
        let communes = read(Commune.self, .commune, cached: nil)
        let meetings = read(Meeting.self, .meeting, cached: nil)
        let partial = Network(manifest: manifest, communes: communes, meetings: meetings)
        let questions = read(Question.self, .question, cached: index.map { RecordCache(index: $0, known: known) },
                             progress: progress.map { report in
                                 { read, total, sofar in
                                     var network = partial
                                     network.questions = sofar
                                     report(read, total, network)
                                 }
                             })
        let network = Network(manifest: manifest, communes: communes, questions: questions, meetings: meetings,
                              syncConflicts: RecordKind.allCases.flatMap { conflicts[$0] ?? [] })
        var loaded = LoadedStore(network: network,
                                 fileProblems: RecordKind.allCases.flatMap { fileProblems[$0] ?? [] },
                                 present: present)
        if !tidy {
            loaded.leftovers = leftoverFiles().map { StoreProblem(path: $0, reason: .leftover) }
        }
        return loaded
    }

    /// The store's name and settings alone, and its communes and meetings: what a screen
    /// shows at once while the questions are read. Files that do not load are left out
    /// here; the full load reports them.
    public func loadWithoutQuestions() throws(StoreError) -> Network {
        tidyWhereCheap()
        let manifest = try loadManifest()
        var problems: [StoreProblem] = []
        var conflicts: [SyncConflict] = []
        let communes = loadRecords(Commune.self, kind: .commune, cached: nil, progress: nil, problems: &problems, conflicts: &conflicts)
        let meetings = loadRecords(Meeting.self, kind: .meeting, cached: nil, progress: nil, problems: &problems, conflicts: &conflicts)
        return Network(manifest: manifest, communes: communes.records, meetings: meetings.records)
    }

    public func save(_ commune: Commune) throws(StoreError) {
        try StoreLock.withLock(in: root) { () throws(StoreError) in try write(commune, kind: .commune, id: commune.id) }
    }

    public func save(_ question: Question) throws(StoreError) {
        try StoreLock.withLock(in: root) { () throws(StoreError) in try write(question, kind: .question, id: question.id) }
    }

    /// Saves one record over the version it was made from; see `commit`.
    @discardableResult
    public func save(_ record: Record, expecting base: Record?) throws(SaveError) -> WriteOutcome {
        try commit([RecordWrite(kind: record.kind, id: record.id, new: record, base: base)])[0]
    }

    @discardableResult
    public func save(_ question: Question, expecting base: Question?) throws(SaveError) -> WriteOutcome {
        try save(.question(question), expecting: base.map(Record.question))
    }

    /// Deletes a record's file, if no one changed it since `record` was read.
    public func delete(_ record: Record) throws(SaveError) {
        try commit([RecordWrite(kind: record.kind, id: record.id, new: nil, base: record)])
    }

    public func delete(_ question: Question) throws(SaveError) {
        try delete(.question(question))
    }

    /// Writes the records of one change, all or nothing. Under the store lock, each new
    /// version is merged field by field with the file as it is now, against the version
    /// it was made from: fields that someone else changed meanwhile are kept, and so is
    /// every field this version of Lotse does not know. Only when a field was changed on
    /// both sides to different values, a record was deleted meanwhile, or a new record's
    /// file exists, nothing at all is written and the conflict comes back. `force` writes
    /// the merge anyway, with this side's value in each conflicting field.
    @discardableResult
    public func commit(_ writes: [RecordWrite], force: Bool = false) throws(SaveError) -> [WriteOutcome] {
        try perform(writes, force: force, manifest: nil)
    }

    /// A change of `store.json` (its categories, say) together with records, as one.
    @discardableResult
    public func commit(_ writes: [RecordWrite], changing manifest: (new: StoreManifest, base: StoreManifest))
        throws(SaveError) -> [WriteOutcome] {
        try perform(writes, force: false, manifest: manifest)
    }

    private func perform(_ writes: [RecordWrite], force: Bool,
                         manifest: (new: StoreManifest, base: StoreManifest)?) throws(SaveError) -> [WriteOutcome] {
        do {
            return try StoreLock.withLock(in: root) { () throws(StoreError) -> Result<[WriteOutcome], SaveError> in
                // Not the questions folder: listing 100,000 names on every save cost more than
                // the save. A dead writer's temporary file there is hidden, never read and
                // never shared, and the next full read removes it.
                try housekeeping(listingQuestions: false)
                var outcomes: [WriteOutcome] = []
                var contents: [(url: URL, data: Data?)] = []
                // store.json changes with its records in one step (a category renamed in
                // every question that uses it), and only over the version that was read.
                if let manifest {
                    guard (try? loadManifest()) == manifest.base else {
                        return .failure(.conflict(index: writes.count, current: nil, fields: []))
                    }
                    do {
                        contents.append((manifestURL, try CanonicalJSON.encode(manifest.new)))
                    } catch {
                        throw .cannotWrite(path: manifestURL.path, reason: .of(error))
                    }
                }
                for (index, write) in writes.enumerated() {
                    switch try prepare(write, force: force) {
                    case .success(let (outcome, data)):
                        outcomes.append(outcome)
                        contents.append((url(of: write.kind, id: write.id), data))
                    case .failure(let conflict):
                        return .failure(.conflict(index: index, current: conflict.current, fields: conflict.fields))
                    }
                }
                try apply(contents)
                return .success(outcomes)
            }.get()
        } catch let error as SaveError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.cannotWrite(path: root.path, reason: .of(error)))
        }
    }

    /// The merged content of one write, or the conflict that stops the change.
    private func prepare(_ write: RecordWrite, force: Bool) throws(StoreError) -> Result<(WriteOutcome, Data?), Collision> {
        let path = url(of: write.kind, id: write.id).path
        try Self.refuseUnsafe(path, folder: root.appendingPathComponent(write.kind.folder).path)
        let bytes = RecordFile.read(path).data
        let theirs = bytes.flatMap { try? JSONValue.parse($0) }
        let current = bytes.flatMap { Self.decode(write.kind, $0) }
        guard let base = write.base else {
            // A new record: its file must not exist yet.
            if bytes != nil { return .failure(Collision(current: current, fields: [])) }
            guard let new = write.new else { return .success((WriteOutcome(written: nil, fromTheirs: []), nil)) }
            return .success((WriteOutcome(written: new, fromTheirs: []), try Self.encode(new, path: path)))
        }
        // Deleted meanwhile, or broken: nothing to merge with.
        guard let theirs, let current else { return .failure(Collision(current: current, fields: [])) }
        guard let new = write.new else {
            // Deleting what someone changed meanwhile would lose their change.
            return current == base ? .success((WriteOutcome(written: nil, fromTheirs: []), nil))
                : .failure(Collision(current: current, fields: []))
        }
        let result = JSONMerge.merge(base: try Self.json(base, path: path), mine: try Self.json(new, path: path),
                                     theirs: theirs, prefer: .mine)
        if !result.conflicts.isEmpty && !force { return .failure(Collision(current: current, fields: result.conflicts)) }
        guard let merged = result.value, let written = Self.decode(write.kind, Data(merged.canonicalText.utf8)) else {
            return .failure(Collision(current: current, fields: result.conflicts))
        }
        let data = merged == theirs && bytes.map({ String(decoding: $0, as: UTF8.self) }) == merged.canonicalText
            ? nil : Data(merged.canonicalText.utf8)
        return .success((WriteOutcome(written: written, fromTheirs: result.fromTheirs), data ?? bytes))
    }

    /// A write never goes through a link or over something that is not a record file: a
    /// folder linked elsewhere would put the record outside the store, where it is never
    /// shared, and a file linked elsewhere would be replaced by what it points at.
    static func refuseUnsafe(_ path: String, folder: String) throws(StoreError) {
        switch RecordFile.folder(folder) {
        case .folder, .missing: break
        case .link: throw .unsafePath(path: folder, reason: .link)
        case .notAFolder: throw .unsafePath(path: folder, reason: .notAFolder)
        case .unreadable: throw .unsafePath(path: folder, reason: .unreadableFolder)
        }
        switch RecordFile.read(path, limit: .max) {
        case .link: throw .unsafePath(path: path, reason: .link)
        case .notRegular: throw .unsafePath(path: path, reason: .notARegularFile)
        default: break
        }
    }

    /// Why one write of a change cannot be made.
    struct Collision: Error {
        var current: Record?
        var fields: [JSONMerge.Conflict]
    }

    /// Writes the prepared contents (nil: delete) as one all-or-nothing step.
    private func apply(_ contents: [(url: URL, data: Data?)]) throws(StoreError) {
        var plan = Journal.Plan(renames: [], deletes: [])
        var temporaries: [URL] = []
        do {
            for (url, data) in contents {
                let relative = String(url.path.dropFirst(root.path.count + 1))
                if let data {
                    if FileManager.default.contents(atPath: url.path) == data { continue }
                    let temporary = try AtomicFile.writeTemporary(data, beside: url)
                    temporaries.append(temporary)
                    plan.renames.append([String(temporary.path.dropFirst(root.path.count + 1)), relative])
                } else if FileManager.default.fileExists(atPath: url.path) {
                    plan.deletes.append(relative)
                }
            }
        } catch {
            for temporary in temporaries { unlink(temporary.path) }
            throw error
        }
        guard !plan.renames.isEmpty || !plan.deletes.isEmpty else { return }
        if plan.renames.count + plan.deletes.count == 1, let only = plan.renames.first {
            // One file: a rename is atomic by itself, no journal needed.
            let from = root.appendingPathComponent(only[0]), to = root.appendingPathComponent(only[1])
            if rename(from.path, to.path) != 0 {
                let failure = WriteCause.lastSystemError
                unlink(from.path)
                throw .cannotWrite(path: to.path, reason: failure)
            }
            AtomicFile.syncFolder(to.deletingLastPathComponent().path)
            return
        }
        try Journal.carryOut(plan, in: root)
    }

    /// Finishes a change a dead writer left half done, and removes temporary files whose
    /// writer is gone. Called under the lock before each write and when the store is read.
    func housekeeping(listingQuestions: Bool = true) throws(StoreError) {
        try Journal.recover(in: root)
        for kind in RecordKind.allCases where listingQuestions || kind != .question {
            for leftover in AtomicFile.leftovers(in: root.appendingPathComponent(kind.folder)) { unlink(leftover.path) }
        }
        for leftover in AtomicFile.leftovers(in: root) { unlink(leftover.path) }
    }

    /// Housekeeping when a dead writer left a journal or temporary files anywhere but in
    /// the questions folder, which is too large to list on every open. Temporary files
    /// there move the folder's times, so the index is not taken and the full read, which
    /// tidies, follows.
    func tidyWhereCheap() {
        let small = [root] + RecordKind.allCases.filter { $0 != .question }.map { root.appendingPathComponent($0.folder) }
        let leftBehind = FileManager.default.fileExists(atPath: Journal.url(in: root).path)
            || small.contains { !AtomicFile.leftovers(in: $0).isEmpty }
        guard leftBehind, FileManager.default.isWritableFile(atPath: root.path) else { return }
        try? StoreLock.withLock(in: root) { () throws(StoreError) in try housekeeping() }
    }

    /// The temporary files of writers that are gone, relative to the store folder.
    public func leftoverFiles() -> [String] {
        (RecordKind.allCases.map { root.appendingPathComponent($0.folder) } + [root])
            .flatMap(AtomicFile.leftovers(in:))
            .map { String($0.path.dropFirst(root.path.count + 1)) }
            .sorted()
    }

    /// One record file read again: the record, or the problem that keeps it out, and its
    /// sync conflicts. Nil when the file is gone.
    public func reread(_ kind: RecordKind, name: String) -> (record: Record?, problem: StoreProblem?, conflicts: [SyncConflict])? {
        let relative = "\(kind.folder)/\(name)"
        let path = root.appendingPathComponent(relative).path
        guard RecordFile.folder(root.appendingPathComponent(kind.folder).path) == .folder else {
            return (nil, StoreProblem(path: kind.folder, reason: .link), [])
        }
        let content = RecordFile.read(path)
        if content == .missing { return nil }
        guard let data = content.data else {
            return (nil, StoreProblem(path: relative, reason: content.problem ?? .unreadable), [])
        }
        let id = String(name.dropLast(5))
        var conflicts: [SyncConflict] = []
        if data.range(of: Self.conflictMarker) != nil, let json = try? JSONValue.parse(data) {
            conflicts = SyncConflict.list(in: json, kind: kind, recordID: id)
        }
        do {
            let record: Record
            switch kind {
            case .question: record = .question(try CanonicalJSON.decode(Question.self, from: data))
            case .meeting: record = .meeting(try CanonicalJSON.decode(Meeting.self, from: data))
            case .commune: record = .commune(try CanonicalJSON.decode(Commune.self, from: data))
            }
            var problems: [StoreProblem] = []
            switch record {
            case .question(let question): _ = RecordValidation.accept([(name, question)], kind: kind, problems: &problems)
            case .meeting(let meeting): _ = RecordValidation.accept([(name, meeting)], kind: kind, problems: &problems)
            case .commune(let commune): _ = RecordValidation.accept([(name, commune)], kind: kind, problems: &problems)
            }
            return problems.first.map { (nil, $0, []) } ?? (record, nil, conflicts)
        } catch {
            return (nil, StoreProblem(path: relative, reason: DecodingProblem.reason(for: error)), [])
        }
    }

    static func decode(_ kind: RecordKind, _ data: Data) -> Record? {
        switch kind {
        case .question: return (try? CanonicalJSON.decode(Question.self, from: data)).map(Record.question)
        case .meeting: return (try? CanonicalJSON.decode(Meeting.self, from: data)).map(Record.meeting)
        case .commune: return (try? CanonicalJSON.decode(Commune.self, from: data)).map(Record.commune)
        }
    }

    static func json(_ record: Record, path: String) throws(StoreError) -> JSONValue {
        do {
            switch record {
            case .question(let question): return try JSONValue.of(question)
            case .meeting(var meeting):
                meeting.assignMissingIDs()
                return try JSONValue.of(meeting)
            case .commune(let commune): return try JSONValue.of(commune)
            }
        } catch {
            throw .cannotWrite(path: path, reason: .cannotEncode("\(error)"))
        }
    }

    static func encode(_ record: Record, path: String) throws(StoreError) -> Data {
        Data(try json(record, path: path).canonicalText.utf8)
    }

    /// The current content of a record's file; nil when there is none or it is broken.
    public func current(_ kind: RecordKind, id: String) -> Record? {
        guard RecordFile.folder(root.appendingPathComponent(kind.folder).path) == .folder,
              let data = RecordFile.read(url(of: kind, id: id).path).data else { return nil }
        return Self.decode(kind, data)
    }

    public func currentQuestion(id: String) -> Question? {
        current(.question, id: id)?.question
    }

    /// The path of a record's file; it never changes when the record does.
    public func url(of kind: RecordKind, id: String) -> URL {
        root.appendingPathComponent(kind.folder).appendingPathComponent("\(id).json")
    }

    func loadManifest() throws(StoreError) -> StoreManifest {
        let path = manifestURL.path
        guard let data = FileManager.default.contents(atPath: path) else {
            if !FileManager.default.fileExists(atPath: path) { throw .notAStore(path: root.path) }
            throw .unreadableManifest(path: path, reason: .unreadable)
        }
        let manifest: StoreManifest
        do {
            manifest = try CanonicalJSON.decode(StoreManifest.self, from: data)
        } catch {
            throw .unreadableManifest(path: path, reason: DecodingProblem.reason(for: error))
        }
        guard manifest.schemaVersion <= StoreManifest.currentSchemaVersion else {
            throw .newerSchema(path: path, found: manifest.schemaVersion, supported: StoreManifest.currentSchemaVersion)
        }
        return manifest
    }

    func loadRecords<R: Decodable & Identifiable>(
        _ type: R.Type, kind: RecordKind, cached: RecordCache<R>?, progress: ((Int, Int, [R]) -> Void)?,
        problems: inout [StoreProblem], conflicts: inout [SyncConflict]
    ) -> (records: [R], present: Set<String>) where R.ID == String {
        let folder = root.appendingPathComponent(kind.folder)
        if let problem = folderProblem(kind) {
            problems.append(problem)
            return ([], [])
        }
        // With an index, the folder is listed together with each file's stamp; the
        // folder's own stamp is taken first, so that a change meanwhile shows next time.
        var cached = cached
        cached?.folder = FileStamp.ofFolder(folder.path)
        let stamps = cached != nil ? FileStamp.scan(folder.path) : nil
        guard let all = stamps.map({ Array($0.keys) })
            ?? (try? FileManager.default.contentsOfDirectory(atPath: folder.path)).map({ $0.filter { !$0.hasPrefix(".") } }) else {
            problems.append(StoreProblem(path: kind.folder + "/", reason: .unreadableFolder))
            return ([], [])
        }
        for name in all.sorted() where !name.hasSuffix(".json") && name.lowercased().hasSuffix(".json") {
            problems.append(StoreProblem(path: "\(kind.folder)/\(name)", reason: .wrongExtension))
        }
        let names = all.filter { $0.hasSuffix(".json") }.sorted()
        let known = cached?.entries() ?? [:]
        let total = names.count - names.reduce(0) { count, name in
            known[name].map { $0.stamp == (stamps?[name] ?? nil) } == true ? count + 1 : count
        }
        var decoded: [(name: String, record: R)] = []
        decoded.reserveCapacity(names.count)
        var read = 0
        for name in names {
            let stamp = stamps?[name] ?? nil
            if let stamp, let entry = known[name], entry.stamp == stamp, let record = cached?.record(of: entry) {
                decoded.append((name, record))
                cached?.keep(name)
                continue
            }
            let relative = "\(kind.folder)/\(name)"
            let content = RecordFile.read(folder.appendingPathComponent(name).path)
            guard let data = content.data else {
                if content != .missing { problems.append(StoreProblem(path: relative, reason: content.problem ?? .unreadable)) }
                cached?.skip(name)
                continue
            }
            read += 1
            if read % 5_000 == 0 { progress?(read, total, decoded.map(\.record)) }
            do {
                let record = try CanonicalJSON.decode(R.self, from: data)
                decoded.append((name, record))
                if data.range(of: Self.conflictMarker) != nil, let json = try? JSONValue.parse(data) {
                    conflicts += SyncConflict.list(in: json, kind: kind, recordID: String(name.dropLast(5)))
                    cached?.skip(name)
                } else if let stamp {
                    // A file with conflicts is read each time, for them; the rest is kept.
                    cached?.add(name, stamp: stamp, record: record)
                } else {
                    cached?.skip(name)
                }
            } catch {
                problems.append(StoreProblem(path: relative, reason: DecodingProblem.reason(for: error)))
                cached?.skip(name)
            }
        }
        cached?.save()
        let accepted = RecordValidation.accept(decoded, kind: kind, problems: &problems)
        // Every record is named after its file: when all loaded, no file is left over.
        guard accepted.count != names.count else { return (accepted, []) }
        // Only the files that did not load: the loaded ones are in the records already,
        // and a set of 100,000 ids would cost megabytes for nothing.
        let loaded = Set(accepted.lazy.map { "\($0.id).json" })
        let present = Set(names.lazy.filter { !loaded.contains($0) }.map { String($0.dropLast(5)) })
        return (accepted, present)
    }

    /// What is wrong with a kind's folder itself, if anything: then none of its files is read.
    func folderProblem(_ kind: RecordKind) -> StoreProblem? {
        switch RecordFile.folder(root.appendingPathComponent(kind.folder).path) {
        case .folder: return nil
        case .missing: return StoreProblem(path: kind.folder + "/", reason: .missingFolder)
        case .notAFolder: return StoreProblem(path: kind.folder, reason: .notAFolder)
        case .link: return StoreProblem(path: kind.folder, reason: .link)
        case .unreadable: return StoreProblem(path: kind.folder + "/", reason: .unreadableFolder)
        }
    }

    /// Only files that hold this key are parsed a second time for their sync conflicts.
    static let conflictMarker = Data("\"\(SyncConflict.field)\"".utf8)

    private func write<R: Encodable>(_ record: R, kind: RecordKind, id: String) throws(StoreError) {
        let target = url(of: kind, id: id)
        try Self.refuseUnsafe(target.path, folder: target.deletingLastPathComponent().path)
        try writeFile(record, to: target)
    }

    private func writeFile<R: Encodable>(_ record: R, to url: URL) throws(StoreError) {
        let data: Data
        do {
            data = try CanonicalJSON.encode(record)
        } catch {
            throw .cannotWrite(path: url.path, reason: .cannotEncode("\(error)"))
        }
        try AtomicFile.write(data, to: url)
    }
}
