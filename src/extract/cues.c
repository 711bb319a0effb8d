/*
 * cues.c: the closed word classes of speech extraction (data/speech.tsv)
 * and every form of its reporting verbs (data/speech-verbs.tsv, made by
 * scripts/speech-verbs.py).  Both are folded the way tokens are and kept in
 * one open-addressing hash table built once per extractor; after
 * xwords_parse it is never written, so threads may share it.
 *
 * speech.tsv:       class TAB words (|)
 * given-names.tsv:  a word a line (class "given"; scripts/given-names.py)
 * speech-verbs.tsv: form TAB type TAB follows TAB lemma [TAB n]
 */
#include "config.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

/* The class names of speech.tsv, in the order of enum xw_class. */
static const char *const xwords_class_names[] = {
	"title", "body", "place", "unnamed", "stop", "time", "complementiser",
	"clause-leader", "leader", "negation", "adjunct", "fronted", "given", "first-person", "theophoric",
	"medium", "group", "divine", "kin", "object", "office", "relay", "nonname", "saying", "vague", "relation", "highness", "excellency", "eminence", "majesty", "story-stop", "rise", "fall", "ordinal", "masdar", "copula", "conjunction", "one-body", "occasion", "relative", "adverbial", "clause-verb", "age", "inform",
	"spokesman", "address",
};
_Static_assert(sizeof xwords_class_names / sizeof xwords_class_names[0] == XW_NCLASS,
	       "a name for every class of enum xw_class");

/* One folded word: its classes and, when it is a reporting verb form, what kind. */
struct xword {
	char *w;
	uint64_t hash;        /* text_hash of w */
	size_t len;           /* of w */
	char *lemma;          /* the verb's, folded (owned) */
	uint64_t classes;     /* bit XW_* */
	struct xverb verb;    /* type 0 when not a verb */
};

/* The table: slots is a power of two, at most half full. */
struct xwords {
	struct xword *v;
	size_t slots, n;
	const char *file;     /* the class file being read, for errors */
};

/* The slot of w (len bytes): where it is, or the empty slot where it would go. */
static struct xword *
xwords_slot(const struct xwords *x, const char *w, size_t len)
{
	uint64_t h = text_hash(w, len);
	size_t i = (size_t)h & (x->slots - 1);

	/* a slot's hash and length first: most probes end there, without reading its word */
	while (x->v[i].w != NULL &&
	       (x->v[i].hash != h || x->v[i].len != len || memcmp(x->v[i].w, w, len) != 0))
		i = (i + 1) & (x->slots - 1);
	return &x->v[i];
}

static void
xwords_grow(struct xwords *x)
{
	struct xwords old = *x;
	size_t i;

	x->slots = old.slots ? old.slots * 2 : 256;
	x->v = xcalloc(x->slots, sizeof *x->v);
	for (i = 0; i < old.slots; i++)
		if (old.v[i].w != NULL)
			*xwords_slot(x, old.v[i].w, strlen(old.v[i].w)) = old.v[i];
	free(old.v);
}

/* The entry of the folded form of s (n bytes), added when new. */
static struct xword *
xwords_add(struct xwords *x, const char *s, size_t n)
{
	char *f = text_fold(s, n);
	struct xword *e;

	if ((x->n + 1) * 2 > x->slots)
		xwords_grow(x);
	e = xwords_slot(x, f, strlen(f));
	if (e->w == NULL) {
		e->w = f;
		e->len = strlen(f);
		e->hash = text_hash(f, e->len);
		x->n++;
	} else {
		free(f);
	}
	return e;
}

/* A line of speech.tsv: class TAB words. */
static int
xwords_class_line(struct xwords *x, const char *p, const char *eol, int lineno, char **cause)
{
	const char *tab = memchr(p, '\t', (size_t)(eol - p));
	int k;

	for (k = 0; tab != NULL && k < XW_NCLASS; k++)
		if (strlen(xwords_class_names[k]) == (size_t)(tab - p) &&
		    strncmp(p, xwords_class_names[k], (size_t)(tab - p)) == 0)
			break;
	if (tab == NULL || k == XW_NCLASS) {
		*cause = xasprintf("%s: line %d: want a class and words", x->file ? x->file : "speech.tsv", lineno);
		return -1;
	}
	for (p = tab + 1; p < eol;) {
		size_t n = strcspn(p, "|\n\r");
		if (n > 0)
			xwords_add(x, p, n)->classes |= (uint64_t)1 << k;
		p += n + (p[n] == '|');
		if (*p == '\r')
			p++;
	}
	return 0;
}

