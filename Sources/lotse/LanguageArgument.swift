import ArgumentParser
import LotseCore

extension Language: ExpressibleByArgument {}

/// Options every command shares: where the store is and the language to speak.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The store folder (default: $LOTSE_STORE, else $XDG_DATA_HOME/lotse).")
    var store: String?

    @Option(name: .long, help: "Language of the interface: de or en (default: from LANG).")
    var lang: Language?

    func language(_ environment: [String: String]) -> Language {
        lang ?? Language.fromEnvironment(environment)
    }
}
