/*
 * src/store: khabar's SQLite archive.  Schema and migrations, the Arabic
 * FTS5 tokenizer, and every query.  Prepared statements only.
 *
 * Errors: functions return 0 on success and -1 on failure, with a malloc'd
 * message in *cause (the caller frees it).  Nothing here prints.
 */
#ifndef KHABAR_STORE_H
#define KHABAR_STORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <sqlite3.h>

struct store;

/* The newest schema version this build knows. */
int store_schema_latest(void);

/*
 * Open (creating if needed) the database at path and upgrade it to the
 * newest schema.  WAL, foreign keys and a busy timeout are set.  An
 * archive whose file or folder this process cannot write is opened
 * read-only (immutable when its folder has no room for -wal and -shm
 * files); store_readonly says so, and any write to it fails.  A folder
 * is refused ("PATH: is a folder, not an archive file").
 */
int store_open(const char *path, struct store **out, char **cause);
/* Open and migrate only up to version (for tests of migrations). */
int store_open_version(const char *path, int version, struct store **out, char **cause);
void store_close(struct store *st);
/* The schema version the file is at (PRAGMA user_version). */
int store_schema_version(struct store *st);
/* The underlying connection, for the layers that keep their own queries. */
sqlite3 *store_db(struct store *st);
/* Path the store was opened with (owned by the store). */
const char *store_path(struct store *st);
/* Was the archive opened read-only (see store_open)? */
bool store_readonly(struct store *st);

/* Transactions (nest by counting: only the outermost commits). */
int store_begin(struct store *st, char **cause);
int store_commit(struct store *st, char **cause);
/*
 * Checkpoints on a thread of their own (a long import): from start to stop
 * (or store_close), the commits no longer copy the WAL into the archive;
 * the thread does once it holds pages (0: as many as the commits would
 * let it hold).  Start gives 1, or 0 when the thread runs already.
 */
int store_checkpoints_start(struct store *st, int pages, char **cause);
void store_checkpoints_stop(struct store *st);
void store_rollback(struct store *st);
/*
 * A named savepoint inside the open transaction: keep what was done since
 * (release) or undo it (rollback: undone and released).
 */
int store_savepoint(struct store *st, const char *name, char **cause);
int store_savepoint_release(struct store *st, const char *name, char **cause);
int store_savepoint_rollback(struct store *st, const char *name, char **cause);
/*
 * Savepoints off (on false) until turned on again: SAVEPOINT and RELEASE
 * do nothing and ROLLBACK TO fails, so that whatever failed reaches the
 * caller, who undoes the whole transaction (store_rollback) instead.  An
 * import stores its batches so (import.c).
 */
void store_savepoints(struct store *st, bool on);

/* Facts about the archive as a whole: *value is NULL (key unknown) or the caller's to free. */
int store_meta_get(struct store *st, const char *key, char **value, char **cause);
int store_meta_set(struct store *st, const char *key, const char *value, char **cause);

/*
 * Record why article id's analysis (extraction) failed, or clear it with
 * reason NULL.  The article itself stays as stored.
 */
int store_set_analysis_error(struct store *st, int64_t id, const char *reason, char **cause);

/* Register khabar's FTS5 tokenizer "khabar" on a connection. */
int store_fts_register(sqlite3 *db, char **cause);

/* ---- Articles (articles.c) ---- */

/* An article as stored.  Strings may be NULL (not known). */
struct article {
	int64_t id;
	char *title;
	char *source;
	char *url;
	char *date;     /* YYYY-MM-DD, YYYY-MM or YYYY; NULL when undated */
	/*
	 * Where date comes from (store_get_article, store_list_articles):
	 * "import" (front matter, a JSON date), "text" (stated by the text),
	 * "relative" (a relative expression resolved against ref_date, its
	 * weekday agreeing), "reference" (ref_date itself); NULL when undated.
	 * Ignored by store_put_article, which stores date as the import's.
	 */
	char *date_source;
	char *ref_date; /* reference date for relative expressions (YYYY-MM-DD) */
	char *author;
	char *content;  /* NFC; one paragraph per line */
	char *origin;   /* file (and #record) it came from */
	int64_t words;
	bool read;
	bool starred;
	bool title_guessed; /* no headline: title is the start of the lead */
	char *analysis_error; /* why its analysis failed (store_get_article only), else NULL */
};

