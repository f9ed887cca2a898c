/// One key of a list screen: an action of the screen's own or a global command, where it
/// stands in the hint bar, and when it works. An action on a row does nothing on an
/// empty list, so the hint bar does not offer it there.
public struct ListKey<Screen: ListScreen>: Sendable {
    public enum Target: Sendable {
        case action(Screen.Action)
        case command(Command)
    }

    public var keys: [Key]
    public var target: Target
    public var hint: Int?
    public var needsRow: Bool
    /// When the screen's state allows the action besides having a row; nil: always.
    public var offered: (@Sendable (Screen, AppState) -> Bool)?

    /// An action of the screen's; `needsRow` unless it adds something.
    public static func action(_ keys: [Key], _ action: Screen.Action, hint: Int? = nil, needsRow: Bool = true,
                              offered: (@Sendable (Screen, AppState) -> Bool)? = nil) -> ListKey {
        ListKey(keys: keys, target: .action(action), hint: hint, needsRow: needsRow, offered: offered)
    }

    /// A global command on the screen's keys (Esc, the sync log).
    public static func command(_ keys: [Key], _ command: Command, hint: Int? = nil) -> ListKey {
        ListKey(keys: keys, target: .command(command), hint: hint, needsRow: false, offered: nil)
    }

    /// The row of the key map: the action erased to `Command.screen`, its texts and its
    /// availability carried along.
    public var binding: KeyBinding {
        switch target {
        case .command(let command):
            return KeyBinding(keys, command, in: .screen(Screen.id), hint: hint)
        case .action(let action):
            let needsRow = needsRow
            let offered = offered
            return KeyBinding(keys, .screen(ScreenCommand(action)), in: .screen(Screen.id), hint: hint,
                              words: { action.words(in: $0) },
                              availability: { state in
                                  guard let screen = state.top.flatMap(Screen.init) else { return true }
                                  if needsRow && screen.rows(in: state).isEmpty { return false }
                                  return offered?(screen, state) ?? true
                              })
        }
    }
}
