import CNcurses
import Foundation

/// ncurses needs a UTF-8 locale to print umlauts. Many machines have only C, C.UTF-8 and
/// POSIX; when the user's locale is missing or not UTF-8, fall back to C.UTF-8.
enum TerminalLocale {
    static func ensureUTF8() {
        let chosen = setlocale(LC_ALL, "")
        if chosen != nil, isUTF8() { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
            if isUTF8() { return }
        }
    }

    private static func isUTF8() -> Bool {
        guard let codeset = lotse_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
