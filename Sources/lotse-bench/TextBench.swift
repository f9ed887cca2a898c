import Foundation
import LotseCore
import LotseStore
import LotseUI

/// `lotse-bench text`: the text layout and the personal-data check over one unbroken word
/// and over random Unicode, at 10 KB to 1 MB, each against the bound the store's untrusted
/// input asks for (well under a second for a megabyte). A figure that grows by more than
/// its input's factor shows a cost that is no longer linear.
enum TextBench {
    static let bound: Duration = .milliseconds(1_000)

    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "text" else { return nil }
        var generator = SeededGenerator(seed: 7)
        // Latin with umlauts, combining marks, wide characters, emoji, controls, blanks.
        let alphabet: [Unicode.Scalar] = ["a", "ß", "ü", "\u{0301}", "漢", "😀", "\u{1B}", "\u{9B}", " ", "\n", "-", "@", "0"]
            .compactMap { $0.unicodeScalars.first }
        let network = ExampleNetwork.make()
        var failed = 0
        for size in [10_000, 100_000, 1_000_000] {
            let word = String(repeating: "w", count: size)
            var random = String.UnicodeScalarView()
            for _ in 0 ..< size { random.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            let mixed = String(random)
            for (name, text) in [("one word", word), ("random Unicode", mixed)] {
                failed += time("wrap to 100 columns, \(name)", size) { _ = Wrap.lines(text, width: 100) }
                failed += time("display width, \(name)", size) { _ = DisplayWidth.of(text) }
                failed += time("terminal-safe line, \(name)", size) { _ = TerminalSafe.line(text, width: 80) }
                failed += time("personal-data check, \(name)", size) { _ = PrivacyCheck.findings(in: text) }
                failed += time("similar questions, \(name)", size) {
                    _ = SimilarQuestions.find(for: text, in: network, excluding: nil)
                }
            }
        }
        print(failed == 0 ? "every figure within \(bound)" : "\(failed) figures over \(bound)")
        return failed == 0 ? 0 : 1
    }

    static func time(_ name: String, _ size: Int, _ body: () -> Void) -> Int {
        let elapsed = ContinuousClock().measure(body)
        let millis = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
        print(DisplayWidth.pad(name, to: 44) + String(format: "%8d chars %10.1f ms", size, millis) + (elapsed > bound ? "  over" : ""))
        return elapsed > bound ? 1 : 0
    }
}
