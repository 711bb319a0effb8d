/*
 * engine.c: one paragraph through the pipeline, in the order UAX #9 asks:
 * decode; resolve levels once per paragraph (fribidi, brackets included);
 * shape Arabic in logical order; group clusters; break lines in logical
 * order (wrap.c); reorder each line (reorder.c).  The result is one block
 * of memory: the paragraph, its lines, their cells.
 */
#include "config.h"
#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "bidi/bidi-private.h"
#include "text/text.h"

void
bidi_opts_default(struct bidi_opts *o)
{
	o->width = 80;
	o->dir = BIDI_AUTO;
	o->shape = true;
	o->ligature = true;
	o->pad = true;
	o->mirror = true;
	o->tabstop = 8;
}

/*
 * The block of the paragraph freed last, kept for the next layout: one
 * large malloc and free per paragraph would make glibc consolidate the many
 * small blocks fribidi frees, which costs more than the layout itself.
 */
static _Thread_local struct bidi_para *engine_spare;

struct bidi_engine *
bidi_engine_new(char **cause)
{
	struct bidi_engine *e = xcalloc(1, sizeof *e);
	UErrorCode err = U_ZERO_ERROR;

	e->brk = ubrk_open(UBRK_LINE, "ar", NULL, 0, &err);
	if (U_FAILURE(err)) {
		*cause = xasprintf("ICU line breaker: %s", u_errorName(err));
		free(e);
		return NULL;
	}
	return e;
}

void
bidi_engine_free(struct bidi_engine *e)
{
	if (e == NULL)
		return;
	ubrk_close(e->brk);
	free(e->u16);
	free(e->u16_cp);
	free(e->cp);
	free(e->shaped);
	free(e->off);
	free(e->types);
	free(e->btypes);
	free(e->levels);
	free(e->ar);
	free(e->map);
	free(e->clus_of);
	free(e->clus);
	free(e->spans);
	free(e);
	free(engine_spare); /* this thread's spare block, if any */
	engine_spare = NULL;
}

/* Make room for n code points in every working array. */
static void
engine_reserve(struct bidi_engine *e, size_t n)
{
	size_t cap = e->cap ? (size_t)e->cap : 256;

	if (n <= (size_t)e->cap)
		return;
	while (cap < n)
		cap *= 2;
	e->cp = xrealloc(e->cp, cap * sizeof *e->cp);
	e->shaped = xrealloc(e->shaped, cap * sizeof *e->shaped);
	e->off = xrealloc(e->off, (cap + 1) * sizeof *e->off);
	e->types = xrealloc(e->types, cap * sizeof *e->types);
	e->btypes = xrealloc(e->btypes, cap * sizeof *e->btypes);
	e->levels = xrealloc(e->levels, cap * sizeof *e->levels);
	e->ar = xrealloc(e->ar, cap * sizeof *e->ar);
	e->map = xrealloc(e->map, cap * sizeof *e->map);
	e->clus_of = xrealloc(e->clus_of, cap * sizeof *e->clus_of);
	e->clus = xrealloc(e->clus, cap * sizeof *e->clus);
	e->cap = (int)cap;
}

/* UTF-8 to code points; invalid bytes and controls (but tab) become U+FFFD. */
static void
engine_decode(struct bidi_engine *e, const char *s, size_t len)
{
	const unsigned char *u;
	size_t pos = 0;
	int32_t c;
	int n = 0;

	while (pos < len) {
		e->off[n] = (uint32_t)pos;
		u = (const unsigned char *)s + pos;
		if (u[0] >= 0x20 && u[0] < 0x7F) {
			e->cp[n++] = u[0];
			pos++;
			continue;
		}
		if (u[0] >= 0xC2 && u[0] <= 0xDF && pos + 1 < len && (u[1] & 0xC0) == 0x80 &&
		    (u[0] > 0xC2 || u[1] > 0x9F)) { /* two bytes, not a C1 control: Arabic */
			e->cp[n++] = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
			pos += 2;
			continue;
		}
		c = utf8_next(s, len, &pos);
		if (c < 0 || (c != '\t' && text_is_control((uint32_t)c)))
			c = 0xFFFD;
		e->cp[n++] = (uint32_t)c;
	}
	e->off[n] = (uint32_t)len;
	e->n = n;
}

/* Resolve embedding levels for the whole paragraph. */
static int
engine_levels(struct bidi_engine *e, enum bidi_dir dir, char **cause)
{
	e->base_dir = dir == BIDI_RTL ? FRIBIDI_PAR_RTL : dir == BIDI_LTR ? FRIBIDI_PAR_LTR
									    : FRIBIDI_PAR_ON;
	fribidi_get_bidi_types(e->cp, e->n, e->types);
	fribidi_get_bracket_types(e->cp, e->n, e->types, e->btypes);
	if (e->n > 0 && fribidi_get_par_embedding_levels_ex(e->types, e->btypes, e->n, &e->base_dir,
							     e->levels) == 0) {
		*cause = xstrdup("bidi levels failed (out of memory)");
		return -1;
	}
	if (e->n == 0 && e->base_dir == FRIBIDI_PAR_ON)
		e->base_dir = FRIBIDI_PAR_LTR;
	return 0;
}

