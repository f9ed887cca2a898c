import Foundation

extension FileStore {
    /// Sets (or with nil removes) one top-level field of a record's file as it is now,
    /// under the store lock, keeping everything else byte for byte in its canonical form:
    /// for marks that belong to the file rather than the model, such as a privacy
    /// confirmation.
    public func annotate(_ kind: RecordKind, id: String, field: String, value: JSONValue?) throws(StoreError) {
        let url = url(of: kind, id: id)
        try StoreLock.withLock(in: root) { () throws(StoreError) in
            try housekeeping()
            guard let data = FileManager.default.contents(atPath: url.path), case .object(var fields)? = try? JSONValue.parse(data) else {
                throw .cannotWrite(path: url.path, reason: "the record is not there or not valid JSON")
            }
            fields[field] = value
            try AtomicFile.write(Data(JSONValue.object(fields).canonicalText.utf8), to: url)
        }
    }
}
