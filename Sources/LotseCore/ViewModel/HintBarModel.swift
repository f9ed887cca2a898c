/// The hint bar as data: which key hints it shows for the state, and where each stands.
/// The screen draws it from here, and a click on a hint runs its command, so that what is
/// clicked is exactly what is shown.
public enum HintBarModel {
    public struct Item: Equatable, Sendable {
        public var key: String
        public var label: String
        public var pinned: Bool
        /// What a click on the hint does; nil for a label that is not a key.
        public var command: Command?

        public init(_ key: String, _ label: String, pinned: Bool = false, command: Command? = nil) {
            self.key = key
            self.label = label
            self.pinned = pinned
            self.command = command
        }

        /// A key alone (a label such as "Filter:") takes one gap, not two.
        public var width: Int { DisplayWidth.of(key) + (label.isEmpty ? 1 : 1 + DisplayWidth.of(label) + 2) }
    }

    /// The hints of the main screen's bar (dialogs and typing name their keys themselves).
    public static func items(_ state: AppState) -> [Item] {
        let contexts = Reducer.keyContexts(state)
        return KeyMap.hints(in: contexts).filter { $0.isOffered(in: state) }.map { binding in
            // The keys that end or leave a mode stay in sight at any width, with help and quit.
            Item(state.userKeys.label(binding), binding.hint(in: state.language, shownIn: contexts.first),
                 pinned: [.help, .quit, .back, .endMeeting].contains(binding.command), command: binding.command)
        }
    }

    /// The notice at the bar's right end, cut to half the bar.
    public static func trailing(_ notice: String, width: Int) -> String {
        notice.isEmpty ? "" : DisplayWidth.truncateAtWord(notice, to: width / 2) + " "
    }

    /// The items that fit, each with its column: the pinned ones (help, quit) always, the
    /// others from the start as long as there is room, never cut.
    public static func place(_ items: [Item], trailing: String, x: Int, width: Int) -> [(item: Item, x: Int)] {
        let limit = x + width - (trailing.isEmpty ? 0 : DisplayWidth.of(trailing) + 1)
        let room = limit - x - 1
        var chosen = items.filter(\.pinned)
        var used = chosen.reduce(0) { $0 + $1.width }
        var unpinned: [Item] = []
        for item in items where !item.pinned {
            guard used + item.width <= room else { break }
            unpinned.append(item)
            used += item.width
        }
        chosen = unpinned + chosen
        var placed: [(item: Item, x: Int)] = []
        var column = x + 1
        for item in chosen {
            guard column + item.width - 2 <= limit else { break }
            placed.append((item, column))
            column += item.width
        }
        return placed
    }

    /// The command of the hint at a column of the bar, if a hint stands there.
    public static func command(at column: Int, in state: AppState) -> Command? {
        guard state.path.last.map({ Form($0) == nil && !$0.isDialog }) ?? true, state.home.editingFilter == nil else { return nil }
        let notice = state.notice.map { state.language.questionTexts.notice($0) } ?? ""
        let placed = place(items(state), trailing: trailing(notice, width: state.size.width), x: 0, width: state.size.width)
        return placed.first { column >= $0.x && column < $0.x + DisplayWidth.of($0.item.key) + 1 + DisplayWidth.of($0.item.label) }?.item.command
    }
}
