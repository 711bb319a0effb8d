/*
 * speech-attrib.c: attributions that are no verb and subject before what
 * was said.  Content first ("...، بحسب فال.", "...، حسبما أعلن X",
 * "أوضح ذلك X" after the paragraph), "بحسب X" / "ووفقا لـ X فإن" before
 * it, and words relayed after عن ("عن فلان قوله: ...").  speech.c's walk
 * calls speech_backward, speech_this_said, speech_according and
 * speech_relay.
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"

/*
 * The subject a..b-1 read with its first word's ل cut off (it belongs to
 * وفقا: "لوزير", "لوزارة"), in the word's text too when text is set (the
 * name a body gets is then written without it).
 */
static int
speech_subject_without_lam(struct speech *s, size_t a, size_t b, bool text)
{
	struct xtok *k = (struct xtok *)xtok_at(s->t, a);
	char *keep = k->fold, *cut = xstrdup(k->fold + 2);
	int sp;

	k->fold = cut;
	if (text) {
		k->b0 += 2;
		k->c0 += 1;
	}
	sp = speech_subject(s, a, b);
	k->fold = keep;
	if (text) {
		k->b0 -= 2;
		k->c0 -= 1;
	}
	free(cut);
	return sp;
}

/* The subject a..b-1 after وفقا or بحسب, its first word also without a ل that belongs to وفقا: لوزير. */
static int
speech_subject_of_lam(struct speech *s, size_t a, size_t b)
{
	int sp = speech_subject(s, a, b);

	if (sp == -2 && strncmp(xtok_at(s->t, a)->fold, "ل", 2) == 0)
		sp = speech_subject_without_lam(s, a, b, false);
	return sp;
}

/*
 * "ووفقا لوزارة الصحة فإن": a body after وفقا's ل, which speech_subject
 * does not read with the ل on it (-1, not -2): read it without, in its
 * name too.  Not "للرائد" (ل on ال: the fold is no longer the word's).
 */
static int
speech_body_of_lam(struct speech *s, size_t a, size_t b)
{
	const struct xtok *k = xtok_at(s->t, a);
	int sp;

	if (strncmp(k->fold, "ل", 2) != 0 || strncmp(k->fold, "لل", 4) == 0 || strncmp(s->t->text + k->b0, "ل", 2) != 0)
		return -1;
	sp = speech_subject_without_lam(s, a, b, true);
	return sp >= 0 && s->r->speakers[sp].body ? sp : -1;
}

/* ---- Content first: "...، بحسب فال." ---- */

/* Where the sentence that holds token i starts: after the last full stop or line break before it. */
static size_t
speech_sentence_start(const struct xtoks *t, size_t i)
{
	size_t k = i;

	/* "9.15": a point between digits ends nothing */
	while (k > 0 && !xtok_at(t, k)->nl &&
	       !(speech_sentence_end(t, k - 1) && !xtok_at(t, k - 1)->word &&
		 !(k >= 2 && xtok_is(t, k - 1, ".") && xtok_at(t, k)->num && xtok_at(t, k - 2)->num &&
		   xtok_at(t, k - 2)->c1 == xtok_at(t, k - 1)->c0 && xtok_at(t, k - 1)->c1 == xtok_at(t, k)->c0)))
		k--;
	return k;
}

/* An attribution word: بحسب, حسب, حسبما, وفقا, وفق, طبقا, نقلا (with و too). */
static bool
speech_according_word(const struct xtok *k)
{
	char buf[64];
	const char *u = xtok_unprefixed(k, buf, sizeof buf);

	return k->word && (strcmp(u, "حسب") == 0 || strcmp(u, "بحسب") == 0 || strcmp(u, "حسبما") == 0 ||
			   strcmp(u, "وفق") == 0 || strcmp(u, "وفقا") == 0 || strcmp(u, "طبقا") == 0 ||
			   strcmp(u, "نقلا") == 0 || strcmp(k->fold, "بحسب") == 0 || strcmp(k->fold, "حسبما") == 0);
}

