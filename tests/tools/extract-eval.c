/*
 * extract-eval: precision and recall of statement extraction against a
 * label file.
 *
 *   extract-eval [-v] DATADIR LABELS [FILE.json...]
 *
 * LABELS lines: article TAB snippet TAB speaker TAB direct|reported|ambiguous|none
 * (a fifth field, a note, is ignored).  A snippet may give alternatives
 * separated by '|': the first words of the content and, for a reported
 * frame that runs into a quotation, the first words inside the marks (the
 * labelling README's quoted_start).  An article is a file name in DATADIR/articles or the url of a record in
 * one of the JSON files (SaudiNewsNet's layout); articles that cannot be
 * found are skipped and counted.  A predicted statement is right when its
 * text contains a labelled snippet of the same article and its speaker is
 * the labelled one; a label is found when some prediction is right for it.
 * An ambiguous label (the labelling rules' open calls) is neither rewarded
 * nor penalised, as in ../shared/labels/score.py: a prediction that holds
 * only ambiguous snippets is not counted, and ambiguous labels are not
 * counted in recall.
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "import/import.h"

/* One labelled statement. */
struct label {
	char *article, *snippet, *speaker; /* snippet and speaker folded */
	char *alt[4];                      /* the snippet's alternatives, in snippet */
	size_t nalt;
	bool ambiguous;
	bool found, found_span;
};

/* Everything the evaluation counts. */
struct eval {
	struct label *l;
	size_t n;
	struct extractor *x;
	bool verbose;
	long articles, missing, predicted, right, right_span, optional;
	char **done; /* articles evaluated */
	size_t ndone;
};

static char *
fold(const char *s)
{
	return text_fold(s, strlen(s));
}

/* Split a folded snippet at '|' into its alternatives, trimmed. */
static void
label_split(struct label *l)
{
	char *p = l->snippet, *bar;

	l->nalt = 0;
	while (p != NULL && l->nalt < sizeof l->alt / sizeof l->alt[0]) {
		if ((bar = strchr(p, '|')) != NULL)
			*bar = '\0';
		while (*p == ' ')
			p++;
		for (char *end = p + strlen(p); end > p && end[-1] == ' ';)
			*--end = '\0';
		if (*p != '\0')
			l->alt[l->nalt++] = p;
		p = bar != NULL ? bar + 1 : NULL;
	}
}

/* Does a folded prediction contain one of the label's alternatives? */
static bool
label_in(const struct label *l, const char *text)
{
	size_t i;

	for (i = 0; i < l->nalt; i++)
		if (strstr(text, l->alt[i]) != NULL)
			return true;
	return false;
}

static int
eval_load(struct eval *e, const char *path)
{
	FILE *f = fopen(path, "r");
	char line[8192], *fld[4], *p;
	int k;

	if (f == NULL)
		return -1;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		for (k = 0, p = line; k < 4 && p; k++) {
			fld[k] = p;
			p = strchr(p, '\t');
			if (p)
				*p++ = '\0';
		}
		if (k < 4)
			continue;
		e->l = realloc(e->l, (e->n + 1) * sizeof *e->l);
		e->l[e->n].article = xstrdup(fld[0]);
		e->l[e->n].snippet = strcmp(fld[3], "none") == 0 ? NULL : fold(fld[1]);
		e->l[e->n].speaker = fold(fld[2]);
		e->l[e->n].ambiguous = strcmp(fld[3], "ambiguous") == 0;
		label_split(&e->l[e->n]);
		e->l[e->n].found = e->l[e->n].found_span = false;
		e->n++;
	}
	fclose(f);
	return 0;
}

static bool
eval_wanted(struct eval *e, const char *key)
{
	size_t i;

	for (i = 0; i < e->ndone; i++)
		if (strcmp(e->done[i], key) == 0)
			return false;
	for (i = 0; i < e->n; i++)
		if (strcmp(e->l[i].article, key) == 0)
			return true;
	return false;
}

/* Score one prediction against the article's labels. */
static void
eval_prediction(struct eval *e, const char *key, const char *text, const char *speaker)
{
	char *ft = fold(text), *fs = fold(speaker);
	bool right = false, span = false, optional = false;
	size_t i;

	for (i = 0; i < e->n; i++) {
		struct label *l = &e->l[i];
		if (strcmp(l->article, key) != 0 || l->snippet == NULL || !label_in(l, ft))
			continue;
		if (l->ambiguous) {
			optional = true;
			continue;
		}
		span = l->found_span = true;
		if (strcmp(fs, l->speaker) == 0)
			right = l->found = true;
	}
	if (optional && !span) {
		e->optional++;
		free(ft);
		free(fs);
		return;
	}
	e->predicted++;
	e->right += right;
	e->right_span += span;
	if (e->verbose && !right)
		printf("  wrong %s: %s: %.120s\n", key, speaker, text);
	free(ft);
	free(fs);
}

