/// The `--name value` options of a benchmark mode: the names it knows, each with its
/// value; nil, after saying why, for a name it does not know or one without a value.
enum BenchOptions {
    static func parse(_ arguments: ArraySlice<String>, known: Set<String>) -> [String: String]? {
        var values: [String: String] = [:]
        var rest = Array(arguments)
        while !rest.isEmpty {
            let option = rest.removeFirst()
            guard known.contains(option) else { print("lotse-bench: unknown option \(option)"); return nil }
            guard let value = rest.first else { print("lotse-bench: \(option) needs a value"); return nil }
            rest.removeFirst()
            values[option] = value
        }
        return values
    }

    /// `--sizes 1000,10000`: the store sizes, or the default.
    static func sizes(_ values: [String: String]) -> [Int] {
        values["--sizes"].map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1_000, 10_000, 100_000]
    }
}
