// The few pieces of ncurses that Swift cannot import: macros, attribute constants and
// globals that Swift 6 strict concurrency rejects. Nothing above the Terminal layer
// imports this module.
#ifndef LOTSE_CNCURSES_SHIM_H
#define LOTSE_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

int wcwidth(wchar_t c);

static const attr_t lotse_a_normal = A_NORMAL;
static const attr_t lotse_a_bold = A_BOLD;
static const attr_t lotse_a_dim = A_DIM;
static const attr_t lotse_a_reverse = A_REVERSE;
static const attr_t lotse_a_underline = A_UNDERLINE;
static const attr_t lotse_a_italic = A_ITALIC;

static inline WINDOW *lotse_stdscr(void) { return stdscr; }
static inline int lotse_colors(void) { return COLORS; }
static inline int lotse_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t lotse_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline int lotse_key_f(int n) { return KEY_F(n); }

/// The mouse, as macros Swift cannot import.
static const int lotse_key_mouse = KEY_MOUSE;
static const mmask_t lotse_mouse_events = BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED
    | BUTTON4_PRESSED | BUTTON5_PRESSED;
static inline int lotse_mouse_button1_down(mmask_t state) { return (state & BUTTON1_PRESSED) != 0; }
static inline int lotse_mouse_button1_up(mmask_t state) { return (state & (BUTTON1_RELEASED | BUTTON1_CLICKED)) != 0; }
static inline int lotse_mouse_double(mmask_t state) { return (state & BUTTON1_DOUBLE_CLICKED) != 0; }
static inline int lotse_mouse_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int lotse_mouse_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

/// newterm on the standard streams, which Swift 6 will not touch as globals.
static inline SCREEN *lotse_newterm(const char *term) { return newterm(term, stdout, stdin); }

/// The locale's character set name, for the UTF-8 check.
static inline const char *lotse_codeset(void) { return nl_langinfo(CODESET); }

/// Whether the terminal description can address the cursor; TERM=dumb cannot.
static inline int lotse_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

#endif
