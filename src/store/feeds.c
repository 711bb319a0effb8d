/*
 * feeds.c: feed subscriptions, what a conditional GET needs, how the last
 * fetch went, and which articles came from which feed.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "store/store-private.h"

static sqlite3_stmt *
feeds_prepare(struct store *st, const char *sql, char **cause)
{
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		store_fail(st->db, "preparing a feed query", cause);
		return NULL;
	}
	return s;
}

/* Step a statement that returns no rows, then finalize it. */
static int
feeds_run(struct store *st, sqlite3_stmt *s, const char *what, char **cause)
{
	int rc = sqlite3_step(s);

	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, what, cause);
	return 0;
}

static int
bind_text(sqlite3_stmt *s, int i, const char *v)
{
	return v ? sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(s, i);
}

/* Does the query (one ?1 value) return a row? */
static int
row_exists(struct store *st, const char *col_sql, const char *value, bool *taken, char **cause)
{
	sqlite3_stmt *s = feeds_prepare(st, col_sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	bind_text(s, 1, value);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "looking up a feed", cause);
	*taken = rc == SQLITE_ROW;
	return 0;
}

int
store_add_feed(struct store *st, const char *name, const char *url, bool full_text, int64_t *id,
	       char **cause)
{
	sqlite3_stmt *s;
	bool taken;

	if (row_exists(st, "SELECT 1 FROM feeds WHERE url = ?1", url, &taken, cause) != 0)
		return -1;
	if (taken) {
		*cause = xasprintf("%s: already subscribed", url);
		return -1;
	}
	if (row_exists(st, "SELECT 1 FROM feeds WHERE name = ?1", name, &taken, cause) != 0)
		return -1;
	if (taken) {
		*cause = xasprintf("a feed is already named '%s' (choose another with --name)", name);
		return -1;
	}
	s = feeds_prepare(st, "INSERT INTO feeds(name, url, full_text) VALUES (?1, ?2, ?3)", cause);
	if (s == NULL)
		return -1;
	bind_text(s, 1, name);
	bind_text(s, 2, url);
	sqlite3_bind_int(s, 3, full_text);
	if (feeds_run(st, s, "adding a feed", cause) != 0)
		return -1;
	if (id)
		*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static const char *
col(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

int
store_list_feeds(struct store *st, store_feed_cb cb, void *ctx, char **cause)
{
	sqlite3_stmt *s = feeds_prepare(
		st,
		"SELECT f.id, f.name, f.url, f.full_text, f.etag, f.last_modified, f.added,"
		" f.last_fetch, f.last_success, f.last_error,"
		" (SELECT count(*) FROM feed_articles fa WHERE fa.feed_id = f.id),"
		" f.next_fetch, coalesce(f.next_fetch <= strftime('%Y-%m-%dT%H:%M:%SZ','now'), 1),"
		" f.failures, coalesce(f.feed_interval, -1),"
		" (SELECT count(*) FROM feed_articles fa LEFT JOIN article_state t"
		"   ON t.article_id = fa.article_id WHERE fa.feed_id = f.id AND coalesce(t.read, 0) = 0)"
		" FROM feeds f ORDER BY f.name",
		cause);
	int rc;

	if (s == NULL)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_feed f = {
			.id = sqlite3_column_int64(s, 0),
			.name = col(s, 1),
			.url = col(s, 2),
			.full_text = sqlite3_column_int(s, 3) != 0,
			.etag = col(s, 4),
			.last_modified = col(s, 5),
			.added = col(s, 6),
			.last_fetch = col(s, 7),
			.last_success = col(s, 8),
			.last_error = col(s, 9),
			.articles = sqlite3_column_int64(s, 10),
			.next_fetch = col(s, 11),
			.due = sqlite3_column_int(s, 12) != 0,
			.failures = sqlite3_column_int(s, 13),
			.feed_interval = (long)sqlite3_column_int64(s, 14),
			.unread = sqlite3_column_int64(s, 15),
		};
		if (cb(ctx, &f) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "listing feeds", cause);
	return 0;
}

int
store_remove_feed(struct store *st, int64_t id, bool delete_articles, int64_t *deleted,
		  char **cause)
{
	sqlite3_stmt *s;

	if (deleted)
		*deleted = 0;
	if (store_begin(st, cause) != 0)
		return -1;
	if (delete_articles) {
		/* Only articles no other feed brought as well. */
		s = feeds_prepare(st,
				  "DELETE FROM articles WHERE id IN (SELECT article_id FROM feed_articles"
				  " WHERE feed_id = ?1) AND id NOT IN (SELECT article_id FROM feed_articles"
				  " WHERE feed_id <> ?1)",
				  cause);
		if (s == NULL)
			goto fail;
		sqlite3_bind_int64(s, 1, id);
		if (feeds_run(st, s, "deleting a feed's articles", cause) != 0)
			goto fail;
		if (deleted)
			*deleted = sqlite3_changes(st->db);
	}
	s = feeds_prepare(st, "DELETE FROM feeds WHERE id = ?1", cause);
	if (s == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	if (feeds_run(st, s, "removing a feed", cause) != 0)
		goto fail;
	return store_commit(st, cause);
fail:
	store_rollback(st);
	return -1;
}

int
store_feed_fetched(struct store *st, int64_t id, const char *etag, const char *last_modified,
		   const char *error, long next_in, bool update_interval, long feed_interval,
		   char **cause)
{
	sqlite3_stmt *s = feeds_prepare(
		st,
		error == NULL
			? "UPDATE feeds SET etag = ?2, last_modified = ?3,"
			  " last_fetch = strftime('%Y-%m-%dT%H:%M:%SZ','now'),"
			  " last_success = strftime('%Y-%m-%dT%H:%M:%SZ','now'), last_error = NULL,"
			  " failures = 0,"
			  " next_fetch = strftime('%Y-%m-%dT%H:%M:%SZ','now', ?5 || ' seconds'),"
			  " feed_interval = CASE WHEN ?6 THEN nullif(?7, -1) ELSE feed_interval END"
			  " WHERE id = ?1"
			: "UPDATE feeds SET last_fetch = strftime('%Y-%m-%dT%H:%M:%SZ','now'),"
			  " last_error = ?4, failures = failures + 1,"
			  " next_fetch = strftime('%Y-%m-%dT%H:%M:%SZ','now', ?5 || ' seconds')"
			  " WHERE id = ?1",
		cause);

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (error == NULL) {
		bind_text(s, 2, etag);
		bind_text(s, 3, last_modified);
		sqlite3_bind_int(s, 6, update_interval);
		sqlite3_bind_int64(s, 7, feed_interval);
	} else {
		bind_text(s, 4, error);
	}
	sqlite3_bind_int64(s, 5, next_in);
	return feeds_run(st, s, "recording a fetch", cause);
}

int
store_feed_link(struct store *st, int64_t feed_id, int64_t article_id, const char *guid,
		char **cause)
{
	sqlite3_stmt *s = feeds_prepare(st,
					"INSERT INTO feed_articles(feed_id, article_id, guid) VALUES (?1, ?2, ?3)"
					" ON CONFLICT(feed_id, article_id) DO UPDATE SET guid = excluded.guid",
					cause);

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed_id);
	sqlite3_bind_int64(s, 2, article_id);
	bind_text(s, 3, guid);
	return feeds_run(st, s, "linking an article to its feed", cause);
}

int
store_has_url(struct store *st, const char *url, bool *has, char **cause)
{
	return row_exists(st, "SELECT 1 FROM articles WHERE url = ?1", url, has, cause);
}
