/// The kinds of record and the folder each lives in.
public enum RecordKind: String, CaseIterable, Sendable {
    case commune, question, meeting

    /// The kind and id of the record a store path names (`questions/ID.json`); nil for
    /// store.json and anything else.
    public static func record(at path: String) -> (kind: RecordKind, id: String)? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 2, parts[parts.count - 1].hasSuffix(".json"),
              let kind = allCases.first(where: { $0.folder == parts[parts.count - 2] }) else { return nil }
        return (kind, String(parts[parts.count - 1].dropLast(5)))
    }

    public var folder: String {
        switch self {
        case .commune: return "communes"
        case .question: return "questions"
        case .meeting: return "meetings"
        }
    }
}
