import Foundation

/// Matching that ignores case and accents the way German users type: "strasse" finds
/// "Straße", "mohnesee" finds "Möhnesee", "RUTHEN" finds "Rüthen".
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        // Built as bytes: appending to a string's scalar view copies it at times, which
        // made a megabyte of text in other scripts cost seconds.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        fold(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `fold`, appended as UTF-8 bytes: the same result without building a string, for
    /// folding 100,000 questions at once.
    public static func fold(_ text: String, into bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII, the common case: lower-case by arithmetic.
                bytes.append((0x41...0x5A).contains(value) ? UInt8(value + 0x20) : UInt8(value))
            } else if let folded = latinBytes[scalar] {
                bytes.append(contentsOf: folded)
            } else {
                // Anything else: lower-case, decompose, drop combining marks.
                for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                where !part.properties.isDiacriticLike {
                    bytes.append(contentsOf: part.utf8)
                }
            }
        }
    }

    private static let latinBytes: [Unicode.Scalar: [UInt8]] = latin.mapValues { Array($0.utf8) }

    /// The letters of German and its neighbours, folded without a trip through Foundation.
    private static let latin: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = ["ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o"]
        let pairs: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäå", "a"), ("ÇçĆćČč", "c"), ("ÈÉÊËèéêëĘęĚě", "e"), ("ÌÍÎÏìíîï", "i"),
            ("ÑñŃńŇň", "n"), ("ÒÓÔÕÖòóôõöŐő", "o"), ("ÙÚÛÜùúûüŰűŮů", "u"), ("ÝŸýÿ", "y"),
            ("ŠšŚś", "s"), ("ŽžŹźŻż", "z"), ("Łł", "l"), ("Řř", "r"), ("Ďď", "d"), ("Ťť", "t"),
        ]
        for (letters, base) in pairs {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()

    /// Whether every word of the query occurs somewhere in one of the texts (as part of a
    /// word too: "wohnung" finds "Wohnungssuche").
    public static func matches(_ query: String, in texts: [String]) -> Bool {
        let words = fold(query).split(whereSeparator: { $0 == " " }).map(String.init)
        guard !words.isEmpty else { return true }
        let haystack = texts.map(fold).joined(separator: "\n")
        return words.allSatisfy { word in variants(of: word).contains(where: haystack.contains) }
    }

    /// A folded query word, and the same word with umlauts typed as "ae", "oe", "ue" taken
    /// back to the letter they stand for: "fuer" also looks for "fur" (folded "für"),
    /// "rueckkehr" for "ruckkehr" ("Rückkehr"). Only the query is read this way, so a
    /// "ue" in the text ("Steuer") still matches itself.
    public static func variants(of word: String) -> [String] {
        let plain = word.replacingOccurrences(of: "ae", with: "a").replacingOccurrences(of: "oe", with: "o")
            .replacingOccurrences(of: "ue", with: "u")
        return plain == word ? [word] : [word, plain]
    }
}

private extension Unicode.Scalar.Properties {
    var isDiacriticLike: Bool {
        generalCategory == .nonspacingMark || generalCategory == .enclosingMark
    }
}
