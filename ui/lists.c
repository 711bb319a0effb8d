/*
 * lists.c: the full-screen lists: search results, related statements,
 * annotations and the help screen.  Each is only a load function, its
 * columns and what Enter does; view.c draws them.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

/* A full-screen list on the heap (freed when popped). */
static struct screen *
list_screen(const struct view_ops *ops, void *data, const char *name, const char *title)
{
	struct screen *s = xcalloc(1, sizeof *s);

	s->v[0] = view_new(ops, data);
	s->v[0]->title = title;
	s->nv = 1;
	s->name = name;
	s->heap = true;
	return s;
}

/* ---- Search results ---- */

/*
 * A search result takes two lines: its date, source and title, then the
 * snippet around the match with the matched words highlighted, so that a
 * reader sees why it matched (the form found, exact or by stem).  Articles
 * with the exact form of every word come first, each group newest first.
 */
static const struct column search_columns[] = {
	{ 10, AL_LEFT, UA_META }, { 12, AL_AUTO, UA_META }, { 0, AL_AUTO, UA_NORMAL }, { -1, 0, 0 },
};

#define SEARCH_ROW_LINES 2

static int
add_hit(void *ctx, const struct store_hit *h)
{
	struct row *r = view_add_row(ctx);

	r->col[0] = xstrdup(h->date ? h->date : "undated");
	r->col[1] = xstrdup(h->source ? h->source : "-");
	r->col[2] = h->title ? xstrdup(h->title) : store_snippet_marks(h->snippet ? h->snippet : "", "", "");
	r->col[3] = xstrdup(h->snippet ? h->snippet : "");
	r->attr = h->exact ? UA_NORMAL : UA_META;
	r->id = h->id;
	return 0;
}

static void
search_open(struct view *v, struct row *r)
{
	ui_open_article(r->id, 0);
}

/* A search list's data: its query, the cursor of the next page, the counts, the title line. */
struct search_data {
	char *query;
	char *title;
	struct store_search_cursor next;
	struct store_search_counts counts;
};

#define SEARCH_FIRST 40 /* results fetched for the first screen (each makes its snippet) */
#define SEARCH_PAGE 200 /* results fetched at a time after it, as the cursor goes down */

/* How many results the counts say there are: "650", or "1000+" when counting stopped at its cap. */
static char *
search_total_text(const struct search_data *d, int nrows)
{
	const struct store_search_counts *n = &d->counts;

	if (d->next.group >= 2) /* all listed: the list knows */
		return xasprintf("%d", nrows);
	if (n->exact_more || n->stem_more || n->stem < 0)
		return xasprintf("%lld+", (long long)(n->exact + (n->stem > 0 ? n->stem : 0)));
	return xasprintf("%lld", (long long)(n->exact + n->stem));
}

static void
search_status(struct view *v, struct buf *b)
{
	struct search_data *d = v->data;
	char *total = search_total_text(d, v->nrows);

	buf_printf(b, "result %d/%s", v->nrows ? v->cur + 1 : 0, total);
	if (v->nrows > 0)
		buf_adds(b, v->rows[v->cur].attr == UA_NORMAL ? " · exact" : " · by stem");
	free(total);
}

