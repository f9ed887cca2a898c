/// One row of the key map: which keys, what they do, where, and whether the hint bar
/// shows them. The hint bar and the help overlay are both generated from this table,
/// so they can never disagree with what the keys really do.
public struct KeyBinding: Sendable, Equatable {
    /// Where a binding applies. The order of the cases is the order of the help overlay:
    /// the dashboard, a question, the meeting work, the other screens, forms and dialogs,
    /// and what works everywhere.
    public enum Context: Hashable, Sendable, CaseIterable {
        /// The home screen with its three panels.
        case home
        /// A question is selected or shown: the question panel, its details, the knowledge base.
        case question
        /// The home screen with the communes panel focused.
        case communesPanel
        /// The home screen with the meetings panel focused.
        case meetings
        /// A meeting's agenda being prepared.
        case agenda
        /// The meeting on the projector.
        case meetingMode
        /// The list of measures across meetings.
        case measures
        /// A list screen of its own (`ListScreen`), by its id: the categories, a commune's
        /// coordinators, the sync conflicts, …
        case screen(String)
        /// The Datenschutz view.
        case privacy
        /// The command palette.
        case palette
        /// A question before something is destroyed: No unless j.
        case confirmDestructive
        /// The knowledge base (Wissen).
        case knowledge
        /// The needs matrix (Bedarfe).
        case matrix
        /// The question and answer forms.
        case form
        /// A form's list of several choices (communes): the arrows and the space bar.
        case choiceField
        /// A form's list of one choice (category): the arrows.
        case listField
        /// Typing a panel's filter or the knowledge search.
        case textInput
        /// A yes-or-no question.
        case confirm
        /// A save that met another version on disk.
        case conflict
        /// A one-line text prompt (who clarifies, where to export).
        case prompt
        /// A list chosen from by typing a filter (the merge target).
        case typeahead
        /// A list chosen from with the arrows and vim keys.
        case picker
        /// The attendance list: a picker that ticks communes.
        case attendance
        /// The questions panel's filter and sort menu.
        case filterMenu
        /// The full-screen detail view and the overlays: scrolling and going back.
        case pager
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
    /// The binding's own texts, for a screen's own action; nil takes the global table's.
    public var words: (@Sendable (Language) -> BindingWords)?
    /// Whether the binding does something in the state as it is (lazygit's
    /// `GetDisabledReason`); nil asks `KeyAvailability`.
    public var availability: (@Sendable (AppState) -> Bool)?

    public init(_ keys: [Key], _ command: Command, in context: Context, hint: Int? = nil, hintKeys: String? = nil,
                words: (@Sendable (Language) -> BindingWords)? = nil, availability: (@Sendable (AppState) -> Bool)? = nil) {
        self.keys = keys
        self.command = command
        self.context = context
        self.hintRank = hint
        self.hintKeys = hintKeys
        self.words = words
        self.availability = availability
    }

    /// The keys as the hint bar shows them.
    public var hintLabel: String { hintKeys ?? keys.first?.label ?? "" }

    /// The hint bar's word for the binding, shown where `context` is the innermost one.
    public func hint(in language: Language, shownIn context: Context? = nil) -> String {
        words?(language).hint ?? language.strings.commandHint(command, context ?? self.context)
    }

    /// Whether the hint bar offers the binding now.
    public func isOffered(in state: AppState) -> Bool {
        availability?(state) ?? KeyAvailability.offers(command, in: state)
    }

    /// Two bindings are the same row of the map: their texts and availability follow from it.
    public static func == (lhs: KeyBinding, rhs: KeyBinding) -> Bool {
        lhs.keys == rhs.keys && lhs.command == rhs.command && lhs.context == rhs.context
            && lhs.hintRank == rhs.hintRank && lhs.hintKeys == rhs.hintKeys
    }
}

extension KeyBinding.Context {
    /// Every context in the help overlay's order; the list screens stand after the meeting
    /// work, where the categories, coordinators and conflicts always stood.
    public static var allCases: [KeyBinding.Context] {
        [.home, .question, .communesPanel, .meetings, .agenda, .meetingMode, .measures]
            + ListScreens.all.map { .screen($0.id) }
            + [.privacy, .palette, .confirmDestructive, .knowledge, .matrix, .form, .choiceField, .listField, .textInput,
               .confirm, .conflict, .prompt, .typeahead, .picker, .attendance, .filterMenu, .pager, .global]
    }
}

/// The key map of Lotse. Arrows first, vim keys as aliases (lazygit, htop, k9s).
public enum KeyMap {
    /// Every binding, from the tables that each screen keeps beside its own reducer.
    public static let bindings: [KeyBinding] = home + communesPanel + meetings + ListScreens.bindings + privacy + agenda + meetingMode + measures + question
        + knowledge + matrix + form + dialogs + input + global

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

extension KeyMap {
    /// A dialog's key line, "Enter/j: Ja · Esc/n: Nein", made from the same rows as its keys.
    public static func hintText(in contexts: [KeyBinding.Context], language: Language, note: String? = nil) -> String {
        let parts = hints(in: contexts).map { "\($0.hintLabel): \($0.hint(in: language, shownIn: contexts.first))" }
        return (parts + [note].compactMap { $0 }).joined(separator: " · ")
    }
}
