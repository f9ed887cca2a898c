/// One row of the key map: which keys, what they do, where, and whether the hint bar
/// shows them. The hint bar and the help overlay are both generated from this table,
/// so they can never disagree with what the keys really do.
public struct KeyBinding: Sendable, Equatable {
    public enum Context: Sendable, Equatable, CaseIterable {
        /// The home screen with its three panels.
        case home
        /// The full-screen detail view and the overlays: scrolling and going back.
        case pager
        /// Everywhere.
        case global
    }

    public var keys: [Key]
    public var command: Command
    public var context: Context
    /// Position in the hint bar (lower first), or nil when the hint bar leaves it out.
    public var hintRank: Int?
    /// How the hint bar writes the keys, when not simply the first key's label.
    public var hintKeys: String?

    public init(_ keys: [Key], _ command: Command, in context: Context, hint: Int? = nil, hintKeys: String? = nil) {
        self.keys = keys
        self.command = command
        self.context = context
        self.hintRank = hint
        self.hintKeys = hintKeys
    }

    /// The keys as the hint bar shows them.
    public var hintLabel: String { hintKeys ?? keys.first?.label ?? "" }
}

/// The key map of Lotse. Arrows first, vim keys as aliases (lazygit, htop, k9s).
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.tab], .focusNext, in: .home, hint: 1),
        KeyBinding([.backTab], .focusPrevious, in: .home),
        KeyBinding([.character("1")], .focusCommunes, in: .home),
        KeyBinding([.character("2")], .focusQuestions, in: .home),
        KeyBinding([.character("3")], .focusMeetings, in: .home),
        KeyBinding([.up, .character("k")], .moveUp, in: .global),
        KeyBinding([.down, .character("j")], .moveDown, in: .global, hint: 2, hintKeys: "↑↓"),
        KeyBinding([.pageUp], .pageUp, in: .global),
        KeyBinding([.pageDown, .character(" ")], .pageDown, in: .global),
        KeyBinding([.home, .character("g")], .moveToTop, in: .global),
        KeyBinding([.end, .character("G")], .moveToBottom, in: .global),
        KeyBinding([.enter], .open, in: .home, hint: 3),
        KeyBinding([.escape], .back, in: .global, hint: 1),
        KeyBinding([.character("/")], .filter, in: .home, hint: 4),
        KeyBinding([.character("!")], .showProblems, in: .home),
        KeyBinding([.character("?"), .function(1)], .help, in: .global, hint: 8),
        KeyBinding([.control("l")], .redraw, in: .global),
        KeyBinding([.character("q")], .quit, in: .global, hint: 9),
    ]

    /// The command a key triggers in a context; context-specific bindings win over global ones.
    public static func command(for key: Key, in context: KeyBinding.Context) -> Command? {
        let candidates = bindings.filter { $0.keys.contains(key) }
        return (candidates.first { $0.context == context } ?? candidates.first { $0.context == .global })?.command
    }

    /// The bindings that apply in a context, in table order.
    public static func bindings(in context: KeyBinding.Context) -> [KeyBinding] {
        bindings.filter { $0.context == context || $0.context == .global }
    }

    /// The bindings the hint bar shows in a context, in hint order.
    public static func hints(in context: KeyBinding.Context) -> [KeyBinding] {
        bindings(in: context)
            // Esc does nothing worth a hint on the home screen.
            .filter { $0.hintRank != nil && !(context == .home && $0.command == .back) }
            .sorted { ($0.hintRank ?? 0) < ($1.hintRank ?? 0) }
    }
}
