extension KeyMap {
    /// The home screen, whichever panel has the focus.
    static let home: [KeyBinding] = [
        KeyBinding([.tab], .focusNext, in: .home, hint: 1),
        KeyBinding([.backTab], .focusPrevious, in: .home),
        KeyBinding([.character("1")], .focusCommunes, in: .home),
        KeyBinding([.character("2")], .focusQuestions, in: .home),
        KeyBinding([.character("3")], .focusMeetings, in: .home),
        KeyBinding([.enter], .open, in: .home, hint: 3),
        KeyBinding([.character("/")], .filter, in: .home, hint: 4),
        KeyBinding([.character("n")], .newQuestion, in: .home, hint: 5),
        KeyBinding([.character("w")], .knowledge, in: .home, hint: 6),
        KeyBinding([.character("b")], .matrix, in: .home, hint: 7),
        KeyBinding([.character("!")], .showProblems, in: .home),
        KeyBinding([.character("m")], .meetingMode, in: .home),
        KeyBinding([.character("O")], .measures, in: .home),
        KeyBinding([.character("K")], .categories, in: .home),
        KeyBinding([.character("S")], .syncNow, in: .home, hint: 2),
        KeyBinding([.character("C")], .conflicts, in: .home),
        KeyBinding([.character("L")], .syncLog, in: .home),
        KeyBinding([.character("D")], .privacy, in: .home),
    ]
}
