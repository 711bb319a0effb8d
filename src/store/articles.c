/* articles.c: storing, fetching and listing articles. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store-private.h"

void
article_clear(struct article *a)
{
	free(a->title);
	free(a->source);
	free(a->url);
	free(a->date);
	free(a->date_source);
	free(a->ref_date);
	free(a->author);
	free(a->content);
	free(a->origin);
	free(a->analysis_error);
	memset(a, 0, sizeof *a);
}

void
article_free(struct article *a)
{
	if (a == NULL)
		return;
	article_clear(a);
	free(a);
}


/* Bind a possibly-NULL string. */
static void
bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
}

static char *
col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return t == NULL ? NULL : xstrdup((const char *)t);
}

/* The id of the named source, created if new; 0 for no source. */
static int
source_id(struct store *st, const char *name, int64_t *id, char **cause)
{
	sqlite3_stmt *s;
	int rc;

	*id = 0;
	if (name == NULL || *name == '\0')
		return 0;
	s = store_stmt(st, STMT_SOURCE_GET, "SELECT id FROM sources WHERE name = ?1", cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	s = store_stmt(st, STMT_SOURCE_ADD, "INSERT INTO sources(name) VALUES (?1)", cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "adding a source", cause);
	*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Look for an existing article by one key; *id 0 when none, *hash its hash. */
static int
find_by(struct store *st, enum store_stmt_id sid, const char *sql, const char *key,
	int64_t *id, char hash[17], char **cause)
{
	sqlite3_stmt *s = store_stmt(st, sid, sql, cause);
	int rc;

	*id = 0;
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		snprintf(hash, 17, "%s", (const char *)sqlite3_column_text(s, 1));
	}
	sqlite3_reset(s); /* a statement left mid-way keeps a read snapshot open */
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "looking up an article", cause);
	return 0;
}

/* The hash of everything that makes an article: content, title, date, source. */
static void
article_hash(const struct article *a, char out[17])
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, a->content ? a->content : "");
	buf_addc(&b, '\0');
	buf_adds(&b, a->title ? a->title : "");
	buf_addc(&b, '\0');
	buf_adds(&b, a->date ? a->date : "");
	buf_addc(&b, '\0');
	buf_adds(&b, a->source ? a->source : "");
	text_hash_hex(b.data, b.len, out);
	buf_free(&b);
}

static int
date_precision(const char *d)
{
	size_t n = d ? strlen(d) : 0;
	return n == 10 ? 3 : n == 7 ? 2 : n == 4 ? 1 : 0;
}

/* Bind the article's fields to ?1..?11 of an INSERT or UPDATE. */
static void
bind_article(sqlite3_stmt *s, const struct article *a, int64_t src, const char *hash)
{
	if (src > 0)
		sqlite3_bind_int64(s, 1, src);
	else
		sqlite3_bind_null(s, 1);
	bind_text(s, 2, a->title);
	bind_text(s, 3, a->url);
	bind_text(s, 4, a->date);
	sqlite3_bind_int(s, 5, date_precision(a->date ? a->date : a->ref_date));
	bind_text(s, 6, a->ref_date);
	bind_text(s, 7, a->author);
	bind_text(s, 8, a->content);
	sqlite3_bind_text(s, 9, hash, -1, SQLITE_STATIC);
	bind_text(s, 10, a->origin);
	sqlite3_bind_int64(s, 11, a->words);
}

int
store_put_article(struct store *st, const struct article *a, int64_t *id,
		  enum store_put *what, char **cause)
{
	char hash[17], old[17] = "";
	int64_t found = 0, src;
	sqlite3_stmt *s;
	int rc;

