// The narrow C surface convene needs from ncursesw, shaped so Swift 6 can import it.
#ifndef CONVENE_CNCURSES_SHIM_H
#define CONVENE_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API must be asked for here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <term.h>
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>

// Macros that do not import into Swift, re-exposed as constants.
static const attr_t convene_A_BOLD = A_BOLD;
static const attr_t convene_A_REVERSE = A_REVERSE;
static const attr_t convene_A_DIM = A_DIM;
static const attr_t convene_A_UNDERLINE = A_UNDERLINE;

// C globals are not concurrency-safe in Swift 6; these accessors read them at the call.
static inline WINDOW *convene_stdscr(void) { return stdscr; }
static inline int convene_lines(void) { return LINES; }
static inline int convene_cols(void) { return COLS; }
static inline int convene_colors(void) { return COLORS; }
static inline FILE *convene_stdout(void) { return stdout; }
static inline FILE *convene_stdin(void) { return stdin; }

// tiparm is variadic, which Swift cannot call; capabilities convene fills in take at most two numbers.
static inline char *convene_tiparm(const char *capability, int first, int second) {
    return tiparm(capability, first, second);
}

// ppoll is hidden behind _GNU_SOURCE; it lets a wait unblock SIGWINCH atomically, so no resize is missed.
#include <poll.h>
#include <signal.h>
extern int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);

// glibc's wcwidth is not visible from Swift without a declaration.
extern int wcwidth(wchar_t c);

#endif
