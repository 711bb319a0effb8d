/*
 * draw.c: putting text on the screen.  All text goes through the bidi
 * engine: in `app` mode cells come in visual order, shaped; in `terminal`
 * and `off` modes the same cells are put back in logical order, unshaped,
 * for a terminal that does bidi itself.  No control character from the
 * text reaches the screen.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

bool ui_text_cut;

static int
cell_cmp_logical(const void *a, const void *b)
{
	const struct bidi_cell *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

struct bidi_para *
ui_layout(const char *s, size_t len, int width, bool pad)
{
	struct bidi_opts o;
	struct bidi_para *p = NULL;
	char *cause = NULL;
	bool app = ui_term.bidi == BIDI_TERM_APP;
	int i;

	bidi_opts_default(&o);
	o.width = width > 0 ? width : 0;
	o.pad = pad && app;
	o.shape = app;
	o.ligature = app;
	o.mirror = app;
	if (bidi_layout(s, len, &o, &p, &cause) != 0) {
		free(cause);
		return NULL;
	}
	for (i = 0; !app && i < p->nlines; i++)
		qsort(p->lines[i].cells, (size_t)p->lines[i].ncells, sizeof p->lines[i].cells[0],
		      cell_cmp_logical);
	return p;
}

/*
 * The bidi controls --bidi terminal joins to a cell, in the order they must
 * follow the cell's own character: the close of an isolate that ends with
 * this cell, the row's mark, the open of an isolate that starts after it.
 */
static const wchar_t cell_controls[] = { 0x2069, 0x200E, 0x200F, 0x2067 };
#define NCONTROLS (sizeof cell_controls / sizeof cell_controls[0])

static int
control_slot(wchar_t c)
{
	size_t i;

	for (i = 0; i < NCONTROLS; i++)
		if (cell_controls[i] == c)
			return (int)i;
	return -1;
}

/* Join the control c to the cell at y, x: it replaces one of its kind there (LRM and RLM are one kind). */
static void
cell_control(int y, int x, wchar_t c)
{
	wchar_t w[CCHARW_MAX + 1];
	bool has[NCONTROLS] = { false };
	cchar_t cc;
	attr_t at;
	short pair;
	int n, k = 0, i, slot;
	size_t j;

	if (x < 0 || y < 0 || y >= LINES || x >= COLS)
		return;
	if (mvin_wch(y, x, &cc) == ERR || getcchar(&cc, w, &at, &pair, NULL) == ERR)
		return;
	for (n = 0; w[n] != 0 && n < CCHARW_MAX; n++)
		;
	for (i = 0; i < n; i++) /* controls from an earlier drawing are put back in order below */
		if (i == 0 || (slot = control_slot(w[i])) < 0)
			w[k++] = w[i];
		else
			has[slot] = true;
	if (k == 0)
		return;
	if (c == 0x200E || c == 0x200F)
		has[1] = has[2] = false;
	has[control_slot(c)] = true;
	for (j = 0; j < NCONTROLS; j++)
		if (has[j] && k < CCHARW_MAX)
			w[k++] = cell_controls[j];
	w[k] = 0;
	if (setcchar(&cc, w, at, pair, NULL) != ERR)
		mvadd_wch(y, x, &cc);
}

/* Whether --bidi terminal may join controls to cells: mlterm gives each one a column of its own. */
static bool
controls_allowed(void)
{
	return ui_term.bidi == BIDI_TERM_TERMINAL && !ui_term.hints.mlterm;
}

/* mlterm outside tmux: controls are written over blank cells instead (ui_term_control). */
static bool
controls_over_blanks(void)
{
	return ui_term.bidi == BIDI_TERM_TERMINAL && ui_term.hints.mlterm && !ui_term.hints.tmux;
}

static void
mark_cell(int y, int x, uint32_t mark)
{
	if (controls_allowed() && x > 0)
		cell_control(y, x - 1, (wchar_t)mark);
}

/* Whether the cells of row y in [x0, x1) are all blank. */
static bool
blank_cells(int y, int x0, int x1)
{
	cchar_t cc;
	wchar_t w[CCHARW_MAX + 1];
	attr_t at;
	short pair;
	int i;

	if (x0 < 0 || x1 > COLS || x0 >= x1)
		return false;
	for (i = x0; i < x1; i++)
		if (mvin_wch(y, i, &cc) == ERR || getcchar(&cc, w, &at, &pair, NULL) == ERR ||
		    w[0] != L' ' || w[1] != 0)
			return false;
	return true;
}

