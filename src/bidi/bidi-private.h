/*
 * bidi-private.h: what the files of src/bidi share.  The engine keeps one
 * paragraph's working arrays (all indexed by code point) between calls.
 */
#ifndef KHABAR_BIDI_PRIVATE_H
#define KHABAR_BIDI_PRIVATE_H

#include <fribidi.h>
#include <unicode/ubrk.h>

#include "bidi/bidi.h"

#define BIDI_DOTTED_CIRCLE 0x25CC /* base drawn under marks that have none */

/*
 * A cluster: what one cell (or a tab's cells) stands for: a base character
 * and the zero-width characters after it (marks, format characters), or
 * the two letters of a lam-alef ligature.  Code point range [first, last).
 */
struct bidi_clus {
	int first, last;
	int base;          /* code point that places the cell; -1: nothing to draw */
	uint32_t ch;       /* what to draw (shaped, not yet mirrored) */
	int width;         /* cells; a tab's width is set per line */
	int x;             /* column it starts at in its line (wrap.c) */
	bool ws;           /* whitespace (L1): hangs at a line's end */
	bool tab;          /* a tab: blanks to the next tab stop */
	bool drawn;        /* false for whitespace that does not fit at a line's end */
};

/* One screen line before reordering: clusters [first, last), cells it needs. */
struct bidi_span {
	int first, last;
	int ncells, width;
};

/* Working arrays for one paragraph, kept between paragraphs. */
struct bidi_engine {
	int cap;                    /* code points the arrays hold */
	uint32_t *cp;               /* code points; controls and invalid bytes are U+FFFD */
	FriBidiChar *shaped;        /* cp after Arabic shaping (same as cp when off) */
	uint32_t *off;              /* byte offset of each code point, off[n] = length */
	FriBidiCharType *types;     /* bidi classes */
	FriBidiBracketType *btypes; /* paired brackets (BD16) */
	FriBidiLevel *levels;       /* resolved levels (L1 applied per line) */
	FriBidiArabicProp *ar;      /* joining and ligature state */
	FriBidiStrIndex *map;       /* visual position -> code point, per line */
	int *clus_of;               /* code point -> its cluster */
	struct bidi_clus *clus;
	struct bidi_span *spans;
	int spans_cap;
	int n, nclus, nspans;
	bool mirror;                /* bidi_opts.mirror of this layout */
	bool simple;                /* no tab, every cluster drawable: lines are quick to finish */
	FriBidiParType base_dir;    /* resolved paragraph direction */

	UBreakIterator *brk;        /* ICU line breaks (UAX #14), opened once */
	UChar *u16;                 /* the paragraph in UTF-16, for brk */
	int *u16_cp;                /* UTF-16 index -> code point, for brk's answers */
	int u16_len, u16_cap;
	bool u16_ready;             /* u16 holds this paragraph */
	int32_t brk_at;             /* brk reads u16 from this index on; -1: not this paragraph */
	bool icu_only;              /* tests: ICU reads every paragraph whole, no shortcut */
};

/* cluster.c: group the paragraph's code points into clusters. */
void bidi_cluster_build(struct bidi_engine *e, const FriBidiChar *ch);
/* wrap.c: break into lines in logical order (e->spans); -1 on an ICU error. */
int bidi_wrap_lines(struct bidi_engine *e, const struct bidi_opts *o, char **cause);
/* reorder.c: reorder one line into cells (span's ncells of them). */
int bidi_reorder_line(struct bidi_engine *e, const struct bidi_span *sp, struct bidi_cell *cells,
		      char **cause);
/* width.c: true for combining marks (Mn, Me), drawn on their base. */
bool bidi_char_is_mark(uint32_t cp);

/*
 * What width.c knows of a code point, as bits: width (0-2) | 4 for a mark |
 * 8 (known).  Asked several times per character, so the answers for the
 * Basic Multilingual Plane are kept in a table filled on first use.
 */
extern uint8_t bidi_width_cache[0x10000];
uint8_t bidi_width_lookup(uint32_t cp);

static inline uint8_t
bidi_width_bits(uint32_t cp)
{
	if (cp >= 0x10000)
		return bidi_width_lookup(cp);
	if (bidi_width_cache[cp] == 0)
		bidi_width_cache[cp] = bidi_width_lookup(cp);
	return bidi_width_cache[cp];
}

#endif
