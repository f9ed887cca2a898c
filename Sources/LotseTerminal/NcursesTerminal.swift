import CNcurses
import Foundation
import LotseCore
import LotseUI

/// The ncurses backend: owns the terminal between `start` and `stop`, draws buffers,
/// and reports keys and resizes. Nothing else in Lotse touches ncurses.
public final class NcursesTerminal: TerminalBackend {
    private var screen: OpaquePointer?
    private var palette: Palette?
    public private(set) var size = Size(width: 80, height: 24)

    public init() {}

    /// Takes over the terminal. Throws, with the terminal untouched, when it cannot be driven.
    public func start(theme: Theme, noColor: Bool, mouse: Bool = true, environment: [String: String]) throws(TerminalError) {
        guard let term = environment["TERM"], !term.isEmpty else { throw .termUnset }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        Signals.unblockAll()
        TerminalLocale.ensureUTF8()
        if environment["ESCDELAY"] == nil { set_escdelay(25) }

        var status: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &status) == OK else { throw .unknownTerm(term) }
        guard lotse_has_cursor_addressing() != 0 else { throw .cannotAddressCursor(term) }
        guard let screen = lotse_newterm(term) else { throw .unknownTerm(term) }
        self.screen = screen
        set_term(screen)
        Signals.install()
        Signals.setActive(true)

        cbreak()
        noecho()
        nonl()
        allowControlS()
        keypad(lotse_stdscr(), true)
        EscapeSequences.defineCommonVariants()
        // Reading with a timeout keeps Ctrl-Z/fg clean and lets timers tick later.
        wtimeout(lotse_stdscr(), 100)
        curs_set(0)
        if mouse {
            // Clicks and the wheel; no waiting to tell a click from a double click.
            mousemask(lotse_mouse_events, nil)
            mouseinterval(0)
        }
        palette = Palette(theme: theme, noColor: noColor)
        size = currentSize()
    }

    /// Turns off XON/XOFF flow control, so that Ctrl-S saves a form instead of freezing
    /// the terminal. ncurses restores the user's setting on exit.
    private func allowControlS() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        def_prog_mode()
    }

    /// Whether Ctrl-C was pressed since the last call.
    public func takeInterrupt() -> Bool { Signals.takeInterrupt() }

    /// The signal that asked Lotse to end (SIGTERM, SIGHUP, SIGQUIT), once.
    public func takeTermination() -> Int32? { Signals.takeTermination() }

    /// The terminal stays until Lotse gives it back.
    public var isClosed: Bool { false }

    /// Gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard let screen else { return }
        curs_set(1)
        endwin()
        Signals.setActive(false)
        delscreen(screen)
        self.screen = nil
    }

    deinit { stop() }

    private func currentSize() -> Size {
        Size(width: Int(getmaxx(lotse_stdscr())), height: Int(getmaxy(lotse_stdscr())))
    }

    /// Draws a whole buffer: erase, draw every cell, refresh. ncurses sends only what
    /// changed since the last frame.
    public func draw(_ buffer: Buffer, repaint: Bool) {
        guard screen != nil, let palette else { return }
        if repaint { clearok(lotse_stdscr(), true) }
        werase(lotse_stdscr())
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                let style = buffer[x, y].style
                let start = x
                var run = ""
                while x < buffer.width, buffer[x, y].style == style {
                    run += buffer[x, y].text
                    x += 1
                }
                let attributes = palette.attributes(for: style)
                wattrset(lotse_stdscr(), Int32(bitPattern: UInt32(truncatingIfNeeded: attributes)))
                mvwaddstr(lotse_stdscr(), Int32(y), Int32(start), run)
            }
        }
        wattrset(lotse_stdscr(), 0)
        wrefresh(lotse_stdscr())
    }

    /// Waits up to the read timeout for a key or a resize; nil when nothing happened.
    public func nextEvent(wait: Bool) -> TerminalEvent? {
        nextEvent(waitingAtMost: wait ? 100 : 0)
    }

    public func nextEvent(waitingAtMost milliseconds: Int) -> TerminalEvent? {
        guard screen != nil else { return nil }
        wtimeout(lotse_stdscr(), Int32(max(0, milliseconds)))
        var character: wint_t = 0
        let result = wget_wch(lotse_stdscr(), &character)
        if result == KEY_CODE_YES {
            if Int32(character) == KEY_RESIZE {
                size = currentSize()
                return .resize(size)
            }
            if Int32(character) == lotse_key_mouse {
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                let (x, y, state) = (Int(event.x), Int(event.y), event.bstate)
                if lotse_mouse_double(state) != 0 { return .mouse(MouseEvent(.doubleClick, x: x, y: y)) }
                if lotse_mouse_wheel_up(state) != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
                if lotse_mouse_wheel_down(state) != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
                if lotse_mouse_button1_up(state) != 0 { return .mouse(MouseEvent(.click, x: x, y: y)) }
                return nil
            }
            return .key(KeyDecoder.function(Int32(character)))
        }
        if result == OK {
            // An Esc that ncurses did not recognise as a key: alone it is Esc; followed at
            // once by more, it is a sequence this terminal sends for a key Lotse has no
            // name for, and it is dropped whole, never read as Esc and then letters.
            if character == 27, let event = EscapeSequences.readRest() { return event }
            return .key(KeyDecoder.character(UInt32(character)))
        }
        return nil
    }
}
