/*
 * reorder.c: one line from logical to visual order (rules L1 to L4 by
 * fribidi_reorder_line on the paragraph's levels, mirroring for odd
 * levels), then one cell per cluster at its base's visual place, so marks
 * stay on their base whatever the direction.  A line all at the
 * paragraph's level needs no reordering but its direction.
 */
#include "config.h"
#include <string.h>

#include "bidi/bidi-private.h"
#include "text/text.h"

/*
 * The cells of a tab (blanks sharing its range), or a cell's marks: kept
 * out of line so that reorder_emit, called for every cell, stays small
 * enough to be inlined.
 */
static __attribute__((noinline)) int
reorder_emit_more(const struct bidi_engine *e, const struct bidi_clus *c, struct bidi_cell *cell)
{
	int j, n;

	if (c->tab) {
		for (n = 0; n < c->width; n++) {
			cell[n] = cell[0];
			cell[n].ch = ' ';
			cell[n].width = 1;
		}
		return c->width;
	}
	/* The marks of the cluster, or the lone mark drawn on a dotted circle. */
	for (j = c->first; j < c->last; j++)
		if (bidi_char_is_mark(e->cp[j]) && cell->nmarks < BIDI_MAX_MARKS)
			cell->marks[cell->nmarks++] = e->cp[j];
	return 1;
}

/* Fill the cell(s) for cluster c, at an odd level when rtl; returns how many. */
static inline int
reorder_emit(const struct bidi_engine *e, const struct bidi_clus *c, bool rtl,
	     struct bidi_cell *cell)
{
	FriBidiChar m;

	*cell = (struct bidi_cell){
		.ch = c->ch,
		.width = c->width,
		.start = e->off[c->first],
		.end = e->off[c->last],
		.rtl = rtl,
	};
	/* Mirrored characters are all neutrals (class ON). */
	if (rtl && e->mirror && e->types[c->base] == FRIBIDI_TYPE_ON &&
	    fribidi_get_mirror_char(c->ch, &m))
		cell->ch = m;
	if (c->last - c->first == 1 && !c->tab && c->ch != BIDI_DOTTED_CIRCLE)
		return 1;
	return reorder_emit_more(e, c, cell);
}

int
bidi_reorder_line(struct bidi_engine *e, const struct bidi_span *sp, struct bidi_cell *cells,
		  char **cause)
{
	const struct bidi_clus *clus = e->clus, *c;
	const int *clus_of = e->clus_of;
	const FriBidiLevel *levels = e->levels;
	FriBidiLevel par = FRIBIDI_DIR_TO_LEVEL(e->base_dir);
	FriBidiStrIndex *map = e->map;
	int a, b, v, i, k, nc = 0;

	if (sp->first == sp->last)
		return 0;
	a = clus[sp->first].first;
	b = clus[sp->last - 1].last;
	/*
	 * A line all at the paragraph's level (most lines of Arabic prose):
	 * L1 changes nothing and L2 reverses it whole or not at all, so its
	 * clusters go out as they are, backwards when the paragraph is RTL.
	 */
	for (v = a; v < b && levels[v] == par; v++)
		;
	if (v == b) {
		for (k = par ? sp->last - 1 : sp->first; par ? k >= sp->first : k < sp->last;
		     k += par ? -1 : 1)
			if (clus[k].drawn)
				nc += reorder_emit(e, &clus[k], par, &cells[nc]);
		return 0;
	}
	for (v = a; v < b; v++)
		map[v] = v;
	if (fribidi_reorder_line(0, e->types, b - a, a, e->base_dir, e->levels, NULL, map) == 0) {
		*cause = xstrdup("bidi reordering failed (out of memory)");
		return -1;
	}
	for (v = a; v < b; v++) {
		i = map[v];
		c = &clus[clus_of[i]];
		if (c->base == i && c->drawn)
			nc += reorder_emit(e, c, FRIBIDI_LEVEL_IS_RTL(levels[i]), &cells[nc]);
	}
	return 0;
}
