/*
 * entities.c: what kind of name a phrase is (a person, a place, an
 * organisation) and the countries an article is about.
 *
 * Two sources.  ICU's Arabic region names give every country (its
 * standard and short name); data/entities.tsv gives the rest, one entry
 * per line (# starts a comment):
 *
 *   head  org|place  WORD   a phrase whose first word is WORD (with or
 *                           without ال) names an organisation or a place:
 *                           وزارة الداخلية, منطقة عسير
 *   title person     WORD   a title before a name: الملك سلمان is a person
 *                           (not when the next word is an adjective of
 *                           origin or has ال: الرئيس الأمريكي, الرئيس
 *                           المخلوع)
 *   role  -          WORD   a post before its domain (وزير الخارجية): no
 *                           class of its own
 *   name  CLASS      PHRASE a phrase that is a name of that class
 *   alias CC         PHRASE another form of the country with ISO code CC
 *   skip  CC         PHRASE a form of that country not to look for alone
 *                           (مالي is also "financial")
 *
 * A phrase that ends with a head, title or role word is cut from a longer
 * name (مركز الملك, رئيس مجلس): no topic.
 */
#include "config.h"
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "extract/extract.h"

#define AL "\xd8\xa7\xd9\x84" /* ال */

enum ent_word_kind { WORD_HEAD, WORD_TITLE, WORD_ROLE };

struct ent_word {
	char *w;               /* folded, as listed */
	enum ent_word_kind kind;
	enum xent cls;
};

struct ent_name {
	char *phrase;          /* folded */
	enum xent cls;
};

/* A form of a country, filed under the core (no ال) of its first word. */
struct ent_form {
	char *core;
	struct xform form;
	int country;
};

struct xents {
	struct ent_word *words;
	size_t nwords;
	struct ent_name *names;
	size_t nnames;
	struct ent_form *forms;
	size_t nforms;
	struct xkeys formkeys;  /* forms by core */
	char **countries;      /* display names (ICU's short form) */
	char **codes;          /* ISO codes */
	size_t ncountries;
	char **skips;          /* folded forms not looked for */
	size_t nskips;
};

const char *
xent_name(enum xent c)
{
	switch (c) {
	case XENT_PERSON:
		return "person";
	case XENT_PLACE:
		return "place";
	case XENT_ORG:
		return "org";
	default:
		return NULL;
	}
}

static enum xent
ent_class(const char *s)
{
	if (strcmp(s, "person") == 0)
		return XENT_PERSON;
	if (strcmp(s, "place") == 0)
		return XENT_PLACE;
	if (strcmp(s, "org") == 0)
		return XENT_ORG;
	return XENT_NONE;
}

/* A folded word without its article. */
static const char *
ent_core(const char *w)
{
	return strncmp(w, AL, 4) == 0 && strlen(w) > 6 ? w + 4 : w;
}

static int
ent_word_cmp(const void *a, const void *b)
{
	return strcmp(((const struct ent_word *)a)->w, ((const struct ent_word *)b)->w);
}

static int
ent_name_cmp(const void *a, const void *b)
{
	return strcmp(((const struct ent_name *)a)->phrase, ((const struct ent_name *)b)->phrase);
}

static int
ent_form_cmp(const void *a, const void *b)
{
	return strcmp(((const struct ent_form *)a)->core, ((const struct ent_form *)b)->core);
}

static int
ent_str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
ent_country(const struct xents *e, const char *code)
{
	size_t i;

	for (i = 0; i < e->ncountries; i++)
		if (strcmp(e->codes[i], code) == 0)
			return (int)i;
	return -1;
}

