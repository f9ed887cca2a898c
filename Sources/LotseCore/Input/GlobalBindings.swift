extension KeyMap {
    /// Everywhere except in forms and dialogs; the pager's Esc comes first there.
    static let global: [KeyBinding] = [
        KeyBinding([.escape], .back, in: .pager, hint: 1),
        KeyBinding([.character("/")], .filter, in: .pager, hint: 2),
        KeyBinding([.character("H")], .recordHistory, in: .pager, hint: 3),
        KeyBinding([.up, .character("k")], .moveUp, in: .global),
        KeyBinding([.down, .character("j")], .moveDown, in: .global, hint: 2, hintKeys: "↑↓"),
        KeyBinding([.pageUp], .pageUp, in: .global),
        KeyBinding([.pageDown, .character(" ")], .pageDown, in: .global),
        KeyBinding([.home, .character("g")], .moveToTop, in: .global),
        KeyBinding([.end, .character("G")], .moveToBottom, in: .global),
        KeyBinding([.escape], .back, in: .global),
        KeyBinding([.character("u")], .undo, in: .global),
        KeyBinding([.control("r")], .redo, in: .global),
        KeyBinding([.character(":"), .control("p")], .palette, in: .global),
        KeyBinding([.character("?"), .function(1)], .help, in: .global, hint: 8),
        KeyBinding([.control("l")], .redraw, in: .global),
        KeyBinding([.character("q")], .quit, in: .global, hint: 9),
    ]
}
