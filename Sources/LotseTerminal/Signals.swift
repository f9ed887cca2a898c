import CNcurses
import Foundation

/// Whether curses owns the terminal; read by the signal handlers. Set only on the main
/// thread, before and after the handlers could run.
nonisolated(unsafe) private var cursesActive = false

/// Leaves the terminal usable whatever ends the program: Ctrl-C, SIGTERM, a hang-up, or
/// a crash. Ctrl-Z is left to ncurses, which restores and repaints around a suspend.
enum Signals {
    static func setActive(_ active: Bool) { cursesActive = active }

    static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                if cursesActive { endwin() }
                _exit(128 + number)
            }
            sigemptyset(&action.sa_mask)
            sigaction(number, &action, nil)
        }
        for number in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                // Restore the terminal, then let the default action (core, backtrace) run.
                if cursesActive { endwin() }
                signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(number, &action, nil)
        }
    }

    /// Children of a test harness can inherit a blocked signal mask; unblock everything so
    /// that Ctrl-C, SIGTERM and SIGWINCH reach us.
    static func unblockAll() {
        var set = sigset_t()
        sigemptyset(&set)
        sigprocmask(SIG_SETMASK, &set, nil)
    }
}
