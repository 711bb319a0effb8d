/* map.c: positions both ways between cells and logical bytes; lines as UTF-8. */
#include "config.h"

#include "bidi/bidi-private.h"
#include "text/text.h"

bool
bidi_visual_to_logical(const struct bidi_para *p, int line, int col, size_t *off)
{
	const struct bidi_line *l;
	int i, x;

	if (p == NULL || line < 0 || line >= p->nlines)
		return false;
	l = &p->lines[line];
	x = l->indent;
	for (i = 0; i < l->ncells; i++) {
		if (col >= x && col < x + l->cells[i].width) {
			*off = l->cells[i].start;
			return true;
		}
		x += l->cells[i].width;
	}
	return false;
}

/* The line whose logical range holds off, or -1. */
static int
map_line_of(const struct bidi_para *p, size_t off)
{
	int lo = 0, hi = p->nlines - 1, mid;

	if (p->nlines == 0 || off >= p->lines[hi].end)
		return -1;
	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		if (p->lines[mid].start <= off)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/*
 * The cell of line l to show off: the one holding it, else the drawn one
 * nearest before it in logical order, else the nearest after it.
 */
static int
map_cell_of(const struct bidi_line *l, size_t off)
{
	int i, before = -1, after = -1;
	const struct bidi_cell *c;

	for (i = 0; i < l->ncells; i++) {
		c = &l->cells[i];
		if (c->start <= off && off < c->end)
			return i;
		if (c->end <= off && (before < 0 || c->start > l->cells[before].start))
			before = i;
		if (c->start > off && (after < 0 || c->start < l->cells[after].start))
			after = i;
	}
	return before >= 0 ? before : after;
}

bool
bidi_logical_to_visual(const struct bidi_para *p, size_t off, int *line, int *col)
{
	const struct bidi_line *l;
	int ln, ci, i, x;

	if (p == NULL || (ln = map_line_of(p, off)) < 0)
		return false;
	l = &p->lines[ln];
	if ((ci = map_cell_of(l, off)) < 0)
		return false;
	x = l->indent;
	for (i = 0; i < ci; i++)
		x += l->cells[i].width;
	*line = ln;
	*col = x;
	return true;
}

void
bidi_line_to_utf8(struct buf *out, const struct bidi_line *line, bool indent)
{
	const struct bidi_cell *c;
	int i, m;

	for (i = 0; indent && i < line->indent; i++)
		buf_addc(out, ' ');
	for (i = 0; i < line->ncells; i++) {
		c = &line->cells[i];
		buf_add_cp(out, c->ch);
		for (m = 0; m < c->nmarks; m++)
			buf_add_cp(out, c->marks[m]);
	}
}
