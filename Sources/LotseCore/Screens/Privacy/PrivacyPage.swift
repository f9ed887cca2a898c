import LotseStore

/// The Datenschutz view: what personal data the store holds, the network's retention
/// policy, what is due and when, what the last sync held back, and texts that look like
/// personal data. The same facts as `lotse privacy report`, as lines to scroll.
enum PrivacyPage {
    static func content(_ state: AppState) -> DetailContent {
        let language = state.language
        let de = language == .de
        let (inventory, plan) = state.privacyFacts
        var lines: [DetailLine] = []
        if let since = state.sync?.purgePending {
            lines += [DetailLine([TextSpan(language.syncMessages.purgePending(since), .warning)], hangingIndent: 2), .text("")]
        }
        lines.append(.heading(de ? "Personenbezogene Daten im Store" : "Personal data in the store"))
        for holding in inventory.holdings {
            lines.append(.field(PrivacyDocuments.kindName(holding.kind, language), "\(holding.values)", width: 34,
                                holding.values == 0 ? .muted : .plain))
        }
        lines += [.text(""), .heading(de ? "Aufbewahrungsregel (e ändert sie für das ganze Netzwerk)" : "Retention policy (e changes it for the whole network)")]
        lines += PrivacyDocuments.policyLines(state.network.manifest.retentionInForce, language).map { DetailLine([TextSpan($0)], hangingIndent: 2) }
        lines += [.text(""), .heading(de ? "Fällig bis heute (lotse purge bereinigt)" : "Due by today (lotse purge cleans up)")]
        lines += plan.due.isEmpty ? [.text(de ? "Nichts fällig." : "Nothing due.", .muted)] : plan.due.map(item)
        lines += [.text(""), .heading(de ? "Später fällig" : "Due later")]
        lines += plan.upcoming.isEmpty ? [.text(de ? "Nichts." : "Nothing.", .muted)] : plan.upcoming.prefix(20).map(item)
        if let held = state.sync?.heldBack, !held.isEmpty {
            lines += [.text(""), .heading(de ? "Beim letzten Sync zurückgehalten (f: als unbedenklich senden)" : "Held back at the last sync (f: send as fine)")]
            for path in held { lines.append(DetailLine([TextSpan("⚠ " + label(path, state), .warning)], hangingIndent: 2)) }
        }
        lines += [.text(""), .heading(de ? "Texte, die nach personenbezogenen Daten aussehen" : "Texts that look like personal data")]
        lines += inventory.flags.isEmpty ? [.text(de ? "Keine." : "None.", .muted)] : inventory.flags.map { flag in
            DetailLine([TextSpan(PrivacyDocuments.safe(flag.title)),
                        TextSpan(" · " + flag.findings.map { PrivacyDocuments.findingName($0, language) }.joined(separator: ", "), .warning)],
                       hangingIndent: 2)
        }
        return DetailContent(title: de ? "Datenschutz" : "Data protection", lines: lines)

        func item(_ item: RetentionPlan.Item) -> DetailLine {
            DetailLine([TextSpan(Format.shortDate(item.due) + "  ", .muted), TextSpan(PrivacyDocuments.itemLine(item, language))], hangingIndent: 12)
        }
    }

    /// A held-back record by its title.
    static func label(_ path: String, _ state: AppState) -> String {
        let id = RecordKind.record(at: path)?.id ?? path
        let title = state.question(id)?.title ?? state.meeting(id)?.title
        return title.map { "„" + PrivacyDocuments.safe($0) + "“" } ?? path
    }
}