/* How many tokens a content-first statement may hold. */
#define SPEECH_BACK_MAX 90

/*
 * Tokens a..e-1 are what someone named after them said: four words or
 * more of one paragraph, with no reporting verb, no other attribution and
 * no statement of their own.  Emit them as sp's statement (the quote alone
 * as a direct one); true when they were.
 */
static bool
speech_back_content(struct speech *s, int sp, size_t a, size_t e)
{
	const struct xtoks *t = s->t;
	size_t k, words = 0;
	int qi;

	while (a < e && !xtok_at(t, a)->word && speech_quote_at(s, a) < 0)
		a++;
	if (e <= a || e - a > SPEECH_BACK_MAX || !speech_one_paragraph(t, a, e - 1))
		return false;
	for (k = a; k < e; k++) {
		const struct xverb *v = speech_verb_at(s, k);
		if ((qi = speech_quote_at(s, k)) >= 0 && s->q[qi].close < e) { /* his own words: «لا يعترف بهذه المحكمة» */
			words += (size_t)s->q[qi].words;
			k = s->q[qi].close;
			continue;
		}
		/* a participle or plural may be a noun (متابعة، متابعين) unless أن follows it */
		if ((v != NULL && ((v->type != 'p' && v->type != 'q' && v->type != 'g') ||
				   speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k + 1)->fold))) ||
		    speech_according_word(xtok_at(t, k)))
			return false;
		words += xtok_at(t, k)->word;
	}
	for (k = 0; k < s->nq; k++) /* not from inside a quote that opened before */
		if (s->q[k].open < a && s->q[k].close >= a && s->q[k].close < t->n)
			return false;
	if (words < 4)
		return false;
	for (k = s->r->nst; k-- > 0;)
		if (s->st_cue[k] >= a && s->st_cue[k] < e)
			return false;
	if ((qi = speech_quote_at(s, a)) >= 0 && s->q[qi].close + 1 >= e && s->q[qi].words >= 4) {
		speech_direct(s, &s->q[qi], sp);
		return true;
	}
	speech_emit(s, sp, false, xtok_at(t, a)->c0, xtok_at(t, e - 1)->c1, xtok_at(t, a)->b0, xtok_at(t, e - 1)->b1);
	return true;
}

/* The reporting verb at i, also with a pronoun object on it: أعلنته, قاله, ذكرته. */
static const struct xverb *
speech_verb_suffixed(const struct speech *s, size_t i)
{
	const struct xtok *k = xtok_at(s->t, i);
	const struct xverb *v = speech_verb_at(s, i);
	char buf[64];
	size_t n = strlen(k->fold);

	if (v != NULL || !k->word || n < 6 || n >= sizeof buf || strcmp(k->fold + n - 2, "ه") != 0)
		return v;
	memcpy(buf, k->fold, n - 2);
	buf[n - 2] = '\0';
	v = xwords_verb(s->lx->words, buf);
	return v != NULL && v->type != 'w' ? v : NULL;
}

/*
 * Does the speaker's phrase that ends at b end its sentence?  Past words of
 * time and a short parenthesis ("(جنوب غربي بريطانيا) أمس"), a full stop or
 * line break, or a comma and a participle or relative that goes on with him
 * ("، موضحا أن", "، الذي قال إنه").  Where the sentence goes on, else 0.
 */
