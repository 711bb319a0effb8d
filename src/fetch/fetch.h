/*
 * src/fetch: subscribing to feeds and fetching them.  HTTP(S) with libcurl
 * (several transfers at once, conditional GET, limits on size and time),
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 read with libxml2's streaming
 * reader, HTML turned into paragraphs of text with libxml2's HTML parser,
 * and a readability-style choice of a page's main text.  Every fetched
 * article is stored through src/import, the same path as files.
 *
 * Nothing here prints: progress and failures go to callbacks.  Feed
 * content is untrusted: only http and https URLs are ever fetched (also
 * after redirects), sizes, times and entries are bounded, and no entity or
 * DTD is ever loaded from the network or the disk.
 */
#ifndef KHABAR_FETCH_H
#define KHABAR_FETCH_H

#include <stdbool.h>
#include <stddef.h>

#include "import/import.h"
#include "store/store.h"

/* ---- Limits ---- */

struct fetch_limits {
	long connect_ms;      /* connecting (DNS, TCP, TLS) */
	long total_ms;        /* a whole transfer */
	size_t max_body;      /* bytes on the wire */
	size_t max_decoded;   /* bytes after gzip/deflate */
	long max_redirects;
	int parallel;         /* transfers at a time */
	int per_host;         /* transfers at a time to one host */
	size_t max_entries;   /* entries kept from one feed (the first ones) */
	int full_text_pages;  /* pages fetched for full text per feed and fetch */
};

/*
 * The defaults (10 s to connect, 60 s a transfer, 10 MB on the wire, 20 MB
 * decoded, 5 redirects, 6 at a time, 2 per host, 500 entries, 50 pages),
 * with KHABAR_FETCH_TIMEOUT (seconds, for both times; tests use a short one),
 * KHABAR_FETCH_MAX_BYTES, KHABAR_FETCH_MAX_ENTRIES and KHABAR_FETCH_MAX_PAGES
 * applied when set.
 */
void fetch_limits_default(struct fetch_limits *l);

/* ---- HTTP (http.c) ---- */

/* One transfer: what to get, and what came back. */
struct fetch_req {
	/* in */
	const char *url;
	const char *etag;          /* sent as If-None-Match (or NULL) */
	const char *last_modified; /* sent as If-Modified-Since (or NULL) */
	void *data;                /* the caller's */
	/* out */
	long status;               /* HTTP status (0: no response) */
	char *body;                /* decoded, NUL-terminated; NULL on failure */
	size_t len;
	char *etag_out, *last_modified_out; /* validators of a 200, or NULL */
	char *content_type;        /* or NULL */
	char *final_url;           /* after redirects */
	char *error;               /* NULL, or why it failed: "DNS: ...", "HTTP 404", ... */
	long max_age;              /* Cache-Control max-age, else Expires - Date (s); -1: none */
	long retry_after;          /* Retry-After of a 429 or 503 (s); -1: none */
};

/*
 * Whether url is an absolute http or https URL with a host (the only ones
 * khabar fetches).  On false *why says what is wrong (caller frees).
 */
bool fetch_url_ok(const char *url, char **why);

/*
 * Run n transfers, at most l->parallel at a time and l->per_host to one
 * host; done is called for each as it ends (a 304 has status 304 and no
 * error; a status of 400 or more is an error).  The caller frees each
 * request's results with fetch_req_clear.  -1 with *cause only when libcurl
 * itself cannot start.
 */
int fetch_http(struct fetch_req *reqs, size_t n, const struct fetch_limits *l,
	       void (*done)(void *ctx, struct fetch_req *r), void *ctx, char **cause);
void fetch_req_clear(struct fetch_req *r);

/* ---- Feeds (feed.c) ---- */

/* One entry of a feed, as text. */
struct feed_entry {
	char *title;   /* plain text (NULL: none) */
	char *link;    /* absolute URL (resolved against the feed's) or NULL */
	char *guid;    /* RSS guid, Atom id, RDF about; or NULL */
	char *date;    /* YYYY-MM-DD as written in the entry, or NULL */
	char *author;
	char *summary; /* description, summary: paragraphs of text, one a line */
	char *content; /* content:encoded, Atom content: the same; or NULL */
};

struct feed_doc {
	char *title, *link;
	const char *kind;    /* "RSS 2.0", "RSS 1.0", "Atom 1.0" */
	struct feed_entry *entries;
	size_t n;
	size_t dropped;      /* entries past max_entries, left out */
	long interval;       /* seconds the feed asks between fetches (RSS ttl,
				sy:updatePeriod/updateFrequency); -1: none */
};

/*
 * Parse a feed document (its declared encoding is honoured).  base
 * resolves relative links.  At most max_entries entries are kept.  -1 with
 * *cause on malformed XML ("bad XML at line N: ...") or a document that is
 * not a feed; nothing is kept then.
 */
int fetch_parse_feed(const char *data, size_t len, const char *base, size_t max_entries,
		     struct feed_doc *out, char **cause);
void fetch_feed_doc_clear(struct feed_doc *d);