/* Free an article's strings and zero it (for articles on the stack). */
void article_clear(struct article *a);
/* article_clear, then free the article itself. */
void article_free(struct article *a);
/*
 * A title for display: the headline, or for an article without one the
 * first words of its lead followed by "…".  Caller frees.
 */
char *store_lead_title(const char *content);

enum store_put {
	STORE_INSERTED,
	STORE_UPDATED,
	STORE_UNCHANGED,
};

/*
 * A read-only connection to the archive at path for another thread
 * (NULL for ":memory:" or when it cannot be opened), and whether
 * store_put_article would find a stored and unchanged (so a worker can
 * leave out analysing it).  It sees what is committed only: a false
 * "changed" costs work, never a wrong archive, since the writer decides.
 */
struct store_peek;
struct store_peek *store_peek_open(const char *path);
bool store_peek_unchanged(struct store_peek *p, const struct article *a);
void store_peek_close(struct store_peek *p);
/*
 * Tokens made ahead.  An import's worker runs the full-text tokenizer over
 * an article's title and text (store_pretokenize, with the worker's own
 * pretokenizer; path is the archive, read through a read-only connection
 * to find the words its word list lacks), and the writer offers the result
 * to the store (store_pretok_offer takes it) before storing the article:
 * indexing that text then replays the tokens instead of tokenizing again.
 * The index is the same with or without it.
 */
struct store_pretokenizer;
struct store_pretok;
struct store_pretokenizer *store_pretokenizer_new(const char *path);
void store_pretokenizer_free(struct store_pretokenizer *p);
struct store_pretok *store_pretokenize(struct store_pretokenizer *p, const char *title,
				       const char *content);
void store_pretok_offer(struct store *st, struct store_pretok *pt);
/*
 * The article just stored was rolled back to its savepoint after all:
 * forget what its analysis counted in memory (the follow-up step's word
 * counts and the key phrases, which wait for the commit).
 */
void store_article_abandoned(struct store *st);
void store_pretok_free(struct store_pretok *pt);
/*
 * Store an article (id ignored).  Identity: the url when there is one, else
 * the same content, else the same origin.  Unchanged content changes
 * nothing; changed content updates the stored article and keeps its id.
 */
int store_put_article(struct store *st, const struct article *a, int64_t *id,
		      enum store_put *what, char **cause);
/* Fetch one article; *out is NULL when there is no such id. */
int store_get_article(struct store *st, int64_t id, struct article **out, char **cause);
int64_t store_count_articles(struct store *st);
int store_set_read(struct store *st, int64_t id, bool read, char **cause);
int store_set_starred(struct store *st, int64_t id, bool starred, char **cause);

/* Filters for listing; NULL / 0 fields do not filter. */
struct store_filter {
	const char *from;    /* date >= from (prefix-aware) */
	const char *to;      /* date <= to */
	const char *source;
	const char *speaker; /* speaker name or alias (folded compare) */
	const char *topic;
	bool undated;        /* only articles with no date */
	bool unread;         /* only articles not read */
	bool starred;        /* only starred articles */
	int64_t story;       /* only the articles of this story */
	int64_t limit;
	int64_t offset;
};

/* Called once per article (content is NULL in lists); non-zero stops. */
typedef int (*store_article_cb)(void *ctx, const struct article *a);
int store_list_articles(struct store *st, const struct store_filter *f,
			store_article_cb cb, void *ctx, char **cause);