static size_t
speech_back_end(const struct speech *s, size_t b)
{
	const struct xtoks *t = s->t;
	size_t c = b, k;
	const struct xverb *v;

	for (;;) {
		if (c < t->n && xtok_is(t, c, "(") && !xtok_at(t, c)->nl) {
			for (k = c + 1; k < t->n && k < c + 8 && xtok_at(t, k)->word; k++)
				;
			if (!xtok_is(t, k, ")"))
				return 0;
			c = k + 1;
			continue;
		}
		if (c < t->n && xtok_at(t, c)->word && !xtok_at(t, c)->nl &&
		    (speech_in(s, XW_TIME, xtok_at(t, c)->fold) || strcmp(xtok_at(t, c)->fold, "امس") == 0)) {
			c++;
			continue;
		}
		break;
	}
	if (speech_sentence_end(t, c))
		return c;
	if (!(xtok_is(t, c, "،") || xtok_is(t, c, ",")) || c + 1 >= t->n)
		return 0;
	k = c + 1;
	if ((v = speech_verb_at(s, k)) != NULL && speech_participle(v))
		return c + 1;
	if ((strcmp(xtok_at(t, k)->fold, "الذي") == 0 || strcmp(xtok_at(t, k)->fold, "والذي") == 0 ||
	     strcmp(xtok_at(t, k)->fold, "التي") == 0) &&
	    speech_verb_at(s, k + 1) != NULL)
		return c + 1;
	return 0;
}

/* "تعبيره", "قولها", "وصفهم": someone's words (class saying) with a pronoun on them. */
static bool
speech_saying_own(const struct speech *s, size_t i)
{
	static const char *const pronoun[] = { "ه", "ها", "هم", "هما" };
	const char *f = xtok_at(s->t, i)->fold;
	size_t n = strlen(f), m, k;
	char buf[64];

	for (k = 0; k < sizeof pronoun / sizeof *pronoun; k++) {
		m = strlen(pronoun[k]);
		if (n <= m + 4 || n >= sizeof buf || strcmp(f + n - m, pronoun[k]) != 0)
			continue;
		memcpy(buf, f, n - m);
		buf[n - m] = '\0';
		if (speech_in(s, XW_SAYING, buf))
			return true;
	}
	return false;
}

/*
 * A speaker no one can tell, or a medium, by its name: "السلطات", "السلطات
 * المحلية" (class vague of data/speech.tsv after the first word), "موقع
 * ويكيليكس" (a name the gazetteer gave); a body neither the gazetteer
 * nor the body words know ("تفاصيل الكتاب", "حسب الرسالة": a document).
 */
static bool
speech_back_unknown(const struct speech *s, int sp)
{
	const struct xspeaker *p = &s->r->speakers[sp];
	char *f = text_fold(p->name, strlen(p->name)), *w2;
	size_t n = strcspn(f, " ");
	bool unknown;

	w2 = f + n + (f[n] == ' ');
	f[n] = '\0';
	w2[strcspn(w2, " ")] = '\0';
	unknown = speech_in(s, XW_MEDIUM, f) || (strncmp(f, "ال", 4) == 0 && speech_in(s, XW_MEDIUM, f + 4)) ||
		  ((strcmp(f, "السلطات") == 0 || strcmp(f, "سلطات") == 0) &&
		   (*w2 == '\0' || speech_in(s, XW_VAGUE, w2))) ||
		  (p->body && p->gaz < 0 && !speech_in(s, XW_BODY, f) && !speech_in(s, XW_PLACE, f) &&
		   !(strncmp(f, "ال", 4) == 0 && speech_in(s, XW_BODY, f + 4)));
	free(f);
	return unknown;
}

/*
 * "متحدث باسم الدفاع المدني": an unnamed spokesman speaks for the body
 * named after باسم, a named one ("المتحدث باسم المجموعة علي الأحمدي") for
 * himself; not for a thing ("متحدث باسم ناطحة السحاب" is no one's), and
 * "الأستاذ باسم الغامدي" is a man named Basim, not the body before him.
 */
static bool
speech_back_spokesman(const struct speech *s, int sp, size_t a, size_t b)
{
	const struct xspeaker *p = &s->r->speakers[sp];
	char *after, *name;
	size_t k;
	bool ok;

	for (k = a + 1; k + 1 < b; k++)
		if (strcmp(xtok_at(s->t, k)->fold, "باسم") == 0 && speech_in(s, XW_TITLE, xtok_at(s->t, k - 1)->fold))
			break;
	if (k + 1 >= b)
		return true;
	after = speech_words(s->t, k + 1, b, true);
	name = text_fold(p->name, strlen(p->name));
	ok = p->body ? strstr(after, name) != NULL : strcmp(after, name) != 0;
	free(after);
	free(name);
	return ok;
}

