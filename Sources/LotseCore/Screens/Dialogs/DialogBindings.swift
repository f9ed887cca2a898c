extension KeyMap {
    /// The keys of the dialogs and pickers. Their hint lines are made from these rows,
    /// so a dialog never names a key it does not take.
    static let dialogs: [KeyBinding] = [
        KeyBinding([.enter, .character("j"), .character("y")], .confirm, in: .confirm, hint: 1, hintKeys: "Enter/j"),
        KeyBinding([.escape, .character("n")], .cancel, in: .confirm, hint: 2, hintKeys: "Esc/n"),
        // What destroys asks for j (or y): Enter alone, pressed a moment too soon, says no.
        KeyBinding([.character("j"), .character("y")], .confirm, in: .confirmDestructive, hint: 1, hintKeys: "j"),
        KeyBinding([.enter, .escape, .character("n")], .cancel, in: .confirmDestructive, hint: 2, hintKeys: "Enter/Esc/n"),

        KeyBinding([.character("m")], .keepMine, in: .conflict, hint: 1),
        KeyBinding([.character("t")], .takeTheirs, in: .conflict, hint: 2),
        KeyBinding([.escape], .cancel, in: .conflict, hint: 3),

        KeyBinding([.enter], .confirm, in: .prompt, hint: 1),
        KeyBinding([.escape], .cancel, in: .prompt, hint: 2),

        KeyBinding([.up], .moveUp, in: .typeahead),
        KeyBinding([.down], .moveDown, in: .typeahead, hint: 1, hintKeys: "↑↓"),
        KeyBinding([.pageUp], .pageUp, in: .typeahead),
        KeyBinding([.pageDown], .pageDown, in: .typeahead),
        KeyBinding([.enter], .confirm, in: .typeahead, hint: 2),
        KeyBinding([.escape], .cancel, in: .typeahead, hint: 3),

        KeyBinding([.up, .character("k")], .moveUp, in: .attendance),
        KeyBinding([.down, .character("j")], .moveDown, in: .attendance, hint: 1, hintKeys: "↑↓"),
        KeyBinding([.character(" ")], .toggle, in: .attendance, hint: 2, hintKeys: "Space"),
        KeyBinding([.character("a")], .selectInvited, in: .attendance, hint: 3),
        KeyBinding([.character("n")], .editNames, in: .attendance, hint: 3),
        KeyBinding([.pageUp], .pageUp, in: .attendance),
        KeyBinding([.pageDown], .pageDown, in: .attendance),
        KeyBinding([.home, .character("g")], .moveToTop, in: .attendance),
        KeyBinding([.end, .character("G")], .moveToBottom, in: .attendance),
        KeyBinding([.enter], .confirm, in: .attendance, hint: 4),
        KeyBinding([.escape], .cancel, in: .attendance, hint: 5),
        KeyBinding([.up, .control("k")], .moveUp, in: .palette),
        KeyBinding([.down, .control("j")], .moveDown, in: .palette, hint: 1, hintKeys: "↑↓"),
        KeyBinding([.enter], .confirm, in: .palette, hint: 2),
        KeyBinding([.escape], .cancel, in: .palette, hint: 3),

        KeyBinding([.up, .character("k")], .moveUp, in: .picker),
        KeyBinding([.down, .character("j")], .moveDown, in: .picker, hint: 1, hintKeys: "↑↓"),
        KeyBinding([.pageUp], .pageUp, in: .picker),
        KeyBinding([.pageDown], .pageDown, in: .picker),
        KeyBinding([.home, .character("g")], .moveToTop, in: .picker),
        KeyBinding([.end, .character("G")], .moveToBottom, in: .picker),
        KeyBinding([.enter], .confirm, in: .picker, hint: 4),
        KeyBinding([.escape], .cancel, in: .picker, hint: 5),

        KeyBinding([.up, .backTab], .moveUp, in: .filterMenu),
        KeyBinding([.down, .tab], .moveDown, in: .filterMenu, hint: 1, hintKeys: "↑↓"),
        KeyBinding([.character(" ")], .toggle, in: .filterMenu, hint: 2, hintKeys: "Space"),
        KeyBinding([.left], .moveLeft, in: .filterMenu),
        KeyBinding([.right], .moveRight, in: .filterMenu, hint: 3, hintKeys: "←→"),
        KeyBinding([.enter, .escape], .cancel, in: .filterMenu, hint: 4, hintKeys: "Enter/Esc"),
    ]
}
