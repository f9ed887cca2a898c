extension KeyMap {
    /// Meeting mode on the projector.
    static let meetingMode: [KeyBinding] = [
        KeyBinding([.character(" ")], .startPause, in: .meetingMode, hint: 1),
        KeyBinding([.right, .character("n")], .nextItem, in: .meetingMode, hint: 2, hintKeys: "←→"),
        KeyBinding([.left, .character("p")], .previousItem, in: .meetingMode),
        KeyBinding([.character("i")], .addNote, in: .meetingMode, hint: 3),
        KeyBinding([.character("b")], .addDecision, in: .meetingMode, hint: 4),
        KeyBinding([.character("M")], .addMeasure, in: .meetingMode, hint: 5),
        KeyBinding([.character("I")], .addInternal, in: .meetingMode),
        KeyBinding([.up, .character("k")], .moveUp, in: .meetingMode),
        KeyBinding([.down, .character("j")], .moveDown, in: .meetingMode, hint: 6, hintKeys: "↑↓"),
        KeyBinding([.character("e"), .enter], .editOutcome, in: .meetingMode, hint: 6),
        KeyBinding([.character("d"), .delete], .deleteOutcome, in: .meetingMode),
        KeyBinding([.character("a")], .attendance, in: .meetingMode, hint: 6),
        KeyBinding([.character("v")], .toggleInternal, in: .meetingMode),
        KeyBinding([.character("x")], .exportMinutes, in: .meetingMode, hint: 6),
        KeyBinding([.character("F")], .approveMinutes, in: .meetingMode, hint: 6),
        KeyBinding([.character("E")], .endMeeting, in: .meetingMode, hint: 7),
        KeyBinding([.escape], .back, in: .meetingMode, hint: 8),
    ]
}
