/// The help overlay, generated from the key map so it always tells the truth.
public enum HelpContent {
    public static func make(_ strings: Strings, userKeys: UserKeys = UserKeys()) -> DetailContent {
        var lines: [DetailLine] = []
        // Every context, in the order a user meets them (the order of `Context`'s cases).
        for context in KeyBinding.Context.allCases {
            let bindings = KeyMap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(strings.helpContexts(context)))
            for binding in bindings {
                let keys = userKeys.labels(binding).joined(separator: " ")
                lines.append(DetailLine([
                    TextSpan("  " + DisplayWidth.pad(keys, to: 14), .accent),
                    TextSpan(strings.commandHelp(binding.command)),
                ], hangingIndent: 16))
            }
        }
        return DetailContent(title: strings.helpTitle, lines: lines)
    }
}