/* Add a form (as written) of country c. */
static void
ent_add_form(struct xents *e, const char *written, int c)
{
	char *f = text_fold(written, strlen(written));
	struct ent_form *x;
	char *p, *sp;

	if (*f == '\0') {
		free(f);
		return;
	}
	e->forms = xrealloc(e->forms, (e->nforms + 1) * sizeof *e->forms);
	x = &e->forms[e->nforms++];
	memset(x, 0, sizeof *x);
	x->country = c;
	for (p = f; *p; p = sp + (*sp == ' ')) {
		sp = p + strcspn(p, " ");
		x->form.w = xrealloc(x->form.w, (x->form.n + 1) * sizeof *x->form.w);
		x->form.w[x->form.n++] = xstrndup(p, (size_t)(sp - p));
	}
	x->core = xstrdup(ent_core(x->form.w[0]));
	free(f);
}

static char *
ent_utf8(const UChar *u, int32_t n)
{
	UErrorCode e = U_ZERO_ERROR;
	int32_t len = 0;
	char *s;

	u_strToUTF8(NULL, 0, &len, u, n, &e);
	e = U_ZERO_ERROR;
	s = xcalloc((size_t)len + 1, 1);
	u_strToUTF8(s, len + 1, NULL, u, n, &e);
	if (U_FAILURE(e))
		s[0] = '\0';
	return s;
}

/* Every country ICU names in Arabic, by its short name, with its standard name as a form too. */
static int
ent_icu_countries(struct xents *e, char **cause)
{
	UDisplayContext shortctx[] = { UDISPCTX_LENGTH_SHORT };
	UErrorCode err = U_ZERO_ERROR;
	ULocaleDisplayNames *full = uldn_open("ar", ULDN_STANDARD_NAMES, &err);
	ULocaleDisplayNames *brief = U_SUCCESS(err) ? uldn_openForContext("ar", shortctx, 1, &err) : NULL;
	const char *const *code;
	UChar buf[128];
	int32_t n;

	if (U_FAILURE(err)) {
		if (full != NULL)
			uldn_close(full);
		*cause = xasprintf("ICU's Arabic region names: %s", u_errorName(err));
		return -1;
	}
	for (code = uloc_getISOCountries(); *code != NULL; code++) {
		char *s, *l;

		err = U_ZERO_ERROR;
		n = uldn_regionDisplayName(brief, *code, buf, 128, &err);
		if (U_FAILURE(err) || n <= 0)
			continue;
		s = ent_utf8(buf, n);
		err = U_ZERO_ERROR;
		n = uldn_regionDisplayName(full, *code, buf, 128, &err);
		l = U_SUCCESS(err) && n > 0 ? ent_utf8(buf, n) : xstrdup(s);
		/* A name in Latin letters is ICU's code (no Arabic name): not a form to look for. */
		if ((unsigned char)s[0] < 0x80) {
			free(s);
			free(l);
			continue;
		}
		e->countries = xrealloc(e->countries, (e->ncountries + 1) * sizeof *e->countries);
		e->codes = xrealloc(e->codes, (e->ncountries + 1) * sizeof *e->codes);
		e->countries[e->ncountries] = s;
		e->codes[e->ncountries] = xstrdup(*code);
		ent_add_form(e, s, (int)e->ncountries);
		if (strcmp(s, l) != 0)
			ent_add_form(e, l, (int)e->ncountries);
		e->ncountries++;
		free(l);
	}
	uldn_close(brief);
	uldn_close(full);
	return 0;
}