/*
 * Delete an article with everything that hangs on it (its statements and
 * their links, topics, state, annotations, index entries).  0 when deleted,
 * 1 when there is no such article, -1 with *cause.
 */
int store_delete_article(struct store *st, int64_t id, char **cause);
/* Mark every article the filter selects (limit and offset ignored) read; *n gets how many changed. */
int store_mark_read(struct store *st, const struct store_filter *f, int64_t *n, char **cause);

/* ---- Search (search.c) ---- */

#define STORE_SEARCH_EXACT 0x1     /* folded forms only, no stems */
#define STORE_SEARCH_RELEVANCE 0x2 /* best match first (within a window), not newest first */
/*
 * Every search is bounded.  A query has at most STORE_QUERY_MAX_TERMS words
 * and phrases, at most STORE_QUERY_MAX_PREFIXES of them prefix*, each with
 * at least STORE_QUERY_MIN_PREFIX letters (folded) before the '*', and
 * parentheses at most STORE_QUERY_MAX_DEPTH deep: a query beyond them is
 * refused with a message saying which limit.  A search still running after
 * its time limit (STORE_SEARCH_TIMEOUT_MS unless set) is stopped and fails.
 */
#define STORE_QUERY_MAX_DEPTH 32
#define STORE_QUERY_MAX_TERMS 64
#define STORE_QUERY_MAX_PREFIXES 4
#define STORE_QUERY_MIN_PREFIX 3
#define STORE_SEARCH_TIMEOUT_MS 10000
/* Best match first ranks the newest STORE_SEARCH_WINDOW matches of each group. */
#define STORE_SEARCH_WINDOW 2000

struct store_hit {
	int64_t id;
	const char *title;
	const char *date;
	const char *source;
	const char *snippet; /* match wrapped in STORE_MARK_OPEN / STORE_MARK_CLOSE */
	double score;        /* bm25, negated so higher is better (0 when newest first) */
	bool exact;          /* the article has the exact folded form of every query word */
};

/* Private-use characters that bracket matches in snippets. */
#define STORE_MARK_OPEN "\xee\x80\x81"  /* U+E001 */
#define STORE_MARK_CLOSE "\xee\x80\x82" /* U+E002 */
/* s with its marks replaced by open and close (either may be ""); caller frees. */
char *store_snippet_marks(const char *s, const char *open, const char *close);

typedef int (*store_hit_cb)(void *ctx, const struct store_hit *h);
/*
 * Search with khabar's query language: words, "phrases", prefix*, AND, OR,
 * NOT and parentheses.  Words match by stem as well unless
 * STORE_SEARCH_EXACT; a quoted word or phrase and a prefix* match exact
 * (folded) forms only.
 *
 * Hits come in two groups: first every article that has the exact folded
 * form of every query word (hit.exact), then those that match only by
 * stem.  Within each group, newest first (highest id: the latest added),
 * which costs the hits shown, not the archive's size; or with
 * STORE_SEARCH_RELEVANCE, best match first (bm25) among the group's newest
 * STORE_SEARCH_WINDOW matches, then its older ones newest first.
 */
int store_search(struct store *st, const char *query, unsigned flags, int64_t limit,
		 store_hit_cb cb, void *ctx, char **cause);

/*
 * Where the next page of a search starts.  Zero it for the first page;
 * store_search_next moves it past what it gave; group 2 means no more.
 */
struct store_search_cursor {
	int group;          /* 0: exact matches, 1: stem-only matches, 2: the end */
	bool ranked_done;   /* relevance: the group's window is through, older ones follow */
	bool window;        /* relevance: wcount and wmin are known */
	int64_t below;      /* newest first: the next hits have ids below this (0: none yet) */
	int64_t offset;     /* relevance: hits of the group's window given so far */
	int64_t wcount, wmin; /* relevance: the window's size and its oldest id */
};
/* Up to limit (<= 0: all) more hits from where c stands; c moves on past them. */
int store_search_next(struct store *st, const char *query, unsigned flags,
		      struct store_search_cursor *c, int64_t limit, store_hit_cb cb, void *ctx,
		      char **cause);
