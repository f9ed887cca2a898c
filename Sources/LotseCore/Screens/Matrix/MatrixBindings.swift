extension KeyMap {
    /// Bedarfe: moving over the cells, opening one.
    static let matrix: [KeyBinding] = [
        KeyBinding([.left, .character("h")], .moveLeft, in: .matrix, hint: 2, hintKeys: "←↑↓→"),
        KeyBinding([.right, .character("l")], .moveRight, in: .matrix),
        KeyBinding([.enter], .open, in: .matrix, hint: 3),
    ]
}
