/*
 * build-archive: import NDJSON records from standard input into the archive
 * DB with the full-text index but WITHOUT extraction (no dates, speakers,
 * statements or topics): how bench-search builds its million-article archive
 * in minutes rather than the hours a full `khabar import` would take.  It is
 * a benchmark's builder, not a way to import: articles it stores are marked
 * as extracted with today's lexicons so that khabar does not ask for a
 * reindex on every command.
 *
 *   bench/build-archive DB < records.ndjson
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "extract/extract.h"
#include "import/import.h"
#include "store/store.h"

static void
failure(void *ctx, const char *file, const char *where, const char *reason)
{
	(*(long *)ctx)++;
}

int
main(int argc, char **argv)
{
	const char *paths[1] = { "-" };
	struct import_opts o;
	struct import_stats s;
	struct store *st;
	char *cause = NULL, *data, *fp;
	long failed = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: build-archive DB < records.ndjson\n");
		return 2;
	}
	if (store_open(argv[1], &st, &cause) != 0) {
		fprintf(stderr, "build-archive: %s\n", cause);
		return 1;
	}
	memset(&o, 0, sizeof o);
	o.batch = 4096;
	o.failure = failure;
	o.ctx = &failed;
	if (import_paths(st, paths, 1, &o, &s, &cause) != 0) {
		fprintf(stderr, "build-archive: %s\n", cause);
		store_close(st);
		return 1;
	}
	data = app_data_dir();
	fp = extract_fingerprint_dir(data);
	if (store_meta_set(st, "extraction" /* app.c's APP_META_EXTRACTION */, fp, &cause) != 0) {
		fprintf(stderr, "build-archive: %s\n", cause);
		free(cause);
	}
	free(fp);
	free(data);
	printf("%ld imported, %ld refused\n", (long)s.imported, failed);
	store_close(st);
	return 0;
}
