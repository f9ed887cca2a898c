import Foundation
import LotseCore

/// The one language of this run, chosen before anything is printed: `--lang` wherever it
/// stands on the command line, else the locale. Every message of the run goes through
/// its table, so no run mixes two languages.
enum Run {
    static let language: Language = choose(CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static var messages: Messages { language.messages }

    static func choose(_ arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            var value: String?
            if argument == "--lang", index + 1 < arguments.count { value = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
            if let value, let language = Language(rawValue: value) { return language }
        }
        return Language.fromEnvironment(environment)
    }
}
