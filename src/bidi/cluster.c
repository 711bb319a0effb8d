/*
 * cluster.c: group a paragraph's code points into clusters, the units that
 * become cells: a base character with the marks and format characters
 * after it, or both letters of a lam-alef ligature (fribidi leaves U+FEFF
 * where the lam was and the ligature where the alef was).
 *
 * One pass over the code points, run for every paragraph laid out: the
 * arrays are read through locals so that the compiler keeps them in
 * registers (stores through e->clus could otherwise alias them).
 */
#include "config.h"

#include "bidi/bidi-private.h"

/*
 * Marks join only a cluster with a base and no bidi control before them:
 * after an embedding or isolate control a mark belongs to another
 * directional run (UAX #9 W1), so it gets a cell of its own; so does a mark
 * after a tab (drawn as blanks, and given the paragraph's level by L1).
 */
void
bidi_cluster_build(struct bidi_engine *e, const FriBidiChar *ch)
{
	const uint32_t *cp = e->cp;
	const FriBidiCharType *types = e->types;
	const FriBidiArabicProp *ar = e->ar;
	struct bidi_clus *clus = e->clus, *c;
	int *clus_of = e->clus_of;
	int n = e->n, i = 0, k = 0;
	bool simple = true, marks;
	uint8_t bits;

	while (i < n) {
		c = &clus[k];
		/* The usual cluster: one code point one cell wide, nothing after it. */
		bits = bidi_width_bits(ch[i]);
		if (bits == (8 | 1) && ch[i] != '\t' && ch[i] != 0x2028 && ch[i] != 0x2029 &&
		    (i + 1 == n || (bidi_width_bits(ch[i + 1]) & 3) != 0)) {
			*c = (struct bidi_clus){
				.first = i,
				.last = i + 1,
				.base = i,
				.ch = ch[i],
				.width = 1,
				.ws = types[i] == FRIBIDI_TYPE_WS,
				.drawn = true,
			};
			clus_of[i++] = k++;
			continue;
		}
		c->first = i;
		c->drawn = true;
		c->ws = c->tab = false;
		/* The filler fribidi left where a ligature's lam was. */
		if (ch[i] == 0xFEFF && (ar[i] & FRIBIDI_MASK_LIGATURED) && i + 1 < n)
			clus_of[i++] = k;
		bits = bidi_width_bits(ch[i]);
		c->base = i;
		c->ch = ch[i];
		c->width = bits & 3;
		if (c->width == 0 && (bits & 4)) {
			c->ch = BIDI_DOTTED_CIRCLE; /* a mark with nothing to sit on */
			c->width = 1;
		} else if (c->width == 0) {
			c->base = -1; /* format characters before any base: nothing to draw */
			c->ch = 0;
			c->drawn = false;
			simple = false;
		} else if (cp[i] == '\t') {
			c->tab = c->ws = true;
			simple = false;
		} else {
			c->ws = types[i] == FRIBIDI_TYPE_WS;
			if (cp[i] == 0x2028 || cp[i] == 0x2029)
				c->ch = 0xFFFD; /* line and paragraph separators: terminals mishandle them */
		}
		marks = c->base >= 0 && !c->tab;
		if (c->base >= 0)
			clus_of[i++] = k;
		/* The zero-width code points after the base. */
		while (i < n && ((bits = bidi_width_bits(ch[i])) & 3) == 0 &&
		       (marks || !(bits & 4)) &&
		       !(ch[i] == 0xFEFF && (ar[i] & FRIBIDI_MASK_LIGATURED) && i + 1 < n)) {
			if (FRIBIDI_IS_EXPLICIT(types[i]) || FRIBIDI_IS_ISOLATE(types[i]))
				marks = false;
			clus_of[i++] = k;
		}
		c->last = i;
		k++;
	}
	e->nclus = k;
	e->simple = simple;
}
