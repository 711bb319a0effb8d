/*
 * story.c: "other coverage of this story": the articles of one story (the
 * same event in other outlets and on other days), newest first.  Opened
 * from the reader (its header names the story) and from the topic view.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

static const struct column story_columns[] = {
	{ 10, AL_LEFT, UA_META }, { 12, AL_AUTO, UA_META }, { 0, AL_AUTO, UA_NORMAL }, { -1, 0, 0 },
};

#define STORY_LIST 250 /* articles listed first, the newest; "… more" lists the rest */
#define STORY_MORE (-2)  /* the id of the row that lists them */

/* The list's data: the story, the article it was opened from, the story's size, all listed. */
struct story_data {
	int64_t story, from, articles;
	char *title;
	bool all;
};

static int
story_add(void *ctx, const struct article *a)
{
	struct view *v = ctx;
	struct story_data *d = v->data;
	struct row *r = view_add_row(v);

	r->col[0] = xstrdup(a->date ? a->date : "undated");
	r->col[1] = xstrdup(a->source ? a->source : "-");
	r->col[2] = xstrdup(a->title ? a->title : "");
	r->attr = a->id == d->from ? UA_META : a->read ? UA_NORMAL : UA_UNREAD;
	r->id = a->id;
	return 0;
}

/*
 * The story's articles, newest first: the first STORY_LIST, and a row
 * that lists the others when there are more.  A new reader reads each
 * listed article's row from disk (they are spread over the archive), so
 * the 1,472 articles of a million-article archive's largest story took
 * 56 ms to list, where 250 take a sixth of that.
 */
static int
story_load(struct view *v, char **cause)
{
	struct story_data *d = v->data;
	struct store_filter f = { 0 };
	int i, rc;

	view_rows_clear(v);
	f.story = d->story;
	f.limit = d->all ? 0 : STORY_LIST;
	rc = store_list_articles(ui.st, &f, story_add, v, cause);
	if (rc == 0 && !d->all && d->articles > v->nrows) {
		struct row *r = view_add_row(v);
		r->col[0] = xstrdup("");
		r->col[1] = xstrdup("");
		r->col[2] = xasprintf("… %lld more (Enter)", (long long)(d->articles - v->nrows));
		r->attr = UA_META;
		r->id = STORY_MORE;
	}
	for (i = 0; i < v->nrows; i++) /* start on the article the reader showed */
		if (v->rows[i].id == d->from)
			v->cur = i;
	return rc;
}

static void
story_open(struct view *v, struct row *r)
{
	struct story_data *d = v->data;
	char *cause = NULL;
	int i = (int)(r - v->rows);

	if (r->id == STORY_MORE) {
		d->all = true;
		if (story_load(v, &cause) != 0) {
			ui_message(true, "%s", cause);
			free(cause);
		}
		v->cur = i < v->nrows ? i : v->nrows - 1;
		return;
	}
	ui_open_article(r->id, 0);
}

static void
story_status(struct view *v, struct buf *b)
{
	struct story_data *d = v->data;

	int n = v->nrows - (v->nrows > 0 && v->rows[v->nrows - 1].id == STORY_MORE);

	buf_printf(b, "story · article %d/%d", n ? (v->cur < n ? v->cur + 1 : n) : 0, n);
	if (d->articles > n) /* the newest STORY_LIST, until "… more" */
		buf_printf(b, " (the newest of %lld)", (long long)d->articles);
}

static void
story_free(struct view *v)
{
	struct story_data *d = v->data;

	free(d->title);
	free(d);
}

static const struct view_ops story_ops = {
	.name = "story", .ctx = CTX_LIST, .columns = story_columns, .load = story_load,
	.open = story_open, .status = story_status, .free = story_free,
};

/*
 * Remember the title of the one story listed.  The label (right-to-left
 * text, as a rule) comes last: a number after it would be drawn on its
 * side of the line, read as part of it.
 */
static int
story_label(void *ctx, const struct store_story *s)
{
	struct story_data *d = ctx;

	d->articles = s->articles;
	d->title = xasprintf("Story · %lld articles · %s..%s · %s", (long long)s->articles,
			     s->first ? s->first : "?", s->last ? s->last : "?", s->label);
	return 1;
}

struct screen *
story_screen(int64_t story, int64_t from, char **cause)
{
	struct store_story_filter f = { .id = story, .brief = true }; /* the title needs no outlets or speakers */
	struct story_data *d = xcalloc(1, sizeof *d);
	struct screen *s;

	d->story = story;
	d->from = from;
	if (store_list_stories(ui.st, &f, story_label, d, cause) != 0 || d->title == NULL) {
		if (d->title == NULL && *cause == NULL)
			*cause = xasprintf("no story %lld", (long long)story);
		free(d->title);
		free(d);
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->v[0] = view_new(&story_ops, d);
	s->v[0]->title = d->title;
	s->nv = 1;
	s->name = "story";
	s->heap = true;
	if (story_load(s->v[0], cause) != 0) {
		view_free(s->v[0]);
		free(s);
		return NULL;
	}
	return s;
}
