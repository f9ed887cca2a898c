extension KeyMap {
    /// Every form: the keys that are not text.
    static let form: [KeyBinding] = [
        KeyBinding([.tab], .nextField, in: .form, hint: 1),
        KeyBinding([.backTab], .previousField, in: .form),
        KeyBinding([.control("s")], .save, in: .form, hint: 2),
        KeyBinding([.character(" ")], .toggle, in: .form),
        KeyBinding([.escape], .cancel, in: .form, hint: 3),
        KeyBinding([.control("o")], .openSimilar, in: .form),
        KeyBinding([.control("b")], .joinSimilar, in: .form),
    ]
}
