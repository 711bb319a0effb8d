/*
 * bench-bidi: layout throughput of src/bidi over the SaudiNewsNet corpus at
 * width 80, against the bare fribidi pipeline measured in the same run
 * (per paragraph: decode, levels, Arabic joining and shaping, one reorder of
 * the whole paragraph; no clusters, no line breaking, no cells).  Prints
 * MB/s, paragraphs/s and the ratio; it is not a test.
 *
 *   bench/bench-bidi [CORPUS_DIR] [--mb N] [--runs N] [--width N]
 *
 * CORPUS_DIR defaults to ../shared/corpus/saudinewsnet next to the source
 * tree; its zip files each hold one JSON array of articles, whose "content"
 * is split into paragraphs at newlines.  --mb caps the text used (default
 * 64 MB, 0 = all); the best of --runs passes (default 3) is reported.
 * --width changes the width (0: no wrapping, to see what wrapping costs);
 * --only base|khabar runs one side alone (for a profiler); --check-icu lays
 * out every paragraph again with ICU asked for every line break (no
 * plain-word shortcut, see src/bidi/wrap.c) and counts the paragraphs whose
 * lines differ.
 */
#include "config.h"
#include <dirent.h>
#include <fribidi.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bidi/bidi-private.h" /* bidi_engine.icu_only, for --check-icu */
#include "text/text.h"

/* The paragraphs, in one buffer: para i is text + at[i], len[i] bytes. */
struct corpus {
	struct buf text;
	size_t *at, *len;
	size_t n, cap, limit;
};

