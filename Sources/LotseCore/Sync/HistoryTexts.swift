/// The texts of a record's history (`H`, `lotse history`), per language.
public struct HistoryTexts: Sendable {
    /// Why `H` does nothing where no record is selected.
    public var onlyForRecords: String
    /// For a store that does not sync: there is no shared history yet.
    public var notSynced: String
    public var title: @Sendable (_ record: String) -> String
    /// A value whose key a purge destroyed.
    public var shredded: String
}

extension Language {
    public var historyTexts: HistoryTexts { self == .de ? .german : .english }
}

extension HistoryTexts {
    public static let german = HistoryTexts(
        onlyForRecords: "Einen Verlauf gibt es zu einer Frage, einem Treffen oder einer Kommune",
        notSynced: "noch nicht synchronisiert: ohne git gibt es keinen Verlauf (`lotse sync init --remote URL`).",
        title: { "Verlauf: " + $0 }, shredded: "gelöscht")

    public static let english = HistoryTexts(
        onlyForRecords: "There is a history for a question, a meeting or a commune",
        notSynced: "not synced yet: without git there is no history (`lotse sync init --remote URL`).",
        title: { "History: " + $0 }, shredded: "deleted")
}