/* Page in the next results from where the last page ended; false when there are no more. */
static bool
search_more(struct view *v)
{
	struct search_data *d = v->data;
	char *cause = NULL;
	int before = v->nrows;

	if (d->next.group >= 2)
		return false;
	if (store_search_next(ui.st, d->query, 0, &d->next, SEARCH_PAGE, add_hit, v, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
		d->next.group = 2; /* no more tries */
	}
	return v->nrows > before;
}

static void
search_free(struct view *v)
{
	struct search_data *d = v->data;

	free(d->query);
	free(d->title);
	free(d);
}

/* Results that fit in the pane (two lines each). */
static int
search_rows_shown(struct view *v)
{
	int n = ((v->title ? v->h - 1 : v->h)) / SEARCH_ROW_LINES;

	return n > 0 ? n : 1;
}

/* The byte ranges of the matches in a snippet, and the snippet without its marks. */
struct snip_marks {
	struct buf text;
	size_t start[32], end[32];
	int n;
};

static void
snip_marks_parse(struct snip_marks *m, const char *s)
{
	size_t no = strlen(STORE_MARK_OPEN), nc = strlen(STORE_MARK_CLOSE);

	buf_init(&m->text);
	buf_add(&m->text, "", 0);
	m->n = 0;
	while (*s) {
		if (strncmp(s, STORE_MARK_OPEN, no) == 0) {
			if (m->n < 32)
				m->start[m->n] = m->end[m->n] = m->text.len;
			s += no;
		} else if (strncmp(s, STORE_MARK_CLOSE, nc) == 0) {
			if (m->n < 32)
				m->end[m->n++] = m->text.len;
			s += nc;
		} else {
			buf_addc(&m->text, *s++);
		}
	}
}

/* Cells of a match are highlighted. */
static enum ui_attr
snip_cell_attr(void *ctx, const struct bidi_cell *c, enum ui_attr base)
{
	struct snip_marks *m = ctx;
	int i;

	for (i = 0; i < m->n; i++)
		if (c->start >= m->start[i] && c->start < m->end[i])
			return base == UA_CURSOR || base == UA_CURSOR_DIM ? base : UA_MATCH;
	return base;
}

/* The snippet line of a result: its first screen line, aligned by its direction. */
static void
search_draw_snippet(int y, int x, int w, const char *snippet, enum ui_attr a)
{
	struct snip_marks m;
	struct bidi_para *p;
	struct bidi_line l;
	int used = 0, i;

	snip_marks_parse(&m, snippet);
	if (w > 0 && m.text.len > 0 && (p = ui_layout(m.text.data, m.text.len, w, false)) != NULL) {
		if (p->nlines > 0) {
			l = p->lines[0];
			for (i = 0; i < l.ncells && used + l.cells[i].width <= w; i++)
				used += l.cells[i].width;
			l.ncells = i;
			l.indent = 0;
			ui_draw_cells(y, p->dir == BIDI_RTL ? x + w - used : x, &l, a, snip_cell_attr, &m);
			if (p->dir == BIDI_RTL)
				ui_isolate_rtl(y, x + w - used, used);
		}
		bidi_para_free(p);
	}
	buf_free(&m.text);
}

/* Draw one result on lines y and y + 1. */
static void
search_draw_row(struct view *v, int y, struct row *r, bool cur)
{
	enum ui_attr base = cur ? (v->focused ? UA_CURSOR : UA_CURSOR_DIM) : UA_NORMAL;
	int x = v->x + 1, w = v->w - 2, tw;

	ui_fill(y, v->x, v->w, base);
	if (y + 1 < v->y + v->h)
		ui_fill(y + 1, v->x, v->w, base);
	if (w >= 40) { /* date and source when there is room for them and a title */
		ui_draw_text(y, x, 10, r->col[0], cur ? base : UA_META, AL_LEFT);
		ui_draw_text(y, x + 11, 12, r->col[1], cur ? base : UA_META, AL_AUTO);
		x += 24;
	}
	tw = v->x + v->w - 1 - x;
	ui_draw_text(y, x, tw, r->col[2], cur ? base : r->attr == UA_NORMAL ? UA_TITLE : UA_NORMAL,
		     AL_AUTO);
	if (y + 1 < v->y + v->h)
		search_draw_snippet(y + 1, v->x + 3, v->w - 4, r->col[3], base);
}

static void
search_draw(struct view *v)
{
	int n = search_rows_shown(v), y = v->y, i;

	/* The generic scrolling counts one line a row: keep the cursor's row on screen. */
	if (v->cur < v->top)
		v->top = v->cur;
	if (v->cur >= v->top + n)
		v->top = v->cur - n + 1;
	if (v->title) {
		ui_fill(y, v->x, v->w, UA_META);
		ui_draw_text(y, v->x + 1, v->w - 2, v->title, UA_META, AL_LEFT);
		y++;
	}
	for (i = v->top; y < v->y + v->h; i++, y += SEARCH_ROW_LINES) {
		if (i < v->nrows) {
			search_draw_row(v, y, &v->rows[i], i == v->cur);
		} else {
			ui_fill(y, v->x, v->w, UA_NORMAL);
			if (y + 1 < v->y + v->h)
				ui_fill(y + 1, v->x, v->w, UA_NORMAL);
		}
	}
	if (v->nrows == 0)
		ui_draw_text(v->title ? v->y + 1 : v->y, v->x + 1, v->w - 2, "(nothing here)", UA_META,
			     AL_LEFT);
}

/* A page is as many results as fit, two lines each. */
static bool
search_action(struct view *v, enum action a)
{
	int n = search_rows_shown(v);

	switch (a) {
	case ACT_PAGE_DOWN: v->top += n; view_move(v, v->cur + n); return true;
	case ACT_PAGE_UP: v->top = v->top > n ? v->top - n : 0; view_move(v, v->cur - n); return true;
	default: return false;
	}
}

static void
search_click(struct view *v, int y, int x)
{
	int row = v->top + (y - v->y - (v->title ? 1 : 0)) / SEARCH_ROW_LINES;

	if (y >= v->y + (v->title ? 1 : 0) && row < v->nrows)
		view_move(v, row);
}

static const struct view_ops search_ops = {
	.name = "search", .ctx = CTX_LIST, .columns = search_columns, .open = search_open,
	.status = search_status, .more = search_more, .free = search_free, .draw = search_draw,
	.action = search_action, .click = search_click,
};

char *
search_total(const struct screen *s)
{
	const struct view *v = s->v[0];

	return search_total_text(v->data, v->nrows);
}

struct screen *
search_screen(const char *query, char **cause)
{
	struct search_data *d = xcalloc(1, sizeof *d);
	struct screen *s;
	char *counts;

	d->query = xstrdup(query);
	s = list_screen(&search_ops, d, "search", NULL);
	if (store_search_counts(ui.st, query, 0, STORE_SEARCH_COUNT_CAP, &d->counts, cause) != 0 ||
	    store_search_next(ui.st, query, 0, &d->next, SEARCH_FIRST, add_hit, s->v[0], cause) != 0) {
		view_free(s->v[0]);
		free(s);
		return NULL;
	}
	counts = store_search_counts_text(&d->counts);
	d->title = xasprintf("Search (%s · newest first): %s", counts, query);
	s->v[0]->title = d->title;
	free(counts);
	return s;
}

/* The list's title is its data. */
static void
free_data(struct view *v)
{
	free(v->data);
}

/* ---- Related statements ---- */

/*
 * Related statements are drawn as search results are, two lines each: the
 * other article's date, source and title, then the speaker and what was
 * said; the score is on the status line.
 */
static const struct column related_columns[] = {
	{ 10, AL_LEFT, UA_META }, { 12, AL_AUTO, UA_META }, { 0, AL_AUTO, UA_NORMAL }, { -1, 0, 0 },
};

/* A related row's score, kept beside the row (rows have no number column). */
struct related_data {
	char *title;
	double *score;
	int n, cap;
};

static int
add_related(void *ctx, const struct store_related *x)
{
	struct view *v = ctx;
	struct related_data *d = v->data;
	struct row *r = view_add_row(v);

	r->col[0] = xstrdup(x->date ? x->date : "undated");
	r->col[1] = xstrdup(x->source ? x->source : "-");
	r->col[2] = xstrdup(x->title ? x->title : "");
	r->col[3] = xasprintf("%s: %s", x->speaker ? x->speaker : "—", x->text ? x->text : "");
	r->id = x->article_id;
	r->id2 = x->id;
	r->start = x->start;
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->score = xrealloc(d->score, (size_t)d->cap * sizeof *d->score);
	}
	d->score[d->n++] = x->score;
	return 0;
}

