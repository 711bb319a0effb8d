/*
 * reorder.c: one line from logical to visual order (rules L1 to L4 by
 * fribidi_reorder_line on the paragraph's levels, mirroring for odd
 * levels), then one cell per cluster at its base's visual place, so marks
 * stay on their base whatever the direction.
 */
#include "config.h"
#include <string.h>

#include "bidi/bidi-private.h"
#include "text/text.h"

/* Fill the cell(s) for cluster c; returns how many. */
static int
reorder_emit(const struct bidi_engine *e, const struct bidi_clus *c, struct bidi_cell *cell)
{
	FriBidiChar m;
	int j, n;
	bool rtl = FRIBIDI_LEVEL_IS_RTL(e->levels[c->base]);

	*cell = (struct bidi_cell){
		.ch = c->ch,
		.width = c->width,
		.start = e->off[c->first],
		.end = e->off[c->last],
		.rtl = rtl,
	};
	/* Mirrored characters are all neutrals (class ON). */
	if (rtl && e->types[c->base] == FRIBIDI_TYPE_ON && fribidi_get_mirror_char(c->ch, &m))
		cell->ch = m;
	if (c->tab) {
		for (n = 0; n < c->width; n++) {
			cell[n] = cell[0];
			cell[n].ch = ' ';
			cell[n].width = 1;
		}
		return c->width;
	}
	if (c->last - c->first == 1 && c->ch != BIDI_DOTTED_CIRCLE)
		return 1;
	/* The marks of the cluster, or the lone mark drawn on a dotted circle. */
	for (j = c->first; j < c->last; j++)
		if (bidi_char_is_mark(e->cp[j]) && cell->nmarks < BIDI_MAX_MARKS)
			cell->marks[cell->nmarks++] = e->cp[j];
	return 1;
}

int
bidi_reorder_line(struct bidi_engine *e, const struct bidi_span *sp, struct bidi_cell *cells,
		  char **cause)
{
	const struct bidi_clus *clus = e->clus, *c;
	const int *clus_of = e->clus_of;
	FriBidiStrIndex *map = e->map;
	int a, b, v, i, nc = 0;

	if (sp->first == sp->last)
		return 0;
	a = clus[sp->first].first;
	b = clus[sp->last - 1].last;
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
			nc += reorder_emit(e, c, &cells[nc]);
	}
	return 0;
}
