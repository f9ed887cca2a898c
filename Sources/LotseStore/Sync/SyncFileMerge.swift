import Foundation

/// The merge of one store file's two versions when they meet in a sync: what git's merge
/// driver runs for every `*.json` changed on both sides. Field by field, through the same
/// `JSONMerge` as every save; never text, so no file ever holds conflict markers.
///
/// A field changed on both sides keeps the later change's value: the side whose record
/// was `updated` later, and when that does not decide (the same time, or a record without
/// one), the side whose version sorts first by its text. Both are the same on every
/// machine, whichever side merges, so clones that merge each other agree. The other
/// value is kept as a `SyncConflict` in the record.
public enum SyncFileMerge {
    public struct Result: Sendable {
        /// The merged file, canonical JSON.
        public var data: Data
        /// The conflicts this merge found (not those the record held before).
        public var conflicts: [SyncConflict]
        /// The incoming version could not be taken (not JSON, nested deeper than a
        /// parser follows, not an object where a record belongs): ours was kept, and the
        /// sync names it.
        public var refusedTheirs = false
    }

    /// Where the merge driver, a process of its own, notes the files whose incoming
    /// version it refused; the sync reads and empties it after the merge.
    public static let refusedListName = "lotse-unmergeable"
    /// Who is on each side of the merge, set by the sync for the driver.
    public static let oursAuthorVariable = "LOTSE_OURS_AUTHOR", theirsAuthorVariable = "LOTSE_THEIRS_AUTHOR"


    /// nil when neither side is JSON; a side that is not (a broken file) gives way to the
    /// side that is.
    public static func merge(base: Data?, ours: Data?, theirs: Data?, path: String,
                             authors: (ours: String?, theirs: String?) = (nil, nil)) -> Result? {
        func parse(_ data: Data?) -> JSONValue? {
            guard let data, !data.isEmpty else { return nil }
            return try? JSONValue.parse(data)
        }
        let isRecord = RecordKind.record(at: path) != nil || path == FileStore.manifestName
        func usable(_ value: JSONValue?) -> JSONValue? {
            guard let value else { return nil }
            return !isRecord || value.object != nil ? value : nil
        }
        let original = usable(parse(base)), mine = usable(parse(ours)), other = usable(parse(theirs))
        guard let mine, let other else {
            guard let survivor = mine ?? other else { return nil }
            let refused = other == nil && !(theirs ?? Data()).isEmpty
            return Result(data: Data(survivor.canonicalText.utf8), conflicts: [], refusedTheirs: refused)
        }
        let oursWins = laterWins(mine, other)
        let result = JSONMerge.merge(base: original, mine: mine, theirs: other, prefer: oursWins ? .mine : .theirs)
        guard var merged = result.value else { return nil }
        // store.json and other files are not records: their conflicts are named by path.
        let (kind, recordID) = RecordKind.record(at: path) ?? (.question, "")
        var found: [SyncConflict] = []
        let (winner, loser) = oursWins ? (mine, other) : (other, mine)
        let (winnerBy, loserBy) = oursWins ? (authors.ours, authors.theirs) : (authors.theirs, authors.ours)
        func stamp(_ value: JSONValue?, _ key: String) -> String? {
            if case .string(let text)? = value?.object?[key] { return text } else { return nil }
        }
        var answerInConflict = false
        for conflict in result.conflicts where conflict.path.first != SyncConflict.field {
            // An answer is one unit: its text, sources, author and date belong together.
            if kind == .question, conflict.path.first == "answer" {
                answerInConflict = true
                continue
            }
            let kept = oursWins ? conflict.mine : conflict.theirs
            let lost = oursWins ? conflict.theirs : conflict.mine
            var entry = SyncConflict(kind: kind, recordID: recordID, path: conflict.path, kept: kept, other: lost)
            (entry.keptBy, entry.keptAt) = (winnerBy, stamp(winner, "updated"))
            (entry.otherBy, entry.otherAt) = (loserBy, stamp(loser, "updated"))
            found.append(entry)
        }
        if answerInConflict {
            let kept = winner.object?["answer"], lost = loser.object?["answer"]
            merged = merged.setting(["answer"], to: kept) ?? merged
            var entry = SyncConflict(kind: kind, recordID: recordID, path: ["answer"], kept: kept, other: lost)
            (entry.keptBy, entry.keptAt) = (stamp(kept, "by") ?? winnerBy, stamp(kept, "date") ?? stamp(winner, "updated"))
            (entry.otherBy, entry.otherAt) = (stamp(lost, "by") ?? loserBy, stamp(lost, "date") ?? stamp(loser, "updated"))
            found.append(entry)
        }
        if !found.isEmpty, case .object(var fields) = merged {
            var entries: [JSONValue] = { if case .array(let items)? = fields[SyncConflict.field] { return items } else { return [] } }()
            let known = Set(SyncConflict.list(in: merged, kind: kind, recordID: recordID).map(\.id))
            entries += found.filter { !known.contains($0.id) }.map(\.json)
            fields[SyncConflict.field] = .array(entries)
            merged = .object(fields)
        }
        return Result(data: Data(merged.canonicalText.utf8), conflicts: found)
    }

    /// Whether `mine` is the later change of the two.
    static func laterWins(_ mine: JSONValue, _ theirs: JSONValue) -> Bool {
        func stamp(_ value: JSONValue) -> String {
            if case .string(let updated)? = value.object?["updated"] { return updated }
            return ""
        }
        let (a, b) = (stamp(mine), stamp(theirs))
        if a != b { return a > b }
        return mine.canonicalText <= theirs.canonicalText
    }

}
