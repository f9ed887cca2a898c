/// One row of the key map: which keys, what they do, where, and whether the hint bar
/// shows them. The hint bar and the help overlay are both generated from this table,
/// so they can never disagree with what the keys really do.
public struct KeyBinding: Sendable, Equatable {
    public enum Context: Sendable, Equatable, CaseIterable {
        /// The home screen with its three panels.
        case home
        /// A question is selected or shown: the question panel, its details, the knowledge base.
        case question
        /// The full-screen detail view and the overlays: scrolling and going back.
        case pager
        /// The question and answer forms.
        case form
        /// Confirmations, conflicts and the small dialogs.
        case dialog
        /// The knowledge base (Wissen).
        case knowledge
        /// The needs matrix (Bedarfe).
        case matrix
        /// The home screen with the meetings panel focused.
        case meetings
        /// A meeting's agenda being prepared.
        case agenda
        /// The meeting on the projector.
        case meetingMode
        /// The list of measures across meetings.
        case measures
        /// Everywhere except in forms and dialogs, where keys are text.
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
        KeyBinding([.enter], .open, in: .home, hint: 3),
        KeyBinding([.character("/")], .filter, in: .home, hint: 4),
        KeyBinding([.character("n")], .newQuestion, in: .home, hint: 5),
        KeyBinding([.character("w")], .knowledge, in: .home, hint: 6),
        KeyBinding([.character("b")], .matrix, in: .home, hint: 7),
        KeyBinding([.character("!")], .showProblems, in: .home),
        KeyBinding([.character("m")], .meetingMode, in: .home),
        KeyBinding([.character("O")], .measures, in: .home),

        KeyBinding([.enter], .agenda, in: .meetings, hint: 3),
        KeyBinding([.character("n")], .newMeeting, in: .meetings, hint: 5),
        KeyBinding([.character("e")], .editMeeting, in: .meetings),
        KeyBinding([.character("m")], .meetingMode, in: .meetings, hint: 6),
        KeyBinding([.character("x")], .exportMinutes, in: .meetings),
        KeyBinding([.character("O")], .measures, in: .meetings, hint: 7),

        KeyBinding([.character("n")], .newItem, in: .agenda, hint: 2),
        KeyBinding([.character("e"), .enter], .editItem, in: .agenda, hint: 3),
        KeyBinding([.character("J")], .moveItemDown, in: .agenda, hint: 4, hintKeys: "J/K"),
        KeyBinding([.character("K")], .moveItemUp, in: .agenda),
        KeyBinding([.character("d")], .deleteItem, in: .agenda),
        KeyBinding([.character("s")], .suggestions, in: .agenda, hint: 5),
        KeyBinding([.character("E")], .editMeeting, in: .agenda),
        KeyBinding([.character("m")], .meetingMode, in: .agenda, hint: 6),
        KeyBinding([.character("x")], .exportMinutes, in: .agenda),
        KeyBinding([.character("X")], .exportAgenda, in: .agenda),
        KeyBinding([.escape], .back, in: .agenda, hint: 7),

        KeyBinding([.character(" ")], .startPause, in: .meetingMode, hint: 1),
        KeyBinding([.right, .character("n")], .nextItem, in: .meetingMode, hint: 2, hintKeys: "←→"),
        KeyBinding([.left, .character("p")], .previousItem, in: .meetingMode),
        KeyBinding([.character("i")], .addNote, in: .meetingMode, hint: 3),
        KeyBinding([.character("b")], .addDecision, in: .meetingMode, hint: 4),
        KeyBinding([.character("M")], .addMeasure, in: .meetingMode, hint: 5),
        KeyBinding([.character("a")], .attendance, in: .meetingMode, hint: 6),
        KeyBinding([.character("v")], .toggleInternal, in: .meetingMode),
        KeyBinding([.character("x")], .exportMinutes, in: .meetingMode),
        KeyBinding([.character("E")], .endMeeting, in: .meetingMode, hint: 7),
        KeyBinding([.escape], .back, in: .meetingMode, hint: 8),

