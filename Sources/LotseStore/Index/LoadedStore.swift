import Foundation

/// A store as read, with what it takes to take in a few changed files without reading the
/// rest again: the problems of single files apart from those across records, and the
/// names of every file, broken ones included.
public struct LoadedStore: Sendable {
    public var network: Network
    /// Problems of single files (broken JSON, a wrong id): each belongs to its path.
    var fileProblems: [StoreProblem]
    /// The ids of record files that are there but did not load, by kind.
    var present: [RecordKind: Set<String>]
    /// Temporary files of a dead writer, reported by `check`.
    var leftovers: [StoreProblem] = []
    /// Where each question stands in `network.questions`, for replacing one in place.
    private var positions: [String: Int] = [:]
    /// The checks across records as last made (see `checkAcrossRecords`), kept while the
    /// references they look at stay as they were.
    private var acrossRecords: [StoreProblem]?

    init(network: Network, fileProblems: [StoreProblem], present: [RecordKind: Set<String>]) {
        self.network = network
        self.fileProblems = fileProblems
        self.present = present
    }

    /// The file problems, then the ones across records, as `lotse check` lists them.
    public var problems: [StoreProblem] {
        fileProblems + (acrossRecords ?? RecordIntegrity.problems(in: network, present: present)) + leftovers
    }

    /// Makes the checks across records and keeps them: a refresh then makes them again only
    /// when a file it read changed a reference (communes, a merge, an answering meeting) or
    /// a record came or went. Otherwise they look at all 100,000 questions for each edit.
    public mutating func checkAcrossRecords() {
        acrossRecords = RecordIntegrity.problems(in: network, present: present)
    }

    /// Takes in these record files (`questions/ID.json`, `meetings/ID.json`, …), read
    /// again: changed, new, broken or gone. The work is in proportion to the files named,
    /// but for the checks across records, which look at every question once. Paths that
    /// are not record files are passed over; `store.json` needs a full load.
    ///
    /// Returns the questions of those files, each with where it now stands in
    /// `network.questions` (nil: gone), so that a screen can compare just them; nil when
    /// a question went and the others moved up.
    @discardableResult
    public mutating func refresh(_ paths: Set<String>, in store: FileStore) -> [String: Int?]? {
        if positions.count != network.questions.count {
            positions = Dictionary(network.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        var removed: Set<Int> = []
        var changed: [String: Int?] = [:]
        // Whether the references the checks across records look at stayed as they were.
        var sameReferences = true
        for path in paths.sorted() {
            guard let target = RecordKind.record(at: path) else { continue }
            let kind = target.kind, id = target.id
            if kind != .question { sameReferences = false }
            fileProblems.removeAll { $0.path == path }
            network.syncConflicts.removeAll { $0.kind == kind && $0.recordID == id }
            let result = store.reread(kind, name: "\(id).json")
            if result == nil || result?.record != nil { present[kind]?.remove(id) } else { present[kind, default: []].insert(id) }
            if let problem = result?.problem { fileProblems.append(problem) }
            network.syncConflicts += result?.conflicts ?? []
            switch kind {
            case .commune: network.communes.put(result?.record?.commune, id: id)
            case .meeting: network.meetings.put(result?.record?.meeting, id: id)
            case .question:
                let question = result?.record?.question
                if let position = positions[id], let question {
                    let before = network.questions[position]
                    sameReferences = sameReferences && before.communes == question.communes
                        && before.duplicateOf == question.duplicateOf && before.answer?.meeting == question.answer?.meeting
                } else {
                    sameReferences = false
                }
                if let position = positions[id] {
                    if let question { network.questions[position] = question } else { removed.insert(position) }
                    changed[id] = question == nil ? .some(nil) : position
                } else if let question {
                    positions[id] = network.questions.count
                    changed[id] = network.questions.count
                    network.questions.append(question)
                }
            }
        }
        if !removed.isEmpty {
            network.questions = network.questions.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
            positions = [:]
        }
        if !sameReferences, acrossRecords != nil { checkAcrossRecords() }
        return removed.isEmpty ? changed : nil
    }
}
