/// A list screen's own yes-or-no question before something goes: its words, made by the
/// screen when it asks, and what a yes does. The dialog shows it and, on yes, returns the
/// effects; no central list of confirmations needs a case for it.
public struct ScreenConfirmation: Hashable, Sendable {
    public var title: String
    public var body: String
    public var effects: [Effect]

    public init(title: String, body: String, effects: [Effect]) {
        self.title = title
        self.body = body
        self.effects = effects
    }
}

extension Reducer {
    /// Asks before a list screen's destructive action (Enter says No).
    static func ask(_ confirmation: ScreenConfirmation, in state: inout AppState) {
        push(.dialog(.confirm(.screen(confirmation))), in: &state)
    }
}
