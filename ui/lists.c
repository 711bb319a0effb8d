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

static const struct column search_columns[] = {
	{ 10, AL_LEFT, UA_META }, { 12, AL_AUTO, UA_META }, { 0, AL_AUTO, UA_NORMAL }, { -1, 0, 0 },
};

static int
add_hit(void *ctx, const struct store_hit *h)
{
	struct row *r = view_add_row(ctx);

	r->col[0] = xstrdup(h->date ? h->date : "undated");
	r->col[1] = xstrdup(h->source ? h->source : "-");
	r->col[2] = h->title ? xstrdup(h->title) : store_snippet_marks(h->snippet ? h->snippet : "", "", "");
	r->id = h->id;
	return 0;
}

static void
search_open(struct view *v, struct row *r)
{
	ui_open_article(r->id, 0);
}

/* The list's title is its data. */
static void
free_data(struct view *v)
{
	free(v->data);
}

/* A search list's data: its query, how many articles match, the title line. */
struct search_data {
	char *query;
	char *title;
	int64_t total;
};

#define SEARCH_PAGE 200 /* results fetched at a time, as the cursor goes down */

static void
search_status(struct view *v, struct buf *b)
{
	struct search_data *d = v->data;

	buf_printf(b, "result %d/%lld", v->nrows ? v->cur + 1 : 0, (long long)d->total);
}

/* Page in the next results; false when there are no more. */
static bool
search_more(struct view *v)
{
	struct search_data *d = v->data;
	char *cause = NULL;
	int before = v->nrows;

	if (v->nrows >= d->total)
		return false;
	if (store_search_page(ui.st, d->query, 0, v->nrows, SEARCH_PAGE, add_hit, v, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
		d->total = v->nrows; /* no more tries */
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

static const struct view_ops search_ops = {
	.name = "search", .ctx = CTX_LIST, .columns = search_columns, .open = search_open,
	.status = search_status, .more = search_more, .free = search_free,
};

int64_t
search_total(const struct screen *s)
{
	return ((const struct search_data *)s->v[0]->data)->total;
}

struct screen *
search_screen(const char *query, char **cause)
{
	struct search_data *d = xcalloc(1, sizeof *d);
	struct screen *s;

	d->query = xstrdup(query);
	d->title = xasprintf("Search: %s", query);
	s = list_screen(&search_ops, d, "search", d->title);
	if (store_search_count(ui.st, query, 0, &d->total, cause) != 0 ||
	    store_search_page(ui.st, query, 0, 0, SEARCH_PAGE, add_hit, s->v[0], cause) != 0) {
		view_free(s->v[0]);
		free(s);
		return NULL;
	}
	return s;
}

/* ---- Related statements ---- */

static const struct column related_columns[] = {
	{ 14, AL_AUTO, UA_META }, { 5, AL_RIGHT, UA_META }, { 0, AL_AUTO, UA_NORMAL }, { -1, 0, 0 },
};

static int
add_related(void *ctx, const struct store_related *x)
{
	struct row *r = view_add_row(ctx);

	r->col[0] = xstrdup(x->speaker ? x->speaker : "—");
	r->col[1] = xasprintf("%.2f", x->score);
	r->col[2] = xstrdup(x->text ? x->text : "");
	r->id = x->article_id;
	r->id2 = x->id;
	r->start = x->start;
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
	buf_printf(b, "related %d/%d · Enter jumps, C-o comes back", v->nrows ? v->cur + 1 : 0, v->nrows);
}

static const struct view_ops related_ops = {
	.name = "related", .ctx = CTX_LIST, .columns = related_columns, .open = related_open,
	.status = related_status, .free = free_data,
};

struct screen *
related_screen(int64_t statement, const char *text, char **cause)
{
	char *title = xasprintf("Related to: %s", text ? text : "");
	struct screen *s = list_screen(&related_ops, title, "related", title);

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
