/*
 * browse.c: the browser screen: a navigation pane (1 Date, 2 Speaker,
 * 3 Topic, 4 Source, with counts) and the list of articles that match the
 * filters chosen in it.  Filters combine: a date, a speaker, a topic and a
 * source can all be set at once.  The article list is paged in with
 * LIMIT/OFFSET, never loaded whole.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

#define PAGE 200 /* articles fetched per query */

/* The browser's two panes. */
static struct view *nav, *list;
static struct screen browse;

static const char *const nav_names[] = { "", "Date", "Speaker", "Topic", "Source" };

static const struct column nav_columns[] = {
	{ 0, AL_AUTO, UA_NORMAL }, { 6, AL_RIGHT, UA_META }, { -1, 0, 0 },
};
static const struct column list_columns[] = {
	{ 1, AL_LEFT, UA_NORMAL }, { 10, AL_LEFT, UA_META }, { 12, AL_AUTO, UA_META },
	{ 0, AL_AUTO, UA_NORMAL },
};

/* The filter value a nav row selects in the current view (NULL: all). */
static char **
filter_slot(void)
{
	switch (ui.browse) {
	case 1: return &ui.filter.date;
	case 2: return &ui.filter.speaker;
	case 3: return &ui.filter.topic;
	default: return &ui.filter.source;
	}
}

static struct row *
nav_row(struct view *v, const char *label, int64_t count, const char *key, int depth)
{
	struct row *r = view_add_row(v);

	r->col[0] = xstrdup(label);
	r->col[1] = count >= 0 ? xasprintf("%lld", (long long)count) : NULL;
	r->key = key ? xstrdup(key) : NULL;
	r->depth = depth;
	return r;
}

static int
add_count(void *ctx, const struct store_count *c)
{
	struct view *v = ctx;
	int depth = c->key ? (int)(strlen(c->key) > 4) + (int)(strlen(c->key) > 7) : 0;

	nav_row(v, c->key ? c->key : "undated", c->count, c->key ? c->key : "undated", depth);
	return 0;
}

static int
nav_found(void *ctx, size_t start, size_t end)
{
	return 1; /* one is enough */
}

/* Does name have what is typed to find (f), folded as search folds? */
static bool
nav_wanted(const char *name)
{
	return ui.nav_find == NULL || *ui.nav_find == '\0' ||
	       text_find_each(name, strlen(name), ui.nav_find, strlen(ui.nav_find), nav_found, NULL) > 0;
}

/* Most articles first, then as the collation left them (qsort is not stable: by index). */
static int
count_cmp(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	return x->id2 != y->id2 ? (x->id2 < y->id2 ? 1 : -1) : (x->start > y->start) - (x->start < y->start);
}

/* Speakers and topics by name (ICU's Arabic collation), or by count. */
static void
nav_sort(struct view *v)
{
	int i;

	ui_collate_sort(v->rows + 1, v->nrows - 1);
	if (ui.nav_sort == 0)
		return;
	for (i = 1; i < v->nrows; i++)
		v->rows[i].start = i;
	qsort(v->rows + 1, (size_t)(v->nrows - 1), sizeof *v->rows, count_cmp);
}

static int
add_speaker(void *ctx, const struct store_speaker *s)
{
	struct view *v = ctx;
	struct row *last = v->nrows > 0 ? &v->rows[v->nrows - 1] : NULL;

	if (s->articles <= 0 || !nav_wanted(s->name))
		return 0;
	/*
	 * The holders of a title in different articles ("رئيس النادي": one
	 * speaker an article, listed one after the other) are one row of the
	 * name, as a filter by it finds them all.
	 */
	if (last != NULL && last->key != NULL && last->id2 > 0 && strcmp(last->key, s->name) == 0) {
		last->id2 += s->articles;
		free(last->col[1]);
		last->col[1] = xasprintf("%lld", (long long)last->id2);
		return 0;
	}
	nav_row(v, s->name, s->articles, s->name, 0)->id2 = s->articles;
	return 0;
}

