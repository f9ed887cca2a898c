/// What one screen's own keys do. The screen declares them as an enum of its own, so the
/// global `Command` keeps only what is global; a binding carries one erased as
/// `Command.screen`. The raw value is the name a user writes in the settings file's
/// `[keys]` section (`rename_category = "R"`), unique across screens.
public protocol ScreenAction: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// The hint bar's word and the help overlay's line, in the run's language.
    func words(in language: Language) -> BindingWords
}

/// A screen action as the key map holds it: its name only, so that `Command` stays one
/// type that every table, the palette and the user's keys can hold.
public struct ScreenCommand: Hashable, Sendable {
    public let name: String

    public init(_ name: String) { self.name = name }

    public init<A: ScreenAction>(_ action: A) { self.name = action.rawValue }

    /// The screen's action this names, if it is one of `A`'s.
    public func action<A: ScreenAction>(_ type: A.Type) -> A? { A(rawValue: name) }
}

/// A binding's two texts: the short word in the hint bar, the sentence in the help.
public struct BindingWords: Hashable, Sendable {
    public var hint: String
    public var help: String

    public init(hint: String, help: String) {
        self.hint = hint
        self.help = help
    }
}
