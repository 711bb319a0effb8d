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
	char *path = xasprintf("%s/dates.tsv", data_dir), *words = buf_read_file(path, NULL), *c = NULL;
	int rc = 0;

	if (words != NULL && xcal_load_words((*out)->cal, words, &c) != 0) {
		*cause = xasprintf("%s/%s", data_dir, c);
		free(c);
		rc = -1;
	}
	free(path);
	free(words);
	if (rc != 0 || xlex_load(&(*out)->lex, data_dir, (*out)->stem, cause) != 0) {
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
	if (xlex_parse(&(*out)->lex, speakers_tsv, topics_tsv, (*out)->stem, cause) != 0 ||
	    xlex_load_words(&(*out)->lex, KHABAR_SRCDATADIR, cause) != 0) {
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

int
extractor_set_weights(struct extractor *x, const char *text, char **cause)
{
	struct xweights *w;

	if (xweights_parse(&w, text, cause) != 0)
		return -1;
	xweights_free(x->lex.weights);
	x->lex.weights = w;
	return 0;
}

void
extractor_list_candidates(struct extractor *x, bool on)
{
	x->lex.candidates = on;
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

/* The token range holding code points c0..c1 (the first found by bisection: tokens are in order). */
static void
extract_token_range(const struct xtoks *t, size_t c0, size_t c1, size_t *a, size_t *b)
{
	size_t i = 0, hi = t->n, mid;

	while (i < hi) {
		mid = i + (hi - i) / 2;
		if (xtok_at(t, mid)->c1 <= c0)
			i = mid + 1;
		else
			hi = mid;
	}
	*a = i;
	for (; i < t->n && xtok_at(t, i)->c0 < c1; i++)
		;
	*b = i;
}

/* Analyse one window of text (all of an ordinary article); year as extract_article's year_hint, resolved. */
static int
extract_window(struct extractor *x, const char *text, size_t len, const char *ref, int *year,
	       struct xresult *r, char **cause)
{
	size_t i, a, b;
	struct xtoks t;
	unsigned char *named;

	(void)cause;
	memset(r, 0, sizeof *r);
	xtoks_split(&t, text, len);
	named = xcalloc(t.n + 1, 1);
	extract_dates_toks(x->cal, &t, ref, &r->dates);
	if (*year == 0 && r->dates.article >= 0)
		*year = atoi(r->dates.v[r->dates.article].value);
	extract_speech(&x->lex, &t, *year, r, named);
	extract_topics(&x->lex, x->stem, &t, 0, t.n, &r->topics, &r->ntopics);
	for (i = 0; i < r->nst; i++) {
		extract_token_range(&t, r->st[i].start, r->st[i].end, &a, &b);
		extract_topics(&x->lex, x->stem, &t, a, b, &r->st[i].topics, &r->st[i].ntopics);
	}
	extract_phrases(&x->lex, &t, named, &r->phrases, &r->nphrases);
	extract_places(x->lex.ents, &t, &r->places, &r->nplaces);
	extract_signature(&t, &r->sig);
	free(named);
	xtoks_free(&t);
	return 0;
}

/*
 * Where the window of text that starts at start ends: at a line end, else
 * a sentence end, else a space, in its second half; else at a character
 * boundary.
 */
static size_t
extract_window_end(const char *s, size_t len, size_t start)
{
	size_t lim = start + EXTRACT_WINDOW, lo = start + EXTRACT_WINDOW / 2, i;

	if (len - start <= EXTRACT_WINDOW)
		return len;
	for (i = lim; i > lo; i--)
		if (s[i - 1] == '\n')
			return i;
	for (i = lim; i > lo; i--)
		if (s[i - 1] == '.' && s[i] == ' ')
			return i;
	for (i = lim; i > lo; i--)
		if (s[i - 1] == ' ')
			return i;
	for (i = lim; i > lo && ((unsigned char)s[i] & 0xC0) == 0x80; i--)
		;
	return i;
}

/* d (dn items of size) with v's n items after them; v is freed. */
static void *
extract_append(void *d, size_t dn, void *v, size_t n, size_t size)
{
	d = xrealloc(d, (dn + n + 1) * size);
	if (n > 0)
		memcpy((char *)d + dn * size, v, n * size);
	free(v);
	return d;
}

/* The speaker of r that is s (by gazetteer entry, else by name), or -1. */
static int
extract_same_speaker(const struct xresult *r, const struct xspeaker *s)
{
	size_t i;

	for (i = 0; i < r->nspeakers; i++)
		if (s->gaz >= 0 ? r->speakers[i].gaz == s->gaz
				: r->speakers[i].gaz < 0 && strcmp(r->speakers[i].name, s->name) == 0)
			return (int)i;
	return -1;
}

/* Add the speaker w to r (its aliases to the same speaker when r has it); its index in r. */
static int
extract_merge_speaker(struct xresult *r, struct xspeaker *w)
{
	int at = extract_same_speaker(r, w);
	struct xspeaker *s;
	size_t i, k;

	if (at < 0) {
		r->speakers = xrealloc(r->speakers, (r->nspeakers + 1) * sizeof *r->speakers);
		r->speakers[r->nspeakers] = *w;
		memset(w, 0, sizeof *w);
		return (int)r->nspeakers++;
	}
	s = &r->speakers[at];
	for (i = 0; i < w->naliases; i++) {
		for (k = 0; k < s->naliases && strcmp(s->aliases[k], w->aliases[i]) != 0; k++)
			;
		if (k < s->naliases) {
			free(w->aliases[i]);
			continue;
		}
		s->aliases = xrealloc(s->aliases, (s->naliases + 1) * sizeof *s->aliases);
		s->aliases[s->naliases++] = w->aliases[i];
	}
	free(w->aliases);
	free(w->name);
	memset(w, 0, sizeof *w);
	return at;
}

/* Add w's topics (a set) to *v. */
static void
extract_merge_ints(int **v, size_t *n, const int *w, size_t nw)
{
	size_t i, k;

	for (i = 0; i < nw; i++) {
		for (k = 0; k < *n && (*v)[k] != w[i]; k++)
			;
		if (k == *n) {
			*v = xrealloc(*v, (*n + 1) * sizeof **v);
			(*v)[(*n)++] = w[i];
		}
	}
}

/* Phrases are "folded TAB as written": the same phrase has the same folded part. */
static int
extract_phrase_cmp(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	size_t nx = strcspn(x, "\t"), ny = strcspn(y, "\t");
	int c = memcmp(x, y, nx < ny ? nx : ny);

	return c != 0 ? c : (nx > ny) - (nx < ny);
}

/* Drop the phrases that several windows found (one of each is kept). */
static void
extract_unique_phrases(struct xresult *r)
{
	size_t i, k = 0;

	if (r->nphrases == 0)
		return;
	qsort(r->phrases, r->nphrases, sizeof *r->phrases, extract_phrase_cmp);
	for (i = 1; i < r->nphrases; i++) {
		if (extract_phrase_cmp(&r->phrases[i], &r->phrases[k]) == 0)
			free(r->phrases[i]);
		else
			r->phrases[++k] = r->phrases[i];
	}
	r->nphrases = k + 1;
}

/* Move what window w found into r; w starts at code point cp of the article.  w is emptied. */
static void
extract_merge(struct xresult *r, struct xresult *w, size_t cp)
{
	int *map = xcalloc(w->nspeakers + 1, sizeof *map);
	size_t i;

	for (i = 0; i < w->dates.n; i++) {
		w->dates.v[i].start += cp;
		w->dates.v[i].end += cp;
	}
	r->dates.v = extract_append(r->dates.v, r->dates.n, w->dates.v, w->dates.n, sizeof *w->dates.v);
	r->dates.n += w->dates.n;
	w->dates.v = NULL;
	w->dates.n = 0;
	for (i = 0; i < w->nspeakers; i++)
		map[i] = extract_merge_speaker(r, &w->speakers[i]);
	for (i = 0; i < w->nst; i++) {
		w->st[i].start += cp;
		w->st[i].end += cp;
		w->st[i].speaker = map[w->st[i].speaker];
	}
	r->st = extract_append(r->st, r->nst, w->st, w->nst, sizeof *w->st);
	r->nst += w->nst;
	w->st = NULL;
	w->nst = 0;
	extract_merge_ints(&r->topics, &r->ntopics, w->topics, w->ntopics);
	extract_merge_ints(&r->places, &r->nplaces, w->places, w->nplaces);
	r->phrases = extract_append(r->phrases, r->nphrases, w->phrases, w->nphrases, sizeof *w->phrases);
	r->nphrases += w->nphrases;
	w->phrases = NULL;
	w->nphrases = 0;
	w->dates.article = -1; /* the article's own date is near its top: the first window's */
	free(map);
	xresult_free(w);
}

/* Code points in s[0..n). */
static size_t
extract_code_points(const char *s, size_t n)
{
	size_t i, cp = 0;

	for (i = 0; i < n; i++)
		cp += ((unsigned char)s[i] & 0xC0) != 0x80;
	return cp;
}

/*
 * An article longer than EXTRACT_WINDOW is analysed a window at a time, so
 * that the tokens (some 100 bytes each) never exist for all of a huge
 * text at once; what the windows find is merged.  Only what spans a cut is
 * lost: a statement whose speaker was named in the window before, a phrase
 * seen once on each side.
 */
int
extract_article(struct extractor *x, const char *content, const char *ref, int year_hint,
		struct xresult *r, char **cause)
{
	size_t len = strlen(content), start, end, cp;
	int year = year_hint;
	struct xresult w;

	end = extract_window_end(content, len, 0);
	if (extract_window(x, content, end, ref, &year, r, cause) != 0)
		return -1;
	for (cp = 0, start = 0; end < len;) {
		cp += extract_code_points(content + start, end - start);
		start = end;
		end = extract_window_end(content, len, start);
		if (extract_window(x, content + start, end - start, ref, &year, &w, cause) != 0) {
			xresult_free(r);
			return -1;
		}
		extract_merge(r, &w, cp);
	}
	if (start > 0)
		extract_unique_phrases(r);
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
	for (i = 0; i < r->ncand; i++)
		free(r->cand[i]);
	free(r->cand);
	free(r->speakers);
	free(r->st);
	free(r->topics);
	free(r->places);
	memset(r, 0, sizeof *r);
}