/*
 * The speaker and topic views list their first NAV_SHOWN rows (read from
 * the store's indexes in order), then a row that lists the rest when
 * opened; what is typed to find is looked for in every row.  So a view
 * opens in the same time whatever the size of the archive.
 */
#define NAV_SHOWN 250
static bool speakers_all; /* the speaker view lists every speaker */

struct capped {
	struct view *v;
	int shown;
	bool all, more;
};

/* Should name be a row of capped list c: 0 yes, -1 no (not what is typed), 1 no more (stop). */
static int
capped_take(struct capped *c, const char *name)
{
	if (!nav_wanted(name))
		return -1;
	if (!c->all && c->shown >= NAV_SHOWN) {
		c->more = true;
		return 1; /* stop: the rest when asked */
	}
	c->shown++;
	return 0;
}

static int
add_speaker_capped(void *ctx, const struct store_speaker *s)
{
	struct capped *c = ctx;
	int take = capped_take(c, s->name);

	return take < 0 ? 0 : take > 0 ? 1 : add_speaker(c->v, s);
}

static int
nav_speakers(struct view *v, char **cause)
{
	struct capped c = { v, 0, speakers_all || (ui.nav_find != NULL && *ui.nav_find != '\0'), false };
	int rc = store_list_speakers_by(ui.st, ui.nav_sort ? STORE_SPEAKERS_BY_ARTICLES : STORE_SPEAKERS_BY_NAME,
					add_speaker_capped, &c, cause);

	if (rc == 0 && c.more)
		nav_row(v, "… more (Enter)", -1, NULL, 0)->id = -2;
	return rc;
}

static int
add_topic(void *ctx, const struct store_topic *t)
{
	if (t->articles > 0 && nav_wanted(t->name))
		nav_row(ctx, t->name, t->articles, t->name, 0)->id2 = t->articles;
	return 0;
}

/*
 * The topic view: its kinds one after the other, each under a heading row
 * (id -1), each capped at NAV_SHOWN topics (most articles first, or by
 * name) with a row (id -2 - kind) that lists the rest of that kind.
 */
static bool topics_by_name;
static bool topics_all[5]; /* the kinds whose every topic is listed */

static int
add_topic_capped(void *ctx, const struct store_topic *t)
{
	struct capped *c = ctx;
	int take;

	if (t->articles <= 0)
		return 0;
	take = capped_take(c, t->name);
	return take < 0 ? 0 : take > 0 ? 1 : add_topic(c->v, t);
}

static int
nav_topics(struct view *v, char **cause)
{
	static const char *const kinds[] = { "phrase", "entity", "entity", "entity", "lexicon" };
	static const char *const classes[] = { NULL, "person", "place", "org", NULL };
	static const char *const headings[] = { "── Subjects ──", "── People ──", "── Places ──",
						"── Organisations ──", "── Lexicon ──" };
	struct store_topic_filter f = { NULL, topics_by_name, false, NULL };
	struct capped c;
	int k, before, rc = 0;

	for (k = 0; k < 5 && rc == 0; k++) {
		before = v->nrows;
		nav_row(v, headings[k], -1, NULL, 0)->id = -1;
		f.kind = kinds[k];
		f.cls = classes[k];
		c = (struct capped){ v, 0, topics_all[k] || (ui.nav_find != NULL && *ui.nav_find != '\0'), false };
		rc = store_list_topics_by(ui.st, &f, add_topic_capped, &c, cause);
		if (rc == 0 && c.more)
			nav_row(v, "… more (Enter)", -1, NULL, 0)->id = -2 - k;
		if (v->nrows == before + 1) { /* no topic of this kind: no heading */
			free(v->rows[before].col[0]);
			v->nrows = before;
		}
	}
	return rc;
}

