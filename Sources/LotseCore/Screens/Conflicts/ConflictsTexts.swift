/// The sync conflicts screen's texts, per language.
public struct ConflictsTexts: Sendable {
    public var heading, title, empty: String
    public var takeOther, keepCurrent: BindingWords
    /// The two sides of the selected conflict.
    public var keptLabel, otherLabel: String
    /// A conflict whose record was deleted since.
    public var recordGone: String
    /// The pane's last line: what a choice does.
    public var footer: String
}

extension Language {
    public var conflictsTexts: ConflictsTexts { self == .de ? .german : .english }
}

extension ConflictsTexts {
    public static let german = ConflictsTexts(
        heading: "Sync-Konflikte", title: "Sync-Konflikte",
        empty: "Keine Konflikte. Ändern zwei Rechner dasselbe Feld, gilt die spätere Änderung, und die andere steht hier.",
        takeOther: BindingWords(hint: "anderen Wert übernehmen", help: "den anderen Wert übernehmen"),
        keepCurrent: BindingWords(hint: "so behalten", help: "den geltenden Wert behalten, den anderen verwerfen"),
        keptLabel: "Gilt jetzt", otherLabel: "Anderer Wert", recordGone: "(Datensatz nicht mehr da)",
        footer: "Die Entscheidung gilt nach dem nächsten Sync auf allen Rechnern.")

    public static let english = ConflictsTexts(
        heading: "Sync conflicts", title: "Sync conflicts",
        empty: "No conflicts. When two machines change the same field, the later change holds and the other one is listed here.",
        takeOther: BindingWords(hint: "take the other value", help: "take the other value instead"),
        keepCurrent: BindingWords(hint: "keep this one", help: "keep the value in force, drop the other"),
        keptLabel: "In force", otherLabel: "Other value", recordGone: "(record no longer there)",
        footer: "The decision holds on every machine after the next sync.")
}