	store_story_next(st);
	store_phrases_next(st);
	st->inserted = 0;
	article_hash(a, hash);
	if (a->url != NULL && *a->url != '\0' &&
	    find_by(st, STMT_FIND_URL, "SELECT id, content_hash FROM articles WHERE url = ?1",
		    a->url, &found, old, cause) != 0)
		return -1;
	if (found == 0 && (a->url == NULL || *a->url == '\0')) {
		if (find_by(st, STMT_FIND_HASH,
			    "SELECT id, content_hash FROM articles WHERE content_hash = ?1 LIMIT 1",
			    hash, &found, old, cause) != 0)
			return -1;
		if (found == 0 && a->origin != NULL &&
		    find_by(st, STMT_FIND_ORIGIN,
			    "SELECT id, content_hash FROM articles WHERE origin = ?1 AND url IS NULL LIMIT 1",
			    a->origin, &found, old, cause) != 0)
			return -1;
	}
	if (found != 0 && strcmp(old, hash) == 0) {
		*id = found;
		*what = STORE_UNCHANGED;
		return 0;
	}
	if (source_id(st, a->source, &src, cause) != 0)
		return -1;
	if (found != 0) {
		/* The update trigger takes the old text out of the index: it must be in. */
		if (store_index_pending(st, cause) != 0 || store_phrases_pass_on(st, found, old, cause) != 0)
			return -1;
		s = store_stmt(st, STMT_UPDATE,
			       "UPDATE articles SET source_id=?1, title=?2, url=?3, date=coalesce(?4, ?6),"
			       " date_precision=?5, ref_date=?6, author=?7, content=?8, content_hash=?9,"
			       " origin=?10, words=?11, date_origin=CASE WHEN ?4 IS NOT NULL THEN 'import'"
			       " WHEN ?6 IS NOT NULL THEN 'reference' END,"
			       " updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?12",
			       cause);
		if (s == NULL)
			return -1;
		bind_article(s, a, src, hash);
		sqlite3_bind_int64(s, 12, found);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			return store_fail(st->db, "updating an article", cause);
		/* Annotations follow their quote into the new text, or become orphans. */
		if (store_reanchor_annotations(st, found, a->content, cause) != 0)
			return -1;
		*id = found;
		*what = STORE_UPDATED;
		return 0;
	}
	s = store_stmt(st, STMT_INSERT,
		       "INSERT INTO articles(source_id, title, url, date, date_precision, ref_date,"
		       " author, content, content_hash, origin, words, date_origin)"
		       " VALUES (?1,?2,?3,coalesce(?4, ?6),?5,?6,?7,?8,?9,?10,?11,"
		       " CASE WHEN ?4 IS NOT NULL THEN 'import' WHEN ?6 IS NOT NULL THEN 'reference' END)",
		       cause);
	if (s == NULL)
		return -1;
	bind_article(s, a, src, hash);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "storing an article", cause);
	*id = sqlite3_last_insert_rowid(st->db);
	*what = STORE_INSERTED;
	st->inserted = *id;
	return store_index_later(st, *id, cause);
}

/* A read-only look at the archive from another thread (store_peek_*). */
struct store_peek {
	sqlite3 *db;
	sqlite3_stmt *url, *hash, *origin;
};

