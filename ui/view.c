/*
 * view.c: what every list view shares: rows, the cursor, scrolling, and
 * the generic routine that draws a view's columns (views only say which
 * columns they have and fill rows).
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

struct view *
view_new(const struct view_ops *ops, void *data)
{
	struct view *v = xcalloc(1, sizeof *v);

	v->ops = ops;
	v->data = data;
	return v;
}

void
view_rows_clear(struct view *v)
{
	int i, j;

	for (i = 0; i < v->nrows; i++) {
		for (j = 0; j < 4; j++)
			free(v->rows[i].col[j]);
		free(v->rows[i].key);
	}
	v->nrows = 0;
}

void
view_free(struct view *v)
{
	if (v == NULL)
		return;
	if (v->ops->free)
		v->ops->free(v);
	view_rows_clear(v);
	free(v->rows);
	free(v);
}

struct row *
view_add_row(struct view *v)
{
	struct row *r;

	if (v->nrows == v->cap)
		v->rows = xrealloc(v->rows, (size_t)(v->cap = v->cap ? 2 * v->cap : 64) * sizeof *v->rows);
	r = &v->rows[v->nrows++];
	memset(r, 0, sizeof *r);
	return r;
}

/* Rows available for the list (one line goes to the title when there is one). */
static int
view_body_h(struct view *v)
{
	return v->title ? v->h - 1 : v->h;
}

/* Move the cursor to row `to` (clamped), paging in rows and scrolling as needed. */
void
view_move(struct view *v, int to)
{
	int h = view_body_h(v);

	while (to >= v->nrows && v->ops->more && v->ops->more(v))
		;
	if (to >= v->nrows)
		to = v->nrows - 1;
	if (to < 0)
		to = 0;
	v->cur = to;
	if (v->cur < v->top)
		v->top = v->cur;
	if (h > 0 && v->cur >= v->top + h)
		v->top = v->cur - h + 1;
}

bool
view_list_action(struct view *v, enum action a)
{
	int h = view_body_h(v);

	switch (a) {
	case ACT_MOVE_DOWN: view_move(v, v->cur + 1); return true;
	case ACT_MOVE_UP: view_move(v, v->cur - 1); return true;
	case ACT_PAGE_DOWN: v->top += h; view_move(v, v->cur + h); return true;
	case ACT_PAGE_UP: v->top = v->top > h ? v->top - h : 0; view_move(v, v->cur - h); return true;
	case ACT_FIRST: view_move(v, 0); return true;
	case ACT_LAST:
		while (v->ops->more && v->ops->more(v))
			;
		view_move(v, v->nrows - 1);
		return true;
	case ACT_OPEN:
		if (v->nrows > 0 && v->ops->open)
			v->ops->open(v, &v->rows[v->cur]);
		return true;
	default:
		return false;
	}
}

#define MIN_REST 24 /* cells the text column keeps (at most half the pane) before fixed columns go */

/*
 * Which columns fit: fixed-width columns after the first are dropped, the
 * rightmost first, while the text column would get fewer than MIN_REST cells.
 */
static unsigned
view_columns_shown(struct view *v)
{
	const struct column *c = v->ops->columns;
	unsigned shown = 0;
	int i, n = 0, rest = v->w - 2;

	for (i = 0; i < 4 && c[i].width >= 0; i++, n++) {
		shown |= 1u << i;
		rest -= c[i].width > 0 ? c[i].width + 1 : 0;
	}
	for (i = n - 1; i > 0 && rest < (MIN_REST < v->w / 2 ? MIN_REST : v->w / 2); i--) {
		if (c[i].width > 0) {
			shown &= ~(1u << i);
			rest += c[i].width + 1;
		}
	}
	return shown;
}

/* Cells taken by the shown fixed-width columns after column i (and their gaps). */
static int
view_fixed_after(struct view *v, unsigned shown, int i)
{
	const struct column *c = v->ops->columns;
	int n = 0;

	for (i++; i < 4 && c[i].width >= 0; i++)
		if ((shown & (1u << i)) && c[i].width > 0)
			n += c[i].width + 1;
	return n;
}

/* Draw one row: columns left to right, each in its box. */
static void
view_draw_row(struct view *v, int y, struct row *r, bool cur)
{
	const struct column *c = v->ops->columns;
	enum ui_attr a, rowattr = cur ? (v->focused ? UA_CURSOR : UA_CURSOR_DIM) : UA_NORMAL;
	int x = v->x + 1, w, i, indent = r->depth * 2;
	unsigned shown = view_columns_shown(v);
	bool alone = true; /* only the first column has text (a heading): it takes the whole row */

	for (i = 1; i < 4 && c[i].width >= 0; i++)
		alone = alone && r->col[i] == NULL;
	ui_fill(y, v->x, v->w, rowattr);
	for (i = 0; i < 4 && c[i].width >= 0; i++) {
		if (!(shown & (1u << i)))
			continue;
		w = c[i].width > 0 ? c[i].width : v->x + v->w - 1 - x - view_fixed_after(v, shown, i);
		if (i == 0 && alone)
			w = v->x + v->w - 1 - x;
		if (x + w > v->x + v->w - 1)
			w = v->x + v->w - 1 - x;
		if (w <= 0)
			break;
		a = cur ? rowattr : c[i].attr != UA_NORMAL ? c[i].attr : r->attr;
		if (i == 0 && indent > 0 && indent < w) {
			ui_draw_text(y, x + indent, w - indent, r->col[i], a, c[i].align);
		} else
			ui_draw_text(y, x, w, r->col[i], a, c[i].align);
		if (cur && c[i].width == 0)
			v->cut = ui_text_cut;
		x += w + 1;
	}
}

const char *
view_cut_text(struct view *v)
{
	const struct column *c = v->ops->columns;
	int i;

	if (c == NULL || !v->cut || v->cur >= v->nrows)
		return NULL;
	for (i = 0; i < 4 && c[i].width >= 0; i++)
		if (c[i].width == 0)
			return v->rows[v->cur].col[i];
	return NULL;
}

void
view_list_draw(struct view *v)
{
	int y = v->y, i;

	v->cut = false;
	if (v->title) {
		ui_fill(y, v->x, v->w, UA_META);
		ui_draw_text(y, v->x + 1, v->w - 2, v->title, UA_META, AL_LEFT);
		y++;
	}
	for (i = v->top; y < v->y + v->h; i++, y++) {
		if (i < v->nrows)
			view_draw_row(v, y, &v->rows[i], i == v->cur);
		else
			ui_fill(y, v->x, v->w, UA_NORMAL);
	}
	if (v->nrows == 0 && view_body_h(v) > 0)
		ui_draw_text(v->title ? v->y + 1 : v->y, v->x + 1, v->w - 2, "(nothing here)", UA_META,
			     AL_LEFT);
}
