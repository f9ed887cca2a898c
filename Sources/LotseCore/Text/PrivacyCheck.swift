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
        (.caseNumber, #"(?i)\b(az|aktenzeichen|akz|gz|geschäftszeichen|fallnummer|kundennummer|bg-nr|bg-nummer)\b\.?\s*:?\s*[\w/.-]*\d"#),
        (.caseNumber, #"\b\d{2,}[-/]\d{2,}[-/]?\d*\b"#),
        (.email, #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#),
        (.phone, #"(\+|\b0)\d[\d /-]{6,}\d\b"#),
    ]

    private static let compiled: [(Finding, NSRegularExpression)] = patterns.compactMap { finding, pattern in
        (try? NSRegularExpression(pattern: pattern)).map { (finding, $0) }
    }

    /// The kinds of personal data the text seems to contain, in a stable order.
    public static func findings(in text: String) -> [Finding] {
        let range = NSRange(text.startIndex..., in: text)
        var found = Set<Finding>()
        for (finding, expression) in compiled where expression.firstMatch(in: text, range: range) != nil {
            found.insert(finding)
        }
        return Finding.allCases.filter(found.contains)
    }
}
