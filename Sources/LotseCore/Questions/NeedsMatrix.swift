import LotseStore

/// Communes × categories with the number of open questions in each cell: where needs
/// pile up, at a glance (the seed's *Bündelung der Unterstützungsbedarfe*). A question
/// raised by several communes counts once in each of their rows.
public struct NeedsMatrix: Equatable, Sendable {
    public var communes: [Commune]
    public var categories: [String]
    public var counts: [[Int]]

    public init(network: Network) {
        communes = network.communes.sorted { $0.name.localizedStandardCompareFolded($1.name) }
        // The store's categories, then any category only questions use. Each question is
        // read in place and its category looked up, not searched for in a list.
        var categories = network.manifest.categories
        var columnOf = Dictionary(categories.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let rowOf = Dictionary(uniqueKeysWithValues: communes.enumerated().map { ($1.id, $0) })
        var cells: [(row: Int, column: Int)] = []
        network.questions.withUnsafeBufferPointer { questions in
            // Fields read where they are: a question copied is a dozen references counted.
            var last: (category: String, column: Int)?
            for index in questions.indices {
                let category = questions[index].category
                let column: Int
                if let last, last.category == category {
                    column = last.column  // runs of one category: no hashing
                } else if let known = columnOf[category] {
                    column = known
                } else {
                    column = categories.count
                    columnOf[category] = column
                    categories.append(category)
                }
                last = (category, column)
                guard questions[index].status.isOpen else { continue }
                questions[index].communes.forEachOnce { commune in if let row = rowOf[commune] { cells.append((row, column)) } }
            }
        }
        self.categories = categories
        counts = Array(repeating: Array(repeating: 0, count: categories.count), count: communes.count)
        for cell in cells { counts[cell.row][cell.column] += 1 }
    }

    public func rowTotal(_ row: Int) -> Int { counts[row].reduce(0, +) }
    public func columnTotal(_ column: Int) -> Int { counts.reduce(0) { $0 + $1[column] } }
    public var total: Int { counts.joined().reduce(0, +) }
    public var maximum: Int { counts.joined().max() ?? 0 }

    /// The open questions behind a cell.
    public func questions(row: Int, column: Int, in network: Network) -> [Question] {
        guard communes.indices.contains(row), categories.indices.contains(column) else { return [] }
        let commune = communes[row].id
        let category = categories[column]
        return network.questions
            .filter { $0.status.isOpen && $0.category == category && $0.communes.contains(commune) }
            .sorted { ($0.created, $0.id) > ($1.created, $1.id) }
    }

    /// Short column headings: the category's first word, cut to `width`. When two would
    /// be equal ("Sprache…", "Sprachmittlung"), the later one keeps the letter where
    /// they differ: "Sprm.".
    /// `none` names the column of questions without a category.
    public func headings(width: Int, none: String = "ohne") -> [String] {
        var used: [String: String] = [:]
        return categories.map { raw in
            let category = raw.isEmpty ? none : raw
            let first = category.split(whereSeparator: { " /(,".contains($0) }).first.map(String.init) ?? category
            var heading = String(first.prefix(width))
            if let earlier = used[heading] {
                let common = zip(earlier, first).prefix { $0 == $1 }.count
                let letter = Array(first).indices.contains(common) ? String(Array(first)[common]) : ""
                heading = String(first.prefix(max(1, width - 2))) + letter + "."
            }
            var n = 2
            while used[heading] != nil {
                heading = String(first.prefix(max(1, width - 1))) + String(n)
                n += 1
            }
            used[heading] = first
            return heading
        }
    }
}
