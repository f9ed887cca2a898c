import Foundation

/// Matching that ignores case and accents the way German users type: "strasse" finds
/// "Straße", "mohnesee" finds "Möhnesee", "RUTHEN" finds "Rüthen".
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "ß": result += "ss"
            case "æ": result += "ae"
            case "ø": result += "o"
            default:
                // Decompose and drop combining marks (ä → a, é → e).
                for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                where !part.properties.isDiacriticLike {
                    result.unicodeScalars.append(part)
                }
            }
        }
        return result
    }

    /// Whether every word of the query occurs somewhere in one of the texts.
    public static func matches(_ query: String, in texts: [String]) -> Bool {
        let words = fold(query).split(whereSeparator: { $0 == " " })
        guard !words.isEmpty else { return true }
        let haystack = texts.map(fold).joined(separator: "\n")
        return words.allSatisfy { haystack.contains($0) }
    }
}

private extension Unicode.Scalar.Properties {
    var isDiacriticLike: Bool {
        generalCategory == .nonspacingMark || generalCategory == .enclosingMark
    }
}
