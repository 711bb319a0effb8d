/*
 * term.c: the escape sequences that tell a terminal who does bidi.
 *
 * app: khabar sends visual order, so a terminal that does bidi itself must
 * stop: ECMA-48 BDSM reset (ESC[8l, explicit mode) and SCP ESC[1 k (LTR
 * paragraphs), as the Terminal-WG bidi recommendation and VTE implement;
 * terminals without bidi ignore both.  mlterm ignores them and has its own
 * OSC 5379 switch, sent when $MLTERM says it is mlterm.  Inside tmux the
 * sequences end at tmux; on entering they are also wrapped in tmux's DCS
 * passthrough, which reaches the outer terminal when the pane allows it
 * (`set -p allow-passthrough on`, tmux 3.3 and later: the reader sets it
 * for its pane) and is dropped silently otherwise.  They are not undone through tmux on leaving: the
 * outer terminal is shared by every pane and tmux redraws khabar's text
 * later (switching windows, resizing), which an implicit terminal would
 * reverse again; explicit mode is the state a bidi terminal running tmux
 * should stay in (see README, "Terminals and bidi").
 *
 * terminal: logical text; the terminal is put back in implicit mode, and
 * VTE is asked to detect each paragraph's direction (ESC[?2501h; through
 * tmux's passthrough too, where a mark can fix a row's direction only
 * with it: see bidi_line_mark).
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include <fribidi.h>

#include "bidi/bidi.h"
#include "text/text.h"

#define APP_ENTER "\033[8l\033[1 k"
#define APP_LEAVE "\033[8h\033[0 k"
#define MLTERM_ENTER "\033]5379;use_ctl=false\007"
#define MLTERM_LEAVE "\033]5379;use_ctl=true\007"
/* The same for the terminal outside tmux (DCS passthrough, inner ESC doubled). */
#define TMUX_APP_ENTER "\033Ptmux;\033\033[8l\033\033[1 k\033\\"
#define TMUX_MLTERM_ENTER "\033Ptmux;\033\033]5379;use_ctl=false\007\033\\"

#define TMUX_TERMINAL_ENTER "\033Ptmux;\033\033[8h\033\033[?2501h\033\\"

/*
 * app mode's sequences, indexed by [mlterm][tmux] (leaving: [mlterm]).
 * Through tmux both switches go out: a tmux server started elsewhere does
 * not pass $VTE_VERSION or $MLTERM on, and each terminal ignores the other's.
 */
static const char *const term_app_enter[2][2] = {
	{ APP_ENTER, APP_ENTER TMUX_MLTERM_ENTER TMUX_APP_ENTER },
	{ MLTERM_ENTER APP_ENTER, MLTERM_ENTER APP_ENTER TMUX_MLTERM_ENTER TMUX_APP_ENTER },
};
static const char *const term_app_leave[2] = { APP_LEAVE, MLTERM_LEAVE APP_LEAVE };

/* A non-empty value of environment variable name. */
static bool
term_env(const char *name)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0';
}

void
bidi_term_hints_from_env(struct bidi_term_hints *h)
{
	h->vte = term_env("VTE_VERSION");
	h->mlterm = term_env("MLTERM");
	h->tmux = term_env("TMUX");
}

int
bidi_term_mode_parse(const char *s)
{
	if (strcmp(s, "app") == 0)
		return BIDI_TERM_APP;
	if (strcmp(s, "terminal") == 0)
		return BIDI_TERM_TERMINAL;
	if (strcmp(s, "off") == 0)
		return BIDI_TERM_OFF;
	return -1;
}

const char *
bidi_term_enter(enum bidi_term_mode m, const struct bidi_term_hints *h)
{
	if (m == BIDI_TERM_TERMINAL && h->tmux)
		return "\033[8h" TMUX_TERMINAL_ENTER;
	if (m == BIDI_TERM_TERMINAL)
		return h->vte ? "\033[8h\033[?2501h" : "\033[8h";
	if (m != BIDI_TERM_APP)
		return "";
	return term_app_enter[h->mlterm][h->tmux];
}

const char *
bidi_term_leave(enum bidi_term_mode m, const struct bidi_term_hints *h)
{
	if (m == BIDI_TERM_TERMINAL)
		return h->vte ? "\033[?2501l" : "";
	if (m != BIDI_TERM_APP)
		return "";
	return term_app_leave[h->mlterm];
}

uint32_t
bidi_line_mark(const struct bidi_para *p, const char *s, int line)
{
	const struct bidi_line *l;
	FriBidiCharType t;
	size_t pos;
	int32_t cp;
	int depth = 0; /* inside an isolate: skipped, as UAX #9 P2 does */

	if (p == NULL || line < 0 || line >= p->nlines)
		return 0;
	l = &p->lines[line];
	for (pos = l->start; pos < l->end;) {
		if ((cp = utf8_next(s, l->end, &pos)) < 0)
			continue;
		t = fribidi_get_bidi_type((FriBidiChar)cp);
		if (t == FRIBIDI_TYPE_LRI || t == FRIBIDI_TYPE_RLI || t == FRIBIDI_TYPE_FSI)
			depth++;
		else if (t == FRIBIDI_TYPE_PDI && depth > 0)
			depth--;
		else if (depth == 0 && FRIBIDI_IS_STRONG(t) && !FRIBIDI_IS_EXPLICIT(t))
			return FRIBIDI_IS_RTL(t) == (p->dir == BIDI_RTL) ? 0 : p->dir == BIDI_RTL ? 0x200F : 0x200E;
	}
	return p->dir == BIDI_RTL ? 0x200F : 0;
}
