import Foundation
import LotseCore

/// Everything the command line prints goes through here, so that no text from the store
/// reaches the terminal with its control characters (see `TerminalSafe`). It shadows the
/// standard library's `print` inside this module.
func print(_ text: String, terminator: String = "\n", keeping: Set<Unicode.Scalar> = ["\n", "\t"]) {
    StandardStreams.output(Data((TerminalSafe.visible(text, keeping: keeping) + terminator).utf8))
}
