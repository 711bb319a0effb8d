/*
 * topics.c: lexicon topics (key phrases matched on exact folded forms),
 * the candidate key phrases automatic topics are chosen from, the terms
 * relatedness compares, and the signatures stories are found by.
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

size_t
extract_clitic(const char *w)
{
	const unsigned char *u = (const unsigned char *)w;

	/* و ف ل ك are D9 88, D9 81, D9 84, D9 83; ب is D8 A8 */
	if (u[0] == 0xd9)
		return u[1] == 0x88 || u[1] == 0x81 || u[1] == 0x84 || u[1] == 0x83 ? 2 : 0;
	return u[0] == 0xd8 && u[1] == 0xa8 ? 2 : 0;
}

#define AL "\xd8\xa7\xd9\x84" /* ال */

/*
 * Is the word tok the form's word w, with at most two clitics before it
 * and the article ال where w has none (لل where ل meets ال)?
 */
static bool
topics_word_is(const char *tok, const char *w)
{
	const char *rest = tok;
	bool lam = false; /* the last clitic stripped was ل */
	int k;

	for (k = 0; k <= 2; k++) {
		if (strcmp(rest, w) == 0)
			return true;
		if (strncmp(w, AL, 4) == 0) {
			if (lam && strcmp(rest, w + 2) == 0) /* لل + the rest of w */
				return true;
		} else if (strncmp(rest, AL, 4) == 0 && strcmp(rest + 4, w) == 0) {
			return true;
		} else if (lam && strncmp(rest, "\xd9\x84", 2) == 0 && strcmp(rest + 2, w) == 0) {
			return true;
		}
		if (extract_clitic(rest) == 0 || strlen(rest) < 6)
			return false;
		lam = strncmp(rest, "\xd9\x84", 2) == 0;
		rest += 2;
	}
	return false;
}

/* Are tokens i and i + 1 both words with nothing between them (3عيدكم, من3)? */
static bool
topics_glued(const struct xtoks *t, size_t i)
{
	return i + 1 < t->n && xtok_at(t, i)->word && xtok_at(t, i + 1)->word &&
	       xtok_at(t, i)->b1 == xtok_at(t, i + 1)->b0;
}

bool
extract_form_at(const struct xform *f, const struct xtoks *t, size_t i)
{
	size_t k;

	if (f->n == 0 || i >= t->n || (i > 0 && topics_glued(t, i - 1)) || topics_glued(t, i + f->n - 1))
		return false;
	for (k = 0; k < f->n; k++, i++) {
		const struct xtok *x = xtok_at(t, i);
		/* Words match with clitics; a mark of the form (3 + 3) is matched as it is. */
		if (i >= t->n || (k > 0 && x->nl) ||
		    (x->word ? !topics_word_is(x->fold, f->w[k]) : strcmp(x->fold, f->w[k]) != 0))
			return false;
	}
	return true;
}

unsigned
xtail_key(const char *s, size_t n)
{
	return n >= 2 ? (unsigned)(unsigned char)s[n - 2] << 8 | (unsigned char)s[n - 1]
		      : n == 1 ? (unsigned char)s[0] : 0;
}

