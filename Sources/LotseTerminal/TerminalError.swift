import LotseCore

/// Why the dashboard cannot run in this terminal; said in the run's language by `message`.
public enum TerminalError: Error, Equatable {
    case termUnset
    case unknownTerm(String)
    case cannotAddressCursor(String)
    case notATerminal

    /// What is wrong and what to do about it.
    public func message(_ messages: Messages) -> String {
        switch self {
        case .termUnset: return messages.termUnset
        case .unknownTerm(let name): return messages.unknownTerm(name)
        case .cannotAddressCursor(let name): return messages.cannotAddressCursor(name)
        case .notATerminal: return messages.notATerminal
        }
    }
}
