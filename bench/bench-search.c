/*
 * bench-search: the first screen of a search, in process, on an archive
 * (bench/bench-search builds a million-article one and runs this on it).
 * A first screen is what `khabar search Q` does: the counts line
 * (store_search_counts, capped at STORE_SEARCH_COUNT_CAP) and the first 20
 * hits with their snippets, newest first; best match first is timed beside
 * it.  Then the browser's views and the list filters.  Prints p50 and p95
 * in milliseconds beside the targets; it is not a test.
 *
 *   bench/bench-search DB [RUNS] [QUERY... | --views-only]
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "store/store.h"
#include "text/text.h"

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* CPU time of this process: on a loaded machine, wall time is mostly waiting for a core. */
static double
cpu_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The p-th percentile (0..100) of n timings (sorts them). */
static double
pct(double *t, int n, double p)
{
	int i;

	qsort(t, (size_t)n, sizeof *t, cmp_double);
	i = (int)(p / 100.0 * (n - 1) + 0.5);
	return t[i < n ? i : n - 1];
}

static int
count_hit(void *ctx, const struct store_hit *h)
{
	(*(long *)ctx)++;
	return 0;
}

/* One first screen: the counts line and 20 hits.  Its wall time in ms (CPU time in *cpu), or -1. */
static double
first_screen(struct store *st, const char *q, unsigned flags, long *hits, char **line, double *cpu)
{
	struct store_search_counts n;
	char *cause = NULL;
	double t0 = now_ms(), c0 = cpu_ms();

	*hits = 0;
	if (store_search_counts(st, q, flags, STORE_SEARCH_COUNT_CAP, &n, &cause) != 0 ||
	    store_search(st, q, flags, 20, count_hit, hits, &cause) != 0) {
		fprintf(stderr, "bench-search: %s: %s\n", q, cause);
		free(cause);
		return -1;
	}
	t0 = now_ms() - t0;
	if (cpu)
		*cpu = cpu_ms() - c0;
	if (line)
		*line = store_search_counts_text(&n);
	return t0;
}

static void
bench_query(struct store *st, const char *q, int runs)
{
	double *t = calloc((size_t)runs, sizeof *t), *r = calloc((size_t)runs, sizeof *r);
	double *tc = calloc((size_t)runs, sizeof *t), *rc = calloc((size_t)runs, sizeof *r);
	char *line = NULL;
	long hits = 0, rhits = 0;
	int i;

	first_screen(st, q, 0, &hits, &line, NULL); /* warm-up: pages in the index */
	for (i = 0; i < runs; i++)
		t[i] = first_screen(st, q, 0, &hits, NULL, &tc[i]);
	first_screen(st, q, STORE_SEARCH_RELEVANCE, &rhits, NULL, NULL);
	for (i = 0; i < runs; i++)
		r[i] = first_screen(st, q, STORE_SEARCH_RELEVANCE, &rhits, NULL, &rc[i]);
	printf("search [%s]: newest first p50 %.2f ms, p95 %.2f ms (target < 20), CPU p95 %.2f ms;"
	       " best match p50 %.2f ms, p95 %.2f ms, CPU p95 %.2f ms; %ld hits; %s\n",
	       q, pct(t, runs, 50), pct(t, runs, 95), pct(tc, runs, 95), pct(r, runs, 50),
	       pct(r, runs, 95), pct(rc, runs, 95), hits, line ? line : "?");
	free(line);
	free(t);
	free(r);
	free(tc);
	free(rc);
}

static int
count_any(void *ctx, const void *x)
{
	(*(long *)ctx)++;
	return 0;
}

/* The reader's page of a list: 250 rows and one more to know there are more (ui/browse.c). */
#define VIEW_SHOWN 250
static int
count_page(void *ctx, const void *x)
{
	(void)x;
	return ++*(long *)ctx > VIEW_SHOWN;
}

/* The speaker view as the reader opens it: its first page, by name or most articles first. */
static long
speaker_view(struct store *st, enum store_speaker_order order, char **cause)
{
	long n = 0;

	store_list_speakers_by(st, order, (store_speaker_cb)count_page, &n, cause);
	return n;
}

/* The topic view as the reader opens it: five sections, a page each. */
static long
topic_view(struct store *st, char **cause)
{
	static const char *const kinds[] = { "phrase", "entity", "entity", "entity", "lexicon" };
	static const char *const classes[] = { NULL, "person", "place", "org", NULL };
	struct store_topic_filter f = { NULL, false, false, NULL };
	long n, rows = 0;
	int k;

	for (k = 0; k < 5; k++) {
		f.kind = kinds[k];
		f.cls = classes[k];
		n = 0;
		store_list_topics_by(st, &f, (store_topic_cb)count_page, &n, cause);
		rows += n;
	}
	return rows;
}

/* The largest topic (most articles), whose stories the topic view lists when it is opened. */
static int
largest_topic(void *ctx, const struct store_topic *t)
{
	*(char **)ctx = xstrdup(t->name);
	return 1;
}

