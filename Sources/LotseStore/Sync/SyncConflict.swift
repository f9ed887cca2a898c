import Foundation

/// A field that two machines changed to different values, found when their changes met in
/// a sync. The merge keeps one value in the record (the later change's) and this entry
/// keeps the other, inside the record's own file under `syncConflicts`: so the losing value
/// travels with the record to every clone, survives every save (saves keep fields they do
/// not know), and is gone only when someone looks at it and decides.
public struct SyncConflict: Hashable, Sendable, Identifiable {
    public static let field = "syncConflicts"

    /// Derived from the field and both values, so that the same conflict met on two
    /// machines is one entry after their merges meet.
    public var id: String
    public var kind: RecordKind
    public var recordID: String
    /// The field inside the record: keys, and `id:…` (or `commune:…`, `start:…`) for an
    /// element of a list.
    public var path: [String]
    /// The value the merge kept (nil: the field was removed).
    public var kept: JSONValue?
    /// The value that lost (nil: the field was removed).
    public var other: JSONValue?
    /// Who set each value and when (ISO 8601), as far as the merge knew: for an answer
    /// its author and date, for another field the side's user and the record's `updated`.
    public var keptBy: String?, keptAt: String?, otherBy: String?, otherAt: String?

    public init(kind: RecordKind, recordID: String, path: [String], kept: JSONValue?, other: JSONValue?) {
        self.kind = kind
        self.recordID = recordID
        self.path = path
        self.kept = kept
        self.other = other
        self.id = Self.stableID(path: path, kept: kept, other: other)
    }

    /// The file the record lives in, relative to the store.
    public var file: String { "\(kind.folder)/\(recordID).json" }

    /// The entry as it is written into the record.
    var json: JSONValue {
        var fields: [String: JSONValue] = ["id": .string(id), "path": .array(path.map(JSONValue.string))]
        fields["kept"] = kept
        fields["other"] = other
        fields["keptBy"] = keptBy.map(JSONValue.string)
        fields["keptAt"] = keptAt.map(JSONValue.string)
        fields["otherBy"] = otherBy.map(JSONValue.string)
        fields["otherAt"] = otherAt.map(JSONValue.string)
        return .object(fields)
    }

    /// The entries a record's file holds.
    static func list(in record: JSONValue, kind: RecordKind, recordID: String) -> [SyncConflict] {
        guard case .array(let entries)? = record.object?[field] else { return [] }
        return entries.compactMap { entry in
            guard let fields = entry.object, case .array(let segments)? = fields["path"] else { return nil }
            let path = segments.compactMap { segment -> String? in
                if case .string(let text) = segment { return text } else { return nil }
            }
            guard path.count == segments.count else { return nil }
            var conflict = SyncConflict(kind: kind, recordID: recordID, path: path, kept: fields["kept"], other: fields["other"])
            if case .string(let id)? = fields["id"] { conflict.id = id }
            func text(_ key: String) -> String? { if case .string(let value)? = fields[key] { return value } else { return nil } }
            (conflict.keptBy, conflict.keptAt, conflict.otherBy, conflict.otherAt) = (text("keptBy"), text("keptAt"), text("otherBy"), text("otherAt"))
            return conflict
        }
    }

    /// FNV-1a over the canonical text of path and values: the same everywhere, always.
    static func stableID(path: [String], kept: JSONValue?, other: JSONValue?) -> String {
        let text = JSONValue.array(path.map(JSONValue.string)).canonicalText
            + (kept?.canonicalText ?? "-") + (other?.canonicalText ?? "-")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension JSONValue {
    /// The value at a path of keys and list identities; nil when there is none.
    public func value(at path: [String]) -> JSONValue? {
        guard let first = path.first else { return self }
        switch self {
        case .object(let fields): return fields[first]?.value(at: Array(path.dropFirst()))
        case .array(let items):
            return items.first { JSONMerge.identity($0) == first }?.value(at: Array(path.dropFirst()))
        default: return nil
        }
    }

    /// This value with the one at `path` replaced (nil: removed). A path that leads
    /// nowhere leaves the value as it is.
    public func setting(_ path: [String], to value: JSONValue?) -> JSONValue? {
        guard let first = path.first else { return value }
        let rest = Array(path.dropFirst())
        switch self {
        case .object(var fields):
            if rest.isEmpty {
                fields[first] = value
            } else if let inner = fields[first] {
                fields[first] = inner.setting(rest, to: value)
            }
            return .object(fields)
        case .array(var items):
            guard let index = items.firstIndex(where: { JSONMerge.identity($0) == first }) else { return self }
            if let replaced = items[index].setting(rest, to: value) {
                items[index] = replaced
            } else {
                items.remove(at: index)
            }
            return .array(items)
        default:
            return self
        }
    }
}
