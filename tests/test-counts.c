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

#include <unicode/ucol.h>

#include "app/app.h"
#include "tests/helpers.h"
#include "tests/tap.h"

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
		char *kept = test_rows(st, pairs[i][0]), *real = test_rows(st, pairs[i][1]);
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

struct names {
	char *v[256];
	long articles[256];
	int n;
};

static int
add_name(void *ctx, const struct store_speaker *p)
{
	struct names *x = ctx;

	if (x->n < 256) {
		x->articles[x->n] = (long)p->articles;
		x->v[x->n++] = xstrdup(p->name);
	}
	return 0;
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The speaker view reads speakers in order from an index: by name in ICU's
 * Arabic order (أحمد between ابراهيم and بدر, where code points would put
 * every أ first), or most articles first; the same speakers either way.
 */
TEST(speakers_listed_by_name_in_arabic_order_or_by_articles)
{
	struct store *st = test_store("speakers-order");
	struct import_opts o;
	struct import_stats s;
	struct names byname = { .n = 0 }, byart = { .n = 0 };
	char dir[1024], *cause = NULL;
	const char *paths[1] = { dir };
	unsigned char *k1, *k2, *k3;
	size_t n1, n2, n3;
	UErrorCode e = U_ZERO_ERROR;
	UCollator *coll;
	int i;

	k1 = text_sort_key("ابراهيم", strlen("ابراهيم"), &n1);
	k2 = text_sort_key("أحمد", strlen("أحمد"), &n2);
	k3 = text_sort_key("بدر", strlen("بدر"), &n3);
	CHECK(k1 && k2 && k3);
	CHECK(memcmp(k1, k2, n1 < n2 ? n1 : n2) < 0 && memcmp(k2, k3, n2 < n3 ? n2 : n3) < 0);
	free(k1);
	free(k2);
	free(k3);

	snprintf(dir, sizeof dir, "%s/../data/articles", tap_srcdir());
	app_import_opts(&o);
	CHECK(import_paths(st, paths, 1, &o, &s, &cause) == 0);
	CHECK(store_list_speakers_by(st, STORE_SPEAKERS_BY_NAME, add_name, &byname, &cause) == 0);
	CHECK(store_list_speakers_by(st, STORE_SPEAKERS_BY_ARTICLES, add_name, &byart, &cause) == 0);
	CHECK(byname.n >= 5);
	CHECK_INT(byname.n, byart.n);
	CHECK_INT(byname.n, test_q1(st, "SELECT count(*) FROM speaker_counts WHERE articles > 0", NULL));
	/* By name: as ICU's collator sorts them. */
	coll = ucol_open("ar", &e);
	CHECK(test_in_collation_order(coll, byname.v, byname.n));
	ucol_close(coll);
	/* By articles: never more after fewer; the same names. */
	for (i = 1; i < byart.n; i++)
		CHECK(byart.articles[i - 1] >= byart.articles[i]);
	qsort(byname.v, (size_t)byname.n, sizeof *byname.v, str_cmp);
	qsort(byart.v, (size_t)byart.n, sizeof *byart.v, str_cmp);
	for (i = 0; i < byname.n && i < byart.n; i++)
		CHECK_STR(byname.v[i], byart.v[i]);
	for (i = 0; i < byname.n; i++)
		free(byname.v[i]);
	for (i = 0; i < byart.n; i++)
		free(byart.v[i]);
	free(cause);
	store_close(st);
}
