import LotseStore

/// A row of the communes panel. The first row stands for all communes.
public struct CommuneRow: Equatable, Sendable {
    /// nil for the "all communes" row.
    public var communeID: String?
    public var name: String
    public var openCount: Int
    /// Shown only while the panel lists archived communes (`a`).
    public var archived = false
}

public enum CommuneRows {
    public static func make(network: Network, filter: String, includingArchived: Bool = false, strings: Strings) -> [CommuneRow] {
        var counts: [String: Int] = [:]
        var openCount = 0
        // Counted in place, each question's fields read where they are: a copy of each
        // question is a dozen references counted.
        network.questions.withUnsafeBufferPointer { questions in
            for index in questions.indices where questions[index].status.isOpen {
                openCount += 1
                questions[index].communes.forEachOnce { commune in counts[commune, default: 0] += 1 }
            }
        }
        // Archived communes stay in the records that name them, not in the panel, unless
        // asked for: then they follow the active ones, so the active order stays as it was.
        let keyed: [(key: String, commune: Commune)] = network.communes.filter { includingArchived || !$0.archived }
            .map { (($0.archived ? "1" : "0") + TextFolding.fold($0.name), $0) }
        let communes = keyed
            .sorted { $0.key == $1.key ? $0.commune.name < $1.commune.name : $0.key < $1.key }
            .map(\.commune)
            .filter { TextFolding.matches(filter, in: [$0.name, $0.id]) }
            .map { CommuneRow(communeID: $0.id, name: $0.name, openCount: counts[$0.id] ?? 0, archived: $0.archived) }
        // The "all" row stays while filtering, so that the filter never hides the way back.
        return [CommuneRow(communeID: nil, name: strings.allCommunes, openCount: openCount)] + communes
    }
}

extension String {
    /// Sorts names as a German reader expects: Möhnesee between Lippstadt and Rüthen.
    func localizedStandardCompareFolded(_ other: String) -> Bool {
        let a = TextFolding.fold(self)
        let b = TextFolding.fold(other)
        return a == b ? self < other : a < b
    }
}
