/*
 * cluster.c: group a paragraph's code points into clusters, the units that
 * become cells: a base character with the marks and format characters
 * after it, or both letters of a lam-alef ligature (fribidi leaves U+FEFF
 * where the lam was and the ligature where the alef was).
 */
#include "config.h"

#include "bidi/bidi-private.h"

/* True when code point i is the filler fribidi left for a ligature. */
static inline bool
cluster_is_filler(const struct bidi_engine *e, const FriBidiChar *ch, int i)
{
	return ch[i] == 0xFEFF && (e->ar[i] & FRIBIDI_MASK_LIGATURED) && i + 1 < e->n;
}

/* What to draw for base code point i (shaped glyph ch[i]). */
static inline uint32_t
cluster_glyph(const struct bidi_engine *e, const FriBidiChar *ch, int i)
{
	if (e->cp[i] == 0x2028 || e->cp[i] == 0x2029)
		return 0xFFFD; /* line and paragraph separators: terminals mishandle them */
	return ch[i];
}

/*
 * Add zero-width code points from *i to cluster k.  Marks join only a
 * cluster with a base and no bidi control before them: after an embedding
 * or isolate control a mark belongs to another directional run (UAX #9 W1),
 * so it gets a cell of its own; so does a mark after a tab (drawn as blanks,
 * and given the paragraph's level by L1).
 */
static void
cluster_absorb(struct bidi_engine *e, const FriBidiChar *ch, int k, int *i)
{
	struct bidi_clus *c = &e->clus[k];
	bool marks = c->base >= 0 && !c->tab;

	uint8_t bits;

	while (*i < e->n && ((bits = bidi_width_bits(ch[*i])) & 3) == 0 &&
	       (marks || !(bits & 4)) && !cluster_is_filler(e, ch, *i)) {
		if (FRIBIDI_IS_EXPLICIT(e->types[*i]) || FRIBIDI_IS_ISOLATE(e->types[*i]))
			marks = false;
		e->clus_of[(*i)++] = k;
	}
	c->last = *i;
}

/* Start cluster k at code point *i and advance past its base. */
static void
cluster_start(struct bidi_engine *e, const FriBidiChar *ch, int k, int *i)
{
	struct bidi_clus *c = &e->clus[k];
	uint8_t bits;
	int w;

	c->first = *i;
	c->drawn = true;
	if (cluster_is_filler(e, ch, *i)) {
		e->clus_of[*i] = k;
		(*i)++;
	}
	bits = bidi_width_bits(ch[*i]);
	w = bits & 3;
	c->base = *i;
	c->ch = cluster_glyph(e, ch, *i);
	c->width = w;
	if (w == 0 && (bits & 4)) {
		c->ch = BIDI_DOTTED_CIRCLE; /* a mark with nothing to sit on */
		c->width = 1;
	} else if (w == 0) {
		c->base = -1; /* format characters before any base: nothing to draw */
		c->ch = 0;
		c->drawn = false;
		return;
	}
	c->tab = e->cp[*i] == '\t';
	c->ws = c->tab || e->types[*i] == FRIBIDI_TYPE_WS;
	e->clus_of[(*i)++] = k;
}

void
bidi_cluster_build(struct bidi_engine *e, const FriBidiChar *ch)
{
	int i = 0, k = 0;

	e->simple = true;
	while (i < e->n) {
		e->clus[k].ws = e->clus[k].tab = false;
		cluster_start(e, ch, k, &i);
		cluster_absorb(e, ch, k, &i);
		e->simple &= e->clus[k].base >= 0 && !e->clus[k].tab;
		k++;
	}
	e->nclus = k;
}
