import Foundation
import LotseStore

/// The answers to a data protection officer's questions, as Markdown in the user's
/// language: what the store holds and what is due (`lotse privacy report`, the dashboard's
/// Datenschutz view), and the record of processing (`lotse privacy record`). Texts from the
/// store are made safe for a terminal.
public enum PrivacyDocuments {
    public static func kindName(_ kind: PrivacyInventory.Kind, _ language: Language) -> String {
        let de = language == .de
        switch kind {
        case .coordinatorName: return de ? "Koordination: Namen" : "Coordinators: names"
        case .coordinatorPhone: return de ? "Koordination: Telefonnummern" : "Coordinators: phone numbers"
        case .coordinatorEmail: return de ? "Koordination: E-Mail-Adressen" : "Coordinators: e-mail addresses"
        case .attendeeName: return de ? "Treffen: Namen der Anwesenden" : "Meetings: names of those present"
        case .loggedBy: return de ? "Fragen: erfasst von" : "Questions: logged by"
        case .answeredBy: return de ? "Fragen: beantwortet von" : "Questions: answered by"
        case .assignee: return de ? "Fragen: klärt" : "Questions: clarified by"
        case .measureOwner: return de ? "Maßnahmen: verantwortlich" : "Measures: owner"
        }
    }

    public static func findingName(_ finding: PrivacyCheck.Finding, _ language: Language) -> String {
        let de = language == .de
        switch finding {
        case .birthDate: return de ? "Geburtsdatum" : "date of birth"
        case .caseNumber: return de ? "Aktenzeichen" : "case number"
        case .email: return de ? "E-Mail-Adresse" : "e-mail address"
        case .phone: return de ? "Telefonnummer" : "phone number"
        }
    }

    /// One line of what the purge does (or will do) to a record.
    public static func itemLine(_ item: RetentionPlan.Item, _ language: Language) -> String {
        let de = language == .de
        let title = safe(item.title)
        switch item.action {
        case .removeAttendanceNames(_, let count):
            return de ? "Treffen „\(title)“: \(count) \(count == 1 ? "Name" : "Namen") der Anwesenden entfernen"
                : "Meeting “\(title)”: remove \(count) \(count == 1 ? "name" : "names") of those present"
        case .pseudonymiseQuestion(_, let fields):
            let names = fields.map { PrivacyVerification.fieldName($0, language) }.joined(separator: ", ")
            return de ? "Frage „\(title)“: \(names) durch die Rolle der Kommune ersetzen"
                : "Question “\(title)”: replace \(names) with the commune's role"
        }
    }

    public static func policyLines(_ policy: RetentionPolicy, _ language: Language) -> [String] {
        language == .de
            ? ["- Namen der Anwesenden: \(policy.attendanceNamesMonths) Monate nach dem Treffen entfernt",
               "- Namen in Fragen (erfasst von, beantwortet von, klärt): \(policy.questionNamesMonths) Monate nach dem Abschluss durch die Rolle der Kommune ersetzt",
               "- Kontaktdaten einer Koordination: mit ihrem Austrag entfernt, mit `lotse purge` auch aus dem geteilten Verlauf",
               "- Die Fragen und Antworten selbst (allgemeine Fälle) bleiben erhalten"]
            : ["- Names of those present: removed \(policy.attendanceNamesMonths) months after the meeting",
               "- Names in questions (logged by, answered by, clarified by): replaced with the commune's role \(policy.questionNamesMonths) months after closing",
               "- A coordinator's contact data: removed with the entry, and with `lotse purge` from the shared history too",
               "- The questions and answers themselves (general cases) are kept"]
    }

