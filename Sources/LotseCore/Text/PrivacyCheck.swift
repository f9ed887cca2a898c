import Foundation

/// Warns (never blocks) when a question's text looks like it holds personal data about a
/// refugee: questions are to be written as general cases (DSGVO).
public enum PrivacyCheck {
    public enum Finding: String, CaseIterable, Sendable {
        case birthDate, caseNumber, email, phone
    }

    private static let patterns: [(Finding, String)] = [
        (.birthDate, #"(?i)\b(geb\.?|geboren|geburtsdatum|born)\s*(am\s*)?\d{1,2}\.\s?\d{1,2}\.\s?(19|20)?\d{2}\b"#),
        (.birthDate, #"\b\d{1,2}\.\d{1,2}\.(19[2-9]\d|200\d)\b"#),
        (.caseNumber, #"(?i)\b(az|aktenzeichen|akz|gz|geschäftszeichen|fallnummer|kundennummer|bg-nr|bg-nummer)\b\.?\s*:?\s*[\w/.-]{0,40}\d"#),
        (.caseNumber, #"\b\d{2,}[-/]\d{2,}[-/]?\d*\b"#),
        // Bounded repeats, and an address only from the start of its run of letters: tried
        // at every letter of one long word, `[…]+@` would cost the word's length squared.
        (.email, #"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}"#),
        (.phone, #"(\+|\b0)\d[\d /-]{6,30}\d\b"#),
    ]

    private static let compiled: [(Finding, NSRegularExpression)] = patterns.compactMap { finding, pattern in
        (try? NSRegularExpression(pattern: pattern)).map { (finding, $0) }
    }

    /// The kinds of personal data the text seems to contain, in a stable order.
    public static func findings(in text: String) -> [Finding] {
        var found = Set<Finding>()
        let units = Array(text.utf16)
        for range in windows(of: units) {
            // Each window on its own: matching inside the whole text would bridge all of
            // it again for every window.
            let part = range.count == units.count ? text : String(decoding: units[range], as: UTF16.self)
            let whole = NSRange(location: 0, length: (part as NSString).length)
            for (finding, expression) in compiled where !found.contains(finding)
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