/* One line of entities.tsv: kind TAB class TAB phrase. */
static int
ent_line(struct xents *e, char *line, int lineno, char **cause)
{
	char *f[3], *p = line;
	int k, c;

	for (k = 0; k < 3; k++) {
		f[k] = p;
		p += strcspn(p, "\t");
		if (*p == '\0' && k < 2)
			break;
		if (*p)
			*p++ = '\0';
	}
	if (k < 3 || *f[2] == '\0') {
		*cause = xasprintf("entities.tsv: line %d: want kind TAB class TAB phrase", lineno);
		return -1;
	}
	f[2][strcspn(f[2], "\r")] = '\0';
	if (strcmp(f[0], "head") == 0 || strcmp(f[0], "title") == 0 || strcmp(f[0], "role") == 0) {
		char *w = text_fold(f[2], strlen(f[2]));
		struct ent_word *x;

		if (strchr(w, ' ') != NULL || *w == '\0') {
			free(w);
			*cause = xasprintf("entities.tsv: line %d: a %s is one word", lineno, f[0]);
			return -1;
		}
		e->words = xrealloc(e->words, (e->nwords + 1) * sizeof *e->words);
		x = &e->words[e->nwords++];
		x->w = w;
		x->kind = f[0][0] == 'h' ? WORD_HEAD : f[0][0] == 't' ? WORD_TITLE : WORD_ROLE;
		x->cls = ent_class(f[1]);
		if (x->kind != WORD_ROLE && x->cls == XENT_NONE) {
			*cause = xasprintf("entities.tsv: line %d: class %s is not person, place or org", lineno, f[1]);
			return -1;
		}
	} else if (strcmp(f[0], "name") == 0) {
		if (ent_class(f[1]) == XENT_NONE) {
			*cause = xasprintf("entities.tsv: line %d: class %s is not person, place or org", lineno, f[1]);
			return -1;
		}
		e->names = xrealloc(e->names, (e->nnames + 1) * sizeof *e->names);
		e->names[e->nnames].phrase = text_fold(f[2], strlen(f[2]));
		e->names[e->nnames++].cls = ent_class(f[1]);
	} else if (strcmp(f[0], "alias") == 0 || strcmp(f[0], "skip") == 0) {
		if ((c = ent_country(e, f[1])) < 0) {
			*cause = xasprintf("entities.tsv: line %d: ICU names no country %s", lineno, f[1]);
			return -1;
		}
		if (f[0][0] == 'a') {
			ent_add_form(e, f[2], c);
		} else {
			e->skips = xrealloc(e->skips, (e->nskips + 1) * sizeof *e->skips);
			e->skips[e->nskips++] = text_fold(f[2], strlen(f[2]));
		}
	} else {
		*cause = xasprintf("entities.tsv: line %d: unknown kind %s", lineno, f[0]);
		return -1;
	}
	return 0;
}

int
xents_new(const char *tsv, struct xents **out, char **cause)
{
	struct xents *e = xcalloc(1, sizeof *e);
	char *text = xstrdup(tsv ? tsv : ""), *line, *next;
	size_t i, k;
	int lineno = 0;

	*out = NULL;
	if (ent_icu_countries(e, cause) != 0) {
		free(text);
		xents_free(e);
		return -1;
	}
	for (line = text; line != NULL; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		lineno++;
		if (line[strspn(line, " \t\r")] == '\0' || line[0] == '#')
			continue;
		if (ent_line(e, line, lineno, cause) != 0) {
			free(text);
			xents_free(e);
			return -1;
		}
	}
	free(text);
	/* Skipped forms go; the rest are filed by their first word's core. */
	if (e->nskips > 0)
		qsort(e->skips, e->nskips, sizeof *e->skips, ent_str_cmp);
	for (i = 0, k = 0; i < e->nforms; i++) {
		char *whole = xstrdup(e->forms[i].form.w[0]);
		size_t j;

		for (j = 1; j < e->forms[i].form.n; j++) {
			char *t = xasprintf("%s %s", whole, e->forms[i].form.w[j]);
			free(whole);
			whole = t;
		}
		if (e->nskips > 0 && bsearch(&whole, e->skips, e->nskips, sizeof *e->skips, ent_str_cmp)) {
			for (j = 0; j < e->forms[i].form.n; j++)
				free(e->forms[i].form.w[j]);
			free(e->forms[i].form.w);
			free(e->forms[i].core);
		} else {
			e->forms[k++] = e->forms[i];
		}
		free(whole);
	}
	e->nforms = k;
	if (e->nforms > 0)
		qsort(e->forms, e->nforms, sizeof *e->forms, ent_form_cmp);
	xkeys_build(&e->formkeys, e->forms, e->nforms, sizeof *e->forms, offsetof(struct ent_form, core));
	if (e->nwords > 0)
		qsort(e->words, e->nwords, sizeof *e->words, ent_word_cmp);
	if (e->nnames > 0)
		qsort(e->names, e->nnames, sizeof *e->names, ent_name_cmp);
	*out = e;
	return 0;
}