/* The same from the offset-th hit on (costs the hits skipped; store_search_next does not). */
int store_search_page(struct store *st, const char *query, unsigned flags, int64_t offset,
		      int64_t limit, store_hit_cb cb, void *ctx, char **cause);
/*
 * Set the time limit of searches on st (ms; 0: the default; negative: a
 * limit already past, so that every search stops at its first check).
 */
void store_set_search_timeout(struct store *st, long ms);
/* How many articles the query matches (all of them: costs every match). */
int store_search_count(struct store *st, const char *query, unsigned flags, int64_t *n,
		       char **cause);

/* How many articles match exactly and by stem only, counted up to a cap. */
struct store_search_counts {
	int64_t exact;   /* articles with the exact form of every word (at most the cap) */
	int64_t stem;    /* articles matching by stem only (at most the cap); -1: not counted */
	bool exact_more; /* there are more exact matches than the cap (stem is then -1) */
	bool stem_more;  /* there are more stem-only matches than the cap */
};
/*
 * Count a query's matches, each group up to cap (<= 0: no cap).  The work
 * is about 2 x cap matches at most, whatever the archive's size; with more
 * exact matches than cap, the stem-only ones are not counted (that would
 * cost a walk over every exact match).
 */
int store_search_counts(struct store *st, const char *query, unsigned flags, int64_t cap,
			struct store_search_counts *n, char **cause);
/* The cap the CLI and the reader count with ("1000+ exact"). */
#define STORE_SEARCH_COUNT_CAP 1000
/* The counts as a person reads them: "20 exact, 281 by stem", "1000+ exact".  Caller frees. */
char *store_search_counts_text(const struct store_search_counts *n);
/* The FTS5 expression a query becomes (for tests and --explain). */
char *store_search_expr(const char *query, unsigned flags, char **cause);
/*
 * The same with every prefix* that is one word expanded into the words of
 * st's word list that start with it, as searches run it: ("w1" OR "w2" ...)
 * when there are at most STORE_PREFIX_MAX_WORDS of them, else left to FTS5.
 */
#define STORE_PREFIX_MAX_WORDS 256
char *store_search_expand(struct store *st, const char *query, unsigned flags, char **cause);

/* Debug: the tokens khabar's tokenizer gives for text (query or document). */
typedef void (*store_token_cb)(void *ctx, const char *tok, int len, int start, int end, bool colocated);
int store_tokens(const char *text, bool query, store_token_cb cb, void *ctx, char **cause);
/*
 * For tests: the tokens pt recorded for text (its title or content), as
 * indexing it would replay them, through cb; gives the bytes the record
 * takes, -1 when pt has no record of text (the writer would tokenize it)
 * or the record does not read back.
 */
long store_pretok_replay(const struct store_pretok *pt, const char *text, store_token_cb cb, void *ctx);

/* ---- Browsing and extraction results, read side (browse.c) ---- */

/* A key and how many articles (or statements) it has. */
struct store_count {
	const char *key; /* NULL for "undated" */
	int64_t count;
	int64_t unread;  /* unread articles (store_count_sources), else -1 */
};
typedef int (*store_count_cb)(void *ctx, const struct store_count *c);
/*
 * Article counts per date: precision 1 = per year, 2 = per month, 3 = per
 * day; within (a "YYYY" or "YYYY-MM" prefix) narrows them.  Undated
 * articles come last with key NULL (only when within is NULL).
 */
int store_count_dates(struct store *st, int precision, const char *within, store_count_cb cb,
		      void *ctx, char **cause);
