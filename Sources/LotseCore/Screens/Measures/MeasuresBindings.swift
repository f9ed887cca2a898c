extension KeyMap {
    /// The measures list.
    static let measures: [KeyBinding] = [
        KeyBinding([.character("e")], .markDone, in: .measures, hint: 2),
        KeyBinding([.character("v")], .markDropped, in: .measures, hint: 3),
        KeyBinding([.character("o")], .markOpen, in: .measures),
        KeyBinding([.character("a")], .toggleAll, in: .measures, hint: 4),
        KeyBinding([.enter], .agenda, in: .measures, hint: 5),
        KeyBinding([.escape], .back, in: .measures, hint: 6),
    ]
}
