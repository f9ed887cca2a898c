/// The sync log screen's texts, per language.
public struct SyncLogTexts: Sendable {
    public var heading, title, empty: String
    public var readInFull: BindingWords
    /// The full log (`lotse sync log`, Enter on a sync): its title, no sync yet, the local commands counted.
    public var logTitle, noSync: String
    public var quietCommands: @Sendable (Int) -> String
}

extension Language {
    public var syncLogTexts: SyncLogTexts { self == .de ? .german : .english }
}

extension SyncLogTexts {
    public static let german = SyncLogTexts(
        heading: "Sync-Log", title: "Sync-Log · die letzten Syncs dieses Rechners",
        empty: "Noch kein Sync auf diesem Rechner. S synchronisiert; hier steht dann, was git dabei tat und sagte.",
        readInFull: BindingWords(hint: "ganz lesen", help: "den gewählten Sync ganz lesen, mit allem, was git sagte"),
        logTitle: "Sync-Log", noSync: "Noch kein Sync auf diesem Rechner.", quietCommands: { "  + \($0) lokale git-Befehle ohne Fehler" })

    public static let english = SyncLogTexts(
        heading: "Sync log", title: "Sync log · this machine's last syncs",
        empty: "No sync on this machine yet. S syncs; what git did and said then stands here.",
        readInFull: BindingWords(hint: "read in full", help: "read the selected sync in full, with all that git said"),
        logTitle: "Sync log", noSync: "No sync on this machine yet.", quietCommands: { "  + \($0) local git commands without error" })
}
