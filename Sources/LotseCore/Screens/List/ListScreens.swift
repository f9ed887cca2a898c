/// Every list screen, for what is made from all of them: the key map, the help overlay's
/// headings, docs/keys.md. A new list screen adds its line here.
public enum ListScreens {
    public static let all: [any ListScreen.Type] = [CategoriesState.self, CoordinatorsState.self, ConflictsState.self, SyncLogState.self]

    static var bindings: [KeyBinding] { all.flatMap { $0.bindings } }

    /// The heading of a list screen's keys.
    public static func heading(_ id: String, in language: Language) -> String {
        all.first { $0.id == id }?.helpHeading(in: language) ?? id
    }
}

extension ListScreens {
    /// The texts of a list screen's action, wherever only its name is at hand (the help,
    /// the palette, the settings' messages): from the key map made once, not built again.
    public static func words(_ command: ScreenCommand, in language: Language) -> BindingWords? {
        KeyMap.bindings.first { $0.command == .screen(command) }?.words?(language)
    }
}