/* Time fn over runs; p95 in ms. */
#define TIME_P95(label, target, call)                                                      \
	do {                                                                               \
		double t_[64];                                                             \
		long n_ = 0;                                                               \
		int i_;                                                                    \
		call;                                                                      \
		for (i_ = 0; i_ < runs && i_ < 64; i_++) {                                 \
			double t0_ = now_ms();                                             \
			n_ = 0;                                                            \
			call;                                                              \
			t_[i_] = now_ms() - t0_;                                           \
		}                                                                          \
		printf("%-44s p50 %7.2f ms  p95 %7.2f ms (target < %s) [%ld rows]\n", label, \
		       pct(t_, i_, 50), pct(t_, i_, 95), target, n_);                      \
	} while (0)

int
main(int argc, char **argv)
{
	static const char *const dflt[] = { "في", "الرياض", "اقتصا*", "وزار*", "\"ولي العهد\"",
					    "كاميرون" };
	struct store *st;
	struct store_filter f;
	char *cause = NULL;
	int runs = argc > 2 ? atoi(argv[2]) : 20, i;
	struct rusage ru;
	double load[3];

	if (argc < 2) {
		fprintf(stderr, "usage: bench-search DB [RUNS] [QUERY...]\n");
		return 2;
	}
	if (runs < 1)
		runs = 1;
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (store_open(argv[1], &st, &cause) != 0) {
		fprintf(stderr, "bench-search: %s\n", cause);
		return 1;
	}
	getloadavg(load, 3);
	printf("archive: %lld articles (%s), %d runs each, in process; load average %.2f %.2f %.2f\n",
	       (long long)store_count_articles(st), argv[1], runs, load[0], load[1], load[2]);
	if (argc > 3 && strcmp(argv[3], "--views-only") == 0)
		;
	else if (argc > 3)
		for (i = 3; i < argc; i++)
			bench_query(st, argv[i], runs);
	else
		for (i = 0; i < (int)(sizeof dflt / sizeof dflt[0]); i++)
			bench_query(st, dflt[i], runs);
	TIME_P95("date view (years)", "50",
		 store_count_dates(st, 1, NULL, (store_count_cb)count_any, &n_, &cause));
	TIME_P95("source view", "50", store_count_sources(st, (store_count_cb)count_any, &n_, &cause));
	TIME_P95("speaker view (by name, first page)", "50", n_ = speaker_view(st, STORE_SPEAKERS_BY_NAME, &cause));
	TIME_P95("speaker view (by articles, first page)", "50",
		 n_ = speaker_view(st, STORE_SPEAKERS_BY_ARTICLES, &cause));
	TIME_P95("topic view (five sections, a page each)", "50", n_ = topic_view(st, &cause));
	{
		struct store_topic_filter all = { NULL, false, false, NULL };
		struct store_story_filter sf = { .limit = 100, .brief = true };
		char *topic = NULL;

		store_list_topics_by(st, &all, largest_topic, &topic, &cause);
		sf.topic = topic;
		if (topic != NULL)
			TIME_P95("a topic's stories (the largest topic's 100)", "50",
				 store_list_stories(st, &sf, (store_story_cb)count_any, &n_, &cause));
		free(topic);
		sf.topic = NULL;
		/* The story view (ui/story.c): the largest story's label (brief) and its newest 250 articles. */
		{
			sqlite3_stmt *q;
			struct store_filter af;

			memset(&af, 0, sizeof af);
			if (sqlite3_prepare_v2(store_db(st), "SELECT id FROM stories ORDER BY articles DESC LIMIT 1",
					       -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
				af.story = sqlite3_column_int64(q, 0);
			sqlite3_finalize(q);
			af.limit = 250;
			sf.id = af.story;
			sf.brief = true;
			if (af.story > 0)
				TIME_P95("story view (the largest story)", "50",
					 (store_list_stories(st, &sf, (store_story_cb)count_any, &n_, &cause),
					  store_list_articles(st, &af, (store_article_cb)count_any, &n_, &cause)));
			sf.id = 0;
		}
		TIME_P95("story list (newest 100, with outlets)", "50",
			 (sf.brief = false, store_list_stories(st, &sf, (store_story_cb)count_any, &n_, &cause)));
	}
	TIME_P95("khabar speakers: every speaker (no target)", "-",
		 store_list_speakers(st, (store_speaker_cb)count_any, &n_, &cause));
	TIME_P95("khabar topics: every topic (no target)", "-",
		 store_list_topics(st, (store_topic_cb)count_any, &n_, &cause));
	memset(&f, 0, sizeof f);
	f.limit = 200;
	f.speaker = "شخص لا وجود له";
	TIME_P95("list --speaker (absent speaker)", "50",
		 store_list_articles(st, &f, (store_article_cb)count_any, &n_, &cause));
	f.speaker = NULL;
	f.topic = "موضوع لا وجود له";
	TIME_P95("list --topic (absent topic)", "50",
		 store_list_articles(st, &f, (store_article_cb)count_any, &n_, &cause));
	f.topic = NULL;
	TIME_P95("list (first 200, no filter)", "50",
		 store_list_articles(st, &f, (store_article_cb)count_any, &n_, &cause));
	TIME_P95("count of articles (every command)", "1", n_ = store_count_articles(st));
	getrusage(RUSAGE_SELF, &ru);
	printf("peak memory of this process: %.1f MiB\n", ru.ru_maxrss / 1024.0);
	store_close(st);
	return 0;
}