void
extract_topics(const struct xlex *lx, struct text_stemmer *stem, const struct xtoks *t,
	       size_t from, size_t to, int **out, size_t *n)
{
	const struct xtail *v = lx->tails;
	bool *found = xcalloc(lx->ntp + 1, sizeof *found);
	size_t k, i, nv = lx->ntails, lo, hi, mid;

	(void)stem;
	*out = NULL;
	*n = 0;
	/* A token is tried only against the forms whose first word ends as it does (struct xtail). */
	for (i = from; i < to; i++) {
		const char *f = xtok_at(t, i)->fold;
		size_t len = strlen(f);
		unsigned key = xtail_key(f, len);
		for (lo = 0, hi = nv; lo < hi;) {
			mid = (lo + hi) / 2;
			if (v[mid].key < key)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < nv && v[lo].key == key; lo++)
			if (!found[v[lo].topic] && len >= v[lo].n && memcmp(f + len - v[lo].n, v[lo].s, v[lo].n) == 0 &&
			    extract_form_at(v[lo].form, t, i))
				found[v[lo].topic] = true;
	}
	for (k = 0; k < lx->ntp; k++)
		if (found[k]) {
			*out = xrealloc(*out, (*n + 1) * sizeof **out);
			(*out)[(*n)++] = (int)k;
		}
	free(found);
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

/*
 * The folded key of the first word of a phrase: a clitic before the
 * article dropped (والمسجد, بالمسجد -> المسجد; للمسجد -> المسجد).  لل is
 * read as ل + ال here; the store reads it again as ل + ال + ل (للجنة
 * الأولمبية) or ل + ل (للجنة الاحتراف) where the archive says so.
 */
static void
topics_key_word(struct buf *b, const char *f)
{
	size_t c = extract_clitic(f), c2 = c ? extract_clitic(f + c) : 0;

	if (c && strncmp(f + c, AL, 4) == 0 && strlen(f + c) >= 10) {
		buf_adds(b, f + c);
	} else if (c && c2 && strncmp(f + c + c2, AL, 4) == 0 && strlen(f + c + c2) >= 10) {
		buf_adds(b, f + c + c2);
	} else if (strncmp(f, "\xd9\x84\xd9\x84", 4) == 0 && strlen(f) >= 8) {
		buf_adds(b, AL);
		buf_adds(b, f + 4);
	} else {
		buf_adds(b, f);
	}
}

char *
extract_phrase_normal(const char *words)
{
	struct buf b;
	size_t n = strcspn(words, " ");
	char *first = xstrndup(words, n);

	buf_init(&b);
	topics_key_word(&b, first);
	buf_adds(&b, words + n);
	free(first);
	return buf_detach(&b);
}

/* A candidate phrase: its folded key, then a tab, then its text as written (its tabs spaces). */
static char *
topics_phrase(const struct xtoks *t, size_t i, size_t len)
{
	size_t k, at, b0 = xtok_at(t, i)->b0, b1 = xtok_at(t, i + len - 1)->b1;
	struct buf b;
	char *tab;

	buf_init(&b);
	for (k = i; k < i + len; k++) {
		if (k > i)
			buf_addc(&b, ' ');
		if (k == i)
			topics_key_word(&b, xtok_at(t, k)->fold);
		else
			buf_adds(&b, xtok_at(t, k)->fold);
	}
	buf_addc(&b, '\t');
	/* a tab between its words is a space: a tab ends the text (a mark may follow) */
	at = b.len;
	buf_add(&b, t->text + b0, b1 - b0);
	while ((tab = memchr(b.data + at, '\t', b.len - at)) != NULL)
		*tab = ' ';
	return buf_detach(&b);
}

/* Compare candidates by their folded part only (the text after the tab may differ). */
static int
topics_key_cmp(const void *a, const void *b)
{
	const unsigned char *x = *(unsigned char *const *)a, *y = *(unsigned char *const *)b;
	int cx, cy;

	/* One pass: a key ends at its TAB (or NUL) and ranks before any longer key it starts. */
	for (; *x == *y && *x != '\t' && *x != '\0'; x++, y++)
		;
	cx = *x == '\t' || *x == '\0' ? -1 : *x;
	cy = *y == '\t' || *y == '\0' ? -1 : *y;
	return (cx > cy) - (cx < cy);
}

/* Is the candidate marked as a person's name ("key TAB text TAB person")? */
static bool
topics_marked(const char *cand)
{
	const char *tab = strchr(cand, '\t');

	return tab != NULL && strchr(tab + 1, '\t') != NULL;
}

/* Is the candidate's text written without a clitic before its key (the spelling to keep)? */
static bool
topics_plain(const char *cand)
{
	size_t n = strcspn(cand, " \t");
	const char *text = cand + strcspn(cand, "\t") + 1;
	char *f = text_fold(text, strcspn(text, " "));
	bool same = strlen(f) == n && strncmp(f, cand, n) == 0;

	free(f);
	return same;
}

/* Are tokens i..i+len-1 a person's name as extract_speech marked it (from a word a name may start with)? */
static bool
topics_person(const unsigned char *named, size_t i, size_t len)
{
	size_t k;

	if (named == NULL || named[i] != 2)
		return false;
	for (k = i + 1; k < i + len; k++)
		if (named[k] == 0)
			return false;
	return true;
}

#define CONSTRUCT_WORDS 4 /* words of a name after its head noun (مركز الملك سلمان للإغاثة والأعمال) */

void
extract_phrases(const struct xlex *lx, const struct xtoks *t, const unsigned char *named, char ***out, size_t *n)
{
	size_t i, len, cap = 0, nv = 0, k, best;
	char **v = NULL, **keep, *c;
	bool person;
	/* Per token, once: 1 a word a phrase may have, 2 that and a person's name word. */
	unsigned char *pw = xmalloc(t->n + 1);

	for (k = 0; k < t->n; k++)
		pw[k] = topics_phrase_word(xtok_at(t, k)) ? 1 + xlex_person_word(lx, xtok_at(t, k)->fold) : 0;
	for (i = 0; i + 1 < t->n; i++) {
		bool name = false;
		/*
		 * The words after a head noun in a construct complete its name,
		 * up to CONSTRUCT_WORDS of them: "الملك خالد" in مطار الملك خالد
		 * names the airport, not the king, "الأعمال الإنسانية" in مركز
		 * الملك سلمان للإغاثة والأعمال الإنسانية is part of the centre's
		 * name.  Only the phrase that starts at the head is a candidate.
		 */
		if (i > 0 && pw[i - 1] != 0 && !xtok_at(t, i)->nl && strncmp(xtok_at(t, i)->fold, AL, 4) == 0 &&
		    xents_construct_head(lx->ents, xtok_at(t, i - 1)->fold)) {
			for (k = i; k < i + CONSTRUCT_WORDS && k < t->n && pw[k] != 0 && (k == i || !xtok_at(t, k)->nl); k++)
				;
			if (k > i) {
				i = k - 1;
				continue;
			}
		}
		for (len = 2; len <= 3 && i + len <= t->n; len++) {
			for (k = i; k < i + len && pw[k] != 0 && (k == i || !xtok_at(t, k)->nl); k++)
				;
			if (k < i + len)
				break;
			for (k = i; k < i + len; k++)
				name |= pw[k] == 2;
			if (name)
				continue;
			c = topics_phrase(t, i, len);
			c[strcspn(c, "\t")] = '\0';
			if (xlex_stop_class(lx, c) != NULL) {
				free(c);
				continue;
			}
			c[strlen(c)] = '\t';
			if (topics_person(named, i, len)) {
				char *p = xasprintf("%s\tperson", c);
				free(c);
				c = p;
			}
			if (nv == cap)
				v = xrealloc(v, (cap = cap ? cap * 2 : 64) * sizeof *v);
			v[nv++] = c;
		}
	}
	/*
	 * A candidate occurs at least twice in the article; a spelling without
	 * a clitic is kept, and it is a person's name when it is one anywhere.
	 */
	if (nv > 0)
		qsort(v, nv, sizeof *v, topics_key_cmp);
	keep = xcalloc(nv + 1, sizeof *keep);
	*n = 0;
	for (i = 0; i < nv; i = k) {
		person = topics_marked(v[i]);
		for (best = i, k = i + 1; k < nv && topics_key_cmp(&v[k], &v[i]) == 0; k++) {
			if (!topics_plain(v[best]) && topics_plain(v[k]))
				best = k;
			person |= topics_marked(v[k]);
		}
		if (k - i < 2)
			continue;
		c = v[best];
		keep[*n] = topics_marked(c) || !person ? xstrdup(c) : xasprintf("%s\tperson", c);
		(*n)++;
	}
	for (i = 0; i < nv; i++)
		free(v[i]);
	free(v);
	free(pw);
	*out = keep;
}

/* ---- Named entities ---- */

/* The stop-phrase class of a folded name, its compounds with عبد left out. */
static const char *
topics_formula(const struct xlex *lx, const char *f)
{
	struct buf b;
	const char *w, *cls;
	size_t n;

	buf_init(&b);
	buf_add(&b, "", 0);
	for (w = f; *w; w += n, w += *w == ' ') {
		n = strcspn(w, " ");
		if (n == 6 && strncmp(w, "\xd8\xb9\xd8\xa8\xd8\xaf", 6) == 0 && w[n] == ' ') { /* عبد X */
			w += n + 1;
			n = strcspn(w, " ");
			continue;
		}
		if (b.len > 0)
			buf_add(&b, " ", 1);
		buf_add(&b, w, n);
	}
	buf_add(&b, "", 1);
	cls = b.len > 1 ? xlex_stop_class(lx, b.data) : NULL;
	buf_free(&b);
	return cls;
}

bool
extract_entity(const struct xlex *lx, const struct xspeaker *p)
{
	char *f;
	bool one, ok;
	const char *w;

	if (p->gaz >= 0)
		return true;
	if (p->group)
		return false; /* مسؤولو الإطفاء: no one entity */
	f = text_fold(p->name, strlen(p->name));
	one = strchr(f, ' ') == NULL;
	/*
	 * الشركة, الوزارة: a common noun with the article names no one in
	 * particular.  A formula in the name makes it none, but not the second
	 * half of a compound given name (عبد الرحمن is not the religious الرحمن).
	 */
	ok = f[0] != '\0' && !(one && strncmp(f, AL, 4) == 0) && topics_formula(lx, f) == NULL;
	for (w = f; ok && *w; w += strcspn(w, " "), w += *w == ' ') {
		char *word = xstrndup(w, strcspn(w, " "));
		ok = !extract_stopword(word);
		free(word);
	}
	/*
	 * A person found in the text is a topic when the name has a known
	 * given name or a بن in it: "أشعة الشمس" taken once for a speaker
	 * must not make a phrase of 66 articles a person.
	 */
	if (ok && !p->body && lx->words != NULL) {
		const char *x;
		bool named = false;
		for (x = f; !named && *x; x += strcspn(x, " "), x += *x == ' ') {
			char *word = xstrndup(x, strcspn(x, " "));
			named = xwords_is(lx->words, XW_GIVEN, word) || strcmp(word, "بن") == 0 ||
				strcmp(word, "عبد") == 0 || strncmp(word, "عبدال", strlen("عبدال")) == 0;
			free(word);
		}
		ok = named;
	}
	/*
	 * "الرئيس المخلوع", "الرئيس السابق": a title and what describes it
	 * is a description, not a person to browse by.
	 */
	if (ok && !p->body && !one && lx->words != NULL) {
		char *first = xstrndup(f, strcspn(f, " "));
		bool desc = xwords_is(lx->words, XW_TITLE, first);
		for (w = f + strlen(first); desc && *w; w += strcspn(w, " "), w += *w == ' ') {
			if (*w == ' ')
				w++;
			desc = strncmp(w, AL, 4) == 0;
		}
		ok = !desc;
		free(first);
	}
	free(f);
	return ok;
}

/* ---- Signatures for stories ---- */

uint64_t
extract_mix(uint64_t x)
{
	x += 0x9E3779B97F4A7C15ULL;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
	return x ^ (x >> 31);
}

uint64_t
extract_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h;
}