void
xents_free(struct xents *e)
{
	size_t i, j;

	if (e == NULL)
		return;
	for (i = 0; i < e->nwords; i++)
		free(e->words[i].w);
	free(e->words);
	for (i = 0; i < e->nnames; i++)
		free(e->names[i].phrase);
	free(e->names);
	for (i = 0; i < e->nforms; i++) {
		for (j = 0; j < e->forms[i].form.n; j++)
			free(e->forms[i].form.w[j]);
		free(e->forms[i].form.w);
		free(e->forms[i].core);
	}
	free(e->forms);
	xkeys_free(&e->formkeys);
	for (i = 0; i < e->ncountries; i++) {
		free(e->countries[i]);
		free(e->codes[i]);
	}
	free(e->countries);
	free(e->codes);
	for (i = 0; i < e->nskips; i++)
		free(e->skips[i]);
	free(e->skips);
	free(e);
}

static const struct ent_word *
ent_word(const struct xents *e, const char *w, size_t len)
{
	struct ent_word key;
	char *s = xstrndup(w, len);
	const struct ent_word *hit = NULL;

	/* As written (الأمير: a title), then without its article (الوزارة: وزارة). */
	key.w = s;
	if (e->nwords > 0)
		hit = bsearch(&key, e->words, e->nwords, sizeof *e->words, ent_word_cmp);
	if (hit == NULL && e->nwords > 0 && ent_core(s) != s) {
		key.w = (char *)ent_core(s);
		hit = bsearch(&key, e->words, e->nwords, sizeof *e->words, ent_word_cmp);
	}
	free(s);
	return hit;
}

/* An adjective of origin: ال + ... + ي (الأمريكي, السعودي). */
static bool
ent_nisba(const char *w, size_t len)
{
	return len > 6 && strncmp(w, AL, 4) == 0 && strncmp(w + len - 2, "\xd9\x8a", 2) == 0;
}

int
xents_country_of(const struct xents *e, const char *phrase)
{
	size_t i;

	if (e == NULL)
		return -1;
	/* A country's whole form, word for word. */
	for (i = 0; i < e->nforms; i++) {
		size_t k, at = 0;
		bool same = true;

		for (k = 0; k < e->forms[i].form.n && same; k++) {
			size_t len = strlen(e->forms[i].form.w[k]);
			same = strncmp(phrase + at, e->forms[i].form.w[k], len) == 0 &&
			       (phrase[at + len] == (k + 1 < e->forms[i].form.n ? ' ' : '\0'));
			at += len + 1;
		}
		if (same)
			return e->forms[i].country;
	}
	return -1;
}

enum xent
xents_class(const struct xents *e, const char *phrase)
{
	struct ent_name key;
	const struct ent_name *hit;
	const struct ent_word *w;
	size_t n0 = strcspn(phrase, " ");

	if (e == NULL || *phrase == '\0')
		return XENT_NONE;
	key.phrase = (char *)phrase;
	if (e->nnames > 0 && (hit = bsearch(&key, e->names, e->nnames, sizeof *e->names, ent_name_cmp)) != NULL)
		return hit->cls;
	if (xents_country_of(e, phrase) >= 0)
		return XENT_PLACE;
	if (phrase[n0] == '\0' || (w = ent_word(e, phrase, n0)) == NULL)
		return XENT_NONE;
	if (w->kind == WORD_HEAD)
		return w->cls;
	if (w->kind == WORD_TITLE) {
		/*
		 * الرئيس الأمريكي (a nisba), الرئيس المخلوع, الرئيس السابق (an
		 * adjective with ال): a description, not a name.
		 */
		const char *second = phrase + n0 + 1;
		return ent_nisba(second, strcspn(second, " ")) || strncmp(second, AL, 4) == 0 ? XENT_NONE : w->cls;
	}
	return XENT_NONE;
}