struct store_peek *
store_peek_open(const char *path)
{
	struct store_peek *p;

	if (path == NULL || strcmp(path, ":memory:") == 0)
		return NULL;
	p = xcalloc(1, sizeof *p);
	if (sqlite3_open_v2(path, &p->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(p->db, "SELECT content_hash FROM articles WHERE url = ?1", -1, &p->url,
			       NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(p->db, "SELECT 1 FROM articles WHERE content_hash = ?1 LIMIT 1", -1,
			       &p->hash, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(p->db,
			       "SELECT content_hash FROM articles WHERE origin = ?1 AND url IS NULL LIMIT 1",
			       -1, &p->origin, NULL) != SQLITE_OK) {
		store_peek_close(p);
		return NULL;
	}
	sqlite3_busy_timeout(p->db, 1000);
	return p;
}

void
store_peek_close(struct store_peek *p)
{
	if (p == NULL)
		return;
	sqlite3_finalize(p->url);
	sqlite3_finalize(p->hash);
	sqlite3_finalize(p->origin);
	sqlite3_close(p->db);
	free(p);
}

/* Run a lookup by key: 1 when a row came back (*hash its first column when asked), else 0. */
static int
peek_row(sqlite3_stmt *s, const char *key, char hash[17])
{
	int found;

	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	found = sqlite3_step(s) == SQLITE_ROW;
	if (found && hash != NULL)
		snprintf(hash, 17, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_reset(s); /* never keep a read snapshot open */
	return found;
}

bool
store_peek_unchanged(struct store_peek *p, const struct article *a)
{
	char hash[17], old[17] = "";

	if (p == NULL)
		return false;
	article_hash(a, hash);
	/* As store_put_article finds an article: by url, else by content, else by origin. */
	if (a->url != NULL && *a->url != '\0')
		return peek_row(p->url, a->url, old) && strcmp(old, hash) == 0;
	if (peek_row(p->hash, hash, NULL))
		return true;
	return a->origin != NULL && peek_row(p->origin, a->origin, old) && strcmp(old, hash) == 0;
}

#define ARTICLE_COLUMNS                                                                  \
	"a.id, a.title, s.name, a.url, a.date, a.ref_date, a.author, a.origin, a.words,"  \
	" coalesce(t.read, 0), coalesce(t.starred, 0),"                                 \
	" CASE WHEN a.title IS NULL THEN substr(a.content, 1, 240) END,"                \
	" CASE WHEN a.date IS NOT NULL THEN"                                             \
	"  CASE a.date_origin WHEN 'extracted' THEN 'text' ELSE a.date_origin END END"
#define ARTICLE_FROM                                                                     \
	" FROM articles a LEFT JOIN sources s ON s.id = a.source_id"                     \
	" LEFT JOIN article_state t ON t.article_id = a.id"

#define LEAD_WORDS 12

char *
store_lead_title(const char *content)
{
	const char *p = content, *end;
	int words = 0;
	bool in = false;

	end = strchr(content, '\n');
	if (end == NULL)
		end = content + strlen(content);
	for (; p < end; p++) {
		bool sp = *p == ' ' || *p == '\t';
		if (!sp && !in && ++words > LEAD_WORDS)
			break;
		in = !sp;
	}
	while (p > content && (p[-1] == ' ' || p[-1] == ',' || p[-1] == '.' ||
			       (p - content >= 2 && (unsigned char)p[-2] == 0xD8 &&
				(unsigned char)p[-1] == 0x8C))) /* Arabic comma */
		p -= ((unsigned char)p[-1] == 0x8C) ? 2 : 1;
	if (p >= end)
		return xstrndup(content, (size_t)(end - content));
	return xasprintf("%.*s…", (int)(p - content), content);
}

/* Fill an article from a row of ARTICLE_COLUMNS (and content, analysis_error at columns 13, 14). */
static void
article_from_row(sqlite3_stmt *s, struct article *a, bool content)
{
	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(s, 0);
	a->title = col_text(s, 1);
	a->source = col_text(s, 2);
	a->url = col_text(s, 3);
	a->date = col_text(s, 4);
	a->ref_date = col_text(s, 5);
	a->author = col_text(s, 6);
	a->origin = col_text(s, 7);
	a->words = sqlite3_column_int64(s, 8);
	a->read = sqlite3_column_int(s, 9) != 0;
	a->starred = sqlite3_column_int(s, 10) != 0;
	a->date_source = col_text(s, 12);
	if (content) {
		a->content = col_text(s, 13);
		a->analysis_error = col_text(s, 14);
	}
	if (a->title == NULL && sqlite3_column_text(s, 11) != NULL) {
		a->title = store_lead_title((const char *)sqlite3_column_text(s, 11));
		a->title_guessed = true;
	}
}

int
store_get_article(struct store *st, int64_t id, struct article **out, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_GET,
				     "SELECT " ARTICLE_COLUMNS ", a.content, a.analysis_error" ARTICLE_FROM
				     " WHERE a.id = ?1",
				     cause);
	int rc;

	*out = NULL;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*out = xcalloc(1, sizeof **out);
		article_from_row(s, *out, true);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "reading an article", cause);
	return 0;
}

int64_t
store_count_articles(struct store *st)
{
	/* The counts the triggers keep (migration 9): a few rows, not the archive. */
	sqlite3_stmt *s = store_stmt(st, STMT_COUNT, "SELECT coalesce(sum(n), 0) FROM article_counts", NULL);
	int64_t n = -1;

	if (s != NULL && sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	if (s != NULL)
		sqlite3_reset(s);
	return n;
}

static int
set_state(struct store *st, int64_t id, const char *col, bool v, char **cause)
{
	const char *sql = strcmp(col, "read") == 0
		? "INSERT INTO article_state(article_id, read, read_at) VALUES (?1, ?2,"
		  " CASE WHEN ?2 THEN strftime('%Y-%m-%dT%H:%M:%SZ','now') END)"
		  " ON CONFLICT(article_id) DO UPDATE SET read = ?2, read_at = excluded.read_at"
		: "INSERT INTO article_state(article_id, starred) VALUES (?1, ?2)"
		  " ON CONFLICT(article_id) DO UPDATE SET starred = ?2";
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail(st->db, "preparing a state change", cause);
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, v);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "saving the article's state", cause);
	return 0;
}

int
store_set_read(struct store *st, int64_t id, bool read, char **cause)
{
	return set_state(st, id, "read", read, cause);
}

int
store_set_starred(struct store *st, int64_t id, bool starred, char **cause)
{
	return set_state(st, id, "starred", starred, cause);
}

/* The WHERE conditions of a filter (after "WHERE 1"): fixed fragments, values bound by filter_bind. */
static void
filter_where(struct buf *sql, const struct store_filter *f)
{
	if (f->unread)
		buf_adds(sql, " AND coalesce(t.read, 0) = 0");
	if (f->starred)
		buf_adds(sql, " AND t.starred = 1");
	if (f->from)
		buf_adds(sql, " AND a.date >= ?1");
	if (f->to)
		buf_adds(sql, " AND substr(a.date, 1, length(?2)) <= ?2");
	if (f->source)
		buf_adds(sql, " AND s.name = ?3");
	if (f->undated)
		buf_adds(sql, " AND a.date IS NULL");
	/*
	 * A speaker or topic filter starts from its statements or topic rows
	 * (through their indexes), not from every article: a rare or absent
	 * speaker costs its own rows, not a walk over the archive.
	 */
	if (f->speaker)
		buf_adds(sql, " AND a.id IN (SELECT x.article_id FROM statements x WHERE x.speaker_id IN"
			       " (SELECT p.id FROM speakers p WHERE p.folded = khabar_fold(?4)"
			       " UNION SELECT l.speaker_id FROM speaker_aliases l WHERE l.folded = khabar_fold(?4)))");
	if (f->topic)
		buf_adds(sql, " AND a.id IN (SELECT x.article_id FROM article_topics x WHERE x.topic_id IN"
			       " (SELECT t.id FROM topics t WHERE t.name = ?5"
			       " UNION SELECT t.id FROM topics t WHERE t.folded = khabar_fold(?5)))");
	if (f->story)
		buf_adds(sql, " AND a.story_id = ?8");
}

static void
filter_bind(sqlite3_stmt *s, const struct store_filter *f)
{
	bind_text(s, 1, f->from);
	bind_text(s, 2, f->to);
	bind_text(s, 3, f->source);
	bind_text(s, 4, f->speaker);
	bind_text(s, 5, f->topic);
	if (f->story)
		sqlite3_bind_int64(s, 8, f->story);
}

int
store_count_facet(struct store *st, enum store_facet facet, int precision, const char *within,
		  const struct store_filter *f, store_count_cb cb, void *ctx, char **cause)
{
	static const int len[] = { 0, 4, 7, 10 };
	struct store_count c;
	struct buf sql;
	sqlite3_stmt *s = NULL;
	int rc, ret = 0;

	if (facet == STORE_FACET_DATE && (precision < 1 || precision > 3)) {
		*cause = xstrdup("date precision is 1 (year), 2 (month) or 3 (day)");
		return -1;
	}
	/* Fixed fragments only; every value is bound (?10 precision, ?11 within). */
	buf_init(&sql);
	/* Only the joins the filter needs, so that a date facet can read the date index alone. */
	if (facet == STORE_FACET_DATE)
		buf_adds(&sql, "SELECT CASE WHEN a.date IS NULL OR length(a.date) < ?10 THEN NULL"
			       " ELSE substr(a.date, 1, ?10) END AS k, count(*) FROM articles a");
	else if (facet == STORE_FACET_SPEAKER)
		buf_adds(&sql, "SELECT p.name AS k, count(DISTINCT a.id) FROM articles a"
			       " JOIN statements x ON x.article_id = a.id JOIN speakers p ON p.id = x.speaker_id");
	else if (facet == STORE_FACET_TOPIC)
		buf_adds(&sql, "SELECT tp.name AS k, count(*) FROM articles a"
			       " JOIN article_topics at ON at.article_id = a.id JOIN topics tp ON tp.id = at.topic_id");
	else
		buf_adds(&sql, "SELECT s.name AS k, count(*) FROM articles a");
	if (facet == STORE_FACET_SOURCE || f->source)
		buf_adds(&sql, " LEFT JOIN sources s ON s.id = a.source_id");
	if (f->unread || f->starred)
		buf_adds(&sql, " LEFT JOIN article_state t ON t.article_id = a.id");
	buf_adds(&sql, facet == STORE_FACET_SOURCE ? " WHERE s.name IS NOT NULL" : " WHERE 1");
	if (facet == STORE_FACET_DATE)
		buf_adds(&sql, " AND (?11 IS NULL OR substr(a.date, 1, length(?11)) = ?11)");
	filter_where(&sql, f);
	buf_adds(&sql, facet == STORE_FACET_DATE ? " GROUP BY k ORDER BY k IS NULL, k DESC"
						 : " GROUP BY k ORDER BY count(*) DESC, k");
	if (sqlite3_prepare_v2(st->db, sql.data, -1, &s, NULL) != SQLITE_OK) {
		ret = store_fail(st->db, "preparing facet counts", cause);
		goto out;
	}
	filter_bind(s, f);
	if (facet == STORE_FACET_DATE) {
		sqlite3_bind_int(s, 10, len[precision]);
		if (within != NULL)
			sqlite3_bind_text(s, 11, within, -1, SQLITE_STATIC);
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		c.key = (const char *)sqlite3_column_text(s, 0);
		c.count = sqlite3_column_int64(s, 1);
		if (facet == STORE_FACET_DATE && c.key == NULL && within != NULL)
			continue; /* undated rows belong to the top level only */
		if (cb(ctx, &c) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		ret = store_fail(st->db, "counting facets", cause);
out:
	sqlite3_finalize(s);
	buf_free(&sql);
	return ret;
}

/* Undo a deletion that failed half-way (the cause already said is the one reported). */
static void
delete_rollback(struct store *st)
{
	char *ignored = NULL;

	store_savepoint_rollback(st, "delete_article", &ignored);
	free(ignored);
}

int
store_delete_article(struct store *st, int64_t id, char **cause)
{
	sqlite3_stmt *s;
	int rc, changes;

	/* Its story first (its size, dates and label; a story left with one article is no more). */
	if (store_savepoint(st, "delete_article", cause) != 0)
		return -1;
	if (store_story_forget(st, id, cause) != 0) {
		delete_rollback(st);
		return -1;
	}
	if (sqlite3_prepare_v2(st->db, "DELETE FROM articles WHERE id = ?1", -1, &s, NULL) != SQLITE_OK) {
		store_fail(st->db, "preparing to delete an article", cause);
		delete_rollback(st);
		return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_fail(st->db, "deleting an article", cause);
		delete_rollback(st);
		return -1;
	}
	changes = sqlite3_changes(st->db);
	if (store_savepoint_release(st, "delete_article", cause) != 0)
		return -1;
	return changes > 0 ? 0 : 1;
}

int
store_mark_read(struct store *st, const struct store_filter *f, int64_t *n, char **cause)
{
	struct buf sql;
	sqlite3_stmt *s = NULL;
	int rc;

	buf_init(&sql);
	buf_adds(&sql, "INSERT INTO article_state(article_id, read, read_at)"
		       " SELECT a.id, 1, strftime('%Y-%m-%dT%H:%M:%SZ','now')" ARTICLE_FROM " WHERE 1");
	filter_where(&sql, f);
	buf_adds(&sql, " AND coalesce(t.read, 0) = 0"
		       " ON CONFLICT(article_id) DO UPDATE SET read = 1, read_at = excluded.read_at");
	rc = sqlite3_prepare_v2(st->db, sql.data, -1, &s, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK)
		return store_fail(st->db, "preparing to mark articles read", cause);
	filter_bind(s, f);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "marking articles read", cause);
	*n = sqlite3_changes(st->db);
	return 0;
}

int
store_list_articles(struct store *st, const struct store_filter *f, store_article_cb cb,
		    void *ctx, char **cause)
{
	struct buf sql;
	sqlite3_stmt *s = NULL;
	struct article a;
	int rc, stop, ret = 0;

	/* Fixed fragments only; every value is bound. */
	buf_init(&sql);
	buf_adds(&sql, "SELECT " ARTICLE_COLUMNS ARTICLE_FROM " WHERE 1");
	filter_where(&sql, f);
	buf_adds(&sql, " ORDER BY a.date IS NULL, a.date DESC, a.id DESC LIMIT ?6 OFFSET ?7");
	if (sqlite3_prepare_v2(st->db, sql.data, -1, &s, NULL) != SQLITE_OK) {
		ret = store_fail(st->db, "preparing the article list", cause);
		goto out;
	}
	filter_bind(s, f);
	sqlite3_bind_int64(s, 6, f->limit > 0 ? f->limit : -1);
	sqlite3_bind_int64(s, 7, f->offset);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		article_from_row(s, &a, false);
		stop = cb(ctx, &a);
		article_clear(&a);
		if (stop != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		ret = store_fail(st->db, "listing articles", cause);
out:
	sqlite3_finalize(s);
	buf_free(&sql);
	return ret;
}
