/// The help overlay, generated from the key map so it always tells the truth.
public enum HelpContent {
    public static func make(_ strings: Strings, userKeys: UserKeys = UserKeys(), query: String = "") -> DetailContent {
        var lines: [DetailLine] = []
        // Every context, in the order a user meets them (the order of `Context`'s cases).
        for context in KeyBinding.Context.allCases {
            let bindings = KeyMap.bindings.filter { binding in
                binding.context == context
                    && TextFolding.matches(query, in: [strings.commandHelp(binding.command), userKeys.labels(binding).joined(separator: " "),
                                                       strings.helpContexts(context)])
            }
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
        if lines.isEmpty { lines.append(.text(strings.noMatches, .muted)) }
        let title = query.isEmpty ? strings.helpTitle : "\(strings.helpTitle) · / \(query)"
        return DetailContent(title: title, lines: lines)
    }
}
