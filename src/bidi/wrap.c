/*
 * wrap.c: break a paragraph into lines in logical order (UAX #14 by ICU's
 * line-break iterator), measuring clusters as drawn.  Greedy: a line takes
 * clusters until a non-space one would pass the width, then ends at the
 * last break opportunity before it (ICU is asked only there), or inside the
 * word when the word alone is wider than the line.  Whitespace at a line's
 * end hangs: it does not count, and is drawn only while it fits.
 *
 * Most lines of Arabic prose overflow inside a word of letters that follows
 * a space after a letter.  UAX #14 answers that case without context: no
 * break between letters and marks (LB9, LB28), a break after the space
 * (LB18; LB14 to LB17 need an OP, QU, CL, CP or B2 before it, and a letter
 * is none of these).  wrap_plain_break answers it directly; everything
 * else asks ICU, from the last such word start in the line.  A test checks
 * that this gives the lines that asking ICU about the whole paragraph gives.
 */
#include "config.h"
#include <stdlib.h>

#include "bidi/bidi-private.h"
#include "text/text.h"

/* Cells cluster k takes when it starts at column col of its line. */
static inline int
wrap_width(const struct bidi_engine *e, int k, int col, int tabstop)
{
	if (e->clus[k].tab)
		return tabstop - col % tabstop;
	return e->clus[k].width;
}

/* First non-space cluster from ls on that would pass width w; nclus if none. */
static int
wrap_overflow(const struct bidi_engine *e, int ls, int w, int tabstop)
{
	int k, col = 0, cw;

	for (k = ls; k < e->nclus; k++) {
		e->clus[k].x = col;
		cw = wrap_width(e, k, col, tabstop);
		if (!e->clus[k].ws && col + cw > w)
			return k;
		col += cw;
	}
	return e->nclus;
}

/* The paragraph as UTF-16 for ICU, once, when a line first needs ICU. */
static void
wrap_utf16(struct bidi_engine *e)
{
	int i, n = 0;

	if (e->u16_ready)
		return;
	if (e->u16_cap < 2 * e->n + 1) {
		e->u16_cap = 2 * e->n + 1;
		e->u16 = xrealloc(e->u16, (size_t)e->u16_cap * sizeof *e->u16);
		e->u16_cp = xrealloc(e->u16_cp, (size_t)e->u16_cap * sizeof *e->u16_cp);
	}
	for (i = 0; i < e->n; i++) {
		e->u16_cp[n] = i;
		if (e->cp[i] >= 0x10000) {
			e->u16[n++] = (UChar)(0xD7C0 + (e->cp[i] >> 10));
			e->u16_cp[n] = i;
			e->u16[n++] = (UChar)(0xDC00 | (e->cp[i] & 0x3FF));
		} else {
			e->u16[n++] = (UChar)e->cp[i];
		}
	}
	e->u16_cp[n] = e->n;
	e->u16_len = n;
	e->u16_ready = true;
	e->brk_at = -1;
}

/* Let brk read the paragraph from UTF-16 index at to its end. */
static int
wrap_brk_text(struct bidi_engine *e, int32_t at, char **cause)
{
	UErrorCode err = U_ZERO_ERROR;

	if (e->brk_at == at)
		return 0;
	ubrk_setText(e->brk, e->u16 + at, e->u16_len - at, &err);
	if (U_FAILURE(err)) {
		*cause = xasprintf("line breaking: %s", u_errorName(err));
		return -1;
	}
	e->brk_at = at;
	return 0;
}