/* A line of speech-verbs.tsv: form TAB type TAB follows TAB lemma, and TAB n for a verb that reports a noun phrase. */
static int
xwords_verb_line(struct xwords *x, const char *p, const char *eol, int lineno, char **cause)
{
	const char *t1 = memchr(p, '\t', (size_t)(eol - p)), *l, *le, *t4;
	struct xword *e;

	if (t1 == NULL || t1 == p || eol - t1 < 4 || t1[2] != '\t' || strchr("mfgpqw", t1[1]) == NULL ||
	    strchr("cibjad", t1[3]) == NULL || (t1[4] != '\t' && t1 + 4 != eol)) {
		*cause = xasprintf("speech-verbs.tsv: line %d: want a form, m|f|g|p|q|w, c|i|b|j|a|d, a lemma",
				   lineno);
		return -1;
	}
	e = xwords_add(x, p, (size_t)(t1 - p));
	if (e->verb.type == 0) { /* the first line that makes a form wins */
		e->verb.type = t1[1];
		e->verb.arg = t1[3];
		l = t1 + 5;
		le = eol - (eol[-1] == '\r');
		if (le > l && (t4 = memchr(l, '\t', (size_t)(le - l))) != NULL) {
			e->verb.nominal = le == t4 + 2 && t4[1] == 'n';
			le = t4;
		}
		e->lemma = le > l ? text_fold(l, (size_t)(le - l)) : xstrdup("");
		e->verb.lemma = e->lemma;
	}
	return 0;
}

/* Every line of text (not comments) through line(). */
static int
xwords_lines(struct xwords *x, const char *text,
	     int (*line)(struct xwords *, const char *, const char *, int, char **), char **cause)
{
	const char *p = text, *eol;
	int lineno = 0;

	while (p != NULL && *p != '\0') {
		eol = p + strcspn(p, "\n");
		lineno++;
		if (*p != '#' && eol > p && !(eol == p + 1 && *p == '\r') && line(x, p, eol, lineno, cause) != 0)
			return -1;
		p = *eol ? eol + 1 : eol;
	}
	return 0;
}

int
xwords_parse(struct xwords **out, const char *classes, const char *verbs, char **cause)
{
	struct xwords *x = xcalloc(1, sizeof *x);

	xwords_grow(x);
	if (xwords_lines(x, classes, xwords_class_line, cause) != 0 ||
	    xwords_lines(x, verbs, xwords_verb_line, cause) != 0) {
		xwords_free(x);
		*out = NULL;
		return -1;
	}
	*out = x;
	return 0;
}

int
xwords_add_classes(struct xwords *x, const char *file, const char *text, char **cause)
{
	int rc;

	x->file = file;
	rc = xwords_lines(x, text, xwords_class_line, cause);
	x->file = NULL;
	return rc;
}

int
xwords_add_lines(struct xwords *x, enum xw_class c, const char *text)
{
	const char *p = text, *eol;

	while (x != NULL && p != NULL && *p != '\0') {
		eol = p + strcspn(p, "\r\n");
		if (*p != '#' && eol > p)
			xwords_add(x, p, (size_t)(eol - p))->classes |= (uint64_t)1 << c;
		p = eol + strspn(eol, "\r\n");
	}
	return 0;
}

void
xwords_free(struct xwords *x)
{
	size_t i;

	if (x == NULL)
		return;
	for (i = 0; i < x->slots; i++) {
		free(x->v[i].w);
		free(x->v[i].lemma);
	}
	free(x->v);
	free(x);
}

static const struct xword *
xwords_find(const struct xwords *x, const char *folded)
{
	const struct xword *e;

	if (x == NULL || folded == NULL)
		return NULL;
	e = xwords_slot(x, folded, strlen(folded));
	return e->w != NULL ? e : NULL;
}

uint64_t
xwords_classes(const struct xwords *x, const char *folded)
{
	const struct xword *e = xwords_find(x, folded);

	return e != NULL ? e->classes : 0;
}

bool
xwords_is_of(uint64_t classes, enum xw_class c, const char *folded)
{
	if ((classes & ((uint64_t)1 << c)) != 0)
		return true;
	/* "عبدالرؤوف", "عبدالمحسن": عبد joined to one of God's names is a given name, listed or not */
	return c == XW_GIVEN && strncmp(folded, "عبدال", strlen("عبدال")) == 0 &&
	       strlen(folded) >= strlen("عبدال") + 4;
}

bool
xwords_is(const struct xwords *x, enum xw_class c, const char *folded)
{
	return folded != NULL && xwords_is_of(xwords_classes(x, folded), c, folded);
}

const struct xverb *
xwords_verb(const struct xwords *x, const char *folded)
{
	const struct xword *e = xwords_find(x, folded);

	return e != NULL && e->verb.type != 0 ? &e->verb : NULL;
}

size_t
xwords_size(const struct xwords *x)
{
	return x == NULL ? 0 : x->n;
}

const char *
xwords_entry(const struct xwords *x, size_t i, size_t *next)
{
	for (; x != NULL && i < x->slots; i++)
		if (x->v[i].w != NULL) {
			*next = i + 1;
			return x->v[i].w;
		}
	return NULL;
}