/* Stories with articles on a topic, newest first, below its row. */
static int
add_story(void *ctx, const struct store_story *s)
{
	nav_row(ctx, s->label, s->articles, NULL, 1)->id = s->id;
	return 0;
}

/* A source (a feed's articles have its name) with its unread articles after ●. */
static int
add_source(void *ctx, const struct store_count *c)
{
	char *label;

	if (c->key == NULL || !nav_wanted(c->key))
		return 0;
	label = c->unread > 0 ? xasprintf("%s ●%lld", c->key, (long long)c->unread) : xstrdup(c->key);
	nav_row(ctx, label, c->count, c->key, 0);
	free(label);
	return 0;
}

/* A speaker or topic row of the facet counts (kept when it has what is typed to find). */
static int
add_facet(void *ctx, const struct store_count *c)
{
	if (c->key != NULL && nav_wanted(c->key))
		nav_row(ctx, c->key, c->count, c->key, 0)->id2 = c->count;
	return 0;
}

/* The other filters, for the facet counts of view `which` (its own filter left out). */
static void
facet_filter(struct store_filter *f, int which)
{
	browse_filter(f);
	if (which == 1)
		f->from = f->to = NULL, f->undated = false;
	else if (which == 2)
		f->speaker = NULL;
	else if (which == 3)
		f->topic = NULL;
	else
		f->source = NULL;
}

/*
 * The navigation pane: the current view's values with the number of
 * articles each has among those the other filters select (facets that
 * follow the filters; values with none are left out).
 */
static int
nav_load(struct view *v, char **cause)
{
	static const enum store_facet facets[] = { STORE_FACET_DATE, STORE_FACET_DATE, STORE_FACET_SPEAKER,
						   STORE_FACET_TOPIC, STORE_FACET_SOURCE };
	struct store_filter f;
	int rc;

	view_rows_clear(v);
	nav_row(v, ui.browse == 1 ? "All dates" : ui.browse == 2 ? "All speakers"
			   : ui.browse == 3 ? "All topics" : "All sources", -1, NULL, 0);
	facet_filter(&f, ui.browse);
	if (f.from || f.to || f.undated || f.source || f.speaker || f.topic || f.story || f.unread || f.starred) {
		rc = store_count_facet(ui.st, facets[ui.browse], 1, NULL, &f,
				       ui.browse == 1 ? add_count : ui.browse == 4 ? add_source : add_facet, v,
				       cause);
		if (ui.browse == 2)
			nav_sort(v);
	} else if (ui.browse == 1) /* no other filter: the whole archive's counts, kept up by the store */
		rc = store_count_dates(ui.st, 1, NULL, add_count, v, cause);
	else if (ui.browse == 2) /* in order from the store's index */
		rc = nav_speakers(v, cause);
	else if (ui.browse == 3)
		rc = nav_topics(v, cause);
	else
		rc = store_count_sources(ui.st, add_source, v, cause);
	v->cur = v->top = 0;
	return rc;
}

