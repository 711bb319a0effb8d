/*
 * annotations.c: highlights and notes anchored to an article's logical
 * text (code points), with the quote and 32 characters of context either
 * side so that they survive a re-import of an edited article.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "store/store-private.h"

/* One stored anchor, kept while re-anchoring (the rows are read first). */
struct anchor_row {
	int64_t id, start;
	char *quote, *prefix, *suffix;
};

static const char *
text_col(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

/* Run a prepared statement that returns no rows, then finalize it. */
static int
run(struct store *st, sqlite3_stmt *s, const char *what, char **cause)
{
	int rc = sqlite3_step(s);

	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, what, cause);
	return 0;
}

static sqlite3_stmt *
prepare(struct store *st, const char *sql, char **cause)
{
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		store_fail(st->db, "preparing an annotation query", cause);
		return NULL;
	}
	return s;
}

/* The bytes of code points [from, to) of s as a new string. */
static char *
cp_slice(const char *s, size_t len, int64_t from, int64_t to)
{
	size_t a = utf8_offset_of(s, len, (size_t)(from < 0 ? 0 : from));
	size_t b = utf8_offset_of(s, len, (size_t)(to < 0 ? 0 : to));

	return xstrndup(s + a, b > a ? b - a : 0);
}

int
store_add_annotation(struct store *st, int64_t article_id, int64_t start, int64_t end,
		     const char *note, int64_t *id, char **cause)
{
	struct article *a = NULL;
	char *quote, *prefix, *suffix;
	sqlite3_stmt *s;
	size_t len, n;
	int rc;

	if (store_get_article(st, article_id, &a, cause) != 0)
		return -1;
	if (a == NULL) {
		*cause = xasprintf("no article %lld", (long long)article_id);
		return -1;
	}
	len = strlen(a->content);
	n = utf8_count(a->content, len);
	if (start < 0 || end <= start || (size_t)end > n) {
		*cause = xasprintf("annotation %lld-%lld is outside article %lld (%zu characters)",
				   (long long)start, (long long)end, (long long)article_id, n);
		article_free(a);
		return -1;
	}
	quote = cp_slice(a->content, len, start, end);
	prefix = cp_slice(a->content, len, start - STORE_ANCHOR_CONTEXT, start);
	suffix = cp_slice(a->content, len, end, end + STORE_ANCHOR_CONTEXT);
	article_free(a);
	s = prepare(st, "INSERT INTO annotations(article_id, start, end, quote, prefix, suffix, note)"
			" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", cause);
	rc = -1;
	if (s != NULL) {
		sqlite3_bind_int64(s, 1, article_id);
		sqlite3_bind_int64(s, 2, start);
		sqlite3_bind_int64(s, 3, end);
		sqlite3_bind_text(s, 4, quote, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 5, prefix, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 6, suffix, -1, SQLITE_STATIC);
		if (note != NULL && *note != '\0')
			sqlite3_bind_text(s, 7, note, -1, SQLITE_STATIC);
		rc = run(st, s, "saving an annotation", cause);
		if (rc == 0 && id != NULL)
			*id = sqlite3_last_insert_rowid(st->db);
	}
	free(quote);
	free(prefix);
	free(suffix);
	return rc;
}

/* Fill an annotation from a row of the list query. */
static void
annotation_from_row(sqlite3_stmt *s, struct store_annotation *a)
{
	a->id = sqlite3_column_int64(s, 0);
	a->article_id = sqlite3_column_int64(s, 1);
	a->start = sqlite3_column_int64(s, 2);
	a->end = sqlite3_column_int64(s, 3);
	a->quote = text_col(s, 4);
	a->prefix = text_col(s, 5);
	a->suffix = text_col(s, 6);
	a->note = text_col(s, 7);
	a->orphan = sqlite3_column_int(s, 8) != 0;
	a->created = text_col(s, 9);
	a->updated = text_col(s, 10);
	a->title = text_col(s, 11);
}