static void
related_open(struct view *v, struct row *r)
{
	int64_t article = r->id, start = r->start;

	ui_pop(); /* this list; the reader under it follows the jump */
	ui_jump(article, start);
}

static void
related_status(struct view *v, struct buf *b)
{
	struct related_data *d = v->data;

	buf_printf(b, "related %d/%d", v->nrows ? v->cur + 1 : 0, v->nrows);
	if (v->cur < d->n)
		buf_printf(b, " · score %.2f", d->score[v->cur]);
	buf_adds(b, " · Enter jumps, C-o comes back");
}

static void
related_free(struct view *v)
{
	struct related_data *d = v->data;

	free(d->title);
	free(d->score);
	free(d);
}

static const struct view_ops related_ops = {
	.name = "related", .ctx = CTX_LIST, .columns = related_columns, .open = related_open,
	.status = related_status, .free = related_free, .draw = search_draw,
	.action = search_action, .click = search_click,
};

struct screen *
related_screen(int64_t statement, const char *text, char **cause)
{
	struct related_data *d = xcalloc(1, sizeof *d);
	struct screen *s;

	d->title = xasprintf("Related to: %s", text ? text : "");
	s = list_screen(&related_ops, d, "related", d->title);
	if (store_list_related(ui.st, statement, 100, add_related, s->v[0], cause) != 0) {
		view_free(s->v[0]);
		free(s);
		return NULL;
	}
	return s;
}

