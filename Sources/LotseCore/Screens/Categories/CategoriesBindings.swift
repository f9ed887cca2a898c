extension KeyMap {
    /// The categories screen.
    static let categories: [KeyBinding] = [
        KeyBinding([.character("n")], .newCategory, in: .categories, hint: 2),
        KeyBinding([.character("e"), .enter], .renameCategory, in: .categories, hint: 3),
        KeyBinding([.character("d")], .deleteCategory, in: .categories, hint: 4),
        KeyBinding([.escape], .back, in: .categories, hint: 5),
    ]
}