/*
 * A speaker named by one word at i: a title or a body's head word ("بحسب
 * الوزير", "بحسب الشركة"), or a surname or name that ends the speaker's
 * name ("بحسب فال": مباكي فال); not another noun ("بحسب القرعة", "حسبما
 * يشرح الكتاب") nor a word a longer name starts with.
 */
static bool
speech_back_one_word(const struct speech *s, int sp, size_t i)
{
	const struct xspeaker *p = &s->r->speakers[sp];
	char buf[64];
	const char *w = xtok_unprefixed(xtok_at(s->t, i), buf, sizeof buf), *last;
	char *f;
	bool ok;

	if (speech_title_at(s, i) || speech_in(s, XW_BODY, xtok_at(s->t, i)->fold) || speech_in(s, XW_BODY, w) ||
	    (strncmp(w, "ال", 4) == 0 && speech_in(s, XW_BODY, w + 4)) || (p->body && p->gaz >= 0))
		return true;
	if (strncmp(s->t->text + xtok_at(s->t, i)->b0, "ال", 4) == 0) /* as written: أليكس is a name */
		return false;
	f = text_fold(p->name, strlen(p->name));
	last = strrchr(f, ' ') != NULL ? strrchr(f, ' ') + 1 : f;
	ok = strcmp(last, xtok_at(s->t, i)->fold) == 0 || strcmp(last, w) == 0;
	free(f);
	return ok;
}

/*
 * Can the words a..b-1 after بحسب or وفقا name a speaker by their first
 * word: a title, a body's or place's head word, a known given name, أحد,
 * بيان (a body's: "بحسب بيان لوزارة الدفاع"), or the start of a name the
 * gazetteer knows (its ل, of وفقا, aside)?
 */
static bool
speech_back_head(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	const char *f = xtok_at(t, a)->fold, *w;
	size_t at, len;

	w = strncmp(f, "لل", 4) == 0 ? f + 2 : strncmp(f, "ل", 2) == 0 ? f + 2 : f;
	if (speech_in(s, XW_TITLE, f) || speech_in(s, XW_TITLE, w) || speech_in(s, XW_BODY, f) ||
	    speech_in(s, XW_BODY, w) || speech_in(s, XW_PLACE, f) || speech_in(s, XW_GIVEN, f) ||
	    speech_in(s, XW_GIVEN, w) || speech_in(s, XW_UNNAMED, f) || strcmp(w, "بيان") == 0 || strcmp(w, "البيان") == 0 ||
	    (strncmp(w, "ال", 4) == 0 && (speech_in(s, XW_BODY, w + 4) || speech_in(s, XW_TITLE, w + 4))))
		return true;
	if (w != f && strncmp(f, "لل", 4) == 0) { /* للجيش: the ال comes back */
		char buf[64];
		snprintf(buf, sizeof buf, "ال%s", f + 4);
		if (speech_in(s, XW_BODY, buf) || speech_in(s, XW_TITLE, buf))
			return true;
	}
	return speech_gazetteer_name(s, a, b, true, &at, &len) >= 0 && at == a;
}

/* How far back the speaker of the moment may be for "بحسب المصدر" to name him. */
#define SPEECH_MOMENT_BACK 120

/*
 * "...، حسب تعبيره.", "...، بحسب المصدر نفسه.": what the sentence said is
 * the speaker of the moment's, when he was named not long before, in this
 * paragraph or the one before, and is no unnamed source.
 */
