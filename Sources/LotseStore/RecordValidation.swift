/// The checks that a decoded record must pass beyond its JSON shape: the id has the right
/// form, is the file's name, and is not used by another file of the same kind.
enum RecordValidation {
    static func accept<R: Identifiable>(
        _ decoded: [(name: String, record: R)], kind: RecordKind, problems: inout [StoreProblem]
    ) -> [R] where R.ID == String {
        // Ids are compared without case: on a case-insensitive file system, or for a
        // coordinator typing a prefix, 01abc and 01ABC are the same record.
        var owners: [String: String] = [:]
        for entry in decoded where entry.name == "\(entry.record.id).json" {
            owners[entry.record.id.lowercased()] = entry.name
        }
        var accepted: [R] = []
        for entry in decoded {
            let id = entry.record.id
            let relative = "\(kind.folder)/\(entry.name)"
            if !hasValidForm(id: id, kind: kind) {
                problems.append(StoreProblem(path: relative, reason: .badID(id: id, kind: kind)))
                continue
            }
            let key = id.lowercased()
            if let owner = owners[key], owner != entry.name {
                problems.append(StoreProblem(path: relative, reason: .duplicateID(id: id, otherPath: "\(kind.folder)/\(owner)")))
                continue
            }
            if entry.name != "\(id).json" {
                problems.append(StoreProblem(path: relative, reason: .nameMismatch(id: id)))
                continue
            }
            owners[key] = entry.name
            accepted.append(entry.record)
        }
        return accepted
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