static void
eval_article(struct eval *e, const char *key, const char *content, const char *ref)
{
	struct xresult r;
	char *cause = NULL, *nfc = text_nfc(content, strlen(content), NULL, &cause);
	size_t i;

	e->done = realloc(e->done, (e->ndone + 1) * sizeof *e->done);
	e->done[e->ndone++] = xstrdup(key);
	e->articles++;
	if (nfc == NULL || extract_article(e->x, nfc, ref, 0, &r, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", key, cause ? cause : "?");
		free(cause);
		free(nfc);
		return;
	}
	for (i = 0; i < r.nst; i++)
		eval_prediction(e, key, r.st[i].text, r.speakers[r.st[i].speaker].name);
	xresult_free(&r);
	free(nfc);
}

static int
eval_record(void *ctx, const char *where, const struct article *a, const char *error)
{
	struct eval *e = ctx;

	(void)where;
	(void)error;
	if (a != NULL && a->url != NULL && eval_wanted(e, a->url))
		eval_article(e, a->url, a->content, a->ref_date);
	return 0;
}

/* Seed files named by the labels, parsed as the importer parses them. */
static void
eval_seeds(struct eval *e, const char *datadir)
{
	size_t i, len;
	char *path, *text, *cause = NULL;
	struct article a;

	for (i = 0; i < e->n; i++) {
		if (strncmp(e->l[i].article, "http", 4) == 0 || !eval_wanted(e, e->l[i].article))
			continue;
		path = xasprintf("%s/articles/%s", datadir, e->l[i].article);
		text = buf_read_file(path, &len);
		memset(&a, 0, sizeof a);
		if (text != NULL && import_parse_text(text, len, &a, &cause) == 0)
			eval_article(e, e->l[i].article, a.content, NULL);
		free(cause);
		cause = NULL;
		free(a.title), free(a.source), free(a.url), free(a.date), free(a.author), free(a.content);
		free(text);
		free(path);
	}
}

/* Was this article found and evaluated? */
static bool
eval_wanted_done(struct eval *e, const char *key)
{
	size_t i;

	for (i = 0; i < e->ndone; i++)
		if (strcmp(e->done[i], key) == 0)
			return true;
	return false;
}

static void
eval_report(struct eval *e)
{
	size_t i, k, labels = 0, found = 0, found_span = 0;

	for (i = 0; i < e->n; i++) {
		for (k = 0; k < i && strcmp(e->l[k].article, e->l[i].article) != 0; k++)
			;
		if (k == i && !eval_wanted_done(e, e->l[i].article))
			e->missing++;
	}
	for (i = 0; i < e->n; i++) {
		if (e->l[i].snippet == NULL || e->l[i].ambiguous || !eval_wanted_done(e, e->l[i].article))
			continue;
		labels++;
		found += e->l[i].found;
		found_span += e->l[i].found_span;
		if (e->verbose && !e->l[i].found)
			printf("  missed %s: %s\n", e->l[i].article, e->l[i].snippet);
	}
	printf("articles %ld (labelled but not found: %ld), labels %zu, predicted %ld"
	       " (and %ld on ambiguous labels only, not counted)\n",
	       e->articles, e->missing, labels, e->predicted, e->optional);
	printf("statement+speaker: precision %.3f recall %.3f\n",
	       e->predicted ? (double)e->right / e->predicted : 0, labels ? (double)found / labels : 0);
	printf("statement only:    precision %.3f recall %.3f\n",
	       e->predicted ? (double)e->right_span / e->predicted : 0,
	       labels ? (double)found_span / labels : 0);
}

int
main(int argc, char **argv)
{
	struct eval e = { 0 };
	char *cause = NULL, *data;
	size_t len, i;
	int a = 1;

	if (a < argc && strcmp(argv[a], "-v") == 0)
		e.verbose = true, a++;
	if (argc - a < 2) {
		fprintf(stderr, "usage: extract-eval [-v] DATADIR LABELS [FILE.json...]\n");
		return 2;
	}
	if (eval_load(&e, argv[a + 1]) != 0 || extractor_new(argv[a], &e.x, &cause) != 0) {
		fprintf(stderr, "extract-eval: %s: %s\n", argv[a + 1], cause ? cause : "cannot read");
		return 2;
	}
	eval_seeds(&e, argv[a]);
	for (i = (size_t)a + 2; i < (size_t)argc; i++) {
		if ((data = buf_read_file(argv[i], &len)) == NULL)
			continue;
		import_parse_json(data, len, eval_record, &e, &cause);
		free(cause);
		cause = NULL;
		free(data);
	}
	eval_report(&e);
	for (i = 0; i < e.n; i++)
		free(e.l[i].article), free(e.l[i].snippet), free(e.l[i].speaker);
	for (i = 0; i < e.ndone; i++)
		free(e.done[i]);
	free(e.done);
	free(e.l);
	extractor_free(e.x);
	return 0;
}
