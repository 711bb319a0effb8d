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
static int
wrap_width(const struct bidi_engine *e, int k, int col, int tabstop)
{
	if (e->clus[k].base >= 0 && e->cp[e->clus[k].base] == '\t')
		return tabstop - col % tabstop;
	return e->clus[k].width;
}

/* First non-space cluster from ls on that would pass width w; nclus if none. */
static int
wrap_overflow(const struct bidi_engine *e, int ls, int w, int tabstop)
{
	int k, col = 0, cw;

	for (k = ls; k < e->nclus; k++) {
		cw = wrap_width(e, k, col, tabstop);
		if (!e->clus[k].ws && col + cw > w)
			return k;
		col += cw;
	}
	return e->nclus;
}

/* The cluster holding byte offset b (a code point boundary or inside one). */
static int
wrap_cluster_at(const struct bidi_engine *e, size_t b)
{
	int lo = 0, hi = e->n - 1, mid;

	while (lo < hi) { /* last code point starting at or before b */
		mid = (lo + hi + 1) / 2;
		if (e->off[mid] <= b)
			lo = mid;
		else
			hi = mid - 1;
	}
	return e->clus_of[lo];
}

/* Give brk this paragraph's text (once per paragraph, only when needed). */
static int
wrap_set_text(struct bidi_engine *e, char **cause)
{
	UErrorCode err = U_ZERO_ERROR;

	if (e->ut_ready)
		return 0;
	e->ut = utext_openUTF8(e->ut, e->s, (int64_t)e->len, &err);
	if (U_SUCCESS(err))
		ubrk_setUText(e->brk, e->ut, &err);
	if (U_FAILURE(err)) {
		*cause = xasprintf("line breaking: %s", u_errorName(err));
		return -1;
	}
	e->ut_ready = true;
	return 0;
}

/* Where the line starting at cluster ls ends, given its overflowing cluster. */
static int
wrap_break_before(struct bidi_engine *e, int ls, int over, char **cause)
{
	int32_t b;
	int k;

	if (wrap_set_text(e, cause) != 0)
		return -1;
	/* Last opportunity at or before the overflowing cluster's first byte. */
	b = ubrk_preceding(e->brk, (int32_t)e->off[e->clus[over].first + 1]);
	/* At or inside cluster k: the line ends before k either way. */
	k = b == UBRK_DONE ? ls : wrap_cluster_at(e, (size_t)b);
	if (k > ls)
		return k;
	return over > ls ? over : ls + 1; /* a word wider than the line */
}

/* Set tab widths and what is drawn on line sp; count its cells. */
static void
wrap_finish(struct bidi_engine *e, struct bidi_span *sp, const struct bidi_opts *o)
{
	int k, end = sp->first, col = 0, cw;
	struct bidi_clus *c;

	for (k = sp->first; k < sp->last; k++)
		if (!e->clus[k].ws)
			end = k + 1; /* whitespace from end on hangs */
	sp->ncells = 0;
	for (k = sp->first; k < sp->last; k++) {
		c = &e->clus[k];
		cw = wrap_width(e, k, col, o->tabstop);
		c->drawn = c->base >= 0 && (k < end || o->width <= 0 || col + cw <= o->width);
		if (!c->drawn)
			continue;
		if (e->cp[c->base] == '\t')
			c->width = cw;
		sp->ncells += e->cp[c->base] == '\t' ? cw : 1;
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
