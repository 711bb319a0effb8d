/*
 * speech-speakers.c: the article's speakers.  A gazetteer entry or a
 * discovered name, with the forms it was called by and its key; when two
 * keys name one person or body; the gazetteer's names and titles found in
 * the text; the titles and persons mentioned, in text order, that a later
 * bare title or surname resolves to.
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"
#include "text/text.h"

/* Do the speaker keys ka and kb (extract_speaker_key) name the same person or body? */
static bool
speech_same_keys(const char *ka, const char *kb)
{
	const char *la = strrchr(ka, ' '), *lb = strrchr(kb, ' ');
	size_t na = strlen(ka), nb = strlen(kb);
	bool same = strcmp(ka, kb) == 0;

	/*
	 * "الجيش" after "الجيش الأمريكي": a body named short, when the
	 * shorter key is a whole-word prefix of the longer.
	 */
	if (!same && na != nb && strncmp(ka, kb, na < nb ? na : nb) == 0 &&
	    (na < nb ? kb[na] : ka[nb]) == ' ' && strncmp(ka, "ال", 4) == 0)
		same = true;
	/* A surname alone is the person named in full before. */
	if (!same && la == NULL && lb != NULL)
		same = strcmp(ka, lb + 1) == 0;
	if (!same && lb == NULL && la != NULL)
		same = strcmp(kb, la + 1) == 0;
	return same;
}

/* The key of article speaker k, made once. */
const char *
speech_key(struct speech *s, size_t k)
{
	while (s->nkeys <= k) {
		s->keys = xrealloc(s->keys, (s->nkeys + 1) * sizeof *s->keys);
		s->keys[s->nkeys] = extract_speaker_key(s->lx, s->r->speakers[s->nkeys].name);
		s->nkeys++;
	}
	return s->keys[k];
}

/* Is article speaker k the person (or body) called name? */
bool
speech_is_speaker(struct speech *s, size_t k, const char *name)
{
	char *key = extract_speaker_key(s->lx, name);
	const char *pk = speech_key(s, k);
	bool same = speech_same_keys(pk, key);

	/*
	 * "الجار الله" after "إبراهيم بن محمد الجار الله": a family name of
	 * two words, ال on the first half of a compound with الله or الدين,
	 * that ends the person's name.
	 */
	if (!same && !s->r->speakers[k].body) {
		char *f = text_fold(name, strlen(name)), *sp = strchr(f, ' ');
		size_t n = strlen(key), m = strlen(pk);
		if (sp != NULL && strchr(sp + 1, ' ') == NULL && strncmp(f, "ال", 4) == 0 &&
		    (strcmp(sp + 1, "الله") == 0 || strcmp(sp + 1, "الدين") == 0) && m > n + 1 && pk[m - n - 1] == ' ' &&
		    strcmp(pk + m - n, key) == 0)
			same = true;
		free(f);
	}
	free(key);
	return same;
}

static void
speech_alias(struct xspeaker *p, const char *form)
{
	size_t i;

	for (i = 0; i < p->naliases; i++)
		if (strcmp(p->aliases[i], form) == 0)
			return;
	p->aliases = xrealloc(p->aliases, (p->naliases + 1) * sizeof *p->aliases);
	p->aliases[p->naliases++] = xstrdup(form);
}

/*
 * One name is the other with words left out, both of three words or more,
 * with the same first and last words: "عبد الله بن سعود آل سعود" and
 * "عبد الله بن سعود بن محمد آل سعود" (a grandfather's name dropped).
 */
static bool
speech_shortened(const char *x, const char *y)
{
	char *fx = text_fold(x, strlen(x)), *fy = text_fold(y, strlen(y)), *v[2][12], *p, *save = NULL;
	size_t n[2] = { 0, 0 }, k, i, j;
	bool yes = false;

	for (k = 0; k < 2; k++)
		for (p = strtok_r(k ? fy : fx, " ", &save); p != NULL && n[k] < 12; p = strtok_r(NULL, " ", &save))
			v[k][n[k]++] = p;
	if (n[0] >= 3 && n[1] >= 3 && n[0] != n[1] && n[0] < 12 && n[1] < 12 &&
	    strcmp(v[0][0], v[1][0]) == 0 && strcmp(v[0][n[0] - 1], v[1][n[1] - 1]) == 0) {
		size_t lo = n[0] < n[1] ? 0 : 1, hi = 1 - lo; /* is the shorter a subsequence of the longer? */
		for (i = 0, j = 0; i < n[hi] && j < n[lo]; i++)
			if (strcmp(v[hi][i], v[lo][j]) == 0)
				j++;
		yes = j == n[lo];
	}
	free(fx);
	free(fy);
	return yes;
}