static size_t
speech_back_moment(struct speech *s, size_t i, size_t comma, size_t a)
{
	const struct xtoks *t = s->t;
	size_t e = a + 1, p;
	int sp = s->last;

	if (strcmp(xtok_at(t, a)->fold, "المصدر") == 0 && strcmp(xtok_at(t, e)->fold, "نفسه") == 0)
		e++;
	if (sp < 0 || s->last_at >= i || i - s->last_at > SPEECH_MOMENT_BACK || !speech_sentence_end(t, e) ||
	    s->r->speakers[sp].group || speech_back_unknown(s, sp))
		return 0;
	for (p = s->last_at + 1, e = 0; p < i; p++) /* not two paragraphs back */
		e += xtok_at(t, p)->nl;
	if (e > 1)
		return 0;
	s->cv = NULL;
	s->cue = "backward";
	s->how = "moment";
	s->from_at = s->last_at;
	s->cue_at = i;
	if (!speech_back_content(s, sp, speech_sentence_start(t, comma), comma))
		return 0;
	s->last_at = i; /* still the speaker of the moment */
	return a + 1;
}

/*
 * "...، بحسب فال.", "...، حسبما أعلن مدعي عام المحكمة مباكي فال.",
 * "...، كما أعلن فلان.", "...، وذلك وفقا لما أعلنته وزارة الصحة أمس.":
 * what the sentence said before the comma is the statement of the one
 * named after it, when he ends the sentence (or goes on: "، موضحا أن")
 * and is no medium that relays it ("بحسب رويترز") and no unnamed source.
 * He is the speaker of the moment after it.  The token to go on from, 0
 * when token i opens no such attribution.
 */
size_t
speech_backward(struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	const struct xverb *v = NULL;
	char buf[64];
	const char *f = xtok_at(t, i)->fold, *u;
	size_t comma = i - 1, a, b, e, k;
	bool verb;
	int sp;

	if (i < 5 || !xtok_at(t, i)->word || xtok_at(t, i)->nl)
		return 0;
	if (strcmp(xtok_at(t, comma)->fold, "وذلك") == 0 || strcmp(xtok_at(t, comma)->fold, "ذلك") == 0)
		comma--;
	if (!xtok_is(t, comma, "،") && !xtok_is(t, comma, ","))
		return 0;
	a = i + 1;
	if (strcmp(f, "كما") == 0 || strcmp(f, "حسبما") == 0 || strcmp(f, "بحسبما") == 0) {
		verb = true;
	} else if (strcmp(f, "بحسب") == 0 || strcmp(f, "حسب") == 0 || strcmp(f, "وفق") == 0 || strcmp(f, "وفقا") == 0 ||
		   strcmp(f, "طبقا") == 0) {
		/* "بحسب ما أعلنه", "وفقا لما ذكرته": a verb; else the speaker right after it */
		verb = strcmp(xtok_at(t, a)->fold, "ما") == 0 || strcmp(xtok_at(t, a)->fold, "لما") == 0;
		a += verb;
	} else {
		return 0;
	}
	if (verb) { /* a verb, then its subject */
		if ((v = speech_verb_suffixed(s, a)) == NULL || speech_participle(v) || v->arg != 'c')
			return 0;
		a++;
		while (a < t->n && xtok_at(t, a)->word &&
		       (strcmp(xtok_at(t, a)->fold, "به") == 0 || strcmp(xtok_at(t, a)->fold, "بذلك") == 0 ||
			strcmp(xtok_at(t, a)->fold, "ذلك") == 0 || strcmp(xtok_at(t, a)->fold, "لذلك") == 0 ||
			strcmp(xtok_at(t, a)->fold, "امس") == 0 || strcmp(xtok_at(t, a)->fold, "اليوم") == 0))
			a++;
	}
	/* "وفق حديث فلان", "وفقا لتأكيدات الرئيس": his words, then him */
	u = xtok_at(t, a)->fold;
	if (v == NULL && a + 1 < t->n && xtok_at(t, a + 1)->word &&
	    (speech_in(s, XW_SAYING, u) || (strncmp(u, "ل", 2) == 0 && speech_in(s, XW_SAYING, u + 2))))
		a++;
	else if (v == NULL && (speech_saying_own(s, a) || strcmp(xtok_at(t, a)->fold, "المصدر") == 0))
		return speech_back_moment(s, i, comma, a); /* "حسب تعبيره", "بحسب المصدر": the speaker of the moment */
	if (a >= t->n || !xtok_at(t, a)->word || xtok_at(t, a)->nl)
		return 0;
	b = speech_subject_end(s, a);
	if (b <= a || b >= a + SPEECH_SUBJECT_MAX)
		return 0;
	/* no medium that relays what someone else said: بحسب رويترز، حسب وكالة الأنباء، وفقا لصحيفة */
	for (k = a; k < b; k++) {
		u = xtok_unprefixed(xtok_at(t, k), buf, sizeof buf);
		if (speech_in(s, XW_MEDIUM, xtok_at(t, k)->fold) || speech_in(s, XW_MEDIUM, u) ||
		    (strncmp(u, "ال", 4) == 0 && speech_in(s, XW_MEDIUM, u + 4)) ||
		    (strncmp(xtok_at(t, k)->fold, "لل", 4) == 0 && speech_in(s, XW_MEDIUM, xtok_at(t, k)->fold + 4)))
			return 0;
	}
	/* "وفقا لرؤية خادم الحرمين", "بحسب خطة الوزارة": in accordance with, not according to */
	if (v == NULL && b > a + 1 && !speech_back_head(s, a, b))
		return 0;
	sp = v == NULL ? speech_subject_of_lam(s, a, b) : speech_subject(s, a, b);
	if (sp < 0 || s->r->speakers[sp].group || speech_back_unknown(s, sp) ||
	    (b == a + 1 && !speech_back_one_word(s, sp, a)) || !speech_back_spokesman(s, sp, a, b) ||
	    (e = speech_back_end(s, b)) == 0)
		return 0;
	s->cv = v;
	s->cue = "backward";
	s->how = "after";
	s->cue_at = i;
	if (!speech_back_content(s, sp, speech_sentence_start(t, comma), comma))
		return 0;
	s->pending = s->last = sp;
	s->last_at = i;
	s->last_voiced = false;
	s->cv = s->pending_v = NULL;
	s->pending_how = "backward";
	return e;
}

