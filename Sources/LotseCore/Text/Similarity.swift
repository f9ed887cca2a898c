/// "Is this question already there?": word overlap that ignores case, umlauts, common
/// German word endings and stop words, so that "Wer zahlt die Fahrtkosten zum Kurs?"
/// finds "Fahrtkosten für den Integrationskurs".
public enum Similarity {
    static let stopWords: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "und", "oder", "aber", "ist", "sind", "war", "wird", "werden", "wer", "wie", "was", "wo",
        "wann", "warum", "welche", "welcher", "welches", "fur", "mit", "von", "vom", "zu", "zum",
        "zur", "im", "in", "am", "an", "auf", "aus", "bei", "beim", "bis", "nach", "uber", "unter",
        "vor", "nicht", "kein", "keine", "man", "sich", "es", "sie", "er", "wir", "ihr", "ich",
        "als", "auch", "noch", "schon", "nur", "so", "da", "dass", "ob", "gibt", "es", "kann",
        "konnen", "muss", "mussen", "darf", "durfen", "soll", "sollen", "hat", "haben", "wenn",
        "jemand", "etwas", "mehr", "sehr", "ohne", "gegen", "um", "neue", "neuen",
    ]

    /// The distinct word stems of a text.
    public static func stems(_ text: String) -> Set<String> {
        Set(words(text).map(stem))
    }

    /// The folded words of a text that carry meaning (no stop words, no single letters).
    public static func words(_ text: String) -> [String] {
        TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
            .filter { !stopWords.contains($0) && $0.count > 1 }
    }

    /// Strips one common inflection ending, keeping at least four letters.
    static func stem(_ word: String) -> String {
        for suffix in ["ungen", "ung", "ern", "en", "er", "es", "em", "e", "n", "s"] where word.hasSuffix(suffix) {
            let base = word.dropLast(suffix.count)
            if base.count >= 4 { return String(base) }
        }
        return word
    }

    /// 0 … 1: shared stems relative to the shorter text, so a short title can match a
    /// longer one.
    public static func score(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count))
    }
}
