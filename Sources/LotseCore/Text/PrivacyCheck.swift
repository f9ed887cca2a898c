import Foundation

/// Warns (never blocks) when a question's text looks like it holds personal data about a
/// refugee: questions are to be written as general cases (DSGVO).
public enum PrivacyCheck {
    public enum Finding: String, CaseIterable, Sendable {
        case birthDate, caseNumber, email, phone
    }

    /// Each pattern with the fewest digits a match has: a text with fewer (most texts)
    /// is not given to it, and the regular expressions are most of the cost.
    /// and, for those that start with a word, the letters that word has in any spelling.
    private static let patterns: [(Finding, String, digits: Int, words: [String])] = [
        (.birthDate, #"(?i)\b(geb\.?|geboren|geburtsdatum|born)\s*(am\s*)?\d{1,2}\.\s?\d{1,2}\.\s?(19|20)?\d{2}\b"#, 4, ["geb", "born"]),
        (.birthDate, #"\b\d{1,2}\.\d{1,2}\.(19[2-9]\d|200\d)\b"#, 6, []),
        (.caseNumber, #"(?i)\b(az|aktenzeichen|akz|gz|geschäftszeichen|fallnummer|kundennummer|bg-nr|bg-nummer)\b\.?\s*:?\s*[\w/.-]{0,40}\d"#, 1,
         ["az", "gz", "zeichen", "nummer", "bg-n"]),
        (.caseNumber, #"\b\d{2,}[-/]\d{2,}[-/]?\d*\b"#, 4, []),
        // Bounded repeats, and an address only from the start of its run of letters: tried
        // at every letter of one long word, `[…]+@` would cost the word's length squared.
        (.email, #"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}"#, 0, ["@"]),
        (.phone, #"(\+|\b0)\d[\d /-]{6,30}\d\b"#, 2, []),
    ]

    private static let compiled: [(Finding, NSRegularExpression, digits: Int, words: [[UInt8]])] = patterns.compactMap { finding, pattern, digits, words in
        (try? NSRegularExpression(pattern: pattern)).map { (finding, $0, digits, words.map { Array($0.utf8) }) }
    }

    /// Whether the text holds the ASCII letters of `word`, ignoring case.
    static func contains(_ word: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = word.first, bytes.count >= word.count else { return false }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        var index = 0
        while index + word.count <= bytes.count {
            if lower(bytes[index]) == first, (1 ..< word.count).allSatisfy({ lower(bytes[index + $0]) == word[$0] }) { return true }
            index += 1
        }
        return false
    }

    /// How many decimal digits a text has (any script's, as `\d` counts them), and
    /// whether it has an "@".
    static func signals(_ text: String) -> (digits: Int, at: Bool) {
        var digits = 0, at = false, ascii = true
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte == 0x40 { at = true } else if byte >= 0x80 { ascii = false }
        }
        if !ascii {
            for scalar in text.unicodeScalars where scalar.value >= 0x80 && scalar.properties.numericType == .decimal { digits += 1 }
        }
        return (digits, at)
    }

    /// The kinds of personal data the text seems to contain, in a stable order.
    public static func findings(in text: String) -> [Finding] {
        var found = Set<Finding>()
        let (digits, _) = signals(text)
        let bytes = Array(text.utf8)
        let possible = compiled.filter { pattern in
            pattern.digits <= digits && (pattern.words.isEmpty || pattern.words.contains { contains($0, in: bytes) })
        }
        guard !possible.isEmpty else { return [] }
        let units = Array(text.utf16)
        for range in windows(of: units) {
            // Each window on its own: matching inside the whole text would bridge all of
            // it again for every window.
            let part = range.count == units.count ? text : String(decoding: units[range], as: UTF16.self)
            let whole = NSRange(location: 0, length: (part as NSString).length)
            for (finding, expression, _, _) in possible where !found.contains(finding)
                && expression.firstMatch(in: part, range: whole) != nil {
                found.insert(finding)
            }
            if found.count == Finding.allCases.count { break }
        }
        return Finding.allCases.filter(found.contains)
    }

    /// What the patterns look at, in windows of `window` UTF-16 units that overlap by
    /// `overlap`: an e-mail address or a phone number is far shorter than that, and a
    /// pattern tried at every start of one unbroken word of a megabyte must not cost its
    /// length squared. Each window starts after a blank where one is near, so that words
    /// are not cut where the text has blanks.
    static func windows(of units: [UInt16], window: Int = 1_024, overlap: Int = 256) -> [Range<Int>] {
        let length = units.count
        guard length > window else { return [0 ..< length] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < length {
            let end = min(length, start + window)
            ranges.append(start ..< end)
            if end == length { break }
            var next = end - overlap
            if let blank = units[next ..< end - overlap / 2].firstIndex(where: { $0 == 0x20 || $0 == 0x0A }) {
                next = blank + 1
            }
            start = next
        }
        return ranges
    }
}