/*
 * "أوضح ذلك الأستاذ فلان مدير عام الجمرك" after a paragraph, "... الحمولة.
 * أوضح ذلك فلان": a reporting verb that opens its sentence with ذلك or
 * بذلك (صرح بذلك) and its subject says the sentences before it, from the
 * start of their paragraph, when they have no speaker of their own (a
 * statement there makes it a repetition); he is the speaker of the moment
 * after it.  The token to go on from, 0 when the verb at i is not so.
 */
size_t
speech_this_said(struct speech *s, const struct xverb *v, size_t i)
{
	const struct xtoks *t = s->t;
	size_t a = i + 1, b, e, p;
	int sp;

	if (speech_participle(v) || v->arg != 'c' || a >= t->n ||
	    (strcmp(xtok_at(t, a)->fold, "ذلك") != 0 && strcmp(xtok_at(t, a)->fold, "بذلك") != 0) ||
	    !(xtok_at(t, i)->nl || (i > 0 && speech_sentence_end(t, i - 1) && !xtok_at(t, i - 1)->word)))
		return 0;
	a++;
	a = speech_past_medium(s, a); /* "كشف ذلك لـ«اليوم» مدير عام فرع الوزارة" */
	while (a < t->n && xtok_at(t, a)->word && !xtok_at(t, a)->nl &&
	       (strcmp(xtok_at(t, a)->fold, "اليوم") == 0 || strcmp(xtok_at(t, a)->fold, "امس") == 0))
		a++;
	b = speech_subject_end(s, a);
	if (b <= a || b >= a + SPEECH_SUBJECT_MAX)
		return 0;
	sp = speech_subject(s, a, b);
	if (sp < 0 || s->r->speakers[sp].group || speech_back_unknown(s, sp) ||
	    (b == a + 1 && !speech_back_one_word(s, sp, a)) || !speech_back_spokesman(s, sp, a, b))
		return 0;
	/* what he said: the paragraph before the verb's line, or the sentences of its own line before it */
	for (e = i; e > 0 && (xtok_is(t, e - 1, ".") || xtok_is(t, e - 1, "،")); e--)
		;
	for (p = e > 0 ? e - 1 : 0; p > 0 && !xtok_at(t, p)->nl; p--)
		;
	s->cv = v;
	s->cue = "backward";
	s->how = "after";
	s->cue_at = i;
	if (!speech_back_content(s, sp, p, e))
		return 0;
	s->pending = s->last = sp;
	s->last_at = i;
	s->last_voiced = false;
	s->pending_v = v;
	s->pending_how = "backward";
	return b;
}