/* Article counts per source name. */
int store_count_sources(struct store *st, store_count_cb cb, void *ctx, char **cause);
/* What store_count_facet groups by. */
enum store_facet { STORE_FACET_DATE, STORE_FACET_SPEAKER, STORE_FACET_TOPIC, STORE_FACET_SOURCE };
/*
 * Facet counts that follow the other filters: the articles f selects
 * (limit and offset ignored), counted by date (precision and within as
 * store_count_dates; undated last, key NULL), speaker (articles with a
 * statement of theirs), topic or source.  Keys with no article are left
 * out.  The caller leaves f's own field of the facet empty.
 */
int store_count_facet(struct store *st, enum store_facet facet, int precision, const char *within,
		      const struct store_filter *f, store_count_cb cb, void *ctx, char **cause);

struct store_speaker {
	int64_t id;
	const char *name;
	const char *kind;    /* person | body | group */
	const char *aliases; /* all aliases joined with U+001F (unit separator), or "" */
	int64_t statements;
	int64_t articles;
};
typedef int (*store_speaker_cb)(void *ctx, const struct store_speaker *s);
/* Speakers with their counts, most statements first. */
int store_list_speakers(struct store *st, store_speaker_cb cb, void *ctx, char **cause);
/*
 * The speakers that have articles, as the browser lists them: by name in
 * Arabic collation order, or most articles first; read from an index, so
 * a callback that stops after a page costs a page whatever the archive.
 */
enum store_speaker_order { STORE_SPEAKERS_BY_NAME, STORE_SPEAKERS_BY_ARTICLES };
int store_list_speakers_by(struct store *st, enum store_speaker_order order, store_speaker_cb cb,
			   void *ctx, char **cause);

struct store_statement {
	int64_t id, article_id, speaker_id; /* speaker_id 0 when unattributed */
	const char *speaker;                 /* NULL when unattributed */
	const char *kind;                    /* direct | reported */
	const char *text;
	int64_t start, end;                  /* code points into the article's content */
	const char *topics;                  /* topic names joined with U+001F, or "" */
};
struct store_statement_filter {
	const char *speaker; /* name or alias, compared folded */
	const char *topic;
	int64_t article_id;
};
typedef int (*store_statement_cb)(void *ctx, const struct store_statement *s);
/* Statements in article order (article, then start). */
int store_list_statements(struct store *st, const struct store_statement_filter *f,
			  store_statement_cb cb, void *ctx, char **cause);

struct store_related {
	int64_t id, article_id; /* the related statement and its article */
	const char *speaker;
	double score;
	const char *reason;
	const char *text;
	int64_t start, end;
	const char *title, *source, *date; /* the other article's (title: its first line, cut, when none) */
};
typedef int (*store_related_cb)(void *ctx, const struct store_related *r);
/* 1 when statement id is in the archive, 0 when it is not, -1 on failure. */
int store_statement_exists(struct store *st, int64_t id, char **cause);
/* Related statements of one statement, best first: at most limit, and at most the best 10. */
int store_list_related(struct store *st, int64_t statement_id, int64_t limit, store_related_cb cb,
		       void *ctx, char **cause);

struct store_topic {
	int64_t id;
	const char *name;
	const char *origin; /* lexicon | auto */
	const char *kind;   /* lexicon | phrase | entity */
	const char *cls;    /* an entity's class: person | place | org; else NULL */
	int64_t articles, statements;
};
typedef int (*store_topic_cb)(void *ctx, const struct store_topic *t);
/*
 * Topics with counts: kind (NULL: every kind), then most articles first or
 * by name, read in that order from an index when kind or cls is given.
 */
struct store_topic_filter {
	const char *kind;
	bool by_name;
	bool counts_of_statements; /* fill statements (costs a count per topic) */
	const char *cls;           /* entities of this class only (NULL: any) */
};
int store_list_topics(struct store *st, store_topic_cb cb, void *ctx, char **cause);
int store_list_topics_by(struct store *st, const struct store_topic_filter *f, store_topic_cb cb,
			 void *ctx, char **cause);

