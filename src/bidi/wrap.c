/*
 * wrap.c: break a paragraph into lines in logical order (UAX #14 by ICU's
 * line-break iterator), measuring clusters as drawn.  Greedy: a line takes
 * clusters until a non-space one would pass the width, then ends at the
 * last break opportunity before it (ICU is asked only there), or inside the
 * word when the word alone is wider than the line.  Whitespace at a line's
 * end hangs: it does not count, and is drawn only while it fits.
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

/*
 * Give brk this paragraph (once per paragraph, only when it needs breaking)
 * as UTF-16, which ICU's iterator reads faster than UTF-8 through a UText;
 * u16_cp maps its answers back to code points.
 */
static int
wrap_set_text(struct bidi_engine *e, char **cause)
{
	UErrorCode err = U_ZERO_ERROR;
	int i, n = 0;

	if (e->ut_ready)
		return 0;
	if (e->u16_cap < 2 * e->n + 1) {
		e->u16_cap = 2 * e->n + 1;
		e->u16 = xrealloc(e->u16, (size_t)e->u16_cap * sizeof *e->u16);
		e->u16_cp = xrealloc(e->u16_cp, (size_t)e->u16_cap * sizeof *e->u16_cp);
	}
	for (i = 0; i < e->n; i++) {
		if (e->cp[i] >= 0x10000) {
			e->u16_cp[n] = i;
			e->u16[n++] = (UChar)(0xD7C0 + (e->cp[i] >> 10));
			e->u16_cp[n] = i;
			e->u16[n++] = (UChar)(0xDC00 | (e->cp[i] & 0x3FF));
		} else {
			e->u16_cp[n] = i;
			e->u16[n++] = (UChar)e->cp[i];
		}
	}
	e->u16_cp[n] = e->n;
	e->u16_len = n;
	ubrk_setText(e->brk, e->u16, n, &err);
	if (U_FAILURE(err)) {
		*cause = xasprintf("line breaking: %s", u_errorName(err));
		return -1;
	}
	e->ut_ready = true;
	return 0;
}

/*
 * The last break opportunity at or before UTF-16 index x, from ICU.  Lines
 * are asked for in order, so the iterator only moves forward from the
 * line's start (its cache makes that one pass over the paragraph, cheaper
 * than ubrk_preceding's backward search).
 */
static int32_t
wrap_opportunity(struct bidi_engine *e, int32_t from, int32_t x)
{
	int32_t b, last = from;

	for (b = ubrk_following(e->brk, from); b != UBRK_DONE && b <= x; b = ubrk_next(e->brk))
		last = b;
	return last;
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

/* Where the line starting at cluster ls ends, given its overflowing cluster. */
static int
wrap_break_before(struct bidi_engine *e, int ls, int over, char **cause)
{
	int32_t b;
	int k;

	if (wrap_set_text(e, cause) != 0)
		return -1;
	b = wrap_opportunity(e, wrap_u16_index(e, e->clus[ls].first),
			     wrap_u16_index(e, e->clus[over].first));
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