        KeyBinding([.character("e")], .markDone, in: .measures, hint: 2),
        KeyBinding([.character("v")], .markDropped, in: .measures, hint: 3),
        KeyBinding([.character("o")], .markOpen, in: .measures),
        KeyBinding([.character("a")], .toggleAll, in: .measures, hint: 4),
        KeyBinding([.enter], .agenda, in: .measures, hint: 5),
        KeyBinding([.escape], .back, in: .measures, hint: 6),

        KeyBinding([.character("e")], .editQuestion, in: .question, hint: 2),
        KeyBinding([.character("a")], .answerQuestion, in: .question, hint: 3),
        KeyBinding([.character(">")], .advanceStatus, in: .question, hint: 4, hintKeys: "<>"),
        KeyBinding([.character("<")], .revertStatus, in: .question),
        KeyBinding([.character("@")], .assign, in: .question),
        KeyBinding([.character("M")], .merge, in: .question),
        KeyBinding([.character("d")], .delete, in: .question),
        KeyBinding([.character("f")], .filterMenu, in: .question),
        KeyBinding([.character("o")], .cycleSort, in: .question),
        KeyBinding([.character("t")], .schedule, in: .question, hint: 5),

        KeyBinding([.character("/")], .filter, in: .knowledge, hint: 2),
        KeyBinding([.enter], .open, in: .knowledge, hint: 3),

        KeyBinding([.left, .character("h")], .moveLeft, in: .matrix, hint: 2, hintKeys: "←↑↓→"),
        KeyBinding([.right, .character("l")], .moveRight, in: .matrix),
        KeyBinding([.enter], .open, in: .matrix, hint: 3),

        KeyBinding([.tab], .nextField, in: .form, hint: 1),
        KeyBinding([.backTab], .previousField, in: .form),
        KeyBinding([.control("s")], .save, in: .form, hint: 2),
        KeyBinding([.character(" ")], .toggle, in: .form),
        KeyBinding([.escape], .cancel, in: .form, hint: 3),

        KeyBinding([.enter, .character("j"), .character("y")], .confirm, in: .dialog, hint: 1),
        KeyBinding([.character("m")], .keepMine, in: .dialog),
        KeyBinding([.character("t")], .takeTheirs, in: .dialog),
        KeyBinding([.escape, .character("n")], .cancel, in: .dialog, hint: 2),

        KeyBinding([.escape], .back, in: .pager, hint: 1),
        KeyBinding([.up, .character("k")], .moveUp, in: .global),
        KeyBinding([.down, .character("j")], .moveDown, in: .global, hint: 2, hintKeys: "↑↓"),
        KeyBinding([.pageUp], .pageUp, in: .global),
        KeyBinding([.pageDown, .character(" ")], .pageDown, in: .global),
        KeyBinding([.home, .character("g")], .moveToTop, in: .global),
        KeyBinding([.end, .character("G")], .moveToBottom, in: .global),
        KeyBinding([.escape], .back, in: .global),
        KeyBinding([.character("u")], .undo, in: .global),
        KeyBinding([.character("?"), .function(1)], .help, in: .global, hint: 8),
        KeyBinding([.control("l")], .redraw, in: .global),
        KeyBinding([.character("q")], .quit, in: .global, hint: 9),
    ]

    /// The command a key triggers; the first context in the list that binds the key wins.
    public static func command(for key: Key, in contexts: [KeyBinding.Context]) -> Command? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The bindings the hint bar shows for a stack of contexts, in hint order: the
    /// innermost context's hints first, then the outer ones that fit.
    public static func hints(in contexts: [KeyBinding.Context]) -> [KeyBinding] {
        var seen = Set<String>()
        var result: [KeyBinding] = []
        for context in contexts {
            let own = bindings.filter { $0.context == context && $0.hintRank != nil }
                .sorted { ($0.hintRank ?? 0) < ($1.hintRank ?? 0) }
            for binding in own where seen.insert(binding.hintLabel).inserted {
                // Esc on the home screen does nothing worth a hint.
                if binding.command == .back && contexts.first == .home { continue }
                result.append(binding)
            }
        }
        return result
    }
}
