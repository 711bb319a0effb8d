/*
 * bench-facets: the browser's facet counts when a filter is chosen, on an
 * archive (the whole SaudiNewsNet corpus for issue 12's target: each
 * recount under 100 ms).  With a filter on the speaker with the most
 * articles, on the biggest topic, on the biggest source and on a year, it
 * times every other facet as the navigation pane counts it
 * (store_count_facet), and the article list the filter selects.  Prints the
 * median of RUNS in milliseconds (wall and CPU: the machine may be shared)
 * beside the target; it is not a test.
 *
 *   bench/bench-facets DB [RUNS]
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store.h"
#include "text/text.h"

#define TARGET_MS 100.0

static double
now_ms(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static int
count_cb(void *ctx, const struct store_count *c)
{
	(void)c;
	++*(long *)ctx;
	return 0;
}

static int
article_cb(void *ctx, const struct article *a)
{
	(void)a;
	++*(long *)ctx;
	return 0;
}

/* The key with the most articles (ties: the first), or NULL (caller frees). */
struct most {
	char *key;
	int64_t count;
};

static int
first_cb(void *ctx, const struct store_count *c)
{
	struct most *m = ctx;

	if (c->key != NULL && c->count > m->count) {
		free(m->key);
		m->key = xstrdup(c->key);
		m->count = c->count;
	}
	return 0;
}

static char *
biggest(struct store *st, enum store_facet facet)
{
	struct store_filter f = { .undated = false };
	struct most m = { NULL, 0 };
	char *cause = NULL;

	/* A filter that selects every article (unread: none read in a bench archive) forces a count. */
	f.unread = true;
	if (store_count_facet(st, facet, 1, NULL, &f, first_cb, &m, &cause) != 0) {
		fprintf(stderr, "bench-facets: %s\n", cause);
		exit(1);
	}
	return m.key;
}

static const char *const names[] = { "date", "speaker", "topic", "source" };

/* Median wall and CPU ms of one facet count under f; rows in *rows. */
static void
time_facet(struct store *st, enum store_facet facet, const struct store_filter *f, int runs,
	   const char *label)
{
	double wall[64], cpu[64], w0, c0;
	char *cause = NULL;
	long rows = 0;
	int i;

	for (i = 0; i < runs; i++) {
		rows = 0;
		w0 = now_ms(CLOCK_MONOTONIC);
		c0 = now_ms(CLOCK_PROCESS_CPUTIME_ID);
		if (store_count_facet(st, facet, 1, NULL, f, count_cb, &rows, &cause) != 0) {
			fprintf(stderr, "bench-facets: %s\n", cause);
			exit(1);
		}
		wall[i] = now_ms(CLOCK_MONOTONIC) - w0;
		cpu[i] = now_ms(CLOCK_PROCESS_CPUTIME_ID) - c0;
	}
	qsort(wall, (size_t)runs, sizeof wall[0], cmp_double);
	qsort(cpu, (size_t)runs, sizeof cpu[0], cmp_double);
	printf("  %-28s %-8s %6ld rows  %8.2f ms wall  %8.2f ms cpu  %s\n", label, names[facet], rows,
	       wall[runs / 2], cpu[runs / 2], cpu[runs / 2] < TARGET_MS ? "ok" : "OVER");
}

static void
time_list(struct store *st, const struct store_filter *f0, int runs, const char *label)
{
	struct store_filter f = *f0;
	double wall[64], w0;
	char *cause = NULL;
	long rows = 0;
	int i;

	f.limit = 200;
	for (i = 0; i < runs; i++) {
		rows = 0;
		w0 = now_ms(CLOCK_MONOTONIC);
		if (store_list_articles(st, &f, article_cb, &rows, &cause) != 0) {
			fprintf(stderr, "bench-facets: %s\n", cause);
			exit(1);
		}
		wall[i] = now_ms(CLOCK_MONOTONIC) - w0;
	}
	qsort(wall, (size_t)runs, sizeof wall[0], cmp_double);
	printf("  %-28s %-8s %6ld rows  %8.2f ms wall  (the list's first 200)\n", label, "list", rows,
	       wall[runs / 2]);
}

int
main(int argc, char **argv)
{
	struct store *st;
	char *cause = NULL, *speaker, *topic, *source, *year, label[200];
	int runs = argc > 2 ? atoi(argv[2]) : 5, facet;
	struct store_filter f;

	if (argc < 2 || runs < 1 || runs > 64) {
		fprintf(stderr, "usage: bench-facets DB [RUNS (1..64)]\n");
		return 2;
	}
	if (store_open(argv[1], &st, &cause) != 0) {
		fprintf(stderr, "bench-facets: %s\n", cause);
		return 1;
	}
	speaker = biggest(st, STORE_FACET_SPEAKER);
	topic = biggest(st, STORE_FACET_TOPIC);
	source = biggest(st, STORE_FACET_SOURCE);
	year = biggest(st, STORE_FACET_DATE);
	printf("bench-facets: %lld articles; target: each recount < %.0f ms (issue 12)\n",
	       (long long)store_count_articles(st), TARGET_MS);
	for (int k = 0; k < 4; k++) {
		memset(&f, 0, sizeof f);
		if (k == 0 && speaker)
			f.speaker = speaker;
		else if (k == 1 && topic)
			f.topic = topic;
		else if (k == 2 && source)
			f.source = source;
		else if (k == 3 && year)
			f.from = f.to = year;
		else
			continue;
		snprintf(label, sizeof label, "%s filter", k == 0 ? "speaker" : k == 1 ? "topic"
							 : k == 2 ? "source" : "year");
		printf("%s: %s\n", label, k == 0 ? speaker : k == 1 ? topic : k == 2 ? source : year);
		for (facet = 0; facet < 4; facet++)
			if (facet != (k == 0 ? STORE_FACET_SPEAKER : k == 1 ? STORE_FACET_TOPIC
				      : k == 2 ? STORE_FACET_SOURCE : STORE_FACET_DATE))
				time_facet(st, (enum store_facet)facet, &f, runs, label);
		time_list(st, &f, runs, label);
	}
	free(speaker);
	free(topic);
	free(source);
	free(year);
	store_close(st);
	return 0;
}