/* Article speaker k, a person named in full, also called by the one word at token i ("هورتون"): k. */
int
speech_called(struct speech *s, size_t k, size_t i)
{
	struct xspeaker *p = &s->r->speakers[k];
	char *form;

	if (!p->body && p->gaz < 0 && strchr(p->name, ' ') != NULL && xtok_at(s->t, i)->word) {
		form = xstrndup(s->t->text + xtok_at(s->t, i)->b0, xtok_at(s->t, i)->b1 - xtok_at(s->t, i)->b0);
		speech_alias(p, form);
		free(form);
	}
	return (int)k;
}

/* Does the folded word w end with the folded letters e, with at least min (two or more) letters before them? */
static bool
speech_ends_with(const char *w, const char *e, size_t min)
{
	return speech_ends(w, e) && strlen(w) >= strlen(e) + 2 * min;
}

/* Is the folded word w, without the ending of m bytes, a title (with or without ال)? */
static bool
speech_title_stem(const struct speech *s, const char *w, size_t m)
{
	size_t n = strlen(w);
	char *stem = xasprintf("%s%.*s", strncmp(w, "ال", 4) == 0 ? "" : "ال", (int)(n - m), w);
	bool yes = speech_in(s, XW_TITLE, stem) || speech_in(s, XW_TITLE, stem + 4);

	free(stem);
	return yes;
}

/*
 * Has the folded word the shape of a participle's plural (مسوولو, منظمو,
 * متظاهرون): م and a consonant, at most eight letters; not a foreign name
 * (ماسيميليانو).
 */
static bool
speech_participle_shape(const char *w)
{
	size_t n = strlen(w);

	return n >= 8 && n <= 16 && strncmp(w, "م", 2) == 0 && strncmp(w + 2, "ا", 2) != 0 &&
	       strncmp(w + 2, "و", 2) != 0 && strncmp(w + 2, "ي", 2) != 0;
}

/*
 * Is a discovered name a group's rather than a person's?  Its first word,
 * no given name, is a plural or a dual of people: a word of the class
 * "group" (أعضاء, قادة, أهالي); a plural in و before its complement
 * (مسؤولو الإطفاء, ممثلو الادعاء) or in ون/ين of a participle (متظاهرون,
 * مسلحين) or of a title (الباحثون); a dual of a title (المدربان) or one
 * with its adjective, a relative one of four letters or more before يان
 * (خبيران عسكريان; not تغران سوليان).
 */
static bool
speech_group_name(const struct speech *s, const char *name)
{
	char *f = text_fold(name, strlen(name)), *w2 = strchr(f, ' ');
	const char *w, *bare;
	bool yes = false;

	if (w2 != NULL)
		*w2++ = '\0';
	w = f;
	bare = strncmp(w, "ال", 4) == 0 && strlen(w) > 4 ? w + 4 : w;
	if (speech_in(s, XW_GIVEN, w))
		yes = false;
	else if (speech_in(s, XW_GROUP, w) || speech_in(s, XW_GROUP, bare))
		yes = true;
	else if (speech_ends_with(bare, "و", 3) && w2 != NULL && strncmp(w2, "ال", 4) == 0)
		yes = speech_participle_shape(bare) || speech_title_stem(s, w, 2);
	else if (speech_ends_with(bare, "ون", 3) || speech_ends_with(bare, "ين", 3))
		yes = (speech_participle_shape(bare) && strlen(bare) >= 12) || speech_title_stem(s, w, 4);
	else if (speech_ends_with(bare, "ان", 3))
		yes = speech_title_stem(s, w, 4) || (w2 != NULL && speech_ends_with(w2, "يان", 4));
	free(f);
	return yes;
}

/*
 * Is a body's name its head word alone ("الشركة", "الوزارة", "الحكومة",
 * "صحيفة")?  Each article that names a body so means its own company or
 * ministry, so the archive never holds such a speaker's statements together
 * with another article's (struct xspeaker's local); unless the word names
 * one body in the world (class one-body: الكرملين).
 */
