/*
 * fts-dump: what an archive's full-text index holds, one line per token
 * instance (fts5vocab's instance table: term, article, column, position),
 * then its word list (search_terms).  With --rebuild, the index is first
 * made again from the stored texts by the tokenizer alone (no tokens made
 * ahead), so that comparing the two dumps compares replayed tokens with
 * tokenized ones.  For tests/import-jobs.sh.
 *
 *   tests/tools/fts-dump [--rebuild] DB
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

static int
dump(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *s;
	int c, rc;

	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) {
		fprintf(stderr, "fts-dump: %s\n", sqlite3_errmsg(db));
		return -1;
	}
	printf("-- %s\n", sql);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		for (c = 0; c < sqlite3_column_count(s); c++)
			printf("%s%s", c ? "|" : "", (const char *)sqlite3_column_text(s, c));
		putchar('\n');
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
main(int argc, char **argv)
{
	bool rebuild = argc == 3 && strcmp(argv[1], "--rebuild") == 0;
	struct store *st;
	char *cause = NULL;
	sqlite3 *db;
	int rc;

	if (argc != 2 && !rebuild) {
		fprintf(stderr, "usage: fts-dump [--rebuild] DB\n");
		return 2;
	}
	if (store_open(argv[argc - 1], &st, &cause) != 0) {
		fprintf(stderr, "fts-dump: %s\n", cause);
		return 1;
	}
	db = store_db(st);
	if (rebuild &&
	    sqlite3_exec(db, "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')", NULL, NULL,
			 NULL) != SQLITE_OK) {
		fprintf(stderr, "fts-dump: rebuild: %s\n", sqlite3_errmsg(db));
		return 1;
	}
	rc = sqlite3_exec(db, "CREATE VIRTUAL TABLE temp.vi USING fts5vocab(main, articles_fts, instance)",
			  NULL, NULL, NULL) != SQLITE_OK ||
	     dump(db, "SELECT term, doc, col, offset FROM temp.vi ORDER BY term, doc, col, offset") != 0 ||
	     dump(db, "SELECT term FROM search_terms ORDER BY term") != 0;
	store_close(st);
	return rc;
}
