import CNcurses
import Foundation

/// Whether curses owns the terminal; read by the signal handlers. Set only on the main
/// thread, before and after the handlers could run.
nonisolated(unsafe) private var cursesActive = false

/// Set by Ctrl-C; the run loop asks the reducer what to do (quit, or first ask about an
/// unsaved form). A plain flag is all a signal handler may safely touch.
nonisolated(unsafe) private var interruptRequested: sig_atomic_t = 0
/// Set by SIGTERM, SIGHUP (the terminal window closed) and SIGQUIT: the run loop keeps
/// any unsaved form text as a draft, then ends. A second such signal ends at once.
nonisolated(unsafe) private var terminationRequested: sig_atomic_t = 0

/// Leaves the terminal usable whatever ends the program: SIGTERM, a hang-up, or a crash.
/// Ctrl-C becomes a message to the run loop, so that unsaved edits are not lost without
/// a question. Ctrl-Z is left to ncurses, which restores and repaints around a suspend.
enum Signals {
    static func setActive(_ active: Bool) { cursesActive = active }

    /// The signal that asked Lotse to end, once.
    static func takeTermination() -> Int32? {
        guard terminationRequested != 0 else { return nil }
        let number = terminationRequested
        terminationRequested = 0
        return number
    }

    /// True once after each Ctrl-C.
    static func takeInterrupt() -> Bool {
        guard interruptRequested != 0 else { return false }
        interruptRequested = 0
        return true
    }

    static func install() {
        var interrupt = sigaction()
        interrupt.__sigaction_handler.sa_handler = { _ in interruptRequested = 1 }
        sigemptyset(&interrupt.sa_mask)
        sigaction(SIGINT, &interrupt, nil)
        for number in [SIGTERM, SIGHUP, SIGQUIT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                guard terminationRequested == 0, cursesActive else {
                    if cursesActive { endwin() }
                    _exit(128 + number)
                }
                terminationRequested = number
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
