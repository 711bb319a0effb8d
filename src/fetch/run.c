/*
 * run.c: one fetch of the subscribed feeds.  Every feed is requested at
 * once (http.c queues them), with its ETag and Last-Modified so that an
 * unchanged feed costs one 304.  As each answer arrives it is parsed, its
 * entries become articles (with their pages' main text for a full-text
 * feed) and they are stored through src/import, as a JSON array read from
 * memory: the same path, folding, index and extraction as files.  A feed
 * that fails is reported and recorded; the others go on.
 */
#include "config.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "fetch/fetch.h"

/* A subscription to fetch (copied out of the store). */
struct feed {
	int64_t id;
	char *name, *url, *etag, *last_modified;
	bool full_text;
	int failures;        /* failures in a row before this fetch */
	long feed_interval;  /* what its document asked for last time; -1: none */
};

/* One fetch run. */
struct run {
	struct store *st;
	const struct fetch_opts *o;
	struct fetch_stats *s;
	struct feed *feeds;
	size_t n;
	char *fatal;                 /* a store failure: stop storing */
	/* the feed being stored */
	struct feed *cur;
	const struct feed_doc *doc;
	bool cur_failed;
	bool deferred;               /* full-text pages left for the next fetch */
	char today[11];
};

void
fetch_opts_init(struct fetch_opts *o)
{
	const char *v = getenv("KHABAR_FETCH_INTERVAL");
	char *end;
	long m;

	memset(o, 0, sizeof *o);
	fetch_limits_default(&o->limits);
	o->interval = 30 * 60;
	if (v != NULL && *v != '\0') {
		m = strtol(v, &end, 10);
		if (*end == '\0' && m >= 0 && m <= 7 * 24 * 60)
			o->interval = m * 60;
	}
}

#define MIN_HINT (5 * 60)
#define MIN_RETRY 60
#define MAX_WAIT (24 * 60 * 60)

