/*
 * fuzz-bidi.c: the bidi layout engine (src/bidi).  Byte 0 gives the width
 * (1..300), byte 1 the direction and options; the rest is the paragraph
 * (any bytes: invalid UTF-8 and controls are drawn as U+FFFD).  Both
 * position maps are walked and every line turned back into UTF-8.
 */
#include "config.h"

#include "bidi/bidi.h"
#include "text/text.h"
#include "tests/fuzz/fuzz.h"

static struct bidi_engine *engine;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *cause = NULL;

	engine = bidi_engine_new(&cause);
	FUZZ_ASSERT(engine != NULL);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bidi_opts o;
	struct bidi_para *p = NULL;
	char *cause = NULL;
	struct buf b;
	size_t off, step, got;
	int i, k, line, col, cstep;

	if (size < 2)
		return 0;
	bidi_opts_default(&o);
	o.width = 1 + data[0] % 300;
	o.dir = (enum bidi_dir)(data[1] % 3);
	o.shape = (data[1] & 0x04) == 0;
	o.ligature = (data[1] & 0x08) == 0;
	o.pad = (data[1] & 0x10) == 0;
	o.tabstop = data[1] & 0x20 ? 1 + (data[1] >> 6) : 8;
	if ((data[1] & 0xE0) == 0xE0)
		o.width = 0; /* no wrapping */
	data += 2;
	size -= 2;
	if (bidi_engine_layout(engine, (const char *)data, size, &o, &p, &cause) != 0) {
		FUZZ_ASSERT(cause != NULL);
		free(cause);
		return 0;
	}
	FUZZ_ASSERT(p != NULL && p->nlines >= 0);
	FUZZ_ASSERT(p->dir == BIDI_LTR || p->dir == BIDI_RTL);
	buf_init(&b);
	for (i = 0; i < p->nlines; i++) {
		const struct bidi_line *l = &p->lines[i];

		FUZZ_ASSERT(l->start <= l->end && l->end <= size);
		for (k = 0; k < l->ncells; k++) {
			const struct bidi_cell *c = &l->cells[k];

			FUZZ_ASSERT(c->start <= c->end && c->end <= size);
			FUZZ_ASSERT(c->nmarks >= 0 && c->nmarks <= BIDI_MAX_MARKS);
			FUZZ_ASSERT(!text_is_control(c->ch));
		}
		buf_reset(&b);
		bidi_line_to_utf8(&b, l, i % 2 == 0);
		/*
		 * Each lookup walks the line's cells: a few hundred columns, not
		 * every one, or an unwrapped 4 KB line costs seconds (a timeout
		 * under load, 2026-12-02); the last columns always.
		 */
		cstep = (l->indent + l->width + 2) / 256 + 1;
		for (col = 0; col <= l->indent + l->width + 1; col += col + cstep > l->indent + l->width ? 1 : cstep)
			if (bidi_visual_to_logical(p, i, col, &got))
				FUZZ_ASSERT(got <= size);
	}
	bidi_visual_to_logical(p, -1, 0, &got);
	bidi_visual_to_logical(p, p->nlines, 0, &got);
	/* At most a few hundred offsets, so that a long paragraph stays fast. */
	step = size / 256 + 1;
	for (off = 0; off <= size + 1; off += step)
		if (bidi_logical_to_visual(p, off, &line, &col))
			FUZZ_ASSERT(line >= 0 && line < p->nlines && col >= 0);
	buf_free(&b);
	bidi_para_free(p);
	return 0;
}
