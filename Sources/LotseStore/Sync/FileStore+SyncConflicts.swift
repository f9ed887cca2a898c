import Foundation

extension FileStore {
    /// Settles a sync conflict: with `takingOther`, the value that lost goes into the
    /// record; either way the entry is removed. Under the store lock, on the file as it is
    /// now, so that everything else in the record (including fields this version of Lotse
    /// does not know) stays. A conflict already settled elsewhere is left alone.
    public func settle(_ conflict: SyncConflict, takingOther: Bool, now: Date) throws(StoreError) {
        let path = url(of: conflict.kind, id: conflict.recordID).path
        try rewrite(conflict.kind, id: conflict.recordID) { (json: JSONValue?) throws(StoreError) -> JSONValue? in
            guard case .object(var fields)? = json, case .array(let entries)? = fields[SyncConflict.field] else { return nil }
            let remaining = entries.filter { entry in
                if case .string(let id)? = entry.object?["id"] { return id != conflict.id }
                return true
            }
            guard remaining.count < entries.count else { return nil }
            fields[SyncConflict.field] = remaining.isEmpty ? nil : .array(remaining)
            // An answer decided against is not lost: it stays with the question, as an
            // earlier answer for the coordinators' eyes.
            if conflict.kind == .question, conflict.path == ["answer"], let setAside = takingOther ? fields["answer"] : conflict.other {
                var earlier: [JSONValue] = { if case .array(let items)? = fields[Question.earlierAnswersField] { return items } else { return [] } }()
                if !earlier.contains(setAside) { earlier.append(setAside) }
                fields[Question.earlierAnswersField] = .array(earlier)
            }
            var settled = JSONValue.object(fields)
            guard takingOther else { return settled }
            settled = settled.setting(conflict.path, to: conflict.other) ?? settled
            if settled.object?["updated"] != nil, let stamp = try? JSONValue.of(now) {
                settled = settled.setting(["updated"], to: stamp) ?? settled
            }
            // The other value must still make a valid record.
            guard Self.decode(conflict.kind, Data(settled.canonicalText.utf8)) != nil else {
                throw .cannotWrite(path: path, reason: .valueDoesNotFit)
            }
            return settled
        }
    }

    /// Finishes what a dead writer left half done; sync runs it before it commits.
    public func tidy() throws(StoreError) {
        try StoreLock.withLock(in: root) { () throws(StoreError) in try housekeeping() }
    }

    /// Runs `body` while no other Lotse process writes to the store.
    public func whileLocked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try StoreLock.withLock(in: root, body)
    }
}
