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

/// Values that look like options: `--tag -minus`, `--title "-2 Grad"`. The argument parser
/// takes a word that starts with a dash for an option and reports a missing value; for
/// the options whose value is free text, such a word is the value, as a person means it.
enum DashValues {
    static let textOptions: Set<String> = [
        "--assignee", "--body", "--description", "--name", "--notes", "--owner", "--person", "--place", "--presenter",
        "--role", "--search", "--source", "--tag", "--text", "--title",
    ]

    static func join(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                result += arguments[index...]
                break
            }
            if textOptions.contains(argument), index + 1 < arguments.count,
               case let value = arguments[index + 1], value.hasPrefix("-"), !value.hasPrefix("--"), value.count > 1 {
                result.append(argument + "=" + value)
                index += 2
                continue
            }
            result.append(argument)
            index += 1
        }
        return result
    }
}
