/// The checks that a decoded record must pass beyond its JSON shape: the id has the right
/// form, is the file's name, and is not used by another file of the same kind.
enum RecordValidation {
    static func accept<R: Identifiable>(
        _ decoded: [(name: String, record: R)], kind: RecordKind, problems: inout [StoreProblem]
    ) -> [R] where R.ID == String {
        // The common case: every record named after its id, and no id in lower case. File
        // names in a folder differ, so such ids cannot collide, and no map of 100,000
        // owners is needed to know it.
        let plain = decoded.allSatisfy { isFileName($0.name, of: $0.record.id) && key($0.record.id) == $0.record.id }
        if plain {
            var accepted: [R] = []
            accepted.reserveCapacity(decoded.count)
            for entry in decoded {
                if hasValidForm(id: entry.record.id, kind: kind) {
                    accepted.append(entry.record)
                } else {
                    problems.append(StoreProblem(path: "\(kind.folder)/\(entry.name)", reason: .badID(id: entry.record.id, kind: kind)))
                }
            }
            return accepted
        }
        // Ids are compared without case: on a case-insensitive file system, or for a
        // coordinator typing a prefix, 01abc and 01ABC are the same record.
        var owners: [String: String] = [:]
        owners.reserveCapacity(decoded.count)
        var accepted: [R] = []
        accepted.reserveCapacity(decoded.count)
        // Each entry read in place: a copy of each record would count a dozen references.
        decoded.withUnsafeBufferPointer { decoded in
            for index in decoded.indices where isFileName(decoded[index].name, of: decoded[index].record.id) {
                owners[key(decoded[index].record.id)] = decoded[index].name
            }
            for index in decoded.indices {
                let id = decoded[index].record.id, name = decoded[index].name
                let relative = "\(kind.folder)/\(name)"
                if !hasValidForm(id: id, kind: kind) {
                    problems.append(StoreProblem(path: relative, reason: .badID(id: id, kind: kind)))
                    continue
                }
                let key = key(id)
                if let owner = owners[key], owner != name {
                    problems.append(StoreProblem(path: relative, reason: .duplicateID(id: id, otherPath: "\(kind.folder)/\(owner)")))
                    continue
                }
                if !isFileName(name, of: id) {
                    problems.append(StoreProblem(path: relative, reason: .nameMismatch(id: id)))
                    continue
                }
                owners[key] = name
                accepted.append(decoded[index].record)
            }
        }
        return accepted
    }

    /// An id as its owner is looked up, the same for ids that differ only in case. Ids are
    /// upper case as they are made, and are used as they are then: folding 100,000 ids cost
    /// a third of a `check` through the index.
    private static func key(_ id: String) -> String {
        id.utf8.contains { (0x61...0x7A).contains($0) || $0 >= 0x80 } ? id.uppercased() : id
    }

    /// Whether `name` is `ID.json` for this id, compared by bytes without making the name.
    static func isFileName(_ name: String, of id: String) -> Bool {
        name.utf8.count == id.utf8.count + 5 && name.hasSuffix(".json") && name.utf8.starts(with: id.utf8)
    }

    private static func hasValidForm(id: String, kind: RecordKind) -> Bool {
        switch kind {
        case .commune:
            let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
            return !id.isEmpty && id.allSatisfy { allowed.contains($0) }
        case .question, .meeting:
            return RecordID.isValid(id)
        }
    }
}
