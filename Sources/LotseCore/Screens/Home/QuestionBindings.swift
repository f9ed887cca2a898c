extension KeyMap {
    /// Wherever a question is selected or shown: the panel, its details, the knowledge base.
    static let question: [KeyBinding] = [
        KeyBinding([.character("e")], .editQuestion, in: .question, hint: 2),
        KeyBinding([.character("a")], .answerQuestion, in: .question, hint: 3),
        KeyBinding([.character(">")], .advanceStatus, in: .question, hint: 4, hintKeys: "<>"),
        KeyBinding([.character("<")], .revertStatus, in: .question),
        KeyBinding([.character("@")], .assign, in: .question),
        KeyBinding([.character("M")], .merge, in: .question),
        KeyBinding([.character("d")], .delete, in: .question),
        KeyBinding([.character("f")], .filterMenu, in: .question),
        KeyBinding([.character("o")], .cycleSort, in: .question),
        KeyBinding([.character("R")], .reverseSort, in: .question),
        KeyBinding([.character("t")], .schedule, in: .question, hint: 5),
    ]
}
