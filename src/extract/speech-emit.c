/*
 * speech-emit.c: the statements of speech.c's analysis as candidates.
 * Each is emitted with its features (the cue, how its speaker was found,
 * the verb, the speaker, its length); the scorer's weights
 * (data/speech-weights.tsv) decide which of the generous ones are kept,
 * and of readings of the same words per cue, the best.
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"

/* A count as a feature value: 0 1 2 3 4 6 10 20 40+ (the bucket's floor). */
static int
speech_bucket(size_t n)
{
	static const int floor[] = { 40, 20, 10, 6, 4, 3, 2, 1 };
	size_t k;

	for (k = 0; k < sizeof floor / sizeof *floor; k++)
		if (n >= (size_t)floor[k])
			return floor[k];
	return 0;
}

/* Append feature "name=value" (value may be NULL: the name alone). */
static void
speech_feat(struct buf *f, const char *name, const char *value)
{
	if (f->len > 0)
		buf_add(f, " ", 1);
	buf_add(f, name, strlen(name));
	if (value != NULL) {
		buf_add(f, "=", 1);
		buf_add(f, value, strlen(value));
	}
}

static void
speech_feat_int(struct buf *f, const char *name, int n)
{
	char v[16];

	snprintf(v, sizeof v, "%d", n);
	speech_feat(f, name, v);
}

/*
 * The features of a candidate statement of sp about the cue being
 * analysed (s->cue, s->how, s->cv), whose text has the given words.
 */
static char *
speech_features(const struct speech *s, int sp, bool direct, const char *text)
{
	const struct xspeaker *p = &s->r->speakers[sp];
	const struct xverb *v = s->cv;
	struct buf f;
	char pair[96], *first;
	size_t words = 0, nw = 1;
	const char *q;
	bool in = false;

	buf_init(&f);
	speech_feat(&f, "bias", NULL);
	if (s->generous || p->titled)
		speech_feat(&f, "generous", NULL);
	if (p->titled)
		speech_feat(&f, "speaker-titled", NULL);
	if (s->loose)
		speech_feat(&f, "loose", NULL);
	speech_feat(&f, "cue", s->cue);
	speech_feat(&f, "how", s->how);
	snprintf(pair, sizeof pair, "%s+%s", s->cue, s->how);
	speech_feat(&f, "cue+how", pair);
	speech_feat(&f, "content", direct ? "direct" : "reported");
	for (q = text; *q; q++) {
		bool sp_ = *q == ' ' || *q == '\n' || *q == '\t';
		if (!sp_ && !in)
			words++;
		in = !sp_;
	}
	speech_feat_int(&f, "words", speech_bucket(words));
	if (s->nominal != NULL) {
		speech_feat(&f, "nominal", s->nominal);
		if (v != NULL) {
			snprintf(pair, sizeof pair, "%s+%s", v->lemma, s->nominal);
			speech_feat(&f, "lemma+nominal", pair);
		}
	}
	if (v != NULL) {
		char t[2] = { v->type, 0 }, a[2] = { v->arg, 0 };
		speech_feat(&f, "lemma", v->lemma);
		speech_feat(&f, "vtype", t);
		speech_feat(&f, "varg", a);
		snprintf(pair, sizeof pair, "%c+%s", v->type, s->how);
		speech_feat(&f, "vtype+how", pair);
		/* Agreement of the verb's gender with the speaker's. */
		if (!p->body && (v->type == 'f' || v->type == 'q'))
			speech_feat(&f, "agree", speech_is_feminine(s, sp) ? "fem" : "fem-verb-man");
		else if (p->body && (v->type == 'f' || v->type == 'q'))
			speech_feat(&f, "agree", speech_feminine(p->name) ? "fem-body" : "fem-verb-body");
		else if (v->type == 'g')
			speech_feat(&f, "agree", "group");
	}
	speech_feat(&f, "speaker", p->body ? "body" : "person");
	if (p->gaz >= 0)
		speech_feat(&f, "gazetteer", NULL);
	for (q = p->name; *q; q++)
		nw += *q == ' ';
	snprintf(pair, sizeof pair, "%s%zu", p->body ? "b" : "p", nw > 5 ? 5 : nw);
	speech_feat(&f, "name-words", pair);
	first = text_fold(p->name, strcspn(p->name, " "));
	if (speech_in(s, XW_TITLE, first))
		speech_feat(&f, "name-title", NULL);
	if (speech_in(s, XW_GIVEN, first))
		speech_feat(&f, "name-given", NULL);
	if (strncmp(p->name, "ال", 4) == 0) /* as written: أليسون is a name */
		speech_feat(&f, "name-al", NULL);
	free(first);
	if (p->naliases > 0)
		speech_feat(&f, "aliases", NULL);
	if (strcmp(s->cue, "quote") == 0 || strcmp(s->how, "last") == 0 || strcmp(s->how, "pending") == 0)
		speech_feat_int(&f, "distance", speech_bucket(s->cue_at > s->from_at ? s->cue_at - s->from_at : 0));
	return f.data;
}