size_t
xents_title_len(const struct xents *e, const char *name)
{
	size_t n0 = strcspn(name, " "), rest;
	const struct ent_word *w;
	char *f;
	bool title;

	if (e == NULL || name[n0] == '\0')
		return 0;
	rest = strlen(name) - n0 - 1;
	if (strcspn(name + n0 + 1, " ") == rest) /* one word after it: الملك سلمان keeps its title */
		return 0;
	if (strncmp(name + n0 + 1, "ال", 4) == 0) /* وزير الخارجية عادل الجبير: a title chain, kept whole */
		return 0;
	f = text_fold(name, n0);
	title = (w = ent_word(e, f, strlen(f))) != NULL && w->kind == WORD_TITLE;
	free(f);
	return title ? n0 + 1 : 0;
}

bool
xents_fragment(const struct xents *e, const char *phrase)
{
	const char *last = strrchr(phrase, ' ');

	if (e == NULL || last == NULL)
		return false;
	last++;
	/*
	 * A preposition on a noun without its article (لكرة, بمنطقة) starts a
	 * construct whose other half follows: الاتحاد السعودي لكرة [القدم].
	 */
	if ((strncmp(last, "\xd9\x84", 2) == 0 || strncmp(last, "\xd8\xa8", 2) == 0) && strlen(last) >= 8 &&
	    strncmp(last + 2, AL, 4) != 0 && strncmp(last + 2, "\xd9\x84", 2) != 0)
		return true;
	return ent_word(e, last, strlen(last)) != NULL;
}

bool
xents_construct_head(const struct xents *e, const char *word)
{
	const struct ent_word *w;
	struct ent_word key;
	size_t c = 0, k;

	if (e == NULL || e->nwords == 0)
		return false;
	/*
	 * Up to two clitics (وبمطار), then the head as listed: no article, so
	 * a construct.  Looked up as written, without a copy: this runs for
	 * most words of every article.
	 */
	for (k = 0; k <= 2; k++) {
		if (strncmp(word + c, AL, 4) == 0)
			return false;
		key.w = (char *)(word + c);
		w = strlen(word + c) >= 6 ? bsearch(&key, e->words, e->nwords, sizeof *e->words, ent_word_cmp) : NULL;
		if (w != NULL && w->kind == WORD_HEAD)
			return true;
		if (k == 2 || extract_clitic(word + c) == 0)
			break;
		c += extract_clitic(word + c);
	}
	return false;
}

bool
xents_country_nisba(const struct xents *e, const char *word)
{
	size_t n = strlen(word), lo = 0, hi, mid, stem;

	if (e == NULL || e->nforms == 0 || !ent_nisba(word, n))
		return false;
	/* ال X ي: is X (three letters at least) the start of a form's first word? */
	stem = n - 6;
	if (stem < 6)
		return false;
	hi = e->nforms;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strncmp(e->forms[mid].core, word + 4, stem) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < e->nforms && strncmp(e->forms[lo].core, word + 4, stem) == 0;
}

/* The forms whose first word's core is core: a range of e->forms. */
static const struct ent_form *
ent_forms(const struct xents *e, const char *core, size_t *n)
{
	size_t at;

	return (*n = xkeys_find(&e->formkeys, core, &at)) > 0 ? &e->forms[at] : NULL;
}

