/// A key as the program sees it, after the terminal layer decoded it. Terminal-neutral,
/// so that the reducer and its tests need no ncurses.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// A control chord such as Ctrl-L, named by its lower-case letter.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// Ctrl-Left and Ctrl-Right: a word back and forward in text.
    case wordLeft, wordRight
    case function(Int)
    /// A key the terminal sent that Lotse has no name for; it is ignored, never fatal.
    case unknown

    /// How the help overlay and the hint bar write the key.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .wordLeft: return "Ctrl-←"
        case .wordRight: return "Ctrl-→"
        case .function(let n): return "F\(n)"
        case .unknown: return "?"
        }
    }
}
