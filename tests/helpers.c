/* helpers.c: shared fixtures for the unit tests. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "extract/extract.h"
#include "tests/helpers.h"
#include "tests/tap.h"

static const char *const seeds[] = {
	"000_5a010ecbcdb5f571.txt", "001_c35d344a90620506.txt", "002_ab924b65eb77ff68.txt",
	"003_c700498ac00d7f2d.txt", "004_897a8455dd883e21.txt",
};

struct extractor *
test_extractor(void)
{
	char dir[1024], *cause = NULL;
	struct extractor *x = NULL;

	snprintf(dir, sizeof dir, "%s/../data", tap_srcdir());
	if (extractor_new(dir, &x, &cause) != 0) {
		printf("# extractor_new: %s\n", cause);
		exit(99);
	}
	return x;
}

struct store *
test_store(const char *name)
{
	char path[1024], *cause = NULL;
	struct store *st = NULL;

	snprintf(path, sizeof path, "%s/%s.db", tap_tmpdir(), name);
	remove(path);
	if (store_open(path, &st, &cause) != 0) {
		printf("# store_open: %s\n", cause);
		exit(99);
	}
	return st;
}

const char *
test_seed_path(int i)
{
	static char path[5][1024];

	snprintf(path[i], sizeof path[i], "%s/../data/articles/%s", tap_srcdir(), seeds[i]);
	return path[i];
}

static void
collect_failure(void *ctx, const char *file, const char *where, const char *reason)
{
	struct buf *b = ctx;

	buf_printf(b, "%s: %s%s%s\n", file, where ? where : "", where ? ": " : "", reason);
}

int
test_import(struct store *st, const char *path, const char *encoding, struct import_stats *s,
	    char **failures)
{
	struct import_opts o;
	struct buf b;
	char *cause = NULL;
	const char *paths[1] = { path };
	int rc;

	memset(&o, 0, sizeof o);
	buf_init(&b);
	buf_add(&b, "", 0);
	o.encoding = encoding;
	o.failure = collect_failure;
	o.ctx = &b;
	rc = import_paths(st, paths, 1, &o, s, &cause);
	if (rc != 0)
		buf_printf(&b, "FATAL: %s\n", cause);
	free(cause);
	if (failures)
		*failures = buf_detach(&b);
	else
		buf_free(&b);
	return rc;
}

long
test_import_seeds(struct store *st)
{
	struct import_stats s;
	char dir[1024];

	snprintf(dir, sizeof dir, "%s/../data/articles", tap_srcdir());
	test_import(st, dir, NULL, &s, NULL);
	return s.imported;
}

long long
test_seed_id(struct store *st, int i)
{
	sqlite3_stmt *s;
	long long id = 0;

	sqlite3_prepare_v2(store_db(st), "SELECT id FROM articles WHERE origin LIKE '%/' || ?1", -1, &s,
			   NULL);
	sqlite3_bind_text(s, 1, seeds[i], -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return id;
}

static int
cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

struct ids {
	long long v[256];
	int n;
};

static int
add_id(void *ctx, const struct store_hit *h)
{
	struct ids *ids = ctx;

	if (ids->n < 256)
		ids->v[ids->n++] = h->id;
	return 0;
}

char *
test_search_ids(struct store *st, const char *q, unsigned flags)
{
	struct ids ids = { .n = 0 };
	struct buf b;
	char *cause = NULL;
	int i;

	if (store_search(st, q, flags, 0, add_id, &ids, &cause) != 0) {
		char *e = xasprintf("ERROR %s", cause);
		free(cause);
		return e;
	}
	qsort(ids.v, (size_t)ids.n, sizeof ids.v[0], cmp_ll);
	buf_init(&b);
	buf_add(&b, "", 0);
	for (i = 0; i < ids.n; i++)
		buf_printf(&b, "%s%lld", i ? "," : "", ids.v[i]);
	return buf_detach(&b);
}

char *
test_rows(struct store *st, const char *sql)
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
			buf_printf(&b, "%s%s", i ? "|" : "",
				   sqlite3_column_text(s, i) ? (const char *)sqlite3_column_text(s, i) : "");
		buf_addc(&b, ';');
	}
	sqlite3_finalize(s);
	return buf_detach(&b);
}

long long
test_q1(struct store *st, const char *sql, const char *t)
{
	sqlite3_stmt *s;
	long long v = -1;

	if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) != SQLITE_OK) {
		printf("# %s: %s\n", sql, sqlite3_errmsg(store_db(st)));
		return -1;
	}
	if (t)
		sqlite3_bind_text(s, 1, t, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

static UCollator *test_coll;

static int
test_coll_cmp(const void *a, const void *b)
{
	UErrorCode e = U_ZERO_ERROR;

	return ucol_strcollUTF8(test_coll, *(char *const *)a, -1, *(char *const *)b, -1, &e);
}

bool
test_in_collation_order(UCollator *c, char *const *v, int n)
{
	char *sorted[256];
	int i;

	if (c == NULL || n < 0 || n > 256)
		return false;
	test_coll = c;
	memcpy(sorted, v, (size_t)n * sizeof *sorted);
	qsort(sorted, (size_t)n, sizeof *sorted, test_coll_cmp);
	for (i = 0; i < n; i++)
		if (strcmp(sorted[i], v[i]) != 0)
			return false;
	return true;
}

int
test_trace_sql(unsigned type, void *ctx, void *p, void *x)
{
	(void)type;
	(void)x;
	buf_printf(ctx, "%s\x1f", sqlite3_sql(p));
	return 0;
}