/* ---- Annotations ---- */

/* Which annotations the list shows. */
struct ann_list {
	int64_t article; /* 0: all */
	int64_t here;    /* the article open under the list (0: none) */
	char title[64];
};

static const struct column ann_columns[] = {
	{ 6, AL_RIGHT, UA_META }, { 0, AL_AUTO, UA_NORMAL }, { 24, AL_AUTO, UA_META }, { -1, 0, 0 },
};

static int
add_ann(void *ctx, const struct store_annotation *a)
{
	struct row *r = view_add_row(ctx);

	r->col[0] = xasprintf("%lld", (long long)a->article_id);
	r->col[1] = xasprintf("%s%s", a->orphan ? "(orphan) " : "", a->quote);
	r->col[2] = xstrdup(a->note ? a->note : "");
	r->id = a->article_id;
	r->id2 = a->id;
	r->start = a->start;
	r->attr = a->orphan ? UA_ERROR : UA_NORMAL;
	return 0;
}

static int
ann_load(struct view *v, char **cause)
{
	struct ann_list *l = v->data;
	int cur = v->cur;

	view_rows_clear(v);
	snprintf(l->title, sizeof l->title, "Annotations (%s)", l->article ? "this article" : "all");
	v->title = l->title;
	if (store_list_annotations(ui.st, l->article, add_ann, v, cause) != 0)
		return -1;
	view_move(v, cur);
	return 0;
}

static void
ann_open(struct view *v, struct row *r)
{
	int64_t article = r->id, start = r->start;

	ui_pop();
	ui_jump(article, start);
}

/* The reader under the list, if any, shows annotations again. */
static void
ann_refresh_reader(void)
{
	if (ui.nscreens >= 2 && strcmp(ui.screens[ui.nscreens - 2]->name, "reader") == 0)
		reader_reload_annotations(ui.screens[ui.nscreens - 2]->v[0]);
}