/* The UTF-16 index of code point i. */
static int32_t
wrap_u16_index(const struct bidi_engine *e, int i)
{
	int32_t lo = i, hi = e->u16_len, mid;

	if (e->u16_len == e->n)
		return i; /* no surrogate pairs: the usual case */
	while (lo < hi) { /* the first index whose code point is i */
		mid = (lo + hi) / 2;
		if (e->u16_cp[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Letters whose line-break class is AL: Arabic letters and tatweel, ASCII letters. */
static inline bool
wrap_is_letter(uint32_t c)
{
	return (c >= 0x0621 && c <= 0x064A) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Arabic harakat and the superscript alef: class CM, drawn on a letter. */
static inline bool
wrap_is_haraka(uint32_t c)
{
	return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

/*
 * True when code point p, a letter, follows spaces that follow a letter:
 * UAX #14 breaks before it whatever comes before the letter, and no rule
 * looks back past it, so the breaks after it do not depend on the text
 * before it either.
 */
static inline bool
wrap_is_word_start(const uint32_t *cp, int lo, int p)
{
	int i;

	if (p <= lo || cp[p - 1] != ' ' || !wrap_is_letter(cp[p]))
		return false;
	for (i = p - 1; i > lo && cp[i - 1] == ' '; i--)
		;
	return i > lo && wrap_is_letter(cp[i - 1]);
}

/*
 * The break before cluster over when UAX #14 needs no more context: the
 * code points from the start of its word to it are letters and harakat,
 * and the word starts as wrap_is_word_start says, inside the line that
 * starts at cluster ls.  The cluster the word starts at; -1 otherwise.
 */
static int
wrap_plain_break(const struct bidi_engine *e, int ls, int over)
{
	const uint32_t *cp = e->cp;
	int lo = e->clus[ls].first, j = e->clus[over].first;

	if (!(wrap_is_letter(cp[j]) || wrap_is_haraka(cp[j])))
		return -1;
	while (j > lo && (wrap_is_letter(cp[j - 1]) || wrap_is_haraka(cp[j - 1])))
		j--;
	return wrap_is_word_start(cp, lo, j) ? e->clus_of[j] : -1;
}

/*
 * The last break opportunity at or before UTF-16 index x, asked of ICU.
 * Its iterator reads from the last word start (wrap_is_word_start) at or
 * before x in the line, a break that needs no earlier context, so that it
 * reads a few words instead of the whole line; without one, from the
 * paragraph's start (ubrk_following finds the line's start in its cache).
 */
static int
wrap_opportunity(struct bidi_engine *e, int lo, int x, int32_t *out, char **cause)
{
	int32_t from = wrap_u16_index(e, lo), x16 = wrap_u16_index(e, x), at = 0, b, last;
	int p;

	for (p = x; p > lo && !wrap_is_word_start(e->cp, lo, p); p--)
		;
	if (p > lo && !e->icu_only)
		at = wrap_u16_index(e, p);
	if (wrap_brk_text(e, at, cause) != 0)
		return -1;
	last = at > 0 ? at : from;
	for (b = ubrk_following(e->brk, last - at); b != UBRK_DONE && b + at <= x16;
	     b = ubrk_next(e->brk))
		last = b + at;
	*out = last;
	return 0;
}

/* Where the line starting at cluster ls ends, given its overflowing cluster. */
static int
wrap_break_before(struct bidi_engine *e, int ls, int over, char **cause)
{
	int32_t b;
	int k;

	if (!e->icu_only && (k = wrap_plain_break(e, ls, over)) > ls)
		return k;
	wrap_utf16(e);
	if (wrap_opportunity(e, e->clus[ls].first, e->clus[over].first, &b, cause) != 0)
		return -1;
	/* At or inside cluster k: the line ends before k either way. */
	k = e->clus_of[e->u16_cp[b] < e->n ? e->u16_cp[b] : e->n - 1];
	if (k > ls)
		return k;
	return over > ls ? over : ls + 1; /* a word wider than the line */
}

/*
 * wrap_finish for a paragraph without tabs whose clusters all have a base,
 * using the columns wrap_overflow left: only hanging whitespace is looked at.
 */
static void
wrap_finish_simple(struct bidi_engine *e, struct bidi_span *sp, const struct bidi_opts *o)
{
	int end = sp->last, k;
	struct bidi_clus *c;

	while (end > sp->first && e->clus[end - 1].ws)
		end--; /* whitespace from end on hangs */
	for (k = end; k < sp->last; k++) {
		c = &e->clus[k];
		c->drawn = c->x + c->width <= o->width;
		if (!c->drawn)
			break;
	}
	for (end = k; k < sp->last; k++)
		e->clus[k].drawn = false;
	sp->ncells = end - sp->first;
	sp->width = end > sp->first ? e->clus[end - 1].x + e->clus[end - 1].width : 0;
}

/* Set tab widths and what is drawn on line sp; count its cells. */
static void
wrap_finish(struct bidi_engine *e, struct bidi_span *sp, const struct bidi_opts *o)
{
	int k, end = sp->last, col = 0, cw;
	struct bidi_clus *c;

	while (end > sp->first && e->clus[end - 1].ws)
		end--; /* whitespace from end on hangs */
	sp->ncells = 0;
	for (k = sp->first; k < sp->last; k++) {
		c = &e->clus[k];
		cw = wrap_width(e, k, col, o->tabstop);
		c->drawn = c->base >= 0 && (k < end || o->width <= 0 || col + cw <= o->width);
		if (!c->drawn)
			continue;
		if (c->tab)
			c->width = cw;
		sp->ncells += c->tab ? cw : 1;
		col += cw;
	}
	sp->width = col;
}

/* Append the line [first, last) to e->spans. */
static void
wrap_add(struct bidi_engine *e, int first, int last, const struct bidi_opts *o)
{
	if (e->nspans == e->spans_cap) {
		e->spans_cap = e->spans_cap ? e->spans_cap * 2 : 16;
		e->spans = xrealloc(e->spans, (size_t)e->spans_cap * sizeof *e->spans);
	}
	e->spans[e->nspans].first = first;
	e->spans[e->nspans].last = last;
	if (e->simple && o->width > 0)
		wrap_finish_simple(e, &e->spans[e->nspans++], o);
	else
		wrap_finish(e, &e->spans[e->nspans++], o);
}

int
bidi_wrap_lines(struct bidi_engine *e, const struct bidi_opts *o, char **cause)
{
	int ls = 0, le, over;

	e->nspans = 0;
	if (e->nclus == 0) {
		wrap_add(e, 0, 0, o);
		return 0;
	}
	while (ls < e->nclus) {
		le = e->nclus;
		if (o->width > 0 && (over = wrap_overflow(e, ls, o->width, o->tabstop)) < e->nclus)
			le = wrap_break_before(e, ls, over, cause);
		if (le < 0)
			return -1;
		wrap_add(e, ls, le, o);
		ls = le;
	}
	return 0;
}
