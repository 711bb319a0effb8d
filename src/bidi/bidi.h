/*
 * src/bidi: laying out one paragraph of logical UTF-8 for a terminal that
 * draws cells left to right: bidi levels (UAX #9, by fribidi), line breaks
 * in logical order (UAX #14, by ICU), Arabic shaping into presentation
 * forms, per-line reordering, mirroring, widths, and position maps both
 * ways.  No curses, no printing: callers draw the cells.
 *
 * CONTRACT (shared by the CLI's `khabar render` and the ncurses UI).  The
 * implementation may add fields and functions but keeps these.
 */
#ifndef KHABAR_BIDI_H
#define KHABAR_BIDI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum bidi_dir {
	BIDI_AUTO, /* the first strong character decides (LTR when none) */
	BIDI_LTR,
	BIDI_RTL,
};

struct bidi_opts {
	int width;         /* cells; 0 = no wrapping */
	enum bidi_dir dir;
	bool shape;        /* join Arabic into presentation forms (default true) */
	bool ligature;     /* lam-alef as one cell (default true; needs shape) */
	bool pad;          /* RTL lines get indent to right-align them in width */
	bool mirror;       /* mirror brackets in RTL runs (default true; off for a terminal
			    * that does bidi itself, which mirrors them again) */
	int tabstop;       /* default 8 */
};

/* Defaults: width 80, auto, shape, ligature, pad, mirror, tabstop 8. */
void bidi_opts_default(struct bidi_opts *o);

#define BIDI_MAX_MARKS 5 /* ncurses keeps at most 5 combining marks per cell */

/*
 * One terminal cell, in visual order.  A tab is drawn as several cells of
 * U+0020 that share its logical range; a lam-alef ligature is one cell whose
 * range covers both letters.
 */
struct bidi_cell {
	uint32_t ch;                      /* what to draw: shaped, mirrored; never a control */
	uint32_t marks[BIDI_MAX_MARKS];   /* combining marks drawn on ch */
	int nmarks;
	int width;                        /* 1 or 2 */
	size_t start, end;                /* logical byte range of the paragraph it stands for */
	bool rtl;                         /* resolved embedding level is odd */
};

/* One screen line. */
struct bidi_line {
	struct bidi_cell *cells; /* visual order, left to right */
	int ncells;
	int width;               /* sum of the cells' widths */
	int indent;              /* blank cells to draw first (right alignment), 0 unless pad */
	size_t start, end;       /* logical byte range of the line */
};

struct bidi_para {
	enum bidi_dir dir;       /* resolved: BIDI_LTR or BIDI_RTL */
	struct bidi_line *lines;
	int nlines;
	size_t size;             /* private: bytes of the one block holding it all */
};

/*
 * Lay out s (len bytes of UTF-8; invalid bytes and controls are drawn as
 * U+FFFD, bidi format characters are honoured and not drawn).  Returns 0
 * and a paragraph the caller frees with bidi_para_free, or -1 with *cause.
 * Lines break where ICU allows (UAX #14), inside a word only when the word
 * is wider than the line; whitespace where a line breaks hangs: it does not
 * count toward the width and is drawn only while it fits.  A character
 * wider than the whole width (width 1, a wide character) gets a line of its
 * own anyway.  bidi_layout uses one engine of its own: not thread-safe.
 */
int bidi_layout(const char *s, size_t len, const struct bidi_opts *o, struct bidi_para **out,
		char **cause);
void bidi_para_free(struct bidi_para *p);

/*
 * The same with buffers and ICU's line-break iterator kept between calls
 * (bidi_layout uses one such engine of its own, created on first use).  An
 * engine is not thread-safe: one per thread.  The paragraphs it returns do
 * not depend on it.
 */
struct bidi_engine;
struct bidi_engine *bidi_engine_new(char **cause);
void bidi_engine_free(struct bidi_engine *e);
int bidi_engine_layout(struct bidi_engine *e, const char *s, size_t len,
		       const struct bidi_opts *o, struct bidi_para **out, char **cause);

/*
 * For a terminal that does bidi itself (logical text): the mark (U+200F
 * RLM or U+200E LRM) that fixes line's direction to the paragraph's, to
 * put before it, or 0 when its first strong character already gives that
 * direction.  The terminal takes each screen line as a paragraph of its
 * own, so a wrapped line of an Arabic paragraph that starts with a Latin
 * word would otherwise read left to right.  s is the paragraph laid out.
 */
uint32_t bidi_line_mark(const struct bidi_para *p, const char *s, int line);

/* Cells one code point takes as drawn: 0 (marks, format characters), 1 or 2. */
int bidi_char_width(uint32_t cp);

struct buf;
/*
 * Append a line's cells as UTF-8 to out (marks after their base), with
 * line->indent spaces first when indent is true.
 */
void bidi_line_to_utf8(struct buf *out, const struct bidi_line *line, bool indent);

/*
 * Visual to logical: the cell at (line, column in cells, counting the
 * indent) -> the logical byte offset it starts at.  False outside text.
 */
bool bidi_visual_to_logical(const struct bidi_para *p, int line, int col, size_t *off);
/*
 * Logical to visual: the cell showing byte offset off -> (line, column of
 * its first cell, counting the indent).  A byte that is not drawn (a format
 * character, whitespace dropped at a line's end) maps to the nearest drawn
 * character of its line before it, else after it.  False when off is past
 * the paragraph or its line has no cells.
 */
bool bidi_logical_to_visual(const struct bidi_para *p, size_t off, int *line, int *col);

/* ---- Terminal modes (sequences only; the caller writes them) ---- */

enum bidi_term_mode {
	BIDI_TERM_APP,      /* khabar reorders and shapes; the terminal is told to stay explicit */
	BIDI_TERM_TERMINAL, /* khabar sends logical text; the terminal does bidi */
	BIDI_TERM_OFF,      /* logical text, no sequences */
};

/* What the environment says about the terminal (VTE_VERSION, MLTERM, TMUX). */
struct bidi_term_hints {
	bool vte, mlterm, tmux;
};
void bidi_term_hints_from_env(struct bidi_term_hints *h);
/* Parse "app" | "terminal" | "off"; -1 when none. */
int bidi_term_mode_parse(const char *s);
/* Sequences to write on start (and resume) and on exit (and suspend). */
const char *bidi_term_enter(enum bidi_term_mode m, const struct bidi_term_hints *h);
const char *bidi_term_leave(enum bidi_term_mode m, const struct bidi_term_hints *h);

#endif