static bool
speech_head_alone(const struct speech *s, const char *name)
{
	char *f = text_fold(name, strlen(name));
	bool alone = strchr(f, ' ') == NULL && speech_in(s, XW_BODY, f) && !speech_in(s, XW_ONE_BODY, f);

	free(f);
	return alone;
}

/* The article speaker for a gazetteer entry or a discovered name (added if new). */
int
speech_speaker(struct speech *s, int gaz, const char *name, bool body, const char *form)
{
	struct xresult *r = s->r;
	struct xspeaker *p;
	char *key = gaz < 0 ? extract_speaker_key(s->lx, name) : NULL;
	size_t i;

	for (i = 0; i < r->nspeakers; i++) {
		p = &r->speakers[i];
		if ((gaz >= 0 && p->gaz == gaz) ||
		    (gaz < 0 && p->body == body && speech_same_keys(speech_key(s, i), key))) {
			if (form)
				speech_alias(p, form);
			free(key);
			return (int)i;
		}
	}
	free(key);
	/* "عبد الله بن سعود آل سعود" after "عبد الله بن سعود بن محمد آل سعود": one person, the fullest form his name */
	for (i = 0; gaz < 0 && !body && i < r->nspeakers; i++) {
		p = &r->speakers[i];
		if (p->body || p->gaz >= 0 || !speech_shortened(p->name, name))
			continue;
		if (strlen(name) > strlen(p->name)) {
			speech_alias(p, p->name);
			free(p->name);
			p->name = xstrdup(name);
			if (i < s->nkeys) { /* its key, made from its name */
				free(s->keys[i]);
				s->keys[i] = extract_speaker_key(s->lx, name);
			}
		} else {
			speech_alias(p, name);
		}
		return (int)i;
	}
	r->speakers = xrealloc(r->speakers, (r->nspeakers + 1) * sizeof *r->speakers);
	p = &r->speakers[r->nspeakers];
	memset(p, 0, sizeof *p);
	p->name = xstrdup(name);
	p->body = body;
	p->group = gaz < 0 && !body && speech_group_name(s, name);
	p->gaz = gaz;
	p->local = gaz < 0 && body && speech_head_alone(s, name);
	if (form && strcmp(form, name) != 0)
		speech_alias(p, form);
	return (int)r->nspeakers++;
}

/* The original text of tokens a..b-1. */
char *
speech_text(const struct xtoks *t, size_t a, size_t b)
{
	return xstrndup(t->text + xtok_at(t, a)->b0, xtok_at(t, b - 1)->b1 - xtok_at(t, a)->b0);
}

/*
 * The words of tokens a..b-1 joined by spaces, as written or folded: no
 * quotation marks ("صحيفة واشنطن بوست").
 */
char *
speech_words(const struct xtoks *t, size_t a, size_t b, bool folded)
{
	struct buf n;
	size_t i;

	buf_init(&n);
	buf_add(&n, "", 0);
	for (i = a; i < b; i++) {
		const struct xtok *k = xtok_at(t, i);
		if (!k->word)
			continue;
		if (n.len > 0)
			buf_addc(&n, ' ');
		if (folded)
			buf_adds(&n, k->fold);
		else
			buf_add(&n, t->text + k->b0, k->b1 - k->b0);
	}
	return buf_detach(&n);
}

/* Does the folded phrase p (space-separated) match the tokens at i?  Its length or 0. */
static size_t
speech_match(const struct xtoks *t, size_t i, size_t end, const char *p)
{
	size_t n = 0, len;
	const char *w = p, *e;
	char buf[128];

	while (*w) {
		e = strchr(w, ' ');
		len = e ? (size_t)(e - w) : strlen(w);
		if (i + n >= end || !xtok_at(t, i + n)->word)
			return 0;
		/* The first word may carry a clitic: ولافروف, بوزير, لوزير. */
		if (strlen(xtok_at(t, i + n)->fold) != len || strncmp(xtok_at(t, i + n)->fold, w, len) != 0) {
			const char *u = n == 0 ? xtok_unprefixed(xtok_at(t, i), buf, sizeof buf) : "";
			if (strlen(u) != len || strncmp(u, w, len) != 0)
				return 0;
		}
		n++;
		w = e ? e + 1 : w + len;
	}
	return n;
}

