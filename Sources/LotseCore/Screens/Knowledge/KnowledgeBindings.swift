extension KeyMap {
    /// Wissen: search, open, and release for the volunteers' guide.
    static let knowledge: [KeyBinding] = [
        KeyBinding([.character("/")], .filter, in: .knowledge, hint: 2),
        KeyBinding([.enter], .open, in: .knowledge, hint: 3),
        KeyBinding([.character("f")], .releaseAnswer, in: .knowledge, hint: 4),
        KeyBinding([.character("F")], .withdrawRelease, in: .knowledge, hint: 5),
    ]
}
