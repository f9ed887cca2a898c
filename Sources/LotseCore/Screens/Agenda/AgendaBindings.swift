extension KeyMap {
    /// The agenda screen: TOPs added, edited, moved, deleted and suggested.
    static let agenda: [KeyBinding] = [
        KeyBinding([.character("n")], .newItem, in: .agenda, hint: 2),
        KeyBinding([.character("e"), .enter], .editItem, in: .agenda, hint: 3),
        KeyBinding([.character("J")], .moveItemDown, in: .agenda, hint: 4, hintKeys: "J/K"),
        KeyBinding([.character("K")], .moveItemUp, in: .agenda),
        KeyBinding([.character("d")], .deleteItem, in: .agenda),
        KeyBinding([.character("o")], .nextOutcome, in: .agenda, hint: 5),
        KeyBinding([.character("c")], .editOutcome, in: .agenda, hint: 5),
        KeyBinding([.character("D")], .deleteOutcome, in: .agenda),
        KeyBinding([.character("s")], .suggestions, in: .agenda, hint: 5),
        KeyBinding([.character("E")], .editMeeting, in: .agenda),
        KeyBinding([.character("m")], .meetingMode, in: .agenda, hint: 6),
        KeyBinding([.character("x")], .exportMinutes, in: .agenda),
        KeyBinding([.character("F")], .approveMinutes, in: .agenda),
        KeyBinding([.character("X")], .exportAgenda, in: .agenda),
        KeyBinding([.escape], .back, in: .agenda, hint: 7),
    ]
}