/* Is the folded word w, in any spelling (its key), a word of one of gazetteer entry g's names? */
static bool
speech_gaz_word(const struct xlex *lx, int g, const char *w)
{
	const struct xgaz_speaker *p = &lx->sp[g];
	char *kw = extract_speaker_key(lx, w), *kf, *f, *save = NULL;
	size_t j;
	bool found = false;

	for (j = 0; j <= p->naliases && !found; j++) {
		kf = extract_speaker_key(lx, p->fnames[j]);
		for (f = strtok_r(kf, " ", &save); f != NULL && !found; f = strtok_r(NULL, " ", &save))
			found = strcmp(f, kw) == 0;
		free(kf);
	}
	free(kw);
	return found;
}

/* A given name, a lineage word (بن, آل) or the first half of a compound (عبد, أبو) at token i. */
static bool
speech_name_part(const struct speech *s, size_t i)
{
	const struct xtok *k = xtok_at(s->t, i);

	return k->word && (speech_in(s, XW_GIVEN, k->fold) || speech_link(s->t, i) || strcmp(k->fold, "عبد") == 0 ||
			   strcmp(k->fold, "ابو") == 0);
}

/*
 * The one-word form of entry g at token i, written without a clitic, ends
 * another person's name: it comes after a given name or a lineage (أحمد
 * الجبير, محمد بن هادي, حافظ الأسد) whose words are none of the entry's
 * own (عادل بن أحمد الجبير is عادل الجبير).
 */
static bool
speech_gaz_other_name(const struct speech *s, int g, size_t i)
{
	const struct xtoks *t = s->t;
	size_t k;

	if (i == 0 || xtok_at(t, i)->nl || !speech_name_part(s, i - 1))
		return false;
	for (k = i - 1;; k--) {
		if (!speech_link(t, k) && speech_gaz_word(s->lx, g, xtok_at(t, k)->fold))
			return false; /* the entry's own given name */
		if (k == 0 || xtok_at(t, k)->nl || !speech_name_part(s, k - 1))
			return true;
	}
}

/*
 * In a subject that starts at a, the one-word form at token i (written
 * with clitic c: 0, 'w' for و ف, 'p' for ب ل) is the complement of the
 * word before it, not the subject: after a noun without ال that is no
 * title (نظام الأسد, حمراء الأسد, قوات هادي), or with a preposition after
 * any word (الموالية لهادي); not after a function word (لكن طهران أكدت),
 * a name (speech_gaz_other_name) or a first word with و (a subject read
 * from a clause's start: وأعاد لافروف), nor as a new conjunct (وكيري).
 */
static bool
speech_gaz_complement(const struct speech *s, size_t i, size_t a, char c)
{
	const struct xtoks *t = s->t;
	const char *w[2];
	char buf[128];
	int u;

	if (i <= a || xtok_at(t, i)->nl || !xtok_at(t, i - 1)->word || xtok_at(t, i - 1)->num || c == 'w' ||
	    speech_name_part(s, i - 1) || speech_verb_at(s, i - 1) != NULL)
		return false;
	/* the word before as written, and without a clitic (فالرئيس: الرئيس) */
	w[0] = xtok_at(t, i - 1)->fold;
	w[1] = xtok_unprefixed(xtok_at(t, i - 1), buf, sizeof buf);
	/* "وأعاد لافروف" where a subject is read from a clause's start: و before a verb, not a noun */
	if (i - 1 == a && strcmp(w[0], w[1]) != 0 && (strncmp(w[0], "و", 2) == 0 || strncmp(w[0], "ف", 2) == 0))
		return false;
	for (u = 0; u < 2; u++)
		if (extract_stopword(w[u]) || speech_in(s, XW_STOP, w[u]) || speech_in(s, XW_COMPLEMENTISER, w[u]) ||
		    speech_in(s, XW_LEADER, w[u]) || speech_in(s, XW_CLAUSE_LEADER, w[u]) ||
		    speech_in(s, XW_NEGATION, w[u]) || speech_in(s, XW_TIME, w[u]) ||
		    (c == 0 && (strncmp(w[u], "ال", 4) == 0 || speech_in(s, XW_TITLE, w[u]))))
			return false;
	return true;
}

/* The clitic token i's fold starts with when w (its fold without one) is what a form matched: 0, 'w' or 'p'. */
static char
speech_clitic(const struct xtok *k, const char *w)
{
	if (strcmp(k->fold, w) == 0)
		return 0;
	return strncmp(k->fold, "و", 2) == 0 || strncmp(k->fold, "ف", 2) == 0 ? 'w' : 'p';
}