int
store_list_annotations(struct store *st, int64_t article_id, store_annotation_cb cb, void *ctx,
		       char **cause)
{
	struct store_annotation a;
	sqlite3_stmt *s = prepare(st,
		"SELECT n.id, n.article_id, n.start, n.end, n.quote, n.prefix, n.suffix, n.note,"
		" n.orphan, n.created, n.updated,"
		" coalesce(r.title, substr(r.content, 1, 60))"
		" FROM annotations n JOIN articles r ON r.id = n.article_id"
		" WHERE ?1 = 0 OR n.article_id = ?1"
		" ORDER BY n.orphan, n.article_id, n.start, n.id", cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		annotation_from_row(s, &a);
		if (cb(ctx, &a) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "listing annotations", cause);
	return 0;
}

int
store_set_annotation_note(struct store *st, int64_t id, const char *note, char **cause)
{
	sqlite3_stmt *s = prepare(st, "UPDATE annotations SET note = ?2,"
				      " updated = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?1",
				  cause);

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (note != NULL && *note != '\0')
		sqlite3_bind_text(s, 2, note, -1, SQLITE_STATIC);
	if (run(st, s, "changing a note", cause) != 0)
		return -1;
	if (sqlite3_changes(st->db) == 0) {
		*cause = xasprintf("no annotation %lld", (long long)id);
		return -1;
	}
	return 0;
}

int
store_delete_annotation(struct store *st, int64_t id, char **cause)
{
	sqlite3_stmt *s = prepare(st, "DELETE FROM annotations WHERE id = ?1", cause);

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (run(st, s, "deleting an annotation", cause) != 0)
		return -1;
	if (sqlite3_changes(st->db) == 0) {
		*cause = xasprintf("no annotation %lld", (long long)id);
		return -1;
	}
	return 0;
}

/* How many bytes at the end of a[0..an) equal the end of b (whole code points). */
static size_t
common_tail(const char *a, size_t an, const char *b, size_t bn)
{
	size_t n = 0;

	while (n < an && n < bn && a[an - 1 - n] == b[bn - 1 - n])
		n++;
	while (n > 0 && (a[an - n] & 0xC0) == 0x80) /* not in the middle of a character */
		n--;
	return n;
}

/* How many bytes at the start of a equal the start of b. */
static size_t
common_head(const char *a, size_t an, const char *b, size_t bn)
{
	size_t n = 0;

	while (n < an && n < bn && a[n] == b[n])
		n++;
	while (n > 0 && n < an && (a[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/* Score of an occurrence of the quote at byte b: matching context bytes. */
static size_t
anchor_score(const char *c, size_t len, size_t b, size_t qlen, const char *prefix,
	     const char *suffix)
{
	return common_tail(c, b, prefix, strlen(prefix)) +
	       common_head(c + b + qlen, len - b - qlen, suffix, strlen(suffix));
}

bool
store_anchor_find(const char *content, const char *quote, const char *prefix,
		  const char *suffix, int64_t old_start, int64_t *start, int64_t *end)
{
	size_t len = strlen(content), qlen = strlen(quote), b, best = 0, score;
	int64_t bestcp = -1, cp, dist, bestdist = 0;
	const char *p;

	if (qlen == 0)
		return false;
	b = old_start >= 0 ? utf8_offset_of(content, len, (size_t)old_start) : len;
	if (b + qlen <= len && memcmp(content + b, quote, qlen) == 0) {
		*start = old_start;
		*end = old_start + (int64_t)utf8_count(quote, qlen);
		return true;
	}
	for (p = content; (p = strstr(p, quote)) != NULL; p++) {
		b = (size_t)(p - content);
		score = anchor_score(content, len, b, qlen, prefix, suffix);
		cp = (int64_t)utf8_index_of(content, len, b);
		dist = cp > old_start ? cp - old_start : old_start - cp;
		if (bestcp < 0 || score > best || (score == best && dist < bestdist)) {
			best = score;
			bestcp = cp;
			bestdist = dist;
		}
	}
	if (bestcp < 0)
		return false;
	*start = bestcp;
	*end = bestcp + (int64_t)utf8_count(quote, qlen);
	return true;
}

/* Read the anchors of one article into a malloc'd array. */
static int
anchors_read(struct store *st, int64_t article_id, struct anchor_row **out, size_t *n,
	     char **cause)
{
	sqlite3_stmt *s = prepare(st, "SELECT id, start, quote, prefix, suffix FROM annotations"
				      " WHERE article_id = ?1", cause);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap)
			*out = xrealloc(*out, (cap = cap ? 2 * cap : 8) * sizeof **out);
		(*out)[*n].id = sqlite3_column_int64(s, 0);
		(*out)[*n].start = sqlite3_column_int64(s, 1);
		(*out)[*n].quote = xstrdup(text_col(s, 2));
		(*out)[*n].prefix = xstrdup(text_col(s, 3));
		(*out)[*n].suffix = xstrdup(text_col(s, 4));
		(*n)++;
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st->db, "reading annotations", cause);
}

/* Store where one anchor is now, or that it is an orphan. */
static int
anchor_update(struct store *st, const struct anchor_row *r, const char *content, char **cause)
{
	sqlite3_stmt *s = prepare(st, "UPDATE annotations SET start = ?2, end = ?3, orphan = ?4,"
				      " updated = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?1",
				  cause);
	int64_t start = r->start, end = r->start;
	bool found = store_anchor_find(content, r->quote, r->prefix, r->suffix, r->start, &start,
				       &end);

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, r->id);
	sqlite3_bind_int64(s, 2, found ? start : r->start);
	sqlite3_bind_int64(s, 3, found ? end : r->start + (int64_t)utf8_count(r->quote, strlen(r->quote)));
	sqlite3_bind_int(s, 4, !found);
	return run(st, s, "re-anchoring an annotation", cause);
}

int
store_reanchor_annotations(struct store *st, int64_t article_id, const char *content,
			   char **cause)
{
	struct anchor_row *rows;
	size_t n, i;
	int rc = 0;

	if (anchors_read(st, article_id, &rows, &n, cause) != 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (rc == 0)
			rc = anchor_update(st, &rows[i], content ? content : "", cause);
		free(rows[i].quote);
		free(rows[i].prefix);
		free(rows[i].suffix);
	}
	free(rows);
	return rc;
}