void
browse_nav_reload(void)
{
	char *cause = NULL;

	if (nav != NULL && ui.browse > 0 && nav_load(nav, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	}
}

/*
 * Insert the months of a year (or days of a month) below row i of the date
 * tree, or the stories of a topic below its row.
 */
static void
nav_expand(struct view *v, int i)
{
	struct view tmp = { 0 };
	struct store_filter f;
	char *cause = NULL, *key = v->rows[i].key;
	int prec = (int)strlen(key) == 4 ? 2 : 3, n, rc;
	struct store_story_filter sf = { .topic = key, .limit = 100, .brief = true };

	facet_filter(&f, 1);
	rc = ui.browse == 3 ? store_list_stories(ui.st, &sf, add_story, &tmp, &cause)
			    : store_count_facet(ui.st, STORE_FACET_DATE, prec, key, &f, add_count, &tmp, &cause);
	if (rc != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	}
	n = tmp.nrows;
	while (v->nrows + n > v->cap)
		v->rows = xrealloc(v->rows, (size_t)(v->cap = 2 * v->cap + n) * sizeof *v->rows);
	memmove(v->rows + i + 1 + n, v->rows + i + 1, (size_t)(v->nrows - i - 1) * sizeof *v->rows);
	memcpy(v->rows + i + 1, tmp.rows, (size_t)n * sizeof *v->rows);
	v->nrows += n;
	v->rows[i].expanded = true;
	free(tmp.rows);
}

/* Remove the rows below row i that are deeper than it. */
static void
nav_collapse(struct view *v, int i)
{
	int j = i + 1, k;

	while (j < v->nrows && v->rows[j].depth > v->rows[i].depth)
		j++;
	for (k = i + 1; k < j; k++) {
		free(v->rows[k].col[0]);
		free(v->rows[k].col[1]);
		free(v->rows[k].key);
	}
	memmove(v->rows + i + 1, v->rows + j, (size_t)(v->nrows - j) * sizeof *v->rows);
	v->nrows -= j - i - 1;
	v->rows[i].expanded = false;
}

static void
nav_open(struct view *v, struct row *r)
{
	char **slot = filter_slot();
	int i = (int)(r - v->rows);

	if (ui.browse == 3 && r->id <= -2 && r->id >= -6) { /* a kind's other topics */
		topics_all[-2 - r->id] = true;
		browse_nav_reload();
		v->cur = i < v->nrows ? i : v->nrows - 1;
		return;
	}
	if (ui.browse == 2 && r->id == -2) { /* every speaker */
		speakers_all = true;
		browse_nav_reload();
		v->cur = i < v->nrows ? i : v->nrows - 1;
		return;
	}
	if (r->id == -1) /* a heading */
		return;
	ui.filter.story = ui.browse == 3 && r->depth == 1 ? r->id : 0;
	if (ui.filter.story) { /* a story of the topic above it */
		browse_reload();
		return;
	}
	free(*slot);
	*slot = r->key ? xstrdup(r->key) : NULL;
	if ((ui.browse == 1 && r->key && strcmp(r->key, "undated") != 0 && strlen(r->key) < 10) ||
	    (ui.browse == 3 && r->key)) {
		if (v->rows[i].expanded)
			nav_collapse(v, i);
		else
			nav_expand(v, i);
	}
	browse_reload();
}

static void
nav_status(struct view *v, struct buf *b)
{
	buf_printf(b, "%s %d/%d", nav_names[ui.browse], v->nrows ? v->cur + 1 : 0, v->nrows);
}

/* Type-to-find: the list is loaded again, keeping what has the text, after every key. */
static void
nav_live(const char *text)
{
	char *cause = NULL;

	free(ui.nav_find);
	ui.nav_find = xstrdup(text);
	if (nav_load(nav, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	}
}

/* f (type to find) and o (sort) in the navigation pane. */
static bool
nav_action(struct view *v, enum action a)
{
	char *q;

	if (a == ACT_SORT && ui.browse == 3) { /* the topic view: by article count or by name */
		topics_by_name = !topics_by_name;
		nav_live(ui.nav_find ? ui.nav_find : "");
		ui_message(false, "topics by %s", topics_by_name ? "name" : "article count");
		return true;
	}
	if (a == ACT_SORT && ui.browse == 2) {
		ui.nav_sort = !ui.nav_sort;
		nav_live(ui.nav_find ? ui.nav_find : "");
		ui_message(false, "%s", ui.nav_sort ? "sorted by count (most articles first)" : "sorted by name");
		return true;
	}
	if (a != ACT_NAV_FIND || ui.browse == 1)
		return false;
	ui_prompt_live = nav_live;
	q = ui_prompt("find in the list: ", ui.nav_find ? ui.nav_find : "");
	ui_prompt_live = NULL;
	nav_live(q ? q : ""); /* Esc: every row again */
	if (q == NULL || *q == '\0') {
		free(ui.nav_find);
		ui.nav_find = NULL;
	}
	ui_message(false, "%d of the list have '%s'", v->nrows - 1, q && *q ? q : "");
	free(q);
	return true;
}

static const struct view_ops nav_ops = {
	.name = "browse", .ctx = CTX_LIST, .columns = nav_columns, .load = nav_load,
	.open = nav_open, .status = nav_status, .action = nav_action,
};

/* Fill the store filter from the browser's filters. */
static void
list_filter(struct store_filter *f)
{
	static char from[16], to[16]; /* the ends of a FROM..TO range */
	const char *dots = ui.filter.date ? strstr(ui.filter.date, "..") : NULL;

	memset(f, 0, sizeof *f);
	if (ui.filter.date && strcmp(ui.filter.date, "undated") == 0) {
		f->undated = true;
	} else if (dots != NULL) {
		snprintf(from, sizeof from, "%.*s", (int)(dots - ui.filter.date), ui.filter.date);
		snprintf(to, sizeof to, "%s", dots + 2);
		f->from = from[0] ? from : NULL;
		f->to = to[0] ? to : NULL;
	} else if (ui.filter.date) {
		f->from = f->to = ui.filter.date;
	}
	f->speaker = ui.filter.speaker;
	f->topic = ui.filter.story ? NULL : ui.filter.topic; /* a story is shown whole */
	f->source = ui.filter.source;
	f->unread = ui.limit == 1;
	f->starred = ui.limit == 2;
	f->story = ui.filter.story;
	f->limit = PAGE;
}

void
browse_filter(struct store_filter *f)
{
	list_filter(f);
	f->limit = 0;
}

static int
add_article(void *ctx, const struct article *a)
{
	struct row *r = view_add_row(ctx);

	r->col[0] = xstrdup(a->starred ? "★" : a->read ? " " : "●");
	r->col[1] = xstrdup(a->date ? a->date : "undated");
	r->col[2] = xstrdup(a->source ? a->source : "-");
	r->col[3] = xstrdup(a->title ? a->title : "");
	r->attr = a->read ? UA_NORMAL : UA_UNREAD;
	r->id = a->id;
	r->expanded = a->read;
	r->depth = 0;
	r->start = a->starred;
	return 0;
}

/* Whether the last page was full (there may be more). */
static bool list_full;

static bool
list_more(struct view *v)
{
	struct store_filter f;
	char *cause = NULL;
	int before = v->nrows;

	if (!list_full)
		return false;
	list_filter(&f);
	f.offset = v->nrows;
	if (store_list_articles(ui.st, &f, add_article, v, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	}
	list_full = v->nrows - before == PAGE;
	return v->nrows > before;
}

static int
list_load(struct view *v, char **cause)
{
	struct store_filter f;
	int rc;

	view_rows_clear(v);
	list_filter(&f);
	rc = store_list_articles(ui.st, &f, add_article, v, cause);
	list_full = v->nrows == PAGE;
	v->cur = v->top = 0;
	return rc;
}

static void
list_open(struct view *v, struct row *r)
{
	ui_open_article(r->id, 0);
}

/* u and s on the selected article. */
static bool
list_action(struct view *v, enum action a)
{
	struct row *r = v->nrows ? &v->rows[v->cur] : NULL;
	char *cause = NULL;
	bool on;

	if (r == NULL || (a != ACT_TOGGLE_READ && a != ACT_STAR))
		return false;
	on = a == ACT_TOGGLE_READ ? !r->expanded : !r->start;
	if ((a == ACT_TOGGLE_READ ? store_set_read : store_set_starred)(ui.st, r->id, on, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
		return true;
	}
	if (a == ACT_TOGGLE_READ)
		r->expanded = on;
	else
		r->start = on;
	free(r->col[0]);
	r->col[0] = xstrdup(r->start ? "★" : r->expanded ? " " : "●");
	r->attr = r->expanded ? UA_NORMAL : UA_UNREAD;
	ui_message(false, "%s", a == ACT_TOGGLE_READ ? (on ? "marked read" : "marked unread")
						      : (on ? "starred" : "unstarred"));
	return true;
}

static void
list_status(struct view *v, struct buf *b)
{
	buf_printf(b, "article %d/%d%s", v->nrows ? v->cur + 1 : 0, v->nrows, list_full ? "+" : "");
}

static const struct view_ops list_ops = {
	.name = "articles", .ctx = CTX_LIST, .columns = list_columns, .load = list_load,
	.open = list_open, .action = list_action, .status = list_status, .more = list_more,
};

/* The filters in words, for the list's title line. */
static char *
filter_title(void)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "Articles");
	if (ui.filter.date)
		buf_printf(&b, " · date %s", ui.filter.date);
	if (ui.filter.speaker)
		buf_printf(&b, " · speaker %s", ui.filter.speaker);
	if (ui.filter.topic)
		buf_printf(&b, " · topic %s", ui.filter.topic);
	if (ui.filter.source)
		buf_printf(&b, " · source %s", ui.filter.source);
	if (ui.limit)
		buf_adds(&b, ui.limit == 1 ? " · unread only" : " · starred only");
	if (ui.filter.story)
		buf_printf(&b, " · story %lld", (long long)ui.filter.story);
	return buf_detach(&b);
}

static char *list_title;

void
browse_reload(void)
{
	char *cause = NULL;

	free(list_title);
	list->title = list_title = filter_title();
	if (list_load(list, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	}
}

void
browse_articles_changed(void)
{
	char *cause = NULL;
	int cur, top;

	if (list == NULL || nav == NULL)
		return;
	cur = nav->cur;
	top = nav->top;
	if (nav_load(nav, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
		cause = NULL;
	}
	nav->top = top < nav->nrows ? top : 0;
	view_move(nav, cur < nav->nrows ? cur : 0);
	browse_refresh();
}

void
browse_refresh(void)
{
	char *cause = NULL;
	int cur, top;

	if (list == NULL)
		return;
	cur = list->cur;
	top = list->top;
	if (list_load(list, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	}
	list->top = top;
	view_move(list, cur);
}

int64_t
browse_neighbour(int64_t id, int dir, bool unread)
{
	int i, j;

	if (list == NULL)
		return 0;
	for (i = 0; i < list->nrows && list->rows[i].id != id; i++)
		;
	if (i == list->nrows)
		i = dir > 0 ? -1 : list->nrows; /* not in the list: from its start (or end) */
	for (j = i + dir; j >= 0; j += dir) {
		if (j >= list->nrows && !(list->ops->more && list->ops->more(list)))
			return 0;
		if (!unread || !list->rows[j].expanded) /* expanded: read */
			break;
	}
	if (j < 0)
		return 0;
	view_move(list, j);
	return list->rows[j].id;
}

int
browse_set_view(int which)
{
	char *cause = NULL;
	static const char *const titles[] = { "", "1 Date · articles", "2 Speaker · articles",
					      "3 Topic · articles", "4 Source · articles" };

	if (ui.browse != which) { /* type-to-find is for one list */
		free(ui.nav_find);
		ui.nav_find = NULL;
	}
	ui.browse = which;
	nav->title = titles[which];
	if (nav_load(nav, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
		return -1;
	}
	return 0;
}

struct screen *
browse_screen(void)
{
	if (nav == NULL) {
		nav = view_new(&nav_ops, NULL);
		list = view_new(&list_ops, NULL);
		browse.v[0] = nav;
		browse.v[1] = list;
		browse.nv = 2;
		browse.focus = 1;
		browse.split = 0;
		browse.name = "browse";
		ui.browse = 1;
		browse_set_view(1);
		browse_reload();
	}
	return &browse;
}

/* Free the browser's panes (at exit). */
void browse_free(void);
void
browse_free(void)
{
	view_free(nav);
	view_free(list);
	free(list_title);
	nav = list = NULL;
	list_title = NULL;
}