/* Count, in counts[country], the countries whose forms start at token i; whether one did. */
static bool
ent_match_at(const struct xents *e, const struct xtoks *t, size_t i, int *counts, size_t lead, size_t *leadhits)
{
	const char *f = xtok_at(t, i)->fold, *rest = f;
	const struct ent_form *v;
	size_t n, j, k;
	int tries;

	for (tries = 0; tries <= 2; tries++) {
		const char *cores[2] = { ent_core(rest), NULL };
		if (tries > 0 && strncmp(f + (size_t)(rest - f) - 2, "\xd9\x84", 2) == 0 &&
		    strncmp(rest, "\xd9\x84", 2) == 0)
			cores[1] = rest + 2; /* لل: ل + ال */
		for (k = 0; k < 2; k++) {
			if (cores[k] == NULL || *cores[k] == '\0')
				continue;
			v = ent_forms(e, cores[k], &n);
			for (j = 0; j < n; j++)
				if (extract_form_at(&v[j].form, t, i)) {
					counts[v[j].country]++;
					if (i < lead)
						leadhits[v[j].country]++;
					return true;
				}
		}
		if (extract_clitic(rest) == 0 || strlen(rest) < 6)
			return false;
		rest += 2;
	}
	return false;
}

/*
 * The country of a nisba (التونسي, السورية, الإيراني): ال + the stem + ي
 * or ية, where the stem, or the stem with ا, يا, ة or ية, is a country's
 * one-word form (تونس, سوريا, إيران, كولومبيا, سنغافورة, السعودية); -1 for
 * none.  Only whole forms: الدولي, العربي, الوطني name no country.
 */
static int
ent_nisba_country(const struct xents *e, const char *w)
{
	static const char *const ends[] = { "", "\xd8\xa7", "\xd9\x8a\xd8\xa7", "\xd9\x87", "\xd9\x8a\xd9\x87" };
	size_t len = strlen(w), stem, i, j, nv;
	const struct ent_form *v;
	char buf[128];

	if (len > 8 && strncmp(w + len - 4, "\xd9\x8a\xd9\x87", 4) == 0) /* ية folded: يه */
		len -= 2;
	if (!ent_nisba(w, len))
		return -1;
	stem = len - 6; /* without ال and ي */
	if (stem < 6 || stem + 8 >= sizeof buf)
		return -1;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		memcpy(buf, w + 4, stem);
		strcpy(buf + stem, ends[i]);
		v = ent_forms(e, buf, &nv);
		for (j = 0; j < nv; j++)
			if (v[j].form.n == 1)
				return v[j].country;
	}
	return -1;
}

void
extract_places(const struct xents *e, const struct xtoks *t, int **out, size_t *n)
{
	int *counts;
	size_t *lead, i;

	*out = NULL;
	*n = 0;
	if (e == NULL || e->ncountries == 0)
		return;
	counts = xcalloc(e->ncountries, sizeof *counts);
	lead = xcalloc(e->ncountries, sizeof *lead);
	for (i = 0; i < t->n; i++) {
		int c;
		if (!xtok_at(t, i)->word || xtok_at(t, i)->num)
			continue;
		/* A nisba names its country as the country's name does (الرئيس التونسي). */
		if (!ent_match_at(e, t, i, counts, XPLACE_LEAD, lead) &&
		    (c = ent_nisba_country(e, xtok_at(t, i)->fold)) >= 0) {
			counts[c]++;
			lead[c] += i < XPLACE_LEAD;
		}
	}
	for (i = 0; i < e->ncountries; i++)
		if (counts[i] >= XPLACE_MENTIONS || lead[i] > 0) {
			*out = xrealloc(*out, (*n + 1) * sizeof **out);
			(*out)[(*n)++] = (int)i;
		}
	free(counts);
	free(lead);
}

int
xents_nisba_country(const struct xents *e, const char *word)
{
	return e == NULL || e->nforms == 0 ? -1 : ent_nisba_country(e, word);
}

const char *
xents_country(const struct xents *e, int i)
{
	return e != NULL && i >= 0 && (size_t)i < e->ncountries ? e->countries[i] : NULL;
}
