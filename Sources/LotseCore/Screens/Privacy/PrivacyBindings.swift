extension KeyMap {
    /// The Datenschutz view (a pager page).
    static let privacy: [KeyBinding] = [
        KeyBinding([.character("e")], .editPolicy, in: .privacy, hint: 2),
        KeyBinding([.character("f")], .confirmHeld, in: .privacy, hint: 3),
    ]
}