/* "ووفقا لوزير الخارجية الروسي فإنه ...": the clause after فإن, unless a quote carries it. */
static size_t
speech_according_clause(struct speech *s, int sp, size_t b)
{
	const struct xtoks *t = s->t;
	size_t c = b, e, k;

	if (xtok_is(t, c, "،") || xtok_is(t, c, ","))
		c++;
	if (c >= t->n || (strcmp(xtok_at(t, c)->fold, "فان") != 0 && strcmp(xtok_at(t, c)->fold, "فانه") != 0))
		return b;
	e = speech_clause_end(s, c + 1);
	for (k = c + 1; k < t->n && !speech_sentence_end(t, k); k++)
		if (speech_long_quote_at(s, k))
			return k;
	if (e > c + 3)
		speech_emit(s, sp, false, xtok_at(t, c + 1)->c0, xtok_at(t, e - 1)->c1, xtok_at(t, c + 1)->b0, xtok_at(t, e - 1)->b1);
	return e;
}

/*
 * "وبحسب صحيفة “ديلي نيوز” فإن", "ووفقا لصحيفة «الغارديان» البريطانية،
 * فإن", "حسب «وام» فإن": a medium named in quotation marks (after its
 * head noun, with بـ/لـ on it or not, and its nisbas), then فإن: the
 * medium says the clause.  Past the name, *sp its speaker; a when none.
 */
static size_t
speech_according_quoted(struct speech *s, size_t a, int *sp)
{
	const struct xtoks *t = s->t;
	const struct quote *q;
	const struct xtok *h = xtok_at(t, a);
	char buf[64], *words, *name;
	const char *u = NULL;
	size_t e, c, k, n, off;

	if ((q = speech_quoted_name_at(s, a, 5)) != NULL) {
		e = q->close + 1; /* "حسب «وام» فإن": the name alone */
	} else {
		u = xtok_unprefixed(h, buf, sizeof buf);
		if (!h->word || strncmp(u, "ال", 4) == 0 || !speech_in(s, XW_MEDIUM, u) ||
		    (q = speech_quoted_name_at(s, a + 1, 5)) == NULL)
			return a;
		e = q->close + 1;
		for (k = e; e < t->n && e < k + 2 && xtok_at(t, e)->word && !xtok_at(t, e)->nl &&
			    speech_nisba(xtok_at(t, e)->fold); e++)
			; /* "البريطانية" */
	}
	c = e;
	if (c < t->n && (xtok_is(t, c, "،") || xtok_is(t, c, ",")))
		c++;
	if (c >= t->n || (strcmp(xtok_at(t, c)->fold, "فان") != 0 && strcmp(xtok_at(t, c)->fold, "فانه") != 0))
		return a;
	if (u == NULL) {
		name = speech_words(t, a, e, false);
	} else {
		/* the head noun as written, without the ل or ب on it */
		n = h->b1 - h->b0;
		off = strcmp(u, h->fold) != 0 && n > 2 ? 2 : 0;
		words = speech_words(t, a + 1, e, false);
		name = xasprintf("%.*s %s", (int)(n - off), t->text + h->b0 + off, words);
		free(words);
	}
	*sp = speech_speaker(s, -1, name, true, NULL);
	free(name);
	return *sp >= 0 ? e : a;
}

