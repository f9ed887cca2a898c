import CNcurses
import LotseCore

/// Turns what `wget_wch` returns into a `Key`. Typed umlauts and other characters come
/// as wide characters; special keys as ncurses key codes.
enum KeyDecoder {
    static func character(_ code: UInt32) -> Key {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(code + 96) ?? "?"))
        default:
            guard let scalar = UnicodeScalar(code), code >= 32 else { return .unknown }
            return .character(Character(scalar))
        }
    }

    static func function(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .unknown  // Insert: Lotse's fields are always inserting
        case lotse_key_f(1)...lotse_key_f(24): return .function(Int(code - lotse_key_f(0)))
        default:
            // Ctrl+arrows have no fixed codes; terminfo names them kLFT5 and kRIT5.
            guard let name = keyname(code) else { return .unknown }
            switch String(cString: name) {
            case "kLFT5", "kLFT3": return .wordLeft
            case "kRIT5", "kRIT3": return .wordRight
            default: return .unknown
            }
        }
    }
}