/*
 * Time spent since the store was opened assigning stories and topics
 * (lexicon, entity and phrase: counting, choosing, linking), in seconds,
 * and the articles they were assigned for; *follow is the part of *story
 * spent on follow-ups.  For bench/.
 */
void store_assign_costs(struct store *st, double *story, double *follow, double *topics, long *articles);

/* ---- Stories (stories.c) ---- */

/* Articles about one event, across outlets and days.  Strings valid during the callback. */
struct store_story {
	int64_t id;
	const char *label;    /* the earliest article's title */
	const char *first, *last;
	int64_t articles;
	const char *sources;  /* outlets joined with U+001F */
	const char *speakers; /* up to 5, most statements first, joined with U+001F */
};
typedef int (*store_story_cb)(void *ctx, const struct store_story *s);
/* Which stories: all (zeros), one by id, an article's, or those with articles on a topic. */
struct store_story_filter {
	const char *topic;
	int64_t id;
	int64_t article;
	int64_t limit;
	bool brief;           /* leave sources and speakers out ("") */
};
/* Stories newest first (by their last article's date). */
int store_list_stories(struct store *st, const struct store_story_filter *f, store_story_cb cb,
		       void *ctx, char **cause);

/* ---- Annotations (annotations.c) ---- */

#define STORE_ANCHOR_CONTEXT 32 /* code points of prefix and suffix kept */

/*
 * A highlight or note, anchored to the logical text of an article as the
 * W3C Web Annotation model does: a position (code points, end exclusive)
 * and the quote with its context, so that it can be found again after the
 * article changes.  Strings are valid during the callback only.
 */
struct store_annotation {
	int64_t id, article_id;
	int64_t start, end;
	const char *quote, *prefix, *suffix;
	const char *note;    /* NULL: a plain highlight */
	bool orphan;         /* the quote is no longer in the article */
	const char *created; /* ISO 8601 UTC */
	const char *updated; /* NULL until edited */
	const char *title;   /* the article's title (for lists of all annotations) */
};
typedef int (*store_annotation_cb)(void *ctx, const struct store_annotation *a);

/*
 * Annotate code points [start, end) of an article (quote and context are
 * taken from its stored content).  Committed when this returns 0.
 */
int store_add_annotation(struct store *st, int64_t article_id, int64_t start, int64_t end,
			 const char *note, int64_t *id, char **cause);
/* Annotations of one article (0: all), in article then text order; orphans last. */
int store_list_annotations(struct store *st, int64_t article_id, store_annotation_cb cb,
			   void *ctx, char **cause);
/* Change the note (NULL or "" removes it). */
int store_set_annotation_note(struct store *st, int64_t id, const char *note, char **cause);
int store_delete_annotation(struct store *st, int64_t id, char **cause);
/*
 * Find an annotation again in (new) content: the old position if the quote
 * is still there, else the occurrence of the quote whose context matches
 * best (ties: nearest the old position).  False when the quote is gone.
 * Positions in code points.
 */
bool store_anchor_find(const char *content, const char *quote, const char *prefix,
		       const char *suffix, int64_t old_start, int64_t *start, int64_t *end);
/*
 * Re-anchor every annotation of an article after its content changed;
 * those that cannot be found are marked orphan (never deleted).
 */
int store_reanchor_annotations(struct store *st, int64_t article_id, const char *content,
			       char **cause);
/* ---- Extraction results, write side (extracted.c) ---- */

struct xresult;
struct xlead;
struct xlex;
struct text_stemmer;
/* The content terms of one statement (extract_terms). */
struct store_xterms {
	char **v;
	size_t n;
};
/*
 * Replace what extraction stored for article id by r (content is the
 * stored content r was computed from): dates and the article's date (unless
 * the import gave one), speakers, statements, topics.  The related
 * statements of the new statements (both directions) are found when the
 * transaction commits.  lead is the article's title and lead words
 * (extract_lead; NULL: none), for its story's follow-ups.  terms holds
 * each statement's content terms when
 * they were computed ahead (r->nst of them; they stay the caller's), else
 * NULL.  Call inside a transaction.
 */
