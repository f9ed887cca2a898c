import Foundation
import LotseCore
import LotseStore

/// The questions a `questions list` asks for, chosen by SQLite from the index rather than
/// read from 100,000 files. Taken only while the questions folder has the stamp it had when
/// the index was last found in line with every file: every write of Lotse and of git adds
/// or renames a file, which moves the folder's times, so none happened since. Each chosen
/// question's file is still checked by its stamp (and read again when it changed in place),
/// and the files the index does not hold are read. Nil otherwise: then the whole store is
/// read, which brings the index in line again.
struct IndexedSelection {
    var questions: [Question] = []
    /// How many letters of an id tell every question apart.
    var prefix: Int
    var storeIsEmpty: Bool
    var problems: [StoreProblem] = []

    /// `texts`: whether the bodies and answers are wanted (for JSON, CSV, a text search), or
    /// left empty because the list shows neither.
    init?(store: FileStore, query: QuestionQuery, texts: Bool) {
        // Plain paths: a URL per file costs more than the stat.
        let folder = store.root.appendingPathComponent(RecordKind.question.folder).path + "/"
        guard let index = store.index, let checked = index.checkedState(),
              FileStamp.ofFolder(folder) == checked.folder else { return nil }
        let statuses = query.statuses.isEmpty ? nil : query.statuses.map(\.rawValue)
        // The files' stamps are taken on another core while SQLite reads on.
        let stamps = StampCollector(folder: folder)
        let selected = index.select(statuses: statuses, commune: query.commune, tag: query.tag, category: query.category,
                                    texts: texts, batches: { stamps.take($0.map(\.name)) })
        prefix = checked.prefix
        storeIsEmpty = checked.count == 0
        var stale: [String] = []
        guard let stamps = stamps.all(), stamps.count == selected.count else { return nil }
        questions.reserveCapacity(selected.count)
        for ((name, entry), stamp) in zip(selected, stamps) {
            if stamp == entry.stamp {
                questions.append(entry.question)
            } else {
                stale.append(name)
            }
        }
        let others = stale + checked.unindexed
        guard !others.isEmpty else { return }
        // Files read anew may add or take away ids: the prefix is worked out again.
        var known = Set(index.ids())
        for name in others {
            let id = String(name.dropLast(5))
            guard let read = store.reread(.question, name: name) else {
                known.remove(id)
                continue
            }
            if let problem = read.problem { problems.append(problem) }
            if let question = read.record?.question {
                questions.append(question)
                known.insert(id)
            } else {
                known.remove(id)
            }
        }
        prefix = RecordID.uniquePrefixLength(known.sorted())
        storeIsEmpty = known.isEmpty
    }
}

/// How many questions with one of these statuses name each commune, counted by SQLite, for
/// `communes list`: an answer of a few numbers that should cost what they cost, not a stat
/// of every open question's file. Taken under the same guard as a selection, the questions
/// folder's stamp: every write of Lotse and of git (which unlinks a file before it writes
/// it anew) moves it. A file another program rewrote in place, without a new name, is the
/// one change it cannot see (as a `questions list --status` cannot see a question rewritten
/// into that status): the dashboard's next start reads that file by its own stamp and
/// brings the index in line. The files the index does not hold are read and counted. Nil
/// when the guard fails: then the caller reads the questions, which brings the index in
/// line.
enum IndexedCounts {
    static func communes(store: FileStore, statuses: Set<QuestionStatus>) -> [String: Int]? {
        let folder = store.root.appendingPathComponent(RecordKind.question.folder).path + "/"
        guard let index = store.index, let checked = index.checkedState(),
              FileStamp.ofFolder(folder) == checked.folder,
              var counts = index.communeCounts(statuses: statuses.map(\.rawValue)) else { return nil }
        for name in checked.unindexed {
            guard let question = store.reread(.question, name: name)?.record?.question, statuses.contains(question.status) else { continue }
            count(question, into: &counts)
        }
        return counts
    }

    /// One question counted once for each commune it names.
    static func count(_ question: Question, into counts: inout [String: Int]) {
        for commune in Set(question.communes) { counts[commune, default: 0] += 1 }
    }
}

/// The stamps of files in one folder, taken batch by batch on a queue of their own; `all`
/// waits for them, in the order the batches came.
private final class StampCollector: @unchecked Sendable {
    private let folder: String
    private let queue = DispatchQueue(label: "lotse.stamps")
    private let group = DispatchGroup()
    /// Only touched on `queue` until `all` has waited for it.
    private var stamps: [FileStamp?] = []
    private var failed = false

    init(folder: String) { self.folder = folder }

    func take(_ names: [String]) {
        queue.async(group: group) { [self] in
            guard let found = FileStamp.of(names, inFolder: folder) else {
                failed = true
                return
            }
            stamps += found
        }
    }

    /// Every stamp; nil when the folder could not be opened.
    func all() -> [FileStamp?]? {
        group.wait()
        return failed ? nil : stamps
    }
}
