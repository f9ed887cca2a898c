/// Every list a picker shows jumps by letter, as file managers do: the next entry after
/// the current one whose name starts with the typed letter (case and umlauts ignored),
/// round the end to the start.
public enum LetterJump {
    public static func next(after current: Int, in names: [String], letter: Character) -> Int? {
        guard !names.isEmpty, letter.isLetter || letter.isNumber else { return nil }
        let wanted = TextFolding.fold(String(letter))
        let order = names.indices.map { ($0 + max(0, current) + 1) % names.count }
        return order.first { TextFolding.fold(names[$0]).hasPrefix(wanted) }
    }
}
