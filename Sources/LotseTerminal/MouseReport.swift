import LotseCore

/// An SGR mouse report (xterm's mode 1006) after its `ESC [`: `<b;x;y` and `M` for a press
/// or `m` for a release, with 1-based cells. A click is the release of the left button;
/// 64 and 65 are the wheel.
enum MouseReport {
    static func sgr(_ body: String) -> MouseEvent? {
        guard body.hasPrefix("<"), let final = body.last, final == "M" || final == "m" else { return nil }
        let numbers = body.dropFirst().dropLast().split(separator: ";").compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        let (button, x, y) = (numbers[0], numbers[1] - 1, numbers[2] - 1)
        switch button & ~(4 | 8 | 16) {  // without Shift, Alt and Ctrl
        case 64: return MouseEvent(.wheelUp, x: x, y: y)
        case 65: return MouseEvent(.wheelDown, x: x, y: y)
        case 0 where final == "m": return MouseEvent(.click, x: x, y: y)
        default: return nil
        }
    }
}
