/// `--store` and `--lang` are accepted before or after the subcommand, for every
/// subcommand: `lotse --store DIR questions list` is `lotse questions list --store DIR`.
/// The argument parser reads options where the subcommand that declares them stands, so
/// the global ones are moved to the end (before any `--`), where every subcommand takes them.
enum GlobalOptions {
    static let names: Set<String> = ["--store", "--lang"]

    static func reorder(_ arguments: [String]) -> [String] {
        var rest: [String] = []
        var global: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            if names.contains(argument), index + 1 < arguments.count {
                global += [argument, arguments[index + 1]]
                index += 2
                continue
            }
            if let equals = argument.firstIndex(of: "="), names.contains(String(argument[..<equals])) {
                global.append(argument)
            } else {
                rest.append(argument)
            }
            index += 1
        }
        guard let dashes = rest.firstIndex(of: "--") else { return rest + global }
        return Array(rest[..<dashes]) + global + Array(rest[dashes...])
    }
}
