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

	cell->rtl = FRIBIDI_LEVEL_IS_RTL(e->levels[c->base]);
	cell->ch = c->ch;
	cell->nmarks = 0;
	for (j = 0; j < BIDI_MAX_MARKS; j++)
		cell->marks[j] = 0;
	/* Mirrored characters are all neutrals (class ON). */
	if (cell->rtl && e->types[c->base] == FRIBIDI_TYPE_ON && fribidi_get_mirror_char(c->ch, &m))
		cell->ch = m;
	cell->width = c->width;
	cell->start = e->off[c->first];
	cell->end = e->off[c->last];
	if (c->tab) {
		for (n = 0; n < c->width; n++) {
			cell[n] = cell[0];
			cell[n].ch = ' ';
			cell[n].width = 1;
		}
		return c->width;
	}
	for (j = c->first; j < c->last && c->last - c->first > 1; j++)
		if (bidi_char_is_mark(e->cp[j]) && cell->nmarks < BIDI_MAX_MARKS)
			cell->marks[cell->nmarks++] = e->cp[j];
	return 1;
}

int
bidi_reorder_line(struct bidi_engine *e, const struct bidi_span *sp, struct bidi_cell *cells,
		  char **cause)
{
	int a, b, v, i, nc = 0;
	const struct bidi_clus *c;

	if (sp->first == sp->last)
		return 0;
	a = e->clus[sp->first].first;
	b = e->clus[sp->last - 1].last;
	for (v = a; v < b; v++)
		e->map[v] = v;
	if (fribidi_reorder_line(0, e->types, b - a, a, e->base_dir, e->levels, NULL, e->map) == 0) {
		*cause = xstrdup("bidi reordering failed (out of memory)");
		return -1;
	}
	for (v = a; v < b; v++) {
		i = e->map[v];
		c = &e->clus[e->clus_of[i]];
		if (c->base == i && c->drawn)
			nc += reorder_emit(e, c, &cells[nc]);
	}
	return 0;
}
