/*
 * test-counts.c: the counts the browser and every command read (dates,
 * sources, speakers, topics) are kept by triggers; they must always equal
 * what counting over the archive gives, through import, re-import with
 * changes, reindex and deletion.
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "tests/helpers.h"
#include "tests/tap.h"

/* The rows of sql joined as "a|b|c;..." (caller frees). */
static char *
rows_of(struct store *st, const char *sql)
{
	sqlite3_stmt *s;
	struct buf b;
	int i;

	buf_init(&b);
	buf_add(&b, "", 0);
	if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) != SQLITE_OK) {
		buf_printf(&b, "ERROR %s", sqlite3_errmsg(store_db(st)));
		return buf_detach(&b);
	}
	while (sqlite3_step(s) == SQLITE_ROW) {
		for (i = 0; i < sqlite3_column_count(s); i++)
			buf_printf(&b, "%s%s", i ? "|" : "", sqlite3_column_text(s, i) ? (const char *)sqlite3_column_text(s, i) : "");
		buf_addc(&b, ';');
	}
	sqlite3_finalize(s);
	return buf_detach(&b);
}

/* Kept counts and counts made over the archive, side by side. */
static const char *const pairs[][2] = {
	{ "SELECT date, source_id, n FROM article_counts WHERE n > 0 ORDER BY 1, 2",
	  "SELECT coalesce(date, ''), coalesce(source_id, 0), count(*) FROM articles GROUP BY 1, 2 ORDER BY 1, 2" },
	{ "SELECT speaker_id, statements, articles FROM speaker_counts WHERE statements > 0 ORDER BY 1",
	  "SELECT speaker_id, count(*), count(DISTINCT article_id) FROM statements"
	  " WHERE speaker_id IS NOT NULL GROUP BY 1 ORDER BY 1" },
	{ "SELECT topic_id, articles FROM topic_counts WHERE articles > 0 ORDER BY 1",
	  "SELECT topic_id, count(*) FROM article_topics GROUP BY 1 ORDER BY 1" },
	{ "SELECT topic_id, statements FROM topic_counts WHERE statements > 0 ORDER BY 1",
	  "SELECT topic_id, count(*) FROM statement_topics GROUP BY 1 ORDER BY 1" },
};

static bool
counts_agree(struct store *st, const char *when)
{
	bool ok = true;
	size_t i;

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		char *kept = rows_of(st, pairs[i][0]), *real = rows_of(st, pairs[i][1]);
		if (strcmp(kept, real) != 0 || strlen(real) == 0) {
			printf("# %s: kept %s\n#   counted %s\n", when, kept, real);
			ok = false;
		}
		free(kept);
		free(real);
	}
	return ok;
}

TEST(counts_follow_import_reindex_and_deletion)
{
	struct store *st = test_store("counts-kept");
	struct import_opts o;
	struct import_stats s;
	char dir[1024], *cause = NULL;
	const char *paths[1] = { dir };
	long nfailed = 0;

	snprintf(dir, sizeof dir, "%s/../data/articles", tap_srcdir());
	app_import_opts(&o);
	CHECK(import_paths(st, paths, 1, &o, &s, &cause) == 0 && s.imported == 5);
	CHECK(counts_agree(st, "after import"));
	CHECK_INT(store_count_articles(st), 5);
	CHECK(app_reindex(st, NULL, NULL, NULL, &nfailed, &cause) == 0);
	CHECK(counts_agree(st, "after reindex"));
	/* A date changed by hand, an article deleted (its statements and topics go by cascade). */
	CHECK(sqlite3_exec(store_db(st), "UPDATE articles SET date = '1999-01-01' WHERE id = 1;"
					 "DELETE FROM articles WHERE id = 2;", NULL, NULL, NULL) == SQLITE_OK);
	CHECK(counts_agree(st, "after an update and a delete"));
	CHECK_INT(store_count_articles(st), 4);
	free(cause);
	store_close(st);
}

static int
add_key(void *ctx, const struct store_count *c)
{
	buf_printf(ctx, "%s=%lld;", c->key ? c->key : "undated", (long long)c->count);
	return 0;
}

/* The date view's counts come from the kept counts: years, months, days and undated. */
TEST(count_dates_from_kept_counts)
{
	struct store *st = test_store("count-dates");
	struct article a = { 0 };
	enum store_put w;
	char *cause = NULL;
	int64_t id;
	struct buf b;
	static const char *const dates[] = { "2015-07-21", "2015-07-21", "2015-08-01", "2014", NULL };

	for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
		char text[32];
		snprintf(text, sizeof text, "نص رقم %zu", i);
		a.content = text;
		a.date = (char *)dates[i];
		CHECK(store_put_article(st, &a, &id, &w, &cause) == 0);
	}
	buf_init(&b);
	buf_add(&b, "", 0);
	CHECK(store_count_dates(st, 1, NULL, add_key, &b, &cause) == 0);
	CHECK_STR(b.data, "2015=3;2014=1;undated=1;");
	buf_reset(&b);
	buf_add(&b, "", 0);
	CHECK(store_count_dates(st, 2, NULL, add_key, &b, &cause) == 0);
	CHECK_STR(b.data, "2015-08=1;2015-07=2;undated=2;");
	buf_reset(&b);
	buf_add(&b, "", 0);
	CHECK(store_count_dates(st, 3, "2015-07", add_key, &b, &cause) == 0);
	CHECK_STR(b.data, "2015-07-21=2;");
	buf_free(&b);
	store_close(st);
}
