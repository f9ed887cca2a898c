import ArgumentParser
import Foundation
import LotseCore

/// Prints a message a coordinator can act on and leaves with a status: 1 for a problem
/// with the data, 2 for a problem with how Lotse was started.
func fail(_ message: String, status: Int32) -> ExitCode {
    StandardStreams.error(Data("lotse: \(TerminalSafe.visible(message))\n".utf8))
    return ExitCode(status)
}

func printError(_ message: String) {
    StandardStreams.error(Data("\(TerminalSafe.visible(message))\n".utf8))
}
