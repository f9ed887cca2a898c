extension KeyMap {
    /// The home screen with the meetings panel focused.
    static let meetings: [KeyBinding] = [
        KeyBinding([.enter], .agenda, in: .meetings, hint: 3),
        KeyBinding([.character("n")], .newMeeting, in: .meetings, hint: 5),
        KeyBinding([.character("e")], .editMeeting, in: .meetings),
        KeyBinding([.character("m")], .meetingMode, in: .meetings, hint: 6),
        KeyBinding([.character("x")], .exportMinutes, in: .meetings),
        KeyBinding([.character("F")], .approveMinutes, in: .meetings),
        KeyBinding([.character("O")], .measures, in: .meetings, hint: 7),
    ]
}