static void
ann_edit(struct view *v, struct row *r)
{
	char *note = ui_prompt("note: ", r->col[2]), *cause = NULL;

	if (note == NULL)
		return;
	if (store_set_annotation_note(ui.st, r->id2, note, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	} else
		ui_message(false, "note saved");
	free(note);
}

static void
ann_delete(struct view *v, struct row *r)
{
	char *cause = NULL;

	if (!ui_confirm("delete this annotation?"))
		return;
	if (store_delete_annotation(ui.st, r->id2, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	} else
		ui_message(false, "annotation deleted");
}

static bool
ann_action(struct view *v, enum action a)
{
	struct ann_list *l = v->data;
	char *cause = NULL;

	if (a == ACT_ANNOTATIONS) {
		l->article = l->article ? 0 : l->here;
	} else if ((a == ACT_EDIT_NOTE || a == ACT_DELETE) && v->nrows > 0) {
		(a == ACT_EDIT_NOTE ? ann_edit : ann_delete)(v, &v->rows[v->cur]);
		ann_refresh_reader();
	} else
		return false;
	if (ann_load(v, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	}
	return true;
}

static void
ann_status(struct view *v, struct buf *b)
{
	buf_printf(b, "annotation %d/%d · Enter jumps · e note · d delete · A this/all",
		   v->nrows ? v->cur + 1 : 0, v->nrows);
}

static const struct view_ops ann_ops = {
	.name = "annotations", .ctx = CTX_ANNOTATIONS, .columns = ann_columns, .load = ann_load,
	.open = ann_open, .action = ann_action, .status = ann_status, .free = free_data,
};

struct screen *
annotations_screen(int64_t article, char **cause)
{
	struct ann_list *l = xcalloc(1, sizeof *l);
	struct screen *s = list_screen(&ann_ops, l, "annotations", NULL);

	l->article = l->here = article;
	if (ann_load(s->v[0], cause) != 0) {
		view_free(s->v[0]);
		free(s);
		return NULL;
	}
	return s;
}

/* ---- Help, from the action table ---- */

static const struct column help_columns[] = {
	{ 16, AL_LEFT, UA_KEY }, { 16, AL_LEFT, UA_META }, { 0, AL_LEFT, UA_NORMAL }, { -1, 0, 0 },
};

static void
help_status(struct view *v, struct buf *b)
{
	buf_printf(b, "help %d/%d · keys are rebindable: bind KEY ACTION in ~/.config/khabar/config",
		   v->cur + 1, v->nrows);
}

static const struct view_ops help_ops = {
	.name = "help", .ctx = CTX_LIST, .columns = help_columns, .status = help_status,
};

/* A help row; its description is wrapped at spaces into rows of at most w characters. */
static void
help_rows(struct view *v, const char *keys, const char *name, const char *help, int w)
{
	const char *p = help, *cut;
	struct row *r;
	size_t n;

	do {
		n = strlen(p);
		if ((int)utf8_count(p, n) > w && w > 10) {
			n = utf8_offset_of(p, n, (size_t)w);
			for (cut = p + n; cut > p && *cut != ' '; cut--)
				;
			if (cut > p)
				n = (size_t)(cut - p);
		}
		r = view_add_row(v);
		r->col[0] = xstrdup(p == help ? keys : "");
		r->col[1] = xstrdup(p == help ? name : "");
		r->col[2] = xstrndup(p, n);
		for (p += n; *p == ' '; p++)
			;
	} while (*p != '\0');
}

struct screen *
help_screen(void)
{
	struct screen *s = list_screen(&help_ops, NULL, "help", "Keys by screen (from the action table)");
	const char *name, *help, *ctx, *gctx, *title;
	struct buf keys;
	struct row *r;
	int g, i, w = COLS - 2 - 2 * 17;

	buf_init(&keys);
	for (g = 0; g < ui_keys_ngroups(); g++) {
		ui_keys_group(g, &gctx, &title);
		r = view_add_row(s->v[0]);
		r->col[2] = xstrdup(title);
		r->attr = UA_TITLE;
		for (i = 0; i < ui_keys_count(); i++) {
			ui_keys_help(i, &keys, &name, &help, &ctx);
			if (strcmp(ctx, gctx) == 0)
				help_rows(s->v[0], keys.data, name, help, w);
		}
	}
	buf_free(&keys);
	return s;
}
