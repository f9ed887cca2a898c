import Foundation

extension FileStore {
    /// Rewrites one record's file as it is now, under the store lock, through its JSON: for
    /// marks that belong to the file rather than the model (a privacy confirmation, a
    /// settled sync conflict), so that every other field, known or not, stays as it is.
    /// `change` gets the file's JSON (nil when it is missing or broken) and returns the new
    /// content, or nil to leave the file alone.
    func rewrite(_ kind: RecordKind, id: String,
                 _ change: (JSONValue?) throws(StoreError) -> JSONValue?) throws(StoreError) {
        let url = url(of: kind, id: id)
        try StoreLock.withLock(in: root) { () throws(StoreError) in
            try housekeeping()
            let current = FileManager.default.contents(atPath: url.path).flatMap { try? JSONValue.parse($0) }
            guard let new = try change(current) else { return }
            try AtomicFile.write(Data(new.canonicalText.utf8), to: url)
        }
    }
}