/* "بحسب الوزير", "ووفقا لوزير الخارجية الروسي": the speaker of what follows. */
size_t
speech_according(struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	char buf[64];
	const char *u = xtok_unprefixed(xtok_at(t, i), buf, sizeof buf);
	size_t a = i + 1, b;
	int sp;

	/* "على حد تعبير الخبير" too */
	if (strcmp(u, "حسب") != 0 && strcmp(u, "بحسب") != 0 && strcmp(u, "وفقا") != 0 &&
	    strcmp(xtok_at(t, i)->fold, "بحسب") != 0 &&
	    !(strcmp(xtok_at(t, i)->fold, "تعبير") == 0 && i > 0 && strcmp(xtok_at(t, i - 1)->fold, "حد") == 0))
		return 0;
	if (a >= t->n || strcmp(xtok_at(t, a)->fold, "ما") == 0 || strcmp(xtok_at(t, a)->fold, "لما") == 0)
		return 0;
	if ((b = speech_according_quoted(s, a, &sp)) > a) {
		speech_cue_speaker(s, sp, i, "according", "after");
		return speech_according_clause(s, sp, b);
	}
	b = speech_subject_end(s, a);
	sp = speech_subject_of_lam(s, a, b);
	if (sp == -1 && b < t->n && strcmp(xtok_at(t, b)->fold, "فان") == 0)
		sp = speech_body_of_lam(s, a, b); /* only before فإن: "ووفقا لوزارة الصحة فإن" */
	if (sp < 0)
		return b > i ? b : i + 1;
	speech_cue_speaker(s, sp, i, "according", "after");
	return speech_according_clause(s, sp, b);
}

/*
 * "ونقلت وكالة الأنباء عن وزير الخارجية فلان قوله: «...»", "عن ظريف قوله
 * إن ...": the person named between عن and قوله (class relay) says what
 * follows (a quote, a colon, أن/إن), not the medium that relays him; the
 * verbs after it go on with him.  0 when token i starts no such relay.
 */
size_t
speech_relay(struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t a = i + 1, q, c, e;
	int sp;

	if (strcmp(xtok_at(t, i)->fold, "عن") != 0)
		return 0;
	for (q = a; q < t->n && q < a + SPEECH_SUBJECT_MAX; q++)
		if (!xtok_at(t, q)->word || (q > a && xtok_at(t, q)->nl) || speech_in(s, XW_RELAY, xtok_at(t, q)->fold) ||
		    speech_verb_at(s, q) != NULL)
			break;
	if (q == a || q >= t->n || !speech_in(s, XW_RELAY, xtok_at(t, q)->fold))
		return 0;
	c = q + 1;
	if (c < t->n && xtok_is(t, c, ":"))
		c++;
	if (!(c < t->n && (speech_quote_at(s, c) >= 0 || speech_in(s, XW_COMPLEMENTISER, xtok_at(t, c)->fold) ||
			   xtok_is(t, q + 1, ":"))))
		return 0;
	/* the speaker's words run up to قوله: not "بيان صدر عن وزارة الدفاع أمس إلى شي قوله" */
	if (speech_subject_end(s, a) < q)
		return 0;
	if ((sp = speech_subject(s, a, q)) < 0)
		return q + 1;
	s->last = s->pending = sp;
	s->last_at = s->from_at = s->cue_at = q;
	s->last_voiced = false;
	s->cv = s->pending_v = NULL;
	s->cue = "relay";
	s->how = s->pending_how = "relay";
	if (speech_quote_at(s, c) >= 0)
		return c; /* the quote is his: the walk gives it to the pending speaker */
	if (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, c)->fold)) {
		c++;
		e = speech_clause_end(s, c);
		if (e > c + 2)
			speech_emit(s, sp, false, xtok_at(t, c)->c0, xtok_at(t, e - 1)->c1, xtok_at(t, c)->b0,
				    xtok_at(t, e - 1)->b1);
		return e;
	}
	e = speech_clause_end(s, c); /* a colon, no quotation mark: direct speech */
	if (e > c + 4)
		speech_emit(s, sp, true, xtok_at(t, c)->c0, xtok_at(t, e - 1)->c1, xtok_at(t, c)->b0, xtok_at(t, e - 1)->b1);
	return e;
}
