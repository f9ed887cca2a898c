/// The sync log screen's texts, per language.
public struct SyncLogTexts: Sendable {
    public var heading, title, empty: String
    public var readInFull: BindingWords
}

extension Language {
    public var syncLogTexts: SyncLogTexts { self == .de ? .german : .english }
}

extension SyncLogTexts {
    public static let german = SyncLogTexts(
        heading: "Sync-Log", title: "Sync-Log · die letzten Syncs dieses Rechners",
        empty: "Noch kein Sync auf diesem Rechner. S synchronisiert; hier steht dann, was git dabei tat und sagte.",
        readInFull: BindingWords(hint: "ganz lesen", help: "den gewählten Sync ganz lesen, mit allem, was git sagte"))

    public static let english = SyncLogTexts(
        heading: "Sync log", title: "Sync log · this machine's last syncs",
        empty: "No sync on this machine yet. S syncs; what git did and said then stands here.",
        readInFull: BindingWords(hint: "read in full", help: "read the selected sync in full, with all that git said"))
}
