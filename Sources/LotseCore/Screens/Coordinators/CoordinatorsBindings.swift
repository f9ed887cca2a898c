extension KeyMap {
    /// A commune's coordinators.
    static let coordinators: [KeyBinding] = [
        KeyBinding([.character("n")], .newCoordinator, in: .coordinators, hint: 2),
        KeyBinding([.character("e"), .enter], .editCoordinator, in: .coordinators, hint: 3),
        KeyBinding([.character("d")], .removeCoordinator, in: .coordinators, hint: 4),
        KeyBinding([.escape], .back, in: .coordinators, hint: 5),
    ]
}
