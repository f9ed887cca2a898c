import Foundation

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

    /// `--folder DIR`: where the generated stores are kept, or a folder in the temporary one.
    static func folder(_ values: [String: String]) -> URL {
        URL(fileURLWithPath: values["--folder"] ?? FileManager.default.temporaryDirectory.appendingPathComponent("lotse-bench-stores").path)
    }

    /// `--runs N`, at least one.
    static func runs(_ values: [String: String]) -> Int { max(1, values["--runs"].flatMap { Int($0) } ?? 5) }

    /// `--lotse PATH`: the binary measured, else the `lotse` beside this one; nil, after
    /// saying how to build it, when there is none.
    static func lotse(_ values: [String: String]) -> String? {
        let lotse = values["--lotse"] ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("lotse").path
        guard FileManager.default.isExecutableFile(atPath: lotse) else {
            print("lotse-bench: no lotse binary at \(lotse); build it (swift build -c release) or give --lotse PATH")
            return nil
        }
        return lotse
    }
}
