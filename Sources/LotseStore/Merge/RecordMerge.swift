import Foundation

/// The field-level merge of typed records, for the callers that hold records rather than
/// files: resolving a conflict, undoing a change that was merged with someone else's.
public enum RecordMerge {
    /// `mine` merged with `theirs` against `base`; on a conflict, `prefer`'s value.
    public static func merge(base: Record?, mine: Record?, theirs: Record?,
                             prefer: JSONMerge.Side) -> (record: Record?, conflicts: [JSONMerge.Conflict]) {
        func json(_ record: Record?) -> JSONValue? { record.flatMap { try? FileStore.json($0, path: "") } }
        let result = JSONMerge.merge(base: json(base), mine: json(mine), theirs: json(theirs), prefer: prefer)
        let kind = (mine ?? theirs ?? base)?.kind ?? .question
        let record = result.value.flatMap { FileStore.decode(kind, Data($0.canonicalText.utf8)) }
        return (record, result.conflicts)
    }
}
