/// The command palette (`:` or Ctrl-P): every command of the screen underneath and the
/// global ones, with the key in force, filtered as one types. Made from the key map, like
/// the hint bar and the help, so it never offers what the keys do not do.
public struct CommandPalette: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var command: Command
        public var keys: String
        public var text: String
    }

    /// The key contexts of the screen the palette was opened over.
    public var contexts: [KeyBinding.Context]
    public var query: TextEditor
    public var selection: Selection

    public init(contexts: [KeyBinding.Context]) {
        self.contexts = contexts
        self.query = TextEditor("")
        self.selection = Selection()
    }

    /// The commands that match the typed text: those whose description holds the words
    /// first, then those that hold them only in their keys or name, then loose matches.
    public func entries(strings: Strings, userKeys: UserKeys) -> [Entry] {
        var seen = Set<Command>()
        var entries: [Entry] = []
        for context in contexts {
            for binding in KeyMap.bindings where binding.context == context && binding.command != .palette {
                guard seen.insert(binding.command).inserted else { continue }
                entries.append(Entry(command: binding.command, keys: userKeys.labels(binding).joined(separator: " "),
                                     text: strings.commandHelp(binding.command)))
            }
        }
        let words = TextFolding.fold(query.text).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return entries }
        func rank(_ entry: Entry) -> Int? {
            let text = TextFolding.fold(entry.text)
            let haystack = text + " " + TextFolding.fold(entry.keys + " " + UserKeys.name(of: entry.command))
            let starts = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            func all(_ test: (String) -> Bool) -> Bool { words.allSatisfy { TextFolding.variants(of: $0).contains(where: test) } }
            // Words that begin with what was typed first, then words that hold it.
            if all({ word in starts.contains { $0.hasPrefix(word) } }) { return 0 }
            if all({ text.contains($0) }) { return 1 }
            if all({ haystack.contains($0) }) { return 2 }
            return all({ Self.fuzzy($0, in: haystack) }) ? 3 : nil
        }
        return entries.enumerated().compactMap { index, entry in rank(entry).map { (rank: $0, index: index, entry: entry) } }
            .sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }
            .map(\.entry)
    }

    /// The letters of `needle` in order, not necessarily together: "nfr" finds "neue Frage".
    static func fuzzy(_ needle: String, in haystack: String) -> Bool {
        if haystack.contains(needle) { return true }
        var rest = Substring(haystack)
        for character in needle {
            guard let index = rest.firstIndex(of: character) else { return false }
            rest = rest[rest.index(after: index)...]
        }
        return true
    }
}
