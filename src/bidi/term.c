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
 * (`set -g allow-passthrough on`, tmux 3.3 and later) and is dropped
 * silently otherwise.  They are not undone through tmux on leaving: the
 * outer terminal is shared by every pane and tmux redraws khabar's text
 * later (switching windows, resizing), which an implicit terminal would
 * reverse again; explicit mode is the state a bidi terminal running tmux
 * should stay in (see README, "Terminals and bidi").
 *
 * terminal: logical text; the terminal is put back in implicit mode, and
 * VTE is asked to detect each paragraph's direction (ESC[?2501h).
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "bidi/bidi.h"

#define APP_ENTER "\033[8l\033[1 k"
#define APP_LEAVE "\033[8h\033[0 k"
#define MLTERM_ENTER "\033]5379;use_ctl=false\007"
#define MLTERM_LEAVE "\033]5379;use_ctl=true\007"
/* The same for the terminal outside tmux (DCS passthrough, inner ESC doubled). */
#define TMUX_APP_ENTER "\033Ptmux;\033\033[8l\033\033[1 k\033\\"
#define TMUX_MLTERM_ENTER "\033Ptmux;\033\033]5379;use_ctl=false\007\033\\"

/* app mode's sequences, indexed by [mlterm][tmux] (leaving: [mlterm]). */
static const char *const term_app_enter[2][2] = {
	{ APP_ENTER, APP_ENTER TMUX_APP_ENTER },
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
