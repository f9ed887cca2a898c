extension KeyMap {
    /// Wissen: search and open.
    static let knowledge: [KeyBinding] = [
        KeyBinding([.character("/")], .filter, in: .knowledge, hint: 2),
        KeyBinding([.enter], .open, in: .knowledge, hint: 3),
    ]
}
