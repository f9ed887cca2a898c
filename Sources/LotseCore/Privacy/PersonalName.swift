import LotseStore

/// Whether a value in a name field names a person ("Anna Müller") or a role, office or
/// commune ("Ehrenamtskoordination Soest", "KI Kreis Soest", "Jobcenter"). Roles are what
/// the network should write; only persons are personal data to count, keep for a limited
/// time, and pseudonymise.
public enum PersonalName {
    /// Parts of words that make a value a role or an office rather than a person.
    static let roleStems = ["koordination", "integrationszentrum", "behörde", "jobcenter", "kreis", "stadt", "gemeinde",
                            "büro", "verwaltung", "beratung", "dienst", "zentrum", "team", "verein", "caritas", "diakonie",
                            "netzwerk", "sozial", "schule", "kita", "ehrenamt"]
    /// Whole words that do the same.
    static let roleWords: Set<String> = ["ki", "awo", "drk", "amt", "vhs"]

    public static func isPerson(_ value: String, communes: [Commune]) -> Bool {
        let text = value.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !communes.contains(where: { $0.name == text || $0.id == text }) else { return false }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        return !words.contains { word in
            roleWords.contains(word) || word.hasSuffix("amt") || roleStems.contains(where: word.contains)
        }
    }

    /// What a name is replaced with: the role of the question's first commune.
    public static func role(for communeIDs: [String], in network: Network) -> String {
        guard let first = communeIDs.first, let commune = network.communes.first(where: { $0.id == first }) else {
            return "Ehrenamtskoordination"
        }
        return "Ehrenamtskoordination \(commune.name)"
    }
}
