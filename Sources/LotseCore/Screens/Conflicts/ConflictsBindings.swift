extension KeyMap {
    /// The conflicts screen.
    static let conflicts: [KeyBinding] = [
        KeyBinding([.enter, .character("t")], .takeOther, in: .conflicts, hint: 2),
        KeyBinding([.character("b")], .keepCurrent, in: .conflicts, hint: 3),
        KeyBinding([.escape], .back, in: .conflicts, hint: 4),
        KeyBinding([.character("L")], .syncLog, in: .conflicts, hint: 5),
    ]
}