/* Working arrays of the baseline, reused between paragraphs. */
struct base {
	size_t cap;
	FriBidiChar *str;
	FriBidiCharType *types;
	FriBidiBracketType *btypes;
	FriBidiLevel *levels;
	FriBidiArabicProp *ar;
	FriBidiStrIndex *map;
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine may be shared */
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Add the non-empty lines of content to the corpus, up to its limit. */
static void
corpus_add(struct corpus *c, const char *content)
{
	const char *s = content, *e;

	for (; *s != '\0' && (c->limit == 0 || c->text.len < c->limit); s = *e ? e + 1 : e) {
		e = strchr(s, '\n');
		if (e == NULL)
			e = s + strlen(s);
		if (e == s)
			continue;
		if (c->n == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 4096;
			c->at = xrealloc(c->at, c->cap * sizeof *c->at);
			c->len = xrealloc(c->len, c->cap * sizeof *c->len);
		}
		c->at[c->n] = c->text.len;
		c->len[c->n++] = (size_t)(e - s);
		buf_add(&c->text, s, (size_t)(e - s));
	}
}

/* Read every JSON file of dir into the corpus. */
static void
corpus_read_dir(struct corpus *c, const char *dir)
{
	struct dirent *d;
	json_t *arr, *v;
	size_t i;
	DIR *dh = opendir(dir);

	while (dh != NULL && (d = readdir(dh)) != NULL && (c->limit == 0 || c->text.len < c->limit)) {
		char *p = xasprintf("%s/%s", dir, d->d_name);
		size_t n = strlen(d->d_name);
		if (n > 5 && strcmp(d->d_name + n - 5, ".json") == 0 &&
		    (arr = json_load_file(p, 0, NULL)) != NULL) {
			json_array_foreach(arr, i, v)
				if (json_is_string(json_object_get(v, "content")))
					corpus_add(c, json_string_value(json_object_get(v, "content")));
			json_decref(arr);
		}
		free(p);
	}
	if (dh != NULL)
		closedir(dh);
}

/* Unzip the corpus into a temporary folder and read it; false when absent. */
static bool
corpus_load(struct corpus *c, const char *dir)
{
	char tmp[] = "/tmp/khabar-bench-bidi-XXXXXX", *cmd;
	struct dirent *d;
	DIR *dh;
	int zips = 0;

	if ((dh = opendir(dir)) == NULL || mkdtemp(tmp) == NULL)
		return false;
	while ((d = readdir(dh)) != NULL) {
		size_t n = strlen(d->d_name);
		if (n < 5 || strcmp(d->d_name + n - 4, ".zip") != 0)
			continue;
		cmd = xasprintf("unzip -q -o '%s/%s' '*.json' -d '%s'", dir, d->d_name, tmp);
		zips += system(cmd) == 0;
		free(cmd);
	}
	closedir(dh);
	corpus_read_dir(c, tmp);
	cmd = xasprintf("rm -rf '%s'", tmp);
	if (system(cmd) != 0)
		fprintf(stderr, "bench-bidi: could not remove %s\n", tmp);
	free(cmd);
	return zips > 0 && c->n > 0;
}

static void
base_reserve(struct base *b, size_t n)
{
	if (n <= b->cap)
		return;
	b->cap = n * 2;
	b->str = xrealloc(b->str, b->cap * sizeof *b->str);
	b->types = xrealloc(b->types, b->cap * sizeof *b->types);
	b->btypes = xrealloc(b->btypes, b->cap * sizeof *b->btypes);
	b->levels = xrealloc(b->levels, b->cap * sizeof *b->levels);
	b->ar = xrealloc(b->ar, b->cap * sizeof *b->ar);
	b->map = xrealloc(b->map, b->cap * sizeof *b->map);
}

/* The baseline: fribidi alone on one paragraph. */
static void
base_para(struct base *b, const char *s, size_t len)
{
	FriBidiParType dir = FRIBIDI_PAR_ON;
	size_t pos = 0;
	int32_t c;
	int n = 0, i;

	base_reserve(b, len + 1);
	while (pos < len) { /* the same decoding as src/bidi: fast paths for ASCII, Arabic */
		const unsigned char *u = (const unsigned char *)s + pos;
		if (u[0] < 0x80) {
			b->str[n++] = u[0];
			pos++;
		} else if (u[0] >= 0xC2 && u[0] <= 0xDF && pos + 1 < len && (u[1] & 0xC0) == 0x80) {
			b->str[n++] = (FriBidiChar)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
			pos += 2;
		} else {
			c = utf8_next(s, len, &pos);
			b->str[n++] = c < 0 ? 0xFFFD : (FriBidiChar)c;
		}
	}
	fribidi_get_bidi_types(b->str, n, b->types);
	fribidi_get_bracket_types(b->str, n, b->types, b->btypes);
	if (fribidi_get_par_embedding_levels_ex(b->types, b->btypes, n, &dir, b->levels) == 0)
		abort();
	fribidi_get_joining_types(b->str, n, b->ar);
	fribidi_join_arabic(b->types, n, b->levels, b->ar);
	fribidi_shape_arabic(FRIBIDI_FLAG_SHAPE_ARAB_PRES | FRIBIDI_FLAG_SHAPE_ARAB_LIGA, b->levels, n,
			     b->ar, b->str);
	for (i = 0; i < n; i++)
		b->map[i] = i;
	if (n > 0 && fribidi_reorder_line(FRIBIDI_FLAG_REORDER_NSM, b->types, n, 0, dir, b->levels,
					  b->str, b->map) == 0)
		abort();
}

/* One pass of the baseline over the corpus; seconds. */
static double
base_pass(const struct corpus *c, struct base *b)
{
	double t = now();
	size_t i;

	for (i = 0; i < c->n; i++)
		base_para(b, c->text.data + c->at[i], c->len[i]);
	return now() - t;
}

/* One pass of khabar's layout at width 80; seconds; lines via *lines. */
static double
khabar_pass(const struct corpus *c, struct bidi_engine *e, int width, long *lines)
{
	struct bidi_opts o;
	struct bidi_para *p;
	char *cause = NULL;
	double t;
	size_t i;

	bidi_opts_default(&o);
	o.width = width;
	*lines = 0;
	t = now();
	for (i = 0; i < c->n; i++) {
		if (bidi_engine_layout(e, c->text.data + c->at[i], c->len[i], &o, &p, &cause) != 0) {
			fprintf(stderr, "bench-bidi: %s\n", cause);
			exit(1);
		}
		*lines += p->nlines;
		bidi_para_free(p);
	}
	return now() - t;
}

/* Paragraphs whose lines differ when ICU is asked for every break. */
static size_t
check_icu(const struct corpus *c, struct bidi_engine *e, int width)
{
	struct bidi_engine *icu;
	struct bidi_para *a, *b;
	struct bidi_opts o;
	char *cause = NULL;
	size_t i, differ = 0;
	int l;
	bool same;

	if ((icu = bidi_engine_new(&cause)) == NULL)
		exit(1);
	icu->icu_only = true;
	bidi_opts_default(&o);
	o.width = width;
	for (i = 0; i < c->n; i++) {
		if (bidi_engine_layout(e, c->text.data + c->at[i], c->len[i], &o, &a, &cause) != 0 ||
		    bidi_engine_layout(icu, c->text.data + c->at[i], c->len[i], &o, &b, &cause) != 0) {
			fprintf(stderr, "bench-bidi: %s\n", cause);
			exit(1);
		}
		same = a->nlines == b->nlines;
		for (l = 0; same && l < a->nlines; l++)
			same = a->lines[l].start == b->lines[l].start &&
			       a->lines[l].end == b->lines[l].end &&
			       a->lines[l].ncells == b->lines[l].ncells;
		differ += !same;
		bidi_para_free(a);
		bidi_para_free(b);
	}
	bidi_engine_free(icu);
	return differ;
}

static void
report(const char *name, const struct corpus *c, double secs)
{
	printf("  %-28s %8.3f s  %7.1f MB/s  %9.0f paragraphs/s\n", name, secs,
	       (double)c->text.len / 1e6 / secs, (double)c->n / secs);
}

int
main(int argc, char **argv)
{
	const char *dir = KHABAR_SRCDATADIR "/../../shared/corpus/saudinewsnet";
	struct corpus c = { .limit = 64u << 20 };
	struct base b = { 0 };
	struct bidi_engine *e;
	double tb = 1e9, tk = 1e9, t;
	char *cause = NULL;
	int i, runs = 3, width = 80;
	const char *only = "";
	bool check = false;
	long lines = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--mb") == 0 && i + 1 < argc)
			c.limit = (size_t)atol(argv[++i]) << 20;
		else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
			runs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--width") == 0 && i + 1 < argc)
			width = atoi(argv[++i]);
		else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc)
			only = argv[++i];
		else if (strcmp(argv[i], "--check-icu") == 0)
			check = true;
		else
			dir = argv[i];
	}
	buf_init(&c.text);
	if (!corpus_load(&c, dir)) {
		printf("bench-bidi: no corpus at %s, skipped\n", dir);
		return 0;
	}
	if ((e = bidi_engine_new(&cause)) == NULL)
		return 1;
	printf("bench-bidi: %zu paragraphs, %.1f MB of SaudiNewsNet text, width %d, best of %d\n",
	       c.n, (double)c.text.len / 1e6, width, runs);
	for (i = 0; i < runs; i++) {
		if (strcmp(only, "khabar") != 0 && (t = base_pass(&c, &b)) < tb)
			tb = t;
		if (strcmp(only, "base") != 0 && (t = khabar_pass(&c, e, width, &lines)) < tk)
			tk = t;
	}
	if (tb < 1e9)
		report("fribidi alone (baseline)", &c, tb);
	if (tk < 1e9)
		report(width > 0 ? "khabar layout (wrapped)" : "khabar layout (no wrapping)", &c, tk);
	if (tb < 1e9 && tk < 1e9)
		printf("  %ld lines; khabar/baseline time ratio %.2f (target <= 1.5)\n", lines,
		       tk / tb);
	if (check)
		printf("  paragraphs laid out differently with ICU asked for every break: %zu of %zu\n",
		       check_icu(&c, e, width), c.n);
	bidi_engine_free(e);
	free(b.str); free(b.types); free(b.btypes); free(b.levels); free(b.ar); free(b.map);
	free(c.at); free(c.len); buf_free(&c.text);
	return 0;
}
