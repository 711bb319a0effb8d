/* browse.c: counts for the browser and the read side of extraction results. */
#include "config.h"
#include <stdlib.h>

#include "store/store-private.h"

static const char *
text_col(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

/* Prepare sql, bind nothing; NULL with *cause on failure. */
static sqlite3_stmt *
prepare(struct store *st, const char *sql, char **cause)
{
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		store_fail(st->db, "preparing a query", cause);
		return NULL;
	}
	return s;
}

/* Step to the end; rc of the last step (SQLITE_DONE when all went well). */
static int
finish(struct store *st, sqlite3_stmt *s, int rc, const char *what, char **cause)
{
	int ret = 0;

	if (rc != SQLITE_DONE)
		ret = store_fail(st->db, what, cause);
	sqlite3_finalize(s);
	return ret;
}

int
store_count_dates(struct store *st, int precision, const char *within, store_count_cb cb,
		  void *ctx, char **cause)
{
	static const int len[] = { 0, 4, 7, 10 };
	struct store_count c = { .unread = -1 };
	sqlite3_stmt *s;
	int rc;

	if (precision < 1 || precision > 3) {
		*cause = xstrdup("date precision is 1 (year), 2 (month) or 3 (day)");
		return -1;
	}
	/* From the counts per date kept by triggers (migration 9): a few rows a day, not the archive. */
	s = prepare(st,
		    "SELECT k, n FROM ("
		    " SELECT substr(date, 1, ?1) AS k, sum(n) AS n, 0 AS u FROM article_counts"
		    " WHERE length(date) >= ?1"
		    " AND (?2 IS NULL OR substr(date, 1, length(?2)) = ?2)"
		    " GROUP BY k HAVING sum(n) > 0"
		    " UNION ALL SELECT NULL, sum(n), 1 FROM article_counts WHERE ?2 IS NULL"
		    " AND length(date) < ?1 HAVING sum(n) > 0)"
		    " ORDER BY u, k DESC",
		    cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_int(s, 1, len[precision]);
	if (within != NULL)
		sqlite3_bind_text(s, 2, within, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		c.key = text_col(s, 0);
		c.count = sqlite3_column_int64(s, 1);
		if (cb(ctx, &c) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return finish(st, s, rc, "counting dates", cause);
}

int
store_count_sources(struct store *st, store_count_cb cb, void *ctx, char **cause)
{
	struct store_count c;
	sqlite3_stmt *s = prepare(st,
				  "WITH c AS (SELECT source_id AS sid, sum(n) AS n FROM article_counts"
				  "   GROUP BY source_id HAVING sum(n) > 0),"
				  " r AS (SELECT coalesce(a.source_id, 0) AS sid, count(*) AS n FROM article_state t"
				  "   JOIN articles a ON a.id = t.article_id WHERE t.read GROUP BY 1)"
				  " SELECT s.name, c.n, c.n - coalesce(r.n, 0) FROM c LEFT JOIN sources s ON s.id = c.sid"
				  " LEFT JOIN r ON r.sid = c.sid ORDER BY s.name IS NULL, c.n DESC, s.name",
				  cause);
	int rc;

	if (s == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		c.key = text_col(s, 0);
		c.count = sqlite3_column_int64(s, 1);
		c.unread = sqlite3_column_int64(s, 2);
		if (cb(ctx, &c) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return finish(st, s, rc, "counting sources", cause);
}

/* Speakers as sql selects them (id, name, kind, aliases, statements, articles), to cb until it stops. */
static int
list_speakers(struct store *st, const char *sql, store_speaker_cb cb, void *ctx, char **cause)
{
	struct store_speaker p;
	sqlite3_stmt *s = prepare(st, sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		p.id = sqlite3_column_int64(s, 0);
		p.name = text_col(s, 1);
		p.kind = text_col(s, 2);
		p.aliases = text_col(s, 3);
		p.statements = sqlite3_column_int64(s, 4);
		p.articles = sqlite3_column_int64(s, 5);
		if (cb(ctx, &p) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return finish(st, s, rc, "listing speakers", cause);
}

int
store_list_speakers(struct store *st, store_speaker_cb cb, void *ctx, char **cause)
{
	return list_speakers(st,
			     "SELECT p.id, p.name, p.kind,"
			     " coalesce((SELECT group_concat(alias, char(31)) FROM speaker_aliases"
			     "   WHERE speaker_id = p.id AND alias != p.name), ''),"
			     " coalesce(c.statements, 0) AS n, coalesce(c.articles, 0)"
			     " FROM speakers p LEFT JOIN speaker_counts c ON c.speaker_id = p.id"
			     " ORDER BY n DESC, p.name",
			     cb, ctx, cause);
}

int
store_list_speakers_by(struct store *st, enum store_speaker_order order, store_speaker_cb cb, void *ctx,
		       char **cause)
{
	/* The outer table of each CROSS JOIN is walked in its index's order: nothing to sort. */
	static const char *const sql[] = {
		[STORE_SPEAKERS_BY_NAME] =
			"SELECT p.id, p.name, p.kind, '', c.statements, c.articles"
			" FROM speakers p INDEXED BY speakers_sortkey CROSS JOIN speaker_counts c"
			" ON c.speaker_id = p.id WHERE c.articles > 0 ORDER BY p.sortkey",
		[STORE_SPEAKERS_BY_ARTICLES] =
			"SELECT p.id, p.name, p.kind, '', c.statements, c.articles"
			" FROM speaker_counts c INDEXED BY speaker_counts_articles CROSS JOIN speakers p"
			" ON p.id = c.speaker_id WHERE c.articles > 0 ORDER BY c.articles DESC, p.sortkey",
	};

	return list_speakers(st, sql[order], cb, ctx, cause);
}

int
store_list_statements(struct store *st, const struct store_statement_filter *f,
		      store_statement_cb cb, void *ctx, char **cause)
{
	struct store_statement x;
	struct buf sql;
	sqlite3_stmt *s;
	int rc;

	/*
	 * Only the filters given are in the statement, so that SQLite can use
	 * their index: with "?3 = 0 OR x.article_id = ?3" it walked every
	 * statement of the archive to open one article (230 ms at a million).
	 */
	buf_init(&sql);
	buf_adds(&sql,
		 "SELECT x.id, x.article_id, coalesce(x.speaker_id, 0), p.name, x.kind, x.text,"
		 " x.start, x.end,"
		 " coalesce((SELECT group_concat(t.name, char(31)) FROM statement_topics y"
		 "   JOIN topics t ON t.id = y.topic_id WHERE y.statement_id = x.id), '')"
		 " FROM statements x LEFT JOIN speakers p ON p.id = x.speaker_id WHERE 1");
	if (f->speaker)
		buf_adds(&sql, " AND (p.folded = khabar_fold(?1) OR EXISTS (SELECT 1 FROM"
			       "   speaker_aliases l WHERE l.speaker_id = p.id AND l.folded = khabar_fold(?1)))");
	if (f->topic)
		buf_adds(&sql, " AND EXISTS (SELECT 1 FROM statement_topics y JOIN topics t"
			       "   ON t.id = y.topic_id WHERE y.statement_id = x.id AND t.folded = khabar_fold(?2))");
	if (f->article_id != 0)
		buf_adds(&sql, " AND x.article_id = ?3");
	buf_adds(&sql, " ORDER BY x.article_id, x.start");
	s = prepare(st, sql.data, cause);
	buf_free(&sql);
	if (s == NULL)
		return -1;
	if (f->speaker)
		sqlite3_bind_text(s, 1, f->speaker, -1, SQLITE_STATIC);
	if (f->topic)
		sqlite3_bind_text(s, 2, f->topic, -1, SQLITE_STATIC);
	if (f->article_id != 0)
		sqlite3_bind_int64(s, 3, f->article_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		x.id = sqlite3_column_int64(s, 0);
		x.article_id = sqlite3_column_int64(s, 1);
		x.speaker_id = sqlite3_column_int64(s, 2);
		x.speaker = text_col(s, 3);
		x.kind = text_col(s, 4);
		x.text = text_col(s, 5);
		x.start = sqlite3_column_int64(s, 6);
		x.end = sqlite3_column_int64(s, 7);
		x.topics = text_col(s, 8);
		if (cb(ctx, &x) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return finish(st, s, rc, "listing statements", cause);
}

int
store_statement_exists(struct store *st, int64_t id, char **cause)
{
	sqlite3_stmt *s = prepare(st, "SELECT 1 FROM statements WHERE id = ?1", cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		sqlite3_finalize(s);
		return 1;
	}
	return finish(st, s, rc, "looking up a statement", cause) != 0 ? -1 : 0;
}

int
store_list_related(struct store *st, int64_t statement_id, int64_t limit, store_related_cb cb,
		   void *ctx, char **cause)
{
	struct store_related r;
	sqlite3_stmt *s = prepare(st,
		"SELECT x.id, x.article_id, p.name, r.score, r.reason, x.text, x.start, x.end,"
		" coalesce(a.title, substr(a.content, 1, min(120, instr(a.content || char(10), char(10)) - 1))),"
		" o.name, a.date"
		" FROM (SELECT other_id AS id, score, reason FROM related WHERE statement_id = ?1"
		"  UNION ALL SELECT statement_id, score, reason FROM related" /* by related_other_span (store.c, 31) */
		"   WHERE (statement_id >> 14) IN (SELECT +n FROM related_spans) AND other_id = ?1"
		"  ORDER BY score DESC, id LIMIT ?2) r JOIN statements x ON x.id = r.id"
		" JOIN articles a ON a.id = x.article_id LEFT JOIN sources o ON o.id = a.source_id"
		" LEFT JOIN speakers p ON p.id = x.speaker_id"
		" ORDER BY r.score DESC, x.id",
		cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, statement_id);
	sqlite3_bind_int64(s, 2, limit > 0 && limit < RELATED_KEEP ? limit : RELATED_KEEP);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		r.id = sqlite3_column_int64(s, 0);
		r.article_id = sqlite3_column_int64(s, 1);
		r.speaker = text_col(s, 2);
		r.score = sqlite3_column_double(s, 3);
		r.reason = text_col(s, 4);
		r.text = text_col(s, 5);
		r.start = sqlite3_column_int64(s, 6);
		r.end = sqlite3_column_int64(s, 7);
		r.title = text_col(s, 8);
		r.source = text_col(s, 9);
		r.date = text_col(s, 10);
		if (cb(ctx, &r) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return finish(st, s, rc, "listing related statements", cause);
}

int
store_list_topics_by(struct store *st, const struct store_topic_filter *f, store_topic_cb cb,
		     void *ctx, char **cause)
{
	struct store_topic t;
	/*
	 * The article counts are kept by triggers: listing reads no link table.
	 * One statement per filter and order, each one that an index answers in
	 * order (topics_kind, topics_class and their by-name twins on the ICU
	 * collation key), so that a view that stops after a page reads a page.
	 * By name the index is named: left to itself SQLite takes the one on
	 * (kind, articles) for articles > 0 and sorts the whole kind.
	 */
	char *sql = xasprintf("SELECT t.id, t.name, t.origin, t.kind, t.articles,"
			      " CASE WHEN ?3 THEN coalesce((SELECT statements FROM topic_counts"
			      "  WHERE topic_id = t.id), 0) ELSE 0 END, t.class"
			      " FROM topics t%s WHERE t.articles > 0%s%s ORDER BY %s",
			      !f->by_name || (!f->kind && !f->cls) ? ""
			      : f->cls ? " INDEXED BY topics_class_sortkey" : " INDEXED BY topics_kind_sortkey",
			      /* a class is an entity's: its own index, the kind only checked (+) */
			      f->kind ? (f->cls ? " AND +t.kind = ?1" : " AND t.kind = ?1") : "",
			      f->cls ? " AND t.class = ?4" : "",
			      f->by_name ? "t.sortkey, t.id" : "t.articles DESC, t.sortkey");
	sqlite3_stmt *s = prepare(st, sql, cause);
	int rc;

	free(sql);
	if (s == NULL)
		return -1;
	if (f->kind)
		sqlite3_bind_text(s, 1, f->kind, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 3, f->counts_of_statements);
	if (f->cls)
		sqlite3_bind_text(s, 4, f->cls, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		t.id = sqlite3_column_int64(s, 0);
		t.name = text_col(s, 1);
		t.origin = text_col(s, 2);
		t.kind = text_col(s, 3);
		t.articles = sqlite3_column_int64(s, 4);
		t.statements = sqlite3_column_int64(s, 5);
		t.cls = text_col(s, 6);
		if (cb(ctx, &t) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return finish(st, s, rc, "listing topics", cause);
}

int
store_list_topics(struct store *st, store_topic_cb cb, void *ctx, char **cause)
{
	struct store_topic_filter f = { NULL, false, true, NULL };

	return store_list_topics_by(st, &f, cb, ctx, cause);
}

int
store_list_article_dates(struct store *st, int64_t article_id, store_date_cb cb, void *ctx,
			 char **cause)
{
	struct store_date d;
	sqlite3_stmt *s = prepare(st,
				  "SELECT start, end, value, precision, calendar, is_article_date, text"
				  " FROM article_dates WHERE article_id = ?1 ORDER BY start",
				  cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		d.start = sqlite3_column_int64(s, 0);
		d.end = sqlite3_column_int64(s, 1);
		d.value = text_col(s, 2);
		d.precision = sqlite3_column_int(s, 3);
		d.calendar = text_col(s, 4);
		d.article = sqlite3_column_int(s, 5) != 0;
		d.text = text_col(s, 6);
		if (cb(ctx, &d) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return finish(st, s, rc, "listing dates", cause);
}