static long
clamp(long v, long lo, long hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

long
fetch_next_in(long interval, bool failed, int failures_before, long feed_interval, long max_age,
	      long retry_after)
{
	long hint = feed_interval > max_age ? feed_interval : max_age, wait;
	int k;

	if (!failed)
		return hint >= 0 ? clamp(hint, MIN_HINT, MAX_WAIT) : interval;
	if (retry_after >= 0)
		return clamp(retry_after, MIN_RETRY, MAX_WAIT);
	wait = interval > MIN_HINT ? interval : MIN_HINT;
	for (k = 0; k < failures_before && wait < MAX_WAIT; k++)
		wait *= 2;
	return wait < MAX_WAIT ? wait : MAX_WAIT;
}

char *
fetch_default_name(const char *url)
{
	const char *p = strstr(url, "://"), *end;

	p = p ? p + 3 : url;
	if (strchr(p, '@') && strchr(p, '@') < p + strcspn(p, "/?#"))
		p = strchr(p, '@') + 1;
	if (strncasecmp(p, "www.", 4) == 0)
		p += 4;
	end = p + strcspn(p, ":/?#");
	return end > p ? xstrndup(p, (size_t)(end - p)) : xstrdup(url);
}

/* Record a failed fetch (retry_after: seconds the server asked for, or -1). */
static void
record_failure(struct run *r, struct feed *f, const char *why, long retry_after)
{
	char *cause = NULL;
	long next = fetch_next_in(r->o->interval, true, f->failures, -1, -1, retry_after);

	if (r->fatal == NULL &&
	    store_feed_fetched(r->st, f->id, NULL, NULL, why, next, false, -1, &cause) != 0)
		r->fatal = cause;
}

static void
fail(struct run *r, struct feed *f, const char *why, long retry_after)
{
	r->s->failed++;
	if (r->o->failure)
		r->o->failure(r->o->ctx, f->name, why);
	record_failure(r, f, why, retry_after);
}

static void
note(struct run *r, struct feed *f, const char *what)
{
	if (r->o->note)
		r->o->note(r->o->ctx, f->name, what);
}

/* ---- Storing through src/import ---- */

static void
import_failure(void *ctx, const char *file, const char *where, const char *reason)
{
	struct run *r = ctx;
	char *msg;

	if (strncmp(reason, "analysis failed", 15) == 0) {
		r->s->not_analysed++;
		msg = xasprintf("%s: %s", where ? where : "entry", reason);
		note(r, r->cur, msg);
	} else {
		r->cur_failed = true;
		msg = xasprintf("%s: %s", where ? where : "entries", reason);
		if (r->o->failure)
			r->o->failure(r->o->ctx, r->cur->name, msg);
	}
	free(msg);
}

/* The entry an article came from (by its url), for its GUID. */
static const char *
guid_of(struct run *r, const char *url)
{
	size_t i;

	for (i = 0; url && i < r->doc->n; i++) {
		const struct feed_entry *e = &r->doc->entries[i];
		const char *u = e->link ? e->link : e->guid;

		if (u && strcmp(u, url) == 0)
			return e->guid;
	}
	return NULL;
}

/* After each stored article: what the client's import does, then the feed link. */
static int
import_after(void *ctx, struct store *st, int64_t id, const struct article *a,
	     enum store_put what, void *prepared, char **cause)
{
	struct run *r = ctx;
	int rc = 0;

	if (r->o->import.after &&
	    (rc = r->o->import.after(r->o->import.ctx, st, id, a, what, prepared, cause)) < 0)
		return rc;
	if (store_feed_link(st, r->cur->id, id, guid_of(r, a->url), rc > 0 ? NULL : cause) != 0)
		return -1;
	if (what == STORE_INSERTED)
		r->s->added++;
	else if (what == STORE_UPDATED)
		r->s->updated++;
	return rc;
}

/* The client's work in the import's worker threads, with the client's context. */
static void *
import_prepare(void *ctx, void *worker, const struct article *a)
{
	struct run *r = ctx;

	return r->o->import.prepare(r->o->import.ctx, worker, a);
}

static void
import_prepared_free(void *ctx, void *prepared)
{
	struct run *r = ctx;

	r->o->import.prepared_free(r->o->import.ctx, prepared);
}

static void *
import_worker_new(void *ctx)
{
	struct run *r = ctx;

	return r->o->import.worker_new(r->o->import.ctx);
}

static void
import_worker_free(void *ctx, void *worker)
{
	struct run *r = ctx;

	r->o->import.worker_free(r->o->import.ctx, worker);
}

static void
put(json_t *o, const char *key, const char *v)
{
	if (v != NULL && v[0] != '\0')
		json_object_set_new(o, key, json_string(v));
}

/* Store the records (a JSON array) through import_paths. */
static void
store_records(struct run *r, json_t *records)
{
	static const char *const dash[] = { "-" };
	struct import_stats is;
	struct import_opts io = r->o->import;
	char *text, *cause = NULL;
	FILE *f;

	if (json_array_size(records) == 0)
		return;
	text = json_dumps(records, JSON_COMPACT);
	if (text == NULL || (f = fmemopen(text, strlen(text), "r")) == NULL) {
		free(text);
		r->cur_failed = true;
		if (r->o->failure)
			r->o->failure(r->o->ctx, r->cur->name, "out of memory");
		return;
	}
	io.encoding = "UTF-8";
	io.failure = import_failure;
	io.skipped = NULL;
	io.progress = NULL;
	io.after = import_after;
	io.prepare = r->o->import.prepare ? import_prepare : NULL;
	io.prepared_free = r->o->import.prepared_free ? import_prepared_free : NULL;
	io.worker_new = r->o->import.worker_new ? import_worker_new : NULL;
	io.worker_free = r->o->import.worker_free ? import_worker_free : NULL;
	io.ctx = r;
	io.stdin_file = f;
	if (import_paths(r->st, dash, 1, &io, &is, &cause) != 0)
		r->fatal = cause;
	fclose(f);
	free(text);
}

/* ---- Full text ---- */

/* A page wanted for the full text of entry i. */
struct page_want {
	size_t entry;
	struct fetch_page page;
	char *error;
};

/* The charset parameter of a Content-Type, or NULL (caller frees). */
static char *
charset_of(const char *content_type)
{
	const char *p = content_type ? strcasestr(content_type, "charset=") : NULL;
	size_t n;

	if (p == NULL)
		return NULL;
	p += 8;
	if (*p == '"')
		p++;
	n = strcspn(p, "\"; ");
	return n > 0 && n < 40 ? xstrndup(p, n) : NULL;
}

static void
page_done(void *ctx, struct fetch_req *q)
{
	struct page_want *w = q->data;
	char *charset;

	(void)ctx;
	if (q->error) {
		w->error = xstrdup(q->error);
		return;
	}
	if (q->content_type && !strcasestr(q->content_type, "html")) {
		w->error = xasprintf("the page is %s, not HTML", q->content_type);
		return;
	}
	charset = charset_of(q->content_type);
	fetch_html_main(q->body, q->len, charset, &w->page);
	free(charset);
	free(q->body);
	q->body = NULL;
}

/*
 * Fetch the pages of the entries of a full-text feed not stored yet
 * (want[i] for entry i; NULL for the others).
 */
static struct page_want **
fetch_pages(struct run *r, const struct feed_doc *d)
{
	struct page_want **want = xcalloc(d->n ? d->n : 1, sizeof *want);
	struct fetch_req *reqs = xcalloc(d->n ? d->n : 1, sizeof *reqs);
	size_t i, k = 0;
	char *cause = NULL;

	for (i = 0; i < d->n; i++) {
		const char *link = d->entries[i].link;
		char *why = NULL;
		bool has = false;

		if (link != NULL && store_has_url(r->st, link, &has, &cause) != 0) {
			free(cause);
			cause = NULL;
		}
		if (has)
			continue; /* stored with its page's text already */
		if (link != NULL && fetch_url_ok(link, &why) && (int)k >= r->o->limits.full_text_pages) {
			r->deferred = true; /* the next fetch gets it */
			continue;
		}
		want[i] = xcalloc(1, sizeof **want);
		want[i]->entry = i;
		if (link == NULL || why != NULL) {
			want[i]->error = why ? why : xstrdup("the entry has no link");
			continue;
		}
		reqs[k].url = link;
		reqs[k].data = want[i];
		k++;
	}
	if (k > 0 && fetch_http(reqs, k, &r->o->limits, page_done, r, &cause) != 0) {
		for (i = 0; i < d->n; i++)
			if (want[i] && want[i]->error == NULL)
				want[i]->error = xstrdup(cause);
		free(cause);
	}
	for (i = 0; i < k; i++)
		fetch_req_clear(&reqs[i]);
	free(reqs);
	return want;
}

/* ---- One feed ---- */

/* Paragraphs of the entry's text: content, else summary, else its title. */
static const char *
entry_text(const struct feed_entry *e)
{
	if (e->content)
		return e->content;
	if (e->summary)
		return e->summary;
	return e->title;
}

/* A page's text without a first line that repeats the entry's title (the headline). */
static const char *
drop_title(const char *text, const char *title)
{
	size_t n = title ? strlen(title) : 0;

	if (n > 0 && strncmp(text, title, n) == 0 && text[n] == '\n')
		return text + n + 1;
	return text;
}

/* The article record for entry i, or NULL when it is to be left alone. */
static json_t *
record(struct run *r, const struct feed_entry *e, struct page_want *w)
{
	json_t *o;
	const char *text = entry_text(e), *title = e->title, *date = e->date;
	char *msg;

	if (r->cur->full_text && w == NULL)
		return NULL; /* stored already with its page's text, or left for the next fetch */
	if (w != NULL && w->page.text != NULL) {
		text = drop_title(w->page.text, title);
		title = title ? title : w->page.title;
		date = date ? date : w->page.date;
		r->s->full_text++;
	} else if (w != NULL) {
		r->s->summary_only++;
		msg = xasprintf("%s: no main text found in its page (%s); the summary is stored",
				e->link ? e->link : e->guid ? e->guid : "an entry",
				w->error ? w->error : "nothing that reads as an article");
		note(r, r->cur, msg);
		free(msg);
	}
	if (text == NULL)
		return NULL;
	o = json_object();
	put(o, "title", title);
	put(o, "content", text);
	put(o, "source", r->cur->name);
	put(o, "url", e->link ? e->link : e->guid);
	put(o, "date", date);
	put(o, "author", e->author);
	put(o, "date_extracted", r->today);
	return o;
}

static void
store_feed(struct run *r, struct feed *f, const struct feed_doc *d)
{
	struct page_want **want = NULL;
	json_t *records = json_array();
	size_t i;

	r->cur = f;
	r->doc = d;
	r->cur_failed = false;
	r->deferred = false;
	r->s->entries += (long)d->n;
	if (d->dropped > 0) {
		char *msg = xasprintf("%zu entries past the limit of %zu were left out", d->dropped,
				      r->o->limits.max_entries);
		note(r, f, msg);
		free(msg);
	}
	if (f->full_text)
		want = fetch_pages(r, d);
	for (i = 0; i < d->n; i++) {
		json_t *o = record(r, &d->entries[i], want ? want[i] : NULL);

		if (o)
			json_array_append_new(records, o);
	}
	store_records(r, records);
	json_decref(records);
	for (i = 0; want && i < d->n; i++)
		if (want[i]) {
			fetch_page_clear(&want[i]->page);
			free(want[i]->error);
			free(want[i]);
		}
	free(want);
}

/* A feed's answer arrived. */
static void
feed_done(void *ctx, struct fetch_req *q)
{
	struct run *r = ctx;
	struct feed *f = q->data;
	struct feed_doc d;
	char *cause = NULL;
	long next;

	if (r->fatal != NULL) {
		/* the store failed: nothing more is recorded */
	} else if (q->error) {
		fail(r, f, q->error, q->retry_after);
	} else if (q->status == 304) {
		r->s->not_modified++;
		/* the feed's own interval is what it said last time */
		next = fetch_next_in(r->o->interval, false, 0, f->feed_interval, q->max_age, -1);
		if (store_feed_fetched(r->st, f->id, f->etag, f->last_modified, NULL, next, false, -1,
				       &cause) != 0)
			r->fatal = cause;
	} else if (fetch_parse_feed(q->body, q->len, q->final_url ? q->final_url : f->url,
				    r->o->limits.max_entries, &d, &cause) != 0) {
		fail(r, f, cause, -1);
		free(cause);
	} else {
		free(q->body); /* parsed: the bytes are not needed any more */
		q->body = NULL;
		store_feed(r, f, &d);
		if (r->cur_failed) {
			r->s->failed++;
			record_failure(r, f, "some entries could not be stored", -1);
		} else if (r->fatal == NULL) {
			/* Entries left for the next fetch: it must not get a 304. */
			next = fetch_next_in(r->o->interval, false, 0, d.interval, q->max_age, -1);
			if (store_feed_fetched(r->st, f->id, r->deferred ? NULL : q->etag_out,
					       r->deferred ? NULL : q->last_modified_out, NULL, next,
					       true, d.interval, &cause) != 0)
				r->fatal = cause;
		}
		fetch_feed_doc_clear(&d);
	}
	fetch_req_clear(q);
	r->s->done++;
	if (r->o->progress)
		r->o->progress(r->o->ctx, r->s);
}

/* ---- The feeds to fetch ---- */

struct pick {
	struct run *r;
	bool due_only;          /* no names: only the feeds that are due */
	const char *const *names;
	int n;
	bool *matched;
};

static int
pick_feed(void *ctx, const struct store_feed *sf)
{
	struct pick *p = ctx;
	struct feed *f;
	bool want = p->n == 0;
	int i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->names[i], sf->name) == 0 || strcmp(p->names[i], sf->url) == 0) {
			p->matched[i] = true;
			want = true;
		}
	if (!want)
		return 0;
	if (p->n == 0 && p->due_only && !sf->due) {
		p->r->s->not_due++;
		return 0;
	}
	p->r->feeds = xrealloc(p->r->feeds, (p->r->n + 1) * sizeof *p->r->feeds);
	f = &p->r->feeds[p->r->n++];
	f->id = sf->id;
	f->name = xstrdup(sf->name);
	f->url = xstrdup(sf->url);
	f->etag = sf->etag ? xstrdup(sf->etag) : NULL;
	f->last_modified = sf->last_modified ? xstrdup(sf->last_modified) : NULL;
	f->full_text = sf->full_text;
	f->failures = sf->failures;
	f->feed_interval = sf->feed_interval;
	return 0;
}

