/*
 * leads.c: what the follow-up rule of stories (src/store/stories.c) reads
 * of an article: the content words of its title and of the start of its
 * text, and the marks in its title that tell one report of a recurring kind
 * from another (numbers, a rise or a fall, ordinals).  The word classes
 * are in data/stories.tsv.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

/* Code points of a UTF-8 string. */
static size_t
leads_len(const char *s)
{
	return utf8_count(s, strlen(s));
}

/* The first of the prefixes that w starts with, leaving at least 3 letters: its bytes, else 0. */
static size_t
leads_prefix(const char *w, const char *const *prefixes)
{
	size_t i, n;

	for (i = 0; prefixes[i] != NULL; i++) {
		n = strlen(prefixes[i]);
		if (strncmp(w, prefixes[i], n) == 0 && leads_len(w + n) >= 3)
			return n;
	}
	return 0;
}

/* The article ال with a clitic before it, or a double lam (لل). */
static const char *const leads_articles[] = { "وال", "بال", "فال", "كال", "لل", "ال", NULL };

/*
 * A content word of the folded token w: not a number, a stop word or
 * shorter than 3 letters; the article (with a clitic) cut, else a leading
 * و, ف or ب from a word of 5 letters or more.  NULL when none.
 */
static const char *
leads_word(const struct xlex *lx, const char *w)
{
	size_t n;

	if (leads_len(w) < 3 || xwords_is(lx->words, XW_STORY_STOP, w))
		return NULL;
	if ((n = leads_prefix(w, leads_articles)) > 0)
		w += n;
	else if ((strncmp(w, "و", 2) == 0 || strncmp(w, "ف", 2) == 0 || strncmp(w, "ب", 2) == 0) && leads_len(w) >= 5)
		w += 2;
	return leads_len(w) >= 3 && !xwords_is(lx->words, XW_STORY_STOP, w) ? w : NULL;
}

/* Add a word's hash to the terms (weight tf; title when it is the title's). */
static void
leads_add(struct xlead *l, size_t *cap, uint64_t h, unsigned tf, bool title)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].h == h) {
			l->v[i].tf += tf;
			l->v[i].title |= title;
			return;
		}
	if (l->n == *cap)
		l->v = xrealloc(l->v, (*cap = *cap ? *cap * 2 : 64) * sizeof *l->v);
	l->v[l->n++] = (struct xlead_term){ h ? h : 1, tf, title };
}

/* Add a hash to a set of at most XLEAD_MARKS. */
static void
leads_mark(uint64_t *set, size_t *n, uint64_t h)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (set[i] == h)
			return;
	if (*n < XLEAD_MARKS)
		set[(*n)++] = h;
}

/* A word of a title (the whole token, or what follows a clitic): its rise, fall and ordinal marks. */
static void
leads_classes(const struct xlex *lx, const char *w, bool *rise, bool *fall, struct xlead *l)
{
	*rise |= xwords_is(lx->words, XW_RISE, w);
	*fall |= xwords_is(lx->words, XW_FALL, w);
	if (xwords_is(lx->words, XW_ORDINAL, w))
		leads_mark(l->ords, &l->nords, extract_hash(w));
}

/* The marks of the title's tokens: numbers, rise or fall words, ordinals (also after a clitic or ال). */
static void
leads_marks(const struct xlex *lx, const struct xtoks *t, struct xlead *l)
{
	static const char *const clitics[] = { "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", NULL };
	bool rise = false, fall = false;
	size_t i, k, n;

	for (i = 0; i < t->n; i++) {
		const char *w = t->v[i].fold;
		if (!t->v[i].word)
			continue;
		if (t->v[i].num) {
			leads_mark(l->nums, &l->nnums, extract_hash(w));
			continue;
		}
		leads_classes(lx, w, &rise, &fall, l);
		for (k = 0; clitics[k] != NULL; k++) {
			n = strlen(clitics[k]);
			if (strncmp(w, clitics[k], n) == 0 && leads_len(w + n) >= 3)
				leads_classes(lx, w + n, &rise, &fall, l);
		}
	}
	l->dir = (rise && !fall) - (fall && !rise);
}

static int
leads_term_cmp(const void *a, const void *b)
{
	const struct xlead_term *x = a, *y = b;

	return (x->h > y->h) - (x->h < y->h);
}

/* Bytes of the first n white-space separated words of s. */
static size_t
leads_span(const char *s, size_t n)
{
	size_t i = 0;

	while (s[i] != '\0' && n > 0) {
		i += strspn(s + i, " \t\r\n");
		if (s[i] == '\0')
			break;
		i += strcspn(s + i, " \t\r\n");
		n--;
	}
	return i;
}

void
extract_lead(const struct xlex *lx, const char *title, const char *content, struct xlead *out)
{
	struct xtoks t;
	size_t cap = 0, i, part;
	const char *w;

	memset(out, 0, sizeof *out);
	for (part = 0; part < 2; part++) {
		const char *s = part == 0 ? title : content;
		if (s == NULL)
			continue;
		xtoks_split(&t, s, part == 0 ? strlen(s) : leads_span(s, XLEAD_WORDS));
		for (i = 0; i < t.n; i++)
			if (t.v[i].word && !t.v[i].num && (w = leads_word(lx, t.v[i].fold)) != NULL)
				leads_add(out, &cap, extract_hash(w), part == 0 ? 2 : 1, part == 0);
		if (part == 0)
			leads_marks(lx, &t, out);
		xtoks_free(&t);
	}
	if (out->n > 0) /* v is NULL when no word counts */
		qsort(out->v, out->n, sizeof *out->v, leads_term_cmp);
}

void
xlead_free(struct xlead *l)
{
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Do two sets of hashes have one in common? */
static bool
leads_meet(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i, k;

	for (i = 0; i < na; i++)
		for (k = 0; k < nb; k++)
			if (a[i] == b[k])
				return true;
	return false;
}

bool
extract_lead_recurring(const struct xlead *a, const struct xlead *b)
{
	return (a->nnums > 0 && b->nnums > 0 && !leads_meet(a->nums, a->nnums, b->nums, b->nnums)) ||
	       a->dir * b->dir < 0 ||
	       (a->nords > 0 && b->nords > 0 && !leads_meet(a->ords, a->nords, b->ords, b->nords));
}
