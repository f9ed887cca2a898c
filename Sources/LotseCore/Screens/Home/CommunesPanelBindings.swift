extension KeyMap {
    /// The home screen with the communes panel focused.
    static let communesPanel: [KeyBinding] = [
        KeyBinding([.character("n")], .newCommune, in: .communesPanel, hint: 5),
        KeyBinding([.character("e")], .editCommune, in: .communesPanel),
        KeyBinding([.character("d")], .deleteCommune, in: .communesPanel),
        KeyBinding([.character("M")], .mergeCommune, in: .communesPanel),
        KeyBinding([.character("c")], .coordinators, in: .communesPanel),
        KeyBinding([.character("r")], .restoreCommune, in: .communesPanel, hint: 6),
        KeyBinding([.character("a")], .showArchived, in: .communesPanel, hint: 7),
    ]
}