static void
free_feeds(struct run *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		free(r->feeds[i].name);
		free(r->feeds[i].url);
		free(r->feeds[i].etag);
		free(r->feeds[i].last_modified);
	}
	free(r->feeds);
}

int
fetch_feeds(struct store *st, const char *const *names, int n, const struct fetch_opts *o,
	    struct fetch_stats *stats, char **cause)
{
	struct run r = { .st = st, .o = o, .s = stats };
	struct pick p = { &r, o->due_only, names, n, xcalloc(n > 0 ? (size_t)n : 1, sizeof(bool)) };
	struct fetch_req *reqs;
	time_t now = time(NULL);
	struct tm tm;
	size_t i;
	int rc = 0;

	memset(stats, 0, sizeof *stats);
	gmtime_r(&now, &tm);
	strftime(r.today, sizeof r.today, "%Y-%m-%d", &tm);
	if (store_list_feeds(st, pick_feed, &p, cause) != 0) {
		free(p.matched);
		free_feeds(&r);
		return -1;
	}
	for (i = 0; i < (size_t)n; i++)
		if (!p.matched[i]) {
			*cause = xasprintf("'%s' is not a subscribed feed (khabar feed list shows them)",
					   names[i]);
			free(p.matched);
			free_feeds(&r);
			return -1;
		}
	free(p.matched);
	stats->feeds = (long)r.n;
	reqs = xcalloc(r.n ? r.n : 1, sizeof *reqs);
	for (i = 0; i < r.n; i++) {
		reqs[i].url = r.feeds[i].url;
		reqs[i].etag = r.feeds[i].etag;
		reqs[i].last_modified = r.feeds[i].last_modified;
		reqs[i].data = &r.feeds[i];
	}
	if (r.n > 0 && fetch_http(reqs, r.n, &o->limits, feed_done, &r, cause) != 0)
		rc = -1;
	if (rc == 0 && r.fatal != NULL) {
		*cause = r.fatal;
		r.fatal = NULL;
		rc = -1;
	}
	for (i = 0; i < r.n; i++)
		fetch_req_clear(&reqs[i]);
	free(reqs);
	free(r.fatal);
	free_feeds(&r);
	return rc;
}