    /// `purgePending`: since when a purge waits for the shared history (see `lotse purge`).
    public static func report(_ network: Network, asOf day: LocalDate, timeZone: TimeZone, language: Language,
                              purgePending: Date? = nil) -> String {
        let de = language == .de
        let inventory = PrivacyInventory(network)
        let plan = RetentionPlan.make(network, asOf: day, timeZone: timeZone)
        var out = [de ? "# Datenschutzbericht: \(safe(network.manifest.network))" : "# Data protection report: \(safe(network.manifest.network))",
                   "", de ? "Stand: \(Format.shortDate(day))" : "As of: \(Format.shortDate(day))", ""]
        if let since = purgePending { out += ["**" + language.syncMessages.purgePending(since) + "**", ""] }
        out += [de ? "## Personenbezogene Daten im Store" : "## Personal data in the store", ""]
        out += [de ? "| Art | Werte | Datensätze |" : "| Kind | Values | Records |", "|---|---:|---:|"]
        for holding in inventory.holdings {
            out.append("| \(kindName(holding.kind, language)) | \(holding.values) | \(holding.records) |")
        }
        out += ["", de ? "## Aufbewahrungsregel (store.json, für alle Rechner gleich)" : "## Retention policy (store.json, the same on every machine)", ""]
        out += policyLines(network.manifest.retentionInForce, language)
        out += ["", de ? "## Fällig bis \(Format.shortDate(day)) (`lotse purge` bereinigt)" : "## Due by \(Format.shortDate(day)) (`lotse purge` cleans up)", ""]
        out += plan.due.isEmpty ? [de ? "Nichts fällig." : "Nothing due."]
            : plan.due.map { "- \(Format.shortDate($0.due)): \(itemLine($0, language))" }
        out += ["", de ? "## Später fällig" : "## Due later", ""]
        out += plan.upcoming.isEmpty ? [de ? "Nichts." : "Nothing."]
            : plan.upcoming.prefix(50).map { "- \(Format.shortDate($0.due)): \(itemLine($0, language))" }
        if plan.upcoming.count > 50 { out.append(de ? "- … und \(plan.upcoming.count - 50) weitere" : "- … and \(plan.upcoming.count - 50) more") }
        out += ["", de ? "## Texte, die nach personenbezogenen Daten aussehen" : "## Texts that look like personal data", ""]
        out += inventory.flags.isEmpty ? [de ? "Keine." : "None."] : inventory.flags.map { flag in
            let noun = flag.kind == .meeting ? (de ? "Treffen" : "Meeting") : (de ? "Frage" : "Question")
            let what = flag.findings.map { findingName($0, language) }.joined(separator: ", ")
            return "- \(noun) „\(safe(flag.title))“ (\(flag.kind.folder)/\(flag.id).json): \(what)"
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The record of processing activities (Art. 30 DSGVO), filled in from the store; the
    /// integration centre completes what a store cannot know.
    public static func record(_ network: Network, remote: String?, language: Language) -> String {
        let de = language == .de
        let inventory = PrivacyInventory(network)
        let manifest = network.manifest
        let todo = de ? "_(vom KI zu ergänzen)_" : "_(to be completed by the integration centre)_"
        var out = [de ? "# Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)" : "# Record of processing activities (Art. 30 GDPR)", ""]
        out += [de ? "## Verarbeitung" : "## Processing", ""]
        out += de
            ? ["- **Bezeichnung:** \(safe(manifest.network)) (Lotse)",
               "- **Verantwortlich:** Kommunales Integrationszentrum \(safe(manifest.district)) \(todo)",
               "- **Datenschutzbeauftragte:** \(todo)",
               "- **Zweck:** Fragen von Ehrenamtlichen der Flüchtlingshilfe sammeln und beantworten, Bedarfe der Kommunen bündeln, Treffen des Netzwerks vorbereiten und protokollieren. Daten über Geflüchtete werden nicht erfasst; Fragen werden als allgemeine Fälle geschrieben.",
               "- **Rechtsgrundlage:** \(todo)"]
            : ["- **Name:** \(safe(manifest.network)) (Lotse)",
               "- **Controller:** integration centre \(safe(manifest.district)) \(todo)",
               "- **Data protection officer:** \(todo)",
               "- **Purpose:** collecting and answering questions of volunteers in refugee aid, bundling the communes' needs, preparing and recording the network's meetings. No data about refugees is recorded; questions are written as general cases.",
               "- **Legal basis:** \(todo)"]
        out += ["", de ? "## Personenbezogene Daten und betroffene Personen" : "## Personal data and data subjects", ""]
        out += [de ? "| Art | Betroffene | Zweck | im Store |" : "| Kind | Data subjects | Purpose | in the store |", "|---|---|---|---:|"]
        for holding in inventory.holdings {
            let (subjects, purpose): (String, String) = {
                switch holding.kind {
                case .coordinatorName, .coordinatorPhone, .coordinatorEmail:
                    return de ? ("Koordinationen der Kommunen", "Erreichbarkeit im Netzwerk") : ("the communes' coordinators", "reaching each other in the network")
                case .attendeeName:
                    return de ? ("Teilnehmende der Treffen", "Protokoll: wer anwesend war") : ("meeting participants", "minutes: who was present")
                case .loggedBy, .answeredBy, .assignee:
                    return de ? ("Koordinationen, KI-Mitarbeitende", "Nachfragen zu einer Frage oder Antwort") : ("coordinators, integration centre staff", "follow-up on a question or answer")
                case .measureOwner:
                    return de ? ("Verantwortliche für Maßnahmen", "Nachverfolgung von Maßnahmen") : ("owners of measures", "following up measures")
                }
            }()
            out.append("| \(kindName(holding.kind, language)) | \(subjects) | \(purpose) | \(holding.values) |")
        }
        out += ["", de ? "## Empfänger" : "## Recipients", ""]
        let communes = network.communes.filter { !$0.archived }.map { safe($0.name) }.sorted()
        out.append(de ? "- Die Koordinationen der Kommunen des Netzwerks (\(communes.count)): \(communes.joined(separator: ", "))"
                   : "- The coordinators of the network's communes (\(communes.count)): \(communes.joined(separator: ", "))")
        out.append(de ? "- Geteiltes Remote (git): \(remote.map(safe) ?? "keines; der Store liegt nur auf diesem Rechner")"
                   : "- Shared remote (git): \(remote.map(safe) ?? "none; the store is on this machine only")")
        out.append(de ? "- Übermittlung in Drittländer: keine \(todo)" : "- Transfers to third countries: none \(todo)")
        out += ["", de ? "## Löschfristen" : "## Retention periods", ""]
        out += policyLines(manifest.retentionInForce, language)
        out += ["", de ? "## Technische und organisatorische Maßnahmen" : "## Technical and organisational measures", ""]
        out += de
            ? ["- Store-Dateien nur für ihre Besitzerin lesbar (0600, Ordner 0700); Entwürfe außerhalb des geteilten Stores",
               "- Sync über git: geteilt werden nur die Datensätze; Sperr-, Journal- und temporäre Dateien nie",
               "- Vor dem Senden hält der Sync Datensätze zurück, deren Text nach personenbezogenen Daten aussieht, bis jemand sie bestätigt (`lotse sync --confirm ID`) oder umschreibt",
               "- `lotse purge` wendet die Löschfristen in einem Schritt an und entfernt die Werte auch aus dem Verlauf des geteilten Remotes und aller Klone",
               "- Protokolle und Berichte enthalten keine Telefonnummern und E-Mail-Adressen; die Beamer-Ansicht zeigt keine Namen",
               "- Weitere Maßnahmen (Verschlüsselung der Geräte, Zugang zum Remote): \(todo)"]
            : ["- Store files readable by their owner only (0600, folders 0700); drafts outside the shared store",
               "- Sync over git shares the records only; never lock, journal or temporary files",
               "- Before sending, sync holds back records whose text looks like personal data until someone confirms them (`lotse sync --confirm ID`) or rewrites them",
               "- `lotse purge` applies the retention periods in one step and removes the values from the history of the shared remote and of every clone",
               "- Minutes and reports leave out phone numbers and e-mail addresses; the projector view shows no names",
               "- Further measures (device encryption, access to the remote): \(todo)"]
        return out.joined(separator: "\n") + "\n"
    }

    static func safe(_ text: String) -> String { TerminalSafe.line(text) }
}