/*
 * A date as feeds write them (RFC 822 "Tue, 01 Dec 2026 10:00:00 +0300",
 * RFC 3339 "2026-12-01T10:00:00Z") as YYYY-MM-DD, the day as written; NULL
 * when it is not one.  Caller frees.
 */
char *fetch_parse_date(const char *s);

/* ---- HTML (html.c) ---- */

/*
 * HTML (a fragment or a page) as paragraphs of text, one a line: block
 * elements break paragraphs, scripts, styles and other non-text elements
 * are dropped, entities decoded, white space collapsed, control characters
 * removed.  encoding: the bytes' charset, or NULL (UTF-8 for fragments;
 * a page's own <meta> is read).  Never NULL (maybe "").
 */
char *fetch_html_text(const char *html, size_t len, const char *encoding);

/* A page's main text and metadata. */
struct fetch_page {
	char *title;   /* og:title, else <title>; or NULL */
	char *date;    /* article:published_time (YYYY-MM-DD) or NULL */
	char *text;    /* the main text as paragraphs, or NULL when none was found */
};

/*
 * Readability-style extraction: the element whose own paragraphs hold the
 * most text (links, navigation, comments and footers weigh against it).
 * text is NULL when nothing looks like an article's body; a first line
 * that repeats the title is left out.
 */
void fetch_html_main(const char *html, size_t len, const char *encoding, struct fetch_page *out);
void fetch_page_clear(struct fetch_page *p);

/* ---- Subscriptions and fetching (feeds.c) ---- */

/*
 * A name for a feed at url when the user gives none: its host without
 * "www.".  Caller frees.
 */
char *fetch_default_name(const char *url);

/* What one fetch run did. */
struct fetch_stats {
	long feeds, done;        /* feeds to fetch, feeds finished */
	long failed;             /* feeds that failed */
	long not_modified;       /* feeds that answered 304 */
	long entries;            /* entries read */
	long added, updated;     /* articles stored new, or changed in place */
	long full_text;          /* articles stored with their page's main text */
	long summary_only;       /* full text wanted but not found: summary stored */
	long not_analysed;       /* stored, but extraction failed */
	long not_due;            /* feeds left alone: not due yet (due_only) */
};

struct fetch_opts {
	struct fetch_limits limits;
	/*
	 * When no names are given: fetch only the feeds that are due (their
	 * next fetch is past), counting the others in not_due.  Else all.
	 */
	bool due_only;
	/*
	 * Seconds between fetches of a feed that gives no hint (default 30
	 * minutes; KHABAR_FETCH_INTERVAL, in minutes, replaces it).
	 */
	long interval;
	/*
	 * The import options (extraction) each article is stored with; fetch
	 * replaces its failure, progress and ctx, and calls its after.
	 */
	struct import_opts import;
	/* A feed that failed, and why (the others go on). */
	void (*failure)(void *ctx, const char *feed, const char *reason);
	/* Something worth saying that is not a failure (e.g. summary stored). */
	void (*note)(void *ctx, const char *feed, const char *what);
	/* After each feed. */
	void (*progress)(void *ctx, const struct fetch_stats *s);
	void *ctx;
};

/*
 * When a feed is next due, in seconds from now, after a fetch.  A success
 * waits for the longest hint (the feed's interval, the response's max_age)
 * bounded to 5 minutes .. 1 day, else for interval.  A failure waits for
 * Retry-After (bounded to 1 minute .. 1 day), else backs off: interval (at
 * least 5 minutes) doubled for each failure in a row before this one, at
 * most 1 day.
 */
long fetch_next_in(long interval, bool failed, int failures_before, long feed_interval,
		   long max_age, long retry_after);

/* fetch_opts with the default limits and interval, no callbacks, all feeds. */
void fetch_opts_init(struct fetch_opts *o);

/*
 * Fetch the feeds named (by name or url; all when n is 0) and store their
 * entries.  A feed that fails is reported and recorded (last error) and
 * the others go on; what was stored before stays.  -1 with *cause when a
 * name is not a feed or the store fails.
 */
int fetch_feeds(struct store *st, const char *const *names, int n, const struct fetch_opts *o,
		struct fetch_stats *stats, char **cause);

/* ---- Subscription lists (opml.c) ---- */

/* A subscription read from a list. */
struct fetch_sub {
	char *url, *name; /* name NULL when the list has none */
	bool full_text;   /* khabar:fullText="true" (OPML khabar wrote) */
};

/*
 * Read OPML (outline elements with xmlUrl, nested or not) or newsboat's
 * urls file (one URL a line, tags after it, "#" comments; "query:" lines
 * and URLs that are not http or https are skipped, *skipped counting them).
 * -1 with *cause when it is neither.
 */
int fetch_read_subs(const char *data, size_t len, struct fetch_sub **subs, size_t *n,
		    size_t *skipped, char **cause);
void fetch_subs_free(struct fetch_sub *subs, size_t n);
/*
 * OPML 2.0 listing every feed of the archive; a --full-text feed's outline
 * has khabar:fullText="true" (xmlns:khabar="urn:khabar:opml").  Caller frees.
 */
char *fetch_write_opml(struct store *st, char **cause);

#endif
