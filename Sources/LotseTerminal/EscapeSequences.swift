import CNcurses
import LotseCore
import LotseUI

/// The escape sequences of keys that terminals send in more than one way. ncurses knows
/// the ones the terminfo entry names; PuTTY, and tmux under `TERM=xterm*`, send Home and
/// End as `ESC [1~` and `ESC [4~`, which `xterm`'s entry does not list, so without this
/// they arrived as Esc followed by letters (docs/terminal.md).
enum EscapeSequences {
    static let variants: [(String, Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ("\u{1B}[2~", KEY_IC), ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
    ]

    static func defineCommonVariants() {
        for (sequence, code) in variants where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// After an Esc: if a control sequence came with it (CSI `ESC [ … final` or SS3
    /// `ESC O x`), reads it to its end and drops it, and says so. Anything else that came
    /// at once (a key typed right after Esc) is put back and read as itself. An SGR mouse
    /// report (`ESC [ < b ; x ; y M|m`), which ncurses reads itself only when the terminfo
    /// entry announces it (xterm's does, tmux's does not), comes back as a mouse event.
    static func readRest() -> TerminalEvent? {
        let window = lotse_stdscr()
        wtimeout(window, 0)
        var next: wint_t = 0
        let result = wget_wch(window, &next)
        guard result != ERR else { return nil }
        guard result == OK, next == 0x5B || next == 0x4F else {
            if result == KEY_CODE_YES { ungetch(Int32(next)) } else { unget_wch(wchar_t(next)) }
            return nil
        }
        var body = ""
        switch next {
        case 0x5B:  // "[": parameters and intermediates up to a final byte @ … ~
            for _ in 0..<32 {
                var byte: wint_t = 0
                guard wget_wch(window, &byte) != ERR, let scalar = Unicode.Scalar(UInt32(byte)) else { break }
                body.unicodeScalars.append(scalar)
                if (0x40...0x7E).contains(byte) { break }
            }
        case 0x4F:  // "O": one more
            var byte: wint_t = 0
            _ = wget_wch(window, &byte)
        default:
            break
        }
        return MouseReport.sgr(body).map(TerminalEvent.mouse) ?? .key(.unknown)
    }
}
