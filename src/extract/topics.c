/*
 * topics.c: lexicon topics (key phrases matched on folded stems), the
 * candidate key phrases automatic topics are chosen from, and the terms
 * relatedness compares.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

/* Content words of tokens from..to-1 as stems. */
struct stems {
	char **v;
	size_t n;
};

static void
topics_stems(struct text_stemmer *stem, const struct xtoks *t, size_t from, size_t to,
	     struct stems *out)
{
	size_t i, sl;
	const char *s;

	out->v = xcalloc(to - from + 1, sizeof *out->v);
	out->n = 0;
	for (i = from; i < to; i++) {
		if (!xtok_at(t, i)->word || xtok_at(t, i)->num || extract_stopword(xtok_at(t, i)->fold))
			continue;
		s = text_stem(stem, xtok_at(t, i)->fold, strlen(xtok_at(t, i)->fold), &sl);
		out->v[out->n++] = xstrndup(s, sl);
	}
}

static void
topics_stems_free(struct stems *s)
{
	while (s->n > 0)
		free(s->v[--s->n]);
	free(s->v);
}

/* Does the stem phrase p ("a b c") occur in s? */
static bool
topics_has(const struct stems *s, const char *p)
{
	size_t i, k, len;
	const char *w, *e;

	for (i = 0; i < s->n; i++) {
		for (k = 0, w = p; *w; k++) {
			e = strchr(w, ' ');
			len = e ? (size_t)(e - w) : strlen(w);
			if (i + k >= s->n || strlen(s->v[i + k]) != len || strncmp(s->v[i + k], w, len) != 0)
				break;
			w = e ? e + 1 : w + len;
		}
		if (*w == '\0' && k > 0)
			return true;
	}
	return false;
}

void
extract_topics(const struct xlex *lx, struct text_stemmer *stem, const struct xtoks *t,
	       size_t from, size_t to, int **out, size_t *n)
{
	struct stems s;
	size_t k, j;

	*out = NULL;
	*n = 0;
	topics_stems(stem, t, from, to, &s);
	for (k = 0; k < lx->ntp; k++)
		for (j = 0; j < lx->tp[k].nphrases; j++)
			if (lx->tp[k].phrases[j][0] && topics_has(&s, lx->tp[k].phrases[j])) {
				*out = xrealloc(*out, (*n + 1) * sizeof **out);
				(*out)[(*n)++] = (int)k;
				break;
			}
	topics_stems_free(&s);
}

static int
topics_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort and drop duplicates of a string array (frees the duplicates). */
static void
topics_unique(char **v, size_t *n)
{
	size_t i, k = 0;

	if (*n == 0)
		return;
	qsort(v, *n, sizeof *v, topics_cmp);
	for (i = 1; i < *n; i++) {
		if (strcmp(v[i], v[k]) == 0)
			free(v[i]);
		else
			v[++k] = v[i];
	}
	*n = k + 1;
}

/* A word fit for a key phrase: letters, at least 3 of them, no function word. */
static bool
topics_phrase_word(const struct xtok *k)
{
	return k->word && !k->num && strlen(k->fold) >= 6 && !extract_stopword(k->fold);
}

/* A candidate phrase: its folded form, then a tab, then its text as first written. */
static char *
topics_phrase(const struct xtoks *t, size_t i, size_t len)
{
	struct buf b;
	size_t k;

	buf_init(&b);
	for (k = i; k < i + len; k++) {
		if (k > i)
			buf_addc(&b, ' ');
		buf_adds(&b, xtok_at(t, k)->fold);
	}
	buf_addc(&b, '\t');
	buf_add(&b, t->text + xtok_at(t, i)->b0, xtok_at(t, i + len - 1)->b1 - xtok_at(t, i)->b0);
	return buf_detach(&b);
}

/* Compare candidates by their folded part only (the text after the tab may differ). */
static int
topics_key_cmp(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	size_t nx = strcspn(x, "\t"), ny = strcspn(y, "\t");
	int c = strncmp(x, y, nx < ny ? nx : ny);

	if (c != 0)
		return c;
	if (nx == ny)
		return 0;
	return nx < ny ? -1 : 1;
}

/* Does the phrase contain a name of the gazetteer (names make poor topics)? */
static bool
topics_has_name(const struct xlex *lx, const struct xtoks *t, size_t i, size_t len)
{
	size_t k;

	for (k = i; k < i + len; k++)
		if (xlex_person_word(lx, xtok_at(t, k)->fold))
			return true;
	return false;
}

void
extract_phrases(const struct xlex *lx, const struct xtoks *t, char ***out, size_t *n)
{
	size_t i, len, cap = 0, nv = 0, k;
	char **v = NULL, **keep;

	for (i = 0; i + 1 < t->n; i++) {
		for (len = 2; len <= 3 && i + len <= t->n; len++) {
			for (k = i; k < i + len && topics_phrase_word(xtok_at(t, k)) && (k == i || !xtok_at(t, k)->nl); k++)
				;
			if (k < i + len)
				break;
			if (topics_has_name(lx, t, i, len))
				continue;
			if (nv == cap)
				v = xrealloc(v, (cap = cap ? cap * 2 : 64) * sizeof *v);
			v[nv++] = topics_phrase(t, i, len);
		}
	}
	/* A candidate occurs at least twice in the article (its first spelling is kept). */
	if (nv > 0)
		qsort(v, nv, sizeof *v, topics_key_cmp);
	keep = xcalloc(nv + 1, sizeof *keep);
	*n = 0;
	for (i = 0; i < nv; i = k) {
		for (k = i + 1; k < nv && topics_key_cmp(&v[k], &v[i]) == 0; k++)
			;
		if (k - i >= 2)
			keep[(*n)++] = xstrdup(v[i]);
	}
	for (i = 0; i < nv; i++)
		free(v[i]);
	free(v);
	*out = keep;
}

void
extract_terms(struct text_stemmer *stem, const char *text, char ***out, size_t *n)
{
	struct xtoks t;
	struct stems s;

	xtoks_split(&t, text, strlen(text));
	topics_stems(stem, &t, 0, t.n, &s);
	xtoks_free(&t);
	topics_unique(s.v, &s.n);
	*out = s.v;
	*n = s.n;
}