/*
 * The gazetteer speaker named (by a name or alias) within tokens a..b-1;
 * -1 if none.  A one-word form that ends another person's name is not
 * the entry; nor, when the tokens are the subject of a verb (not a stretch
 * of text to look for a name in), one that is a complement there.
 */
int
speech_gazetteer_name(const struct speech *s, size_t a, size_t b, bool subject, size_t *at, size_t *len)
{
	const struct xlex *lx = s->lx;
	size_t i, k, j, n, best = 0;
	int found = -1;

	for (i = a; i < b; i++) {
		char buf[128];
		const char *w[2] = { xtok_at(s->t, i)->fold, xtok_unprefixed(xtok_at(s->t, i), buf, sizeof buf) };
		int u;
		for (u = 0; u < 2 && xtok_at(s->t, i)->word; u++) {
			const struct xname *x = xlex_names(lx, w[u], &k);
			if (u == 1 && strcmp(w[1], w[0]) == 0)
				break; /* no clitic */
			for (j = 0; j < k; j++)
				if ((n = speech_match(s->t, i, b == a + 1 ? s->t->n : b,
						      lx->sp[x[j].sp].fnames[x[j].form])) > best &&
				    !(n == 1 && ((u == 0 && speech_gaz_other_name(s, x[j].sp, i)) ||
						 (subject && speech_gaz_complement(s, i, a, speech_clitic(xtok_at(s->t, i), w[u])))))) {
					best = n;
					found = x[j].sp;
					*at = i;
					*len = n;
				}
		}
	}
	return found;
}

/*
 * Does the subject a..b-1 name a gazetteer entry as the complement of a
 * noun (عدم تدخل طهران, إدارة أوباما)?  Then it is that noun's phrase, and
 * no person's name.
 */
bool
speech_gaz_in_complement(const struct speech *s, size_t a, size_t b)
{
	size_t i, j, k;

	for (i = a + 1; i < b; i++) {
		char buf[128];
		const char *w[2] = { xtok_at(s->t, i)->fold, xtok_unprefixed(xtok_at(s->t, i), buf, sizeof buf) };
		int u;
		for (u = 0; u < 2 && xtok_at(s->t, i)->word; u++) {
			const struct xname *x = xlex_names(s->lx, w[u], &k);
			if (u == 1 && strcmp(w[1], w[0]) == 0)
				break;
			for (j = 0; j < k; j++)
				if (strchr(s->lx->sp[x[j].sp].fnames[x[j].form], ' ') == NULL &&
				    speech_gaz_complement(s, i, a, speech_clitic(xtok_at(s->t, i), w[u])))
					return true;
		}
	}
	return false;
}

/* The gazetteer speaker whose title (valid in the article's year) is tokens a..b-1 exactly. */
static int
speech_gazetteer_title(const struct speech *s, size_t a, size_t b)
{
	const struct xlex *lx = s->lx;
	size_t k, j;

	for (k = 0; k < lx->nsp; k++)
		for (j = 0; j < lx->sp[k].ntitles; j++) {
			const struct xgaz_speaker *p = &lx->sp[k];
			bool year = s->year == 0 || ((p->from[j] == 0 || s->year >= p->from[j]) &&
						     (p->to[j] == 0 || s->year <= p->to[j]));
			if (year && speech_match(s->t, a, b, p->ftitles[j]) == b - a)
				return (int)k;
		}
	return -1;
}

/* The article speaker of gazetteer entry gaz (named at tokens a..b-1; its forms are the gazetteer's). */
int
speech_gaz_speaker(struct speech *s, int gaz, size_t a, size_t b)
{
	(void)a;
	(void)b;
	return speech_speaker(s, gaz, s->lx->sp[gaz].name, strcmp(s->lx->sp[gaz].kind, "body") == 0,
			      NULL);
}

void
speech_record_title(struct speech *s, size_t a, size_t b, int sp)
{
	if (b <= a)
		return;
	s->title = xrealloc(s->title, (s->ntitle + 1) * sizeof *s->title);
	s->title_sp = xrealloc(s->title_sp, (s->ntitle + 1) * sizeof *s->title_sp);
	s->title_pos = xrealloc(s->title_pos, (s->ntitle + 1) * sizeof *s->title_pos);
	s->title_pos[s->ntitle] = a;
	s->title[s->ntitle] = speech_words(s->t, a, b, true);
	s->title_sp[s->ntitle++] = sp;
}

