/// A commune's id made from its name, as German writes it without umlauts: "Möhnesee"
/// becomes `moehnesee`, "Wickede (Ruhr)" `wickede-ruhr`, "Bad Sassendorf" `bad-sassendorf`.
public enum Slug {
    public static func make(_ name: String) -> String {
        var out = ""
        for character in name.lowercased() {
            switch character {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            case "a"..."z", "0"..."9": out.append(character)
            default:
                let folded = TextFolding.fold(String(character))
                if folded.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }), !folded.isEmpty {
                    out += folded
                } else if !out.hasSuffix("-") {
                    out += "-"
                }
            }
        }
        while out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// Whether a text can be a commune's id: lower-case letters, digits and hyphens.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
