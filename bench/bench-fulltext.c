/*
 * bench-fulltext: the main-text extraction of --full-text feeds
 * (fetch_html_main) alone, over HTML pages given on the command line (the
 * pages bench/bench-feeds.sh serves, made by bench/gen-feeds.py).  Prints
 * pages/s and MB/s of CPU time, best of --runs passes (default 3), and how
 * many pages gave a main text; it is not a test.
 *
 *   bench/bench-fulltext [--runs N] PAGE.html...
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fetch/fetch.h"

static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	int runs = 3, first = 1, i, r, found = 0;
	size_t *len, bytes = 0;
	double best = 0;
	char **pages;

	if (argc > 2 && strcmp(argv[1], "--runs") == 0) {
		runs = atoi(argv[2]) > 0 ? atoi(argv[2]) : 1;
		first = 3;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: bench-fulltext [--runs N] PAGE.html...\n");
		return 2;
	}
	pages = xcalloc((size_t)argc, sizeof *pages);
	len = xcalloc((size_t)argc, sizeof *len);
	for (i = first; i < argc; i++) {
		if ((pages[i] = buf_read_file(argv[i], &len[i])) == NULL) {
			fprintf(stderr, "bench-fulltext: %s: cannot read it\n", argv[i]);
			return 1;
		}
		bytes += len[i];
	}
	for (r = 0; r < runs; r++) {
		double t0 = cpu_now(), t;

		found = 0;
		for (i = first; i < argc; i++) {
			struct fetch_page p;

			fetch_html_main(pages[i], len[i], NULL, &p);
			found += p.text != NULL;
			fetch_page_clear(&p);
		}
		t = cpu_now() - t0;
		if (r == 0 || t < best)
			best = t;
	}
	printf("main text of %d pages (%.1f MB): %.4f s CPU, %.0f pages/s, %.1f MB/s; a main text in %d\n",
	       argc - first, (double)bytes / 1e6, best, (argc - first) / best, (double)bytes / 1e6 / best,
	       found);
	for (i = first; i < argc; i++)
		free(pages[i]);
	free(pages);
	free(len);
	return 0;
}
