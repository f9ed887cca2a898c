/// `docs/keys.md`: every key of every screen, from the same key map as the help overlay
/// and the hint bar, so that the written reference cannot drift from what the keys do.
/// A test writes it anew and fails when the committed file differs.
public enum KeyReference {
    public static func markdown(_ language: Language) -> String {
        let strings = language.strings
        let de = language == .de
        var out = [de ? "# Tasten" : "# Keys", "",
                   de ? "Erzeugt aus der Tastenbelegung von Lotse (dieselbe Quelle wie `?` und die Hinweiszeile); nicht von Hand ändern."
                      : "Generated from Lotse's key map (the same source as `?` and the hint bar); do not edit by hand.",
                   de ? "Eigene Tasten: `[keys]` in der Einstellungsdatei (`lotse config`)." : "Keys of your own: `[keys]` in the settings file (`lotse config`)."]
        for context in KeyBinding.Context.allCases {
            let bindings = KeyMap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty else { continue }
            out += ["", "## " + strings.helpContexts(context), "", de ? "| Taste | Wirkung |" : "| Key | What it does |", "|---|---|"]
            for binding in bindings {
                let keys = binding.keys.map { "`\($0.label.replacingOccurrences(of: "|", with: "\\|"))`" }.joined(separator: " ")
                out.append("| \(keys) | \(strings.commandHelp(binding.command).replacingOccurrences(of: "|", with: "\\|")) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
