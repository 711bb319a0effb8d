/*
 * fuzz-search.c: the query translator (src/store/search.c).  The first
 * byte picks the flags.  What it makes must be a valid FTS5 expression:
 * it is run against a one-row table that uses khabar's tokenizer.
 */
#include "config.h"

#include <sqlite3.h>

#include "store/store.h"
#include "tests/fuzz/fuzz.h"

static sqlite3 *db;
static sqlite3_stmt *match;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *cause = NULL;

	FUZZ_ASSERT(sqlite3_open(":memory:", &db) == SQLITE_OK);
	FUZZ_ASSERT(store_fts_register(db, &cause) == 0);
	FUZZ_ASSERT(sqlite3_exec(db,
				 "CREATE VIRTUAL TABLE t USING fts5(title, content, tokenize='khabar');"
				 "INSERT INTO t VALUES ('وزير الخارجية', 'قال وزير الخارجية الروسي');",
				 NULL, NULL, NULL) == SQLITE_OK);
	FUZZ_ASSERT(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1", -1, &match,
				       NULL) == SQLITE_OK);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned flags = 0;
	char *q, *expr, *cause = NULL;
	int rc;

	if (size > 0) {
		flags = data[0] & 1 ? STORE_SEARCH_EXACT : 0;
		data++;
		size--;
	}
	q = fuzz_cstr(data, size);
	expr = store_search_expr(q, flags, &cause);
	if (expr == NULL) {
		FUZZ_ASSERT(cause != NULL);
	} else {
		FUZZ_ASSERT(cause == NULL);
		sqlite3_bind_text(match, 1, expr, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(match)) == SQLITE_ROW)
			;
		/* Every term is quoted: FTS5 must accept whatever the user typed. */
		FUZZ_ASSERT(rc == SQLITE_DONE);
		sqlite3_reset(match);
		sqlite3_clear_bindings(match);
	}
	free(expr);
	free(cause);
	free(q);
	return 0;
}