void
speech_add_mention(struct speech *s, size_t pos, int sp)
{
	if (sp < 0 || (s->nmen > 0 && s->men_pos[s->nmen - 1] == pos))
		return;
	s->men_pos = xrealloc(s->men_pos, (s->nmen + 1) * sizeof *s->men_pos);
	s->men_sp = xrealloc(s->men_sp, (s->nmen + 1) * sizeof *s->men_sp);
	s->men_pos[s->nmen] = pos;
	s->men_sp[s->nmen++] = sp;
}

/* Every word of the title a..b-1 (ال dropped) appears in the folded title rec. */
static bool
speech_title_fits(const struct xtoks *t, size_t a, size_t b, const char *rec)
{
	char *key = xasprintf(" %s ", rec), word[130];
	const char *f;
	size_t i;
	bool ok = true;

	for (i = a; i < b && ok; i++) {
		if (!xtok_at(t, i)->word)
			continue;
		f = xtok_at(t, i)->fold;
		if (strncmp(f, "ال", 4) == 0 && strlen(f) > 6)
			f += 4;
		snprintf(word, sizeof word, " %s ", f);
		ok = strstr(key, word) != NULL;
		if (!ok) { /* the recorded title may carry ال where this one has none */
			snprintf(word, sizeof word, " ال%s ", f);
			ok = strstr(key, word) != NULL;
		}
	}
	free(key);
	return ok;
}

/* A title alone: the person it named last in this article, else the gazetteer's holder. */
int
speech_by_title(struct speech *s, size_t a, size_t b)
{
	size_t i;
	int g;

	int best = -1;
	size_t pos = 0;

	/* The speaker of the moment, when the title fits him, before anyone named since. */
	for (i = 0; i < s->ntitle && s->last >= 0; i++)
		if (s->title_sp[i] == s->last && s->title_pos[i] < a &&
		    speech_title_fits(s->t, a, b, s->title[i]))
			return s->last;
	for (i = 0; i < s->ntitle; i++)
		if (s->title_pos[i] < a && s->title_pos[i] >= pos &&
		    speech_title_fits(s->t, a, b, s->title[i])) {
			best = s->title_sp[i];
			pos = s->title_pos[i];
		}
	if (best >= 0)
		return best;
	if ((g = speech_gazetteer_title(s, a, b)) >= 0)
		return speech_gaz_speaker(s, g, a, b);
	return -1;
}

/*
 * A title alone, followed by its medium or addressee ("الوزير لتلفزيون
 * هيئة الإذاعة"): a..b-1, else its words before the first لـ word.
 */
int
speech_by_title_start(struct speech *s, size_t a, size_t b)
{
	int sp = speech_by_title(s, a, b);
	size_t k;

	for (k = a + 1; sp < 0 && k < b; k++)
		if (strncmp(xtok_at(s->t, k)->fold, "ل", 2) == 0)
			return speech_by_title(s, a, k);
	return sp;
}

/* Record the titles written before gazetteer names ("وزير الخارجية الروسي سيرغي لافروف"). */
void
speech_scan_mentions(struct speech *s, size_t from, size_t to)
{
	size_t at, len, a, prev = from;
	int g, sp;

	while (from < to) {
		if ((g = speech_gazetteer_name(s, from, from + 1, false, &at, &len)) < 0) {
			from++;
			continue;
		}
		for (a = at; a > prev && at - a < 5 && xtok_at(s->t, a - 1)->word; a--)
			;
		while (a < at && !speech_in(s, XW_TITLE, xtok_at(s->t, a)->fold))
			a++;
		sp = speech_gaz_speaker(s, g, at, at + len);
		if (a < at)
			speech_record_title(s, a, at, sp);
		if (s->r->speakers[sp].body && strchr(s->r->speakers[sp].name, ' ') != NULL) {
			s->body_pos = xrealloc(s->body_pos, (s->nbody + 1) * sizeof *s->body_pos);
			s->body_sp = xrealloc(s->body_sp, (s->nbody + 1) * sizeof *s->body_sp);
			s->body_pos[s->nbody] = at;
			s->body_sp[s->nbody++] = sp;
		}
		from = prev = at + len;
	}
}