/* Words hashed into a signature at most (a long text is known by its start). */
#define SIG_WORDS 3000

void
extract_signature(const struct xtoks *t, struct xsig *out)
{
	uint64_t prev = 0, h, v;
	size_t i, k, words = 0;
	bool have = false;

	memset(out, 0, sizeof *out);
	for (k = 0; k < XSIG_K; k++)
		out->h[k] = UINT64_MAX;
	for (i = 0; i < t->n && words < SIG_WORDS; i++) {
		if (!xtok_at(t, i)->word || extract_stopword(xtok_at(t, i)->fold))
			continue;
		words++;
		h = extract_hash(xtok_at(t, i)->fold);
		if (have) {
			uint64_t sh = extract_mix(prev * 31 + h);
			for (k = 0; k < XSIG_K; k++) {
				v = extract_mix(sh ^ (0x5851F42D4C957F2DULL * (k + 1)));
				if (v < out->h[k])
					out->h[k] = v;
			}
			out->shingles++;
		}
		prev = h;
		have = true;
	}
}

double
extract_sig_similarity(const struct xsig *a, const struct xsig *b)
{
	size_t k, same = 0;

	if (a->shingles == 0 || b->shingles == 0)
		return 0;
	for (k = 0; k < XSIG_K; k++)
		same += a->h[k] == b->h[k];
	return (double)same / XSIG_K;
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