/* Join Arabic and shape it into presentation forms, in logical order. */
static const FriBidiChar *
engine_shape(struct bidi_engine *e, const struct bidi_opts *o)
{
	FriBidiFlags flags = FRIBIDI_FLAG_SHAPE_ARAB_PRES;

	if (!o->shape) {
		memset(e->ar, 0, (size_t)e->n * sizeof *e->ar);
		return e->cp;
	}
	if (o->ligature)
		flags |= FRIBIDI_FLAG_SHAPE_ARAB_LIGA;
	memcpy(e->shaped, e->cp, (size_t)e->n * sizeof *e->shaped);
	fribidi_get_joining_types(e->shaped, e->n, e->ar);
	fribidi_join_arabic(e->types, e->n, e->levels, e->ar);
	fribidi_shape_arabic(flags, e->levels, e->n, e->ar, e->shaped);
	return e->shaped;
}

/* Round n up so that what follows it is suitably aligned. */
static size_t
engine_align(size_t n)
{
	size_t a = alignof(max_align_t);

	return (n + a - 1) / a * a;
}

/* A block of at least size bytes, the spare one when it is big enough. */
static struct bidi_para *
engine_block(size_t size)
{
	struct bidi_para *p = engine_spare;

	engine_spare = NULL;
	if (p != NULL && p->size >= size)
		return p;
	free(p);
	p = xmalloc(size + size / 2);
	p->size = size + size / 2;
	return p;
}

/* Allocate the result: paragraph, lines and cells in one block. */
static struct bidi_para *
engine_alloc(const struct bidi_engine *e)
{
	size_t ncells = 0, lines_at, cells_at, size;
	struct bidi_para *p;
	int i;

	for (i = 0; i < e->nspans; i++)
		ncells += (size_t)e->spans[i].ncells;
	lines_at = engine_align(sizeof *p);
	cells_at = lines_at + engine_align((size_t)e->nspans * sizeof(struct bidi_line));
	p = engine_block(cells_at + ncells * sizeof(struct bidi_cell));
	size = p->size;
	memset(p, 0, cells_at); /* the cells are all written by reorder.c */
	p->size = size;
	p->lines = (struct bidi_line *)((char *)p + lines_at);
	p->nlines = e->nspans;
	p->dir = FRIBIDI_IS_RTL(e->base_dir) ? BIDI_RTL : BIDI_LTR;
	p->lines[0].cells = (struct bidi_cell *)((char *)p + cells_at);
	return p;
}

/* Reorder every line into the result. */
static int
engine_fill(struct bidi_engine *e, const struct bidi_opts *o, struct bidi_para *p, char **cause)
{
	struct bidi_cell *cells = p->lines[0].cells;
	struct bidi_line *l;
	const struct bidi_span *sp;
	int i;

	for (i = 0; i < e->nspans; i++) {
		sp = &e->spans[i];
		l = &p->lines[i];
		l->cells = cells;
		l->ncells = sp->ncells;
		l->width = sp->width;
		l->start = sp->first < sp->last ? e->off[e->clus[sp->first].first] : 0;
		l->end = sp->first < sp->last ? e->off[e->clus[sp->last - 1].last] : 0;
		if (o->pad && p->dir == BIDI_RTL && o->width > l->width)
			l->indent = o->width - l->width;
		if (bidi_reorder_line(e, sp, cells, cause) != 0)
			return -1;
		cells += sp->ncells;
	}
	return 0;
}

int
bidi_engine_layout(struct bidi_engine *e, const char *s, size_t len, const struct bidi_opts *o,
		   struct bidi_para **out, char **cause)
{
	struct bidi_para *p;

	*out = NULL;
	if (len >= (size_t)1 << 30) {
		*cause = xstrdup("paragraph too long to lay out");
		return -1;
	}
	engine_reserve(e, len + 1);
	e->u16_ready = false;
	engine_decode(e, s, len);
	if (engine_levels(e, o->dir, cause) != 0)
		return -1;
	e->mirror = o->mirror;
	bidi_cluster_build(e, engine_shape(e, o));
	if (bidi_wrap_lines(e, o, cause) != 0)
		return -1;
	p = engine_alloc(e);
	if (engine_fill(e, o, p, cause) != 0) {
		free(p);
		return -1;
	}
	*out = p;
	return 0;
}

void
bidi_para_free(struct bidi_para *p)
{
	if (p == NULL)
		return;
	if (engine_spare == NULL && p->size <= ((size_t)1 << 20)) {
		engine_spare = p; /* the next layout reuses it */
		return;
	}
	free(p);
}

/* The engine bidi_layout uses, made on first use and freed at exit. */
static struct bidi_engine *engine_default;

static void
engine_default_free(void)
{
	bidi_engine_free(engine_default);
	engine_default = NULL;
}

int
bidi_layout(const char *s, size_t len, const struct bidi_opts *o, struct bidi_para **out,
	    char **cause)
{
	if (engine_default == NULL) {
		if ((engine_default = bidi_engine_new(cause)) == NULL)
			return -1;
		atexit(engine_default_free);
	}
	return bidi_engine_layout(engine_default, s, len, o, out, cause);
}
