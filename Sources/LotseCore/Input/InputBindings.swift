extension KeyMap {
    /// Keys while text is typed into a filter or search, and in a form's list fields;
    /// every other key there is text.
    static let input: [KeyBinding] = [
        KeyBinding([.enter], .confirm, in: .textInput, hint: 1),
        KeyBinding([.escape], .cancel, in: .textInput, hint: 2),
        KeyBinding([.up], .moveUp, in: .textInput),
        KeyBinding([.down], .moveDown, in: .textInput),
        KeyBinding([.pageUp], .pageUp, in: .textInput),
        KeyBinding([.pageDown], .pageDown, in: .textInput),
        KeyBinding([.control("u")], .clearText, in: .textInput),

        KeyBinding([.up], .moveUp, in: .choiceField),
        KeyBinding([.down], .moveDown, in: .choiceField, hint: 1, hintKeys: "↑↓"),
        KeyBinding([.character(" ")], .toggle, in: .choiceField, hint: 2, hintKeys: "Space"),

        KeyBinding([.up], .moveUp, in: .listField),
        KeyBinding([.down], .moveDown, in: .listField, hint: 1, hintKeys: "↑↓"),
    ]
}
