/// The user's own keys, from the `[keys]` section of the settings file: a command's name
/// and the key that runs it (`quit = "Q"`, `new_question = "N"`, `help = "F2"`). The
/// default keys keep working; the user's key comes first, and the hint bar, the help and
/// the command palette show it. German keyboards need AltGr or Shift for `@ < > / [ ]`;
/// this is where a coordinator puts those commands on keys within reach.
public struct UserKeys: Hashable, Sendable {
    public var keys: [Command: Key]

    public init(_ keys: [Command: Key] = [:]) {
        self.keys = keys
    }

    public enum Problem: Hashable, Sendable {
        case unknownCommand(String)
        case badKey(String)
        /// The key runs another command where this one also works.
        case taken(key: String, command: Command)
    }

    /// The map from the settings file's `[keys]` lines; what cannot be used comes back
    /// with its line and stays out of the map.
    public static func parse(_ entries: [(name: String, value: String, line: Int)]) -> (UserKeys, [(line: Int, problem: Problem)]) {
        var keys: [Command: Key] = [:]
        var problems: [(line: Int, problem: Problem)] = []
        for entry in entries.sorted(by: { $0.line < $1.line }) {
            guard let command = command(named: entry.name) else {
                problems.append((entry.line, .unknownCommand(entry.name)))
                continue
            }
            guard let key = key(named: entry.value) else {
                problems.append((entry.line, .badKey(entry.value)))
                continue
            }
            if let other = conflict(key, for: command, with: keys) {
                problems.append((entry.line, .taken(key: key.label, command: other)))
                continue
            }
            keys[command] = key
        }
        return (UserKeys(keys), problems)
    }

    /// A command by its name in the code (`newQuestion`) or in snake case (`new_question`):
    /// any command a key runs somewhere, a screen's own actions included.
    public static func command(named name: String) -> Command? {
        let wanted = folded(name)
        return KeyMap.bindings.lazy.map(\.command).first { folded(codeName(of: $0)) == wanted }
    }

    /// The name a user writes for a command.
    public static func name(of command: Command) -> String {
        codeName(of: command).reduce(into: "") { out, character in
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
    }

    private static func codeName(of command: Command) -> String {
        if case .screen(let named) = command { return named.name }
        return String(describing: command)
    }

    private static func folded(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "")
    }

    /// "Q", "Ctrl-R", "F2", "Enter", "Space", "Tab", "Esc" and the arrows.
    public static func key(named text: String) -> Key? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        let named: [String: Key] = ["enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
                                    "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
                                    "pgup": .pageUp, "pgdn": .pageDown, "home": .home, "end": .end, "del": .delete,
                                    "backspace": .backspace]
        if let key = named[lower] { return key }
        if trimmed.count == 1, let character = trimmed.first { return .character(character) }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let letter = rest.first, letter.isLetter { return .control(letter) }
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1 ... 12).contains(number) { return .function(number) }
        return nil
    }

    /// Another command the key already runs where `command` works, by default or by the
    /// user's earlier lines.
    static func conflict(_ key: Key, for command: Command, with chosen: [Command: Key]) -> Command? {
        if let other = chosen.first(where: { $0.value == key && $0.key != command })?.key { return other }
        let contexts = Set(KeyMap.bindings.filter { $0.command == command }.map(\.context))
        // Keys that run the same command elsewhere are no conflict (Esc is "back" everywhere).
        return KeyMap.bindings.first { binding in
            binding.keys.contains(key) && binding.command != command
                && (contexts.contains(binding.context) || binding.context == .global || contexts.contains(.global))
        }?.command
    }

    /// The command the user's key runs in these contexts, if the user gave it one.
    public func command(for key: Key, in contexts: [KeyBinding.Context]) -> Command? {
        guard !keys.isEmpty else { return nil }
        for context in contexts {
            if let binding = KeyMap.bindings.first(where: { $0.context == context && keys[$0.command] == key }) {
                return binding.command
            }
        }
        return nil
    }

    /// How the hint bar writes a binding's keys: the user's key where there is one.
    public func label(_ binding: KeyBinding) -> String {
        keys[binding.command]?.label ?? binding.hintLabel
    }

    /// All keys of a binding for the help, the user's first.
    public func labels(_ binding: KeyBinding) -> [String] {
        guard let own = keys[binding.command] else { return binding.keys.map(\.label) }
        return [own.label] + binding.keys.filter { $0 != own }.map(\.label)
    }
}