int store_put_extraction(struct store *st, int64_t id, const char *content,
			 const struct xresult *r, const struct xlead *lead, const struct xlex *lx,
			 struct text_stemmer *stem, const struct store_xterms *terms, char **cause);
/* Forget every extraction result (before re-running extraction over the archive). */
int store_clear_extractions(struct store *st, char **cause);
/* Add the open batch's key phrases to the archive's counts and topics now (commit does it too). */
int store_refresh_auto_topics(struct store *st, char **cause);

/* A date mentioned in an article. */
struct store_date {
	int64_t start, end;   /* code points into the content */
	const char *value;    /* YYYY-MM-DD | YYYY-MM | YYYY, NULL when unresolved */
	int precision;
	const char *calendar; /* gregorian | islamic-umalqura (as written) */
	bool article;         /* the article's own date */
	const char *text;
};
typedef int (*store_date_cb)(void *ctx, const struct store_date *d);
/* The dates mentioned in one article, in text order. */
int store_list_article_dates(struct store *st, int64_t article_id, store_date_cb cb, void *ctx,
			     char **cause);


/* ---- Feed subscriptions (feeds.c) ---- */

/* A subscription as stored.  Strings are valid during the callback only. */
struct store_feed {
	int64_t id;
	const char *name;          /* also the source of its articles */
	const char *url;
	bool full_text;            /* fetch each entry's page for its main text */
	const char *etag;          /* from the last 200, for If-None-Match; or NULL */
	const char *last_modified; /* for If-Modified-Since; or NULL */
	const char *added;         /* ISO 8601 UTC */
	const char *last_fetch;    /* NULL: never fetched */
	const char *last_success;
	const char *last_error;    /* NULL when the last fetch worked */
	int64_t articles, unread;  /* articles that came from it */
	const char *next_fetch;    /* when it is due (ISO 8601 UTC); NULL: now */
	bool due;                  /* next_fetch is NULL or past */
	int failures;              /* fetches in a row that failed */
	long feed_interval;        /* seconds its document asked for; -1: none */
};
typedef int (*store_feed_cb)(void *ctx, const struct store_feed *f);

/* Subscribe; fails (naming which) when the name or the url is taken. */
int store_add_feed(struct store *st, const char *name, const char *url, bool full_text,
		   int64_t *id, char **cause);
/* Every feed in name order (with counts); non-zero from cb stops. */
int store_list_feeds(struct store *st, store_feed_cb cb, void *ctx, char **cause);
/*
 * Unsubscribe.  With delete_articles the articles that came from the feed
 * (and only from it) are deleted too, *deleted counting them; else they stay.
 */
int store_remove_feed(struct store *st, int64_t id, bool delete_articles, int64_t *deleted,
		      char **cause);
/*
 * Record a fetch: error NULL for success (etag and last_modified replace
 * the stored ones; NULL forgets one, so the next fetch is not conditional;
 * the failures in a row go back to 0), else the reason (validators kept,
 * one more failure in a row).  The feed is due again next_in seconds from
 * now.  feed_interval (seconds; -1: none) replaces the stored one when
 * update_interval.
 */
int store_feed_fetched(struct store *st, int64_t id, const char *etag, const char *last_modified,
		       const char *error, long next_in, bool update_interval, long feed_interval,
		       char **cause);
/* Note that article_id came from feed_id as entry guid (may be NULL). */
int store_feed_link(struct store *st, int64_t feed_id, int64_t article_id, const char *guid,
		    char **cause);
/* Whether an article with this url is already stored. */
int store_has_url(struct store *st, const char *url, bool *has, char **cause);

#endif