void
speech_emit(struct speech *s, int sp, bool direct, size_t c0, size_t c1, size_t b0, size_t b1)
{
	struct xresult *r = s->r;
	struct xstatement *x;

	if (sp < 0 || c1 <= c0)
		return;
	r->st = xrealloc(r->st, (r->nst + 1) * sizeof *r->st);
	s->st_cue = xrealloc(s->st_cue, (r->nst + 1) * sizeof *s->st_cue);
	s->st_feat = xrealloc(s->st_feat, (r->nst + 1) * sizeof *s->st_feat);
	x = &r->st[r->nst];
	memset(x, 0, sizeof *x);
	x->speaker = sp;
	x->direct = direct;
	x->start = c0;
	x->end = c1;
	x->text = xstrndup(s->t->text + b0, b1 - b0);
	s->st_cue[r->nst] = s->cue_at;
	s->st_feat[r->nst] = speech_features(s, sp, direct, x->text);
	r->nst++;
}

/* A candidate's score: the sum of its features' weights. */
static double
speech_score(const struct xweights *w, const char *feat)
{
	double sum = 0;
	char name[256];

	while (*feat) {
		size_t n = strcspn(feat, " ");
		if (n < sizeof name) {
			memcpy(name, feat, n);
			name[n] = '\0';
			sum += xweights_get(w, name);
		}
		feat += n + (feat[n] == ' ');
	}
	return sum;
}

/*
 * Keep every candidate the rules make, and of the generous ones (a quote
 * given the last speaker, a nominal complement) those whose score reaches
 * the threshold (all of them without weights); per cue, of readings of
 * the same words, the best.  List every candidate when asked to.
 *
 * Trained on 90 articles, the scorer does not rank the rules' own
 * statements better than the rules do (cross-validated, dropping any lost
 * more good statements than bad), so it only decides what the rules alone
 * would not say.
 */
void
speech_select(struct speech *s)
{
	struct xresult *r = s->r;
	const struct xweights *w = s->lx->weights;
	double *score = xcalloc(r->nst + 1, sizeof *score);
	bool *keep = xcalloc(r->nst + 1, sizeof *keep);
	size_t i, k, n = 0;

	for (i = 0; i < r->nst; i++) {
		score[i] = speech_score(w, s->st_feat[i]);
		keep[i] = w == NULL || score[i] >= xweights_threshold(w) ||
			  strncmp(s->st_feat[i], "bias generous", 13) != 0;
	}
	for (i = 0; i < r->nst; i++)
		for (k = 0; k < r->nst && keep[i]; k++)
			if (k != i && keep[k] && s->st_cue[k] == s->st_cue[i] &&
			    (score[k] > score[i] || (score[k] == score[i] && k < i)) &&
			    r->st[k].start < r->st[i].end && r->st[i].start < r->st[k].end)
				keep[i] = false; /* another reading of the same words is better */
	if (s->lx->candidates) {
		r->cand = xrealloc(r->cand, (r->ncand + r->nst + 1) * sizeof *r->cand);
		for (i = 0; i < r->nst; i++)
			r->cand[r->ncand++] = xasprintf("%d\t%.4f\t%zu\t%zu\t%zu\t%s\t%d\t%s\t%s", keep[i], score[i],
							s->st_cue[i], r->st[i].start, r->st[i].end,
							r->speakers[r->st[i].speaker].name, r->st[i].direct,
							s->st_feat[i], r->st[i].text);
	}
	for (i = 0; i < r->nst; i++) {
		free(s->st_feat[i]);
		if (!keep[i]) {
			free(r->st[i].text);
			continue;
		}
		r->st[n++] = r->st[i];
	}
	r->nst = n;
	free(score);
	free(keep);
}