void
ui_mark_row(int y, int x, uint32_t mark)
{
	mark_cell(y, x, mark);
	if (controls_over_blanks() && blank_cells(y, 0, x)) /* nothing strong before x */
		ui_term_control(y, 0, mark);
}

void
ui_isolate_rtl(int y, int x, int n)
{
	if (x <= 0 || n <= 0)
		return;
	if (controls_allowed()) {
		cell_control(y, x - 1, 0x2067);
		cell_control(y, x + n - 1, 0x2069);
	} else if (controls_over_blanks() && blank_cells(y, x - 1, x)) {
		ui_term_control(y, x - 1, 0x2067);
		if (blank_cells(y, x + n, x + n + 1))
			ui_term_control(y, x + n, 0x2069);
	}
}

void
ui_fill(int y, int x, int w, enum ui_attr a)
{
	cchar_t cc;
	wchar_t sp[2] = { L' ', 0 };

	if (w <= 0)
		return;
	setcchar(&cc, sp, ui_attr(a), ui_pair(a), NULL);
	mvhline_set(y, x, &cc, w);
}

/* Put one cell (never a control: those become U+FFFD). */
static void
put_cell(const struct bidi_cell *c, enum ui_attr a)
{
	wchar_t w[BIDI_MAX_MARKS + 2];
	cchar_t cc;
	int i, n = 0;

	w[n++] = (c->ch < 0x20 || (c->ch >= 0x7f && c->ch < 0xa0)) ? 0xFFFD : (wchar_t)c->ch;
	for (i = 0; i < c->nmarks && i < BIDI_MAX_MARKS && n < CCHARW_MAX; i++)
		if (c->marks[i] >= 0x300)
			w[n++] = (wchar_t)c->marks[i];
	w[n] = 0;
	setcchar(&cc, w, ui_attr(a), ui_pair(a), NULL);
	add_wch(&cc);
}

void
ui_draw_cells(int y, int x, const struct bidi_line *l, enum ui_attr base, ui_cell_attr_fn fn,
	      void *ctx)
{
	int i;

	mark_cell(y, x + l->indent, 0x200E);
	move(y, x + l->indent);
	for (i = 0; i < l->ncells; i++)
		put_cell(&l->cells[i], fn ? fn(ctx, &l->cells[i], base) : base);
}

/* The widest prefix of a line's cells that fits in w. */
static int
cells_fitting(const struct bidi_line *l, int w, int *used)
{
	int i, n = 0;

	for (i = 0; i < l->ncells && n + l->cells[i].width <= w; i++)
		n += l->cells[i].width;
	*used = n;
	return i;
}

int
ui_draw_text(int y, int x, int w, const char *s, enum ui_attr a, enum ui_align al)
{
	struct bidi_para *p = NULL;
	struct bidi_line l;
	static const struct bidi_cell ell = { .ch = 0x2026, .width = 1 };
	int used, n, off = 0;
	bool more, rtl;

	ui_text_cut = false;
	if (s == NULL || w <= 0 || (p = ui_layout(s, strlen(s), w, false)) == NULL || p->nlines == 0) {
		if (p)
			bidi_para_free(p);
		return 0;
	}
	if (p->nlines > 1 && w > 1) { /* break at a word that leaves room for the ellipsis */
		bidi_para_free(p);
		if ((p = ui_layout(s, strlen(s), w - 1, false)) == NULL || p->nlines == 0) {
			bidi_para_free(p);
			return 0;
		}
	}
	l = p->lines[0];
	more = p->nlines > 1;
	ui_text_cut = more;
	rtl = p->dir == BIDI_RTL && ui_term.bidi == BIDI_TERM_APP;
	n = cells_fitting(&l, more ? w - 1 : w, &used);
	if (rtl && n < l.ncells) /* the line starts on the right: keep that end */
		l.cells += l.ncells - n;
	l.ncells = n;
	l.indent = 0;
	if (al == AL_RIGHT || (al == AL_AUTO && p->dir == BIDI_RTL))
		off = w - used - (more ? 1 : 0);
	if (more && rtl) {
		move(y, x + off);
		put_cell(&ell, a);
		off++;
	}
	ui_draw_cells(y, x + off, &l, a, NULL, NULL);
	if (more && !rtl)
		put_cell(&ell, a);
	if (p->dir == BIDI_RTL) /* in a row of columns, Arabic text keeps its own order */
		ui_isolate_rtl(y, x + off - (more && rtl ? 1 : 0), used + (more ? 1 : 0));
	bidi_para_free(p);
	return used + (more ? 1 : 0);
}
