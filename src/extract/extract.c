/* extract.c: one article's whole analysis, and the state kept between articles. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

/* ICU tables, the lexicons and a stemmer, built once and reused. */
struct extractor {
	struct xcal *cal;
	struct xlex lex;
	struct text_stemmer *stem;
	char *fingerprint;
};

static int
extractor_base(struct extractor **out, char **cause)
{
	struct extractor *x = xcalloc(1, sizeof *x);

	if (xcal_new(&x->cal, cause) != 0) {
		free(x);
		return -1;
	}
	x->stem = text_stemmer_new();
	*out = x;
	return 0;
}

int
extractor_new(const char *data_dir, struct extractor **out, char **cause)
{
	if (extractor_base(out, cause) != 0)
		return -1;
	if (xlex_load(&(*out)->lex, data_dir, (*out)->stem, cause) != 0) {
		extractor_free(*out);
		*out = NULL;
		return -1;
	}
	(*out)->fingerprint = extract_fingerprint_dir(data_dir);
	return 0;
}

int
extractor_new_from(const char *speakers_tsv, const char *topics_tsv, struct extractor **out,
		   char **cause)
{
	if (extractor_base(out, cause) != 0)
		return -1;
	if (xlex_parse(&(*out)->lex, speakers_tsv, topics_tsv, (*out)->stem, cause) != 0) {
		extractor_free(*out);
		*out = NULL;
		return -1;
	}
	(*out)->fingerprint = extract_fingerprint(speakers_tsv, topics_tsv);
	return 0;
}

void
extractor_free(struct extractor *x)
{
	if (x == NULL)
		return;
	xcal_free(x->cal);
	xlex_free(&x->lex);
	free(x->fingerprint);
	text_stemmer_free(x->stem);
	free(x);
}

const char *
extractor_fingerprint(const struct extractor *x)
{
	return x->fingerprint;
}

const struct xlex *
extractor_lexicon(const struct extractor *x)
{
	return &x->lex;
}

struct text_stemmer *
extractor_stemmer(struct extractor *x)
{
	return x->stem;
}

/* The token range holding code points c0..c1. */
static void
extract_token_range(const struct xtoks *t, size_t c0, size_t c1, size_t *a, size_t *b)
{
	size_t i;

	for (i = 0; i < t->n && xtok_at(t, i)->c1 <= c0; i++)
		;
	*a = i;
	for (; i < t->n && xtok_at(t, i)->c0 < c1; i++)
		;
	*b = i;
}

int
extract_article(struct extractor *x, const char *content, const char *ref, int year_hint,
		struct xresult *r, char **cause)
{
	size_t len = strlen(content), i, a, b;
	struct xtoks t;
	int year = year_hint;

	memset(r, 0, sizeof *r);
	if (extract_dates(x->cal, content, len, ref, &r->dates, cause) != 0)
		return -1;
	if (year == 0 && r->dates.article >= 0)
		year = atoi(r->dates.v[r->dates.article].value);
	xtoks_split(&t, content, len);
	extract_speech(&x->lex, &t, year, r);
	extract_topics(&x->lex, x->stem, &t, 0, t.n, &r->topics, &r->ntopics);
	for (i = 0; i < r->nst; i++) {
		extract_token_range(&t, r->st[i].start, r->st[i].end, &a, &b);
		extract_topics(&x->lex, x->stem, &t, a, b, &r->st[i].topics, &r->st[i].ntopics);
	}
	extract_phrases(&x->lex, &t, &r->phrases, &r->nphrases);
	xtoks_free(&t);
	return 0;
}

void
xresult_free(struct xresult *r)
{
	size_t i, k;

	xdates_free(&r->dates);
	for (i = 0; i < r->nspeakers; i++) {
		free(r->speakers[i].name);
		for (k = 0; k < r->speakers[i].naliases; k++)
			free(r->speakers[i].aliases[k]);
		free(r->speakers[i].aliases);
	}
	for (i = 0; i < r->nst; i++) {
		free(r->st[i].text);
		free(r->st[i].topics);
	}
	for (i = 0; i < r->nphrases; i++)
		free(r->phrases[i]);
	free(r->phrases);
	free(r->speakers);
	free(r->st);
	free(r->topics);
	memset(r, 0, sizeof *r);
}
