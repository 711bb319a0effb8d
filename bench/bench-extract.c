/*
 * bench-extract: extraction over the whole SaudiNewsNet corpus.
 *
 *   bench/bench-extract [CORPUS_DIR] [MAX_FILES]
 *
 * CORPUS_DIR holds SaudiNewsNet's daily zips (default: ../shared/corpus/
 * saudinewsnet next to the source tree); each is unzipped into a temporary
 * folder.  Prints extraction throughput (articles/s, statements, speakers,
 * dates found) and the time to import the same files into a fresh archive
 * with and without extraction.  Exits 0 with a "skip" line when the corpus
 * is absent.
 */
#include "config.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app/app.h"
#include "extract/extract.h"
#include "import/import.h"
#include "bench/corpus.h"

/* What the extraction pass counts. */
struct tally {
	struct extractor *x;
	long articles, statements, direct, speakers, dates, dated;
	double seconds; /* in extract_article only */
};

static int
bench_record(void *ctx, const char *where, const struct article *a, const char *error)
{
	struct tally *t = ctx;
	struct xresult r;
	char *cause = NULL, *nfc;
	double t0;

	(void)where;
	(void)error;
	if (a == NULL || a->content == NULL)
		return 0;
	nfc = text_nfc(a->content, strlen(a->content), NULL, &cause);
	if (nfc == NULL) {
		free(cause);
		return 0;
	}
	t0 = bench_now();
	if (extract_article(t->x, nfc, a->ref_date, 0, &r, &cause) == 0) {
		t->seconds += bench_now() - t0;
		t->articles++;
		t->statements += (long)r.nst;
		for (size_t i = 0; i < r.nst; i++)
			t->direct += r.st[i].direct;
		t->speakers += (long)r.nspeakers;
		t->dates += (long)r.dates.n;
		t->dated += r.dates.article >= 0;
		xresult_free(&r);
	}
	free(cause);
	free(nfc);
	return 0;
}

/* Import files into a fresh archive at path; seconds taken, or -1. */
static double
bench_import(const char *path, char **files, int n, bool extract, long *imported)
{
	struct import_opts o;
	struct import_stats s;
	struct store *st;
	char *cause = NULL;
	double t0;

	unlink(path);
	if (store_open(path, &st, &cause) != 0) {
		fprintf(stderr, "bench-extract: %s\n", cause);
		free(cause);
		return -1;
	}
	if (extract)
		app_import_opts(&o);
	else
		memset(&o, 0, sizeof o);
	t0 = bench_now();
	if (import_paths(st, (const char *const *)files, n, &o, &s, &cause) != 0) {
		fprintf(stderr, "bench-extract: %s\n", cause);
		free(cause);
	}
	t0 = bench_now() - t0;
	*imported = s.imported;
	store_close(st);
	return t0;
}

int
main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : KHABAR_SRCDATADIR "/../../shared/corpus/saudinewsnet";
	int max = argc > 2 ? atoi(argv[2]) : 1000, n, i;
	char tmp[] = "/tmp/bench-extract-XXXXXX", **files = NULL, *data, *cause = NULL, *db, *cmd;
	struct tally t = { 0 };
	double with, without;
	long with_n = 0, without_n = 0;
	size_t len;
	struct stat sb;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (stat(dir, &sb) != 0 || mkdtemp(tmp) == NULL) {
		printf("skip: no corpus at %s\n", dir);
		return 0;
	}
	n = bench_unzip(dir, tmp, max, &files);
	if (n <= 0 || extractor_new(KHABAR_SRCDATADIR, &t.x, &cause) != 0) {
		printf("skip: no corpus files in %s %s\n", dir, cause ? cause : "");
		return 0;
	}
	for (i = 0; i < n; i++)
		if ((data = buf_read_file(files[i], &len)) != NULL) {
			import_parse_json(data, len, bench_record, &t, &cause);
			free(data);
		}
	printf("corpus: %d files, %ld articles\n", n, t.articles);
	printf("extraction: %.1f s, %.0f articles/s\n", t.seconds, t.articles / t.seconds);
	printf("found: %ld statements (%ld direct), %ld speakers (per-article), %ld dates, %ld articles dated\n",
	       t.statements, t.direct, t.speakers, t.dates, t.dated);
	db = xasprintf("%s/bench.db", tmp);
	without = bench_import(db, files, n, false, &without_n);
	with = bench_import(db, files, n, true, &with_n);
	printf("import without extraction: %.1f s (%ld articles, %.0f/s)\n", without, without_n,
	       without_n / without);
	printf("import with extraction:    %.1f s (%ld articles, %.0f/s)\n", with, with_n, with_n / with);
	cmd = xasprintf("rm -rf '%s'", tmp);
	if (system(cmd) != 0)
		fprintf(stderr, "bench-extract: could not remove %s\n", tmp);
	free(cmd);
	free(db);
	for (i = 0; i < n; i++)
		free(files[i]);
	free(files);
	extractor_free(t.x);
	return 0;
}
