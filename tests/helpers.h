/* helpers.h: what several test files share. */
#ifndef KHABAR_TEST_HELPERS_H
#define KHABAR_TEST_HELPERS_H

#include <unicode/ucol.h>

#include "import/import.h"
#include "store/store.h"

struct extractor;
/* The extractor of the source tree's data/ (exits 99 when it cannot be made). */
struct extractor *test_extractor(void);
/* A new, empty archive in the test's temporary folder. */
struct store *test_store(const char *name);
/* Import the bundled seed articles; returns how many were imported. */
long test_import_seeds(struct store *st);
/* The seed file names in data/articles, 0..4. */
const char *test_seed_path(int i);
/* Id of the article imported from seed i (by origin), 0 when none. */
long long test_seed_id(struct store *st, int i);
/* Import one path, collecting failure lines into *failures (caller frees). */
int test_import(struct store *st, const char *path, const char *encoding,
		struct import_stats *s, char **failures);
/* Check that a search returns exactly the ids in want ("1,2"). */
#define CHECK_IDS(st, q, flags, want)                                          \
	do {                                                                   \
		char *ids_ = test_search_ids((st), (q), (flags));              \
		CHECK_STR(ids_, (want));                                       \
		free(ids_);                                                    \
	} while (0)
/* Ids returned by a search, as "1,2,3" sorted ascending. */
char *test_search_ids(struct store *st, const char *q, unsigned flags);
/* The first column of sql's first row (?1 bound to t when not NULL); -1 when none or on error. */
long long test_q1(struct store *st, const char *sql, const char *t);
/* Are the n strings of v (at most 256) in the order collator c sorts them? */
bool test_in_collation_order(UCollator *c, char *const *v, int n);
/* The rows of sql joined as "a|b|c;..." (caller frees); "ERROR ..." when it fails. */
char *test_rows(struct store *st, const char *sql);
/*
 * A sqlite3_trace_v2 callback (SQLITE_TRACE_STMT): appends the SQL of
 * every statement run to the struct buf ctx, each ended by \x1f.
 */
int test_trace_sql(unsigned type, void *ctx, void *p, void *x);

#endif
