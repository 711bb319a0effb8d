/*
 * speech-subject.c: whom a verb's subject refers to when the clause names
 * nobody, or names a title, a surname or an honorific: the sentence's
 * subject for a participle, the most recent person or body that agrees
 * with the verb in gender, a fronted subject, a subject before its verb
 * ("وكان الوزير قد قال"), and the article's entities behind a title.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"
#include "text/text.h"

/*
 * The first gazetteer speaker named earlier in the current sentence that
 * may be its subject, else -1: not one in a phrase, the complement of a
 * noun or of a preposition on it ("خلال معسكر تركيا", "الموالية لهادي",
 * speech_gaz_complement) or after a preposition of class adjunct ("في
 * تركيا"): "علل المدرب فلان ... خلال معسكر تركيا، ... مؤكدا أنه" is not
 * Turkey's.
 */
static int
speech_sentence_subject(struct speech *s, size_t i)
{
	size_t from = s->sentence, at, len;
	int g;

	while (from < i && (g = speech_gazetteer_name(s, from, i, true, &at, &len)) >= 0) {
		if (at == 0 || !xtok_at(s->t, at - 1)->word || xtok_at(s->t, at)->nl ||
		    !speech_in(s, XW_ADJUNCT, xtok_at(s->t, at - 1)->fold))
			return speech_gaz_speaker(s, g, at, at + len);
		from = at + len;
	}
	return -1;
}

/* A gazetteer person named within the 40 tokens before i (for a first "وقال" with no subject). */
static int
speech_recent_person(struct speech *s, size_t i)
{
	size_t at, len;
	int g = speech_gazetteer_name(s, i > 40 ? i - 40 : 0, i, false, &at, &len);

	if (g < 0 || strcmp(s->lx->sp[g].kind, "person") != 0)
		return -1;
	return speech_gaz_speaker(s, g, at, at + len);
}

/* A body named by a feminine noun (وزارة، صحيفة, folded with final ه). */
bool
speech_feminine(const char *name)
{
	char *f = text_fold(name, strlen(name));
	size_t n = strcspn(f, " ");
	bool fem = n > 2 && strncmp(f + n - 2, "ه", 2) == 0;

	free(f);
	return fem;
}

/* A body named by a masculine noun of speech_bodies: الجيش، البنك، تلفزيون. */
static bool
speech_masculine_body(const struct speech *s, const char *name)
{
	char *f = text_fold(name, strlen(name));
	size_t n = strcspn(f, " ");
	bool masc;

	f[n] = '\0';
	masc = speech_in(s, XW_BODY, f) && !(n > 2 && strcmp(f + n - 2, "ه") == 0);
	free(f);
	return masc;
}

/* The opening mark of a name in quotation marks (one to five words) that closes at token c; c when none. */
static size_t
speech_quoted_name_opening(const struct speech *s, size_t c)
{
	const struct quote *q;
	size_t k;

	for (k = 0; k < s->nq; k++)
		if (s->q[k].close == c)
			return (q = speech_quoted_name_at(s, s->q[k].open, 5)) != NULL && q->close == c ? q->open : c;
	return c;
}

/*
 * Does the verb at i start its clause (so that a missing subject is the
 * speaker of the moment)?  Otherwise *start gets where the words before it begin.
 */
bool
speech_clause_initial(const struct speech *s, size_t i, size_t *start)
{
	const struct xtoks *t = s->t;
	size_t k = i, j;

	*start = i;
	if (strncmp(xtok_at(t, i)->fold, "و", 2) == 0 || strncmp(xtok_at(t, i)->fold, "ف", 2) == 0)
		return true;
	while (k > 0 && xtok_at(t, k - 1)->word && !xtok_at(t, k)->nl && i - k < 8)
		k--;
	/* "ولم يكشف المسؤولون عن تفاصيلها لكن كينياتا قال إن": لكن opens the verb's own clause */
	for (j = i; j > k; j--)
		if (strcmp(xtok_at(t, j - 1)->fold, "لكن") == 0 || strcmp(xtok_at(t, j - 1)->fold, "ولكن") == 0) {
			k = j;
			break;
		}
	/* "وعن عودة المباريات قال:", "وبالنسبة للملعب قال": a fronted adverbial, the subject implicit */
	if (k < i && speech_in(s, XW_FRONTED, xtok_at(t, k)->fold))
		return true;
	/* a longer one, ended by a comma: "وعن حجم الاستثمارات ... التي زادت بنسبة 9 في المئة، قال:" */
	if (k == i && i > s->sentence + 1 && (xtok_is(t, i - 1, "،") || xtok_is(t, i - 1, "؛")) &&
	    i - s->sentence <= 40 && speech_in(s, XW_FRONTED, xtok_at(t, s->sentence)->fold))
		return true;
	/*
	 * "إلا أنه أكد", "غير أنها أشارت", "كما أنه بين": after a leader word,
	 * أنّ with a pronoun (a complementiser) is the subject of the moment;
	 * not at the run's start ("- إنه يعتقد أن": what someone said).
	 */
	for (j = k; k < i && (speech_in(s, XW_LEADER, xtok_at(t, k)->fold) || strcmp(xtok_at(t, k)->fold, "اما") == 0 ||
			      strcmp(xtok_at(t, k)->fold, "غير") == 0 || strcmp(xtok_at(t, k)->fold, "ان") == 0 ||
			      (k > j && speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold)));)
		k++;
	*start = k;
	return k == i;
}

/* Are tokens a..b in one paragraph? */
bool
speech_one_paragraph(const struct xtoks *t, size_t a, size_t b)
{
	size_t k;

	for (k = a + 1; k <= b && k < t->n; k++)
		if (xtok_at(t, k)->nl)
			return false;
	return true;
}

/* Is article speaker sp a woman (named before as the subject of a feminine verb)? */
bool
speech_is_feminine(const struct speech *s, int sp)
{
	return sp >= 0 && (size_t)sp < s->nfem && s->fem[sp];
}

/*
 * Article speaker sp is a woman: "قالت سلمى الحربي" (a discovered name:
 * the gazetteer's "أوباما" also matches "سارة أوباما").
 */
void
speech_set_feminine(struct speech *s, int sp)
{
	size_t n = s->r->nspeakers;

	if (sp < 0 || s->r->speakers[sp].body || s->r->speakers[sp].gaz >= 0)
		return;
	if (s->nfem < n) {
		s->fem = xrealloc(s->fem, n * sizeof *s->fem);
		memset(s->fem + s->nfem, 0, (n - s->nfem) * sizeof *s->fem);
		s->nfem = n;
	}
	s->fem[sp] = true;
}

/*
 * "تقول كييف إن", "وقالت واشنطن إن": one unknown word after a feminine
 * verb and right before أن/إن (words of time between) is a place that speaks for its government
 * (not a feminine noun in ة: "قالت ممرضة"); -2 when not.
 */
static int
speech_place(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	const char *f = xtok_at(t, a)->fold;
	size_t n = strlen(f);

	size_t c = speech_past_time(s, b); /* "وقالت واشنطن أمس إن" */

	if (b != a + 1 || c >= t->n || !speech_in(s, XW_COMPLEMENTISER, xtok_at(t, c)->fold) ||
	    strncmp(f, "ال", 4) == 0 || (n >= 2 && strcmp(f + n - 2, "ه") == 0) ||
	    !speech_name_words(s, a, b))
		return -2;
	return speech_body(s, a, b);
}

/*
 * "أعلنت المنسقية العامة لرئاسة الوزراء التركية، أن": after a feminine
 * verb, a definite noun phrase that is no title, no person and no unnamed
 * source, then أن (a comma between): a body no list has; else -2.
 */
static int
speech_feminine_body(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	size_t c = b, k;

	if (b <= a || b - a > 6 || strncmp(xtok_at(t, a)->fold, "ال", 4) != 0 || speech_written_name(t, a) ||
	    speech_in(s, XW_TITLE, xtok_at(t, a)->fold) || speech_in(s, XW_UNNAMED, xtok_at(t, a)->fold))
		return -2;
	for (k = a; k < b; k++)
		if (!xtok_at(t, k)->word || xtok_at(t, k)->num || speech_in(s, XW_GIVEN, xtok_at(t, k)->fold) ||
		    speech_in(s, XW_TITLE, xtok_at(t, k)->fold))
			return -2;
	c = speech_past_time(s, c); /* "وأعلنت المفوضية العليا أمس أن" */
	if (xtok_is(t, c, "،") || xtok_is(t, c, ","))
		c++;
	/* "وقد أوضحت الجامعة من خلال البيان أنه": an adjunct after a body named before ("جامعة تبوك") */
	if (b == a + 1 && speech_body_named_before(s, a))
		c = speech_skip_adjunct(s, c);
	if (c >= t->n || !speech_in(s, XW_COMPLEMENTISER, xtok_at(t, c)->fold))
		return -2;
	return speech_body(s, a, b);
}

/*
 * "رئيس البلدية محمد السعيد، أعلن": a sentence that opens with a title and
 * a few words, then a comma and the verb at i; where the subject starts,
 * else i.
 */
static size_t
speech_fronted_subject(const struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t a = s->sentence, k;

	if (i < 3 || !xtok_is(t, i - 1, "،") || a + 2 > i - 1)
		return i;
	if (i - 1 - a > 8 || !speech_in(s, XW_TITLE, xtok_at(t, a)->fold)) {
		/*
		 * "مدير عام التخطيط العمراني ... المهندس شاكر آل نوح، قال:": a
		 * long title chain, a given name and a surname before the comma.
		 */
		k = speech_given_at_end(s, i - 1 >= a + 4 ? i - 5 : a, i - 1);
		return k < i - 1 && k > a && !xtok_at(t, k)->nl ? k : i;
	}
	for (k = a; k < i - 1; k++)
		if (!xtok_at(t, k)->word)
			return i;
	return a;
}

/* A participle (مشيرا، موضحة): its subject is the sentence's. */
bool
speech_participle(const struct xverb *v)
{
	return v->type == 'p' || v->type == 'q';
}

/*
 * A subject before its verb, c..e-1, that ends with a closing quotation
 * mark: "وكانت “التجارة” قد كشفت", "وكانت صحيفة «واشنطن بوست» ذكرت",
 * "العم "عبدالله الحكيم" يشير", "أما عصام السلمان "ناخب"، فقال".  The
 * whole subject in the marks (one to three words; a company or a paper
 * for a feminine verb), a body's head noun and its adjectives before the
 * name in the marks, one to three words before a person's name in the
 * marks (a given name first; not a relative's: "والد الشاب "فلان""), or
 * a person's name before one or two words in the marks (his role); who it
 * names, else -2.
 */
static int
speech_quoted_before(struct speech *s, const struct xverb *v, size_t c, size_t e)
{
	const struct xtoks *t = s->t;
	const struct quote *q = NULL;
	size_t o, k;
	int sp;

	if (e > c + 1 && (xtok_is(t, e - 1, "،") || xtok_is(t, e - 1, ",")))
		e--;
	if (e <= c + 2 || xtok_at(t, e - 1)->word)
		return -2;
	for (o = c; o + 2 < e; o++)
		if ((q = speech_quoted_name_at(s, o, 5)) != NULL && q->close == e - 1)
			break;
	if (o + 2 >= e || q == NULL)
		return -2;
	if (o == c) {
		if (q->words > 3)
			return -2;
		sp = speech_subject(s, q->open + 1, q->close);
		if (sp == -2 && (v->type == 'f' || v->type == 'q') && q->words <= 2)
			sp = speech_body(s, q->open + 1, q->close); /* a company or a paper */
		return sp;
	}
	if (o - c > 3)
		return -2;
	for (k = c; k < o; k++)
		if (!xtok_at(t, k)->word || xtok_at(t, k)->num || (k > c && xtok_at(t, k)->nl) ||
		    speech_in(s, XW_KIN, xtok_at(t, k)->fold) || speech_in(s, XW_RELATION, xtok_at(t, k)->fold) ||
		    speech_in(s, XW_UNNAMED, xtok_at(t, k)->fold) || speech_in(s, XW_GROUP, xtok_at(t, k)->fold))
			return -2;
	/* "صحيفة «واشنطن بوست»", "الصحيفة المحلية «في إل تي»": a body's head noun and its adjectives */
	if (speech_in(s, XW_BODY, xtok_at(t, c)->fold)) {
		for (k = c + 1; k < o; k++)
			if (strncmp(xtok_at(t, k)->fold, "ال", 4) != 0)
				return -2;
		return speech_body(s, c, e);
	}
	if (q->words >= 2 && q->words <= 4 && speech_in(s, XW_GIVEN, xtok_at(t, q->open + 1)->fold) &&
	    speech_name_words(s, q->open + 1, q->close))
		return speech_person(s, q->open + 1, q->close);
	/* "عصام السلمان "ناخب"": a person named, then his role */
	if (q->words <= 2 && o >= c + 2 && speech_in(s, XW_GIVEN, xtok_at(t, c)->fold) && speech_name_words(s, c, o) &&
	    (sp = speech_subject(s, c, o)) >= 0 && !s->r->speakers[sp].body && !s->r->speakers[sp].group)
		return sp;
	return -2;
}

/* The subject written before a verb v at i, from c: "وكان مدرب برشلونة قد أعلن". */
int
speech_subject_before(struct speech *s, const struct xverb *v, size_t c, size_t i)
{
	int sp;

	while (i > c && (strcmp(xtok_at(s->t, i - 1)->fold, "قد") == 0 || strcmp(xtok_at(s->t, i - 1)->fold, "لقد") == 0))
		i--;
	if (c >= i)
		return -2;
	sp = speech_subject(s, c, i);
	if (sp == -2)
		sp = speech_quoted_before(s, v, c, i);
	return sp;
}

static bool speech_nisba_word(const char *f);

/*
 * A verb v at i whose subject before it ends with a mark the walk back
 * to the clause's start stops at: a comma before قد ("وكانت شركة مترو
 * جدة، قد أوضحت"), a name in quotation marks (then قد, a comma or one
 * adjective of origin: "وكانت “التجارة” قد كشفت", "وكانت صحيفة «واشنطن
 * بوست» ذكرت", "العم "عبدالله الحكيم" يشير").  The subject must reach
 * back to the clause's start or its leader (كان، لكن); a name in the marks
 * alone must come after one ("“العمل” تحذر" in a headline, "«سبق» تقول"
 * opening a column are no one's statement).  The speaker, else -2.
 */
static int
speech_subject_past_mark(struct speech *s, const struct xverb *v, size_t i)
{
	const struct xtoks *t = s->t;
	size_t k = i, e, o, c;

	while (k > s->sentence && (strcmp(xtok_at(t, k - 1)->fold, "قد") == 0 || strcmp(xtok_at(t, k - 1)->fold, "لقد") == 0))
		k--;
	if (k < i && k > s->sentence + 1 && (xtok_is(t, k - 1, "،") || xtok_is(t, k - 1, ",")) && xtok_at(t, k - 2)->word) {
		/* "وكان مجلس المحافظة، قد أعلن" */
		e = k - 1;
		if (speech_clause_initial(s, e, &c) || c >= e || (c > s->sentence && !speech_in(s, XW_LEADER, xtok_at(t, c - 1)->fold)))
			return -2;
		return speech_subject(s, c, e);
	}
	if (k > s->sentence + 1 && k < t->n && xtok_is(t, k - 1, "،") && k - 1 > s->sentence && !xtok_at(t, k - 2)->word)
		k--; /* "وكانت «الهيئة»، قد أعلنت" */
	e = k;
	if (k > s->sentence + 1 && xtok_at(t, k - 1)->word && strncmp(xtok_at(t, k - 1)->fold, "ال", 4) == 0 &&
	    speech_nisba_word(xtok_at(t, k - 1)->fold))
		k--; /* "صحيفة «آس» الإسبانية ذكرت" */
	if (k < s->sentence + 3 || xtok_at(t, k - 1)->word || (o = speech_quoted_name_opening(s, k - 1)) >= k - 1 || o < s->sentence)
		return -2;
	speech_clause_initial(s, o, &c);
	if (c > o)
		c = o;
	/* the marks alone: after a leader word ("وكانت “التجارة”", "لكن «جديدي»"), not opening the sentence */
	if (c == o && (o == 0 || o == s->sentence || !xtok_at(t, o - 1)->word || xtok_at(t, o)->nl))
		return -2;
	if (c < o && c > s->sentence && xtok_at(t, c - 1)->word && !speech_in(s, XW_LEADER, xtok_at(t, c - 1)->fold) &&
	    strcmp(xtok_at(t, c - 1)->fold, "لكن") != 0 && strcmp(xtok_at(t, c - 1)->fold, "ولكن") != 0)
		return -2;
	return speech_quoted_before(s, v, c, e);
}

/*
 * The speaker of the latest statement before i, in i's paragraph and not
 * further than SPEECH_AGREE_BACK tokens, that agrees with v: a masculine
 * verb a man or a masculine body, a feminine one a body or a woman; else -2.
 */
#define SPEECH_AGREE_BACK 150

static int
speech_recent_agreeing(struct speech *s, const struct xverb *v, size_t i)
{
	size_t j;
	int sp;

	for (j = s->r->nst; j-- > 0;) {
		if (s->st_cue[j] >= i)
			continue;
		if (i - s->st_cue[j] > SPEECH_AGREE_BACK || !speech_one_paragraph(s->t, s->st_cue[j], i))
			break;
		sp = s->r->st[j].speaker;
		if (s->r->speakers[sp].group)
			continue; /* a singular verb's subject is no group */
		if (strstr(s->st_feat[j], "cue=backward") != NULL)
			continue; /* "...، بحسب البيت الأبيض. وقال مسؤول ... وأشار": not who goes on */
		if (v->type == 'm' && !speech_is_feminine(s, sp) &&
		    !(s->r->speakers[sp].body && speech_feminine(s->r->speakers[sp].name)))
			return sp;
		if (v->type == 'f' && ((s->r->speakers[sp].body && !speech_masculine_body(s, s->r->speakers[sp].name)) ||
				       speech_is_feminine(s, sp)))
			return sp;
	}
	return -2;
}

/*
 * "صحيفة “واشنطن بوست” ذكرت": a body named with quotation marks that opens
 * the clause and ends right before the verb at i; where it starts, else i.
 */
static size_t
speech_quoted_body_before(const struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t c, k;

	for (k = 1; k <= 8 && k <= i && i - k >= s->sentence; k++) {
		c = i - k;
		if (xtok_at(t, c)->word && speech_quoted_body_end(s, c) == i &&
		    (c == s->sentence || xtok_at(t, c)->nl || xtok_is(t, c - 1, "،") || xtok_is(t, c - 1, ",")))
			return c;
		if (xtok_at(t, c)->nl)
			break;
	}
	return i;
}

/* Token i is a pronoun after في (فيه، فيها) of class object: "بيانا قالت فيه". */
bool
speech_object_in(const struct speech *s, size_t i)
{
	return i < s->t->n && xtok_at(s->t, i)->word && strncmp(xtok_at(s->t, i)->fold, "في", 4) == 0 &&
	       speech_in(s, XW_OBJECT, xtok_at(s->t, i)->fold);
}

/*
 * The person named right after a clause's verb (speech_subject_mention)
 * when that mention is in i's own sentence, else -2: "فلان كلمة، أوضح فيها"
 * is about him, a person named in a sentence before is not.
 */
static int
speech_sentence_mention(const struct speech *s, size_t i)
{
	int sp = speech_subject_mention(s, i);
	size_t k;

	for (k = 0; sp >= 0 && k < s->nmen; k++)
		if (s->men_sp[k] == sp && s->men_pos[k] >= s->sentence && s->men_pos[k] < i)
			return sp;
	return -2;
}

/* A word with ال that ends as a nisba does, in ي or (folded) يه: الفرنسية، الروسي. */
static bool
speech_nisba_word(const char *f)
{
	size_t n = strlen(f);

	return n > 8 && (strcmp(f + n - 2, "ي") == 0 || strcmp(f + n - 4, "يه") == 0);
}

/*
 * The subject written right after the verb that opens the sentence, a
 * verb that does not report, for a participle with no subject of its own
 * later in it: "وقدمت الشركة اعتذارها قائلة:" is the company's, not the
 * speaker of the moment's (-2 when that subject is no speaker: then the
 * participle goes on as before, "واتفق الشاب السعودي ... مشيرا" may be the
 * one named before).
 * The sentence opens with a word with و or ف (a verb: not وال, nor a
 * preposition, leader or word of time), then a definite noun and its
 * adjectives of origin; -1 when it does not.
 */
static int
speech_opening_subject(struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t a = s->sentence, e;
	const char *f, *u;
	char buf[128];

	if (a + 3 > i || !xtok_at(t, a)->word || !xtok_at(t, a + 1)->word || xtok_at(t, a + 1)->nl)
		return -1;
	f = xtok_at(t, a)->fold;
	u = xtok_unprefixed(xtok_at(t, a), buf, sizeof buf);
	if (!(strncmp(f, "و", 2) == 0 || strncmp(f, "ف", 2) == 0) || strcmp(f, u) == 0 || strlen(u) < 6 ||
	    strncmp(u, "ال", 4) == 0 || extract_stopword(u) || speech_in(s, XW_STOP, u) || speech_in(s, XW_ADJUNCT, u) ||
	    speech_in(s, XW_TIME, u) || speech_in(s, XW_LEADER, f) || speech_in(s, XW_LEADER, u) ||
	    speech_in(s, XW_FRONTED, f) || speech_in(s, XW_CLAUSE_LEADER, u) || speech_in(s, XW_NEGATION, u) ||
	    speech_verb_at(s, a) != NULL)
		return -1; /* a reporting verb's subject is read with it ("ولفت المشرف العام على ...؛ إلى أن") */
	for (e = a + 1; e < i && e < a + 5 && xtok_at(t, e)->word && !xtok_at(t, e)->nl &&
		    strncmp(xtok_at(t, e)->fold, "ال", 4) == 0 && strcmp(xtok_at(t, e)->fold, "ال") != 0 &&
		    !speech_in(s, XW_TIME, xtok_at(t, e)->fold) && !speech_in(s, XW_STOP, xtok_at(t, e)->fold) &&
		    speech_verb_at(s, e) == NULL && (e == a + 1 || speech_nisba_word(xtok_at(t, e)->fold));
	     e++)
		; /* the noun, then its adjectives of origin: "الشركة الفرنسية", not the object "الوزير الشكر" */
	if (e == a + 1)
		return -1;
	return speech_subject(s, a + 1, e);
}

/* How far, in tokens, a participle with no subject may go on with the speaker of the moment. */
#define SPEECH_PARTICIPLE_BACK 200

/* The honorific class of token a when it is an honorific pronoun ("سموه", "معاليه", "سماحته"), else -1. */
int
speech_honorific_class(const struct speech *s, size_t a)
{
	static const int classes[] = { XW_HIGHNESS, XW_EXCELLENCY, XW_EMINENCE, XW_MAJESTY };
	const char *f;
	size_t k, n;

	if (a >= s->t->n || !xtok_at(s->t, a)->word)
		return -1;
	f = xtok_at(s->t, a)->fold;
	/* the pronoun on the noun: "سمو-ه", "معالي-ه", "سماحت-ه", "سمو-ها"; not the title "فضيلة" (فضيله) */
	n = strlen(f);
	if (n < 8 || !(strcmp(f + n - 4, "ته") == 0 || strcmp(f + n - 4, "وه") == 0 || strcmp(f + n - 4, "يه") == 0 ||
		       strcmp(f + n - 4, "ها") == 0))
		return -1;
	for (k = 0; k < sizeof classes / sizeof classes[0]; k++)
		if (speech_in(s, classes[k], f))
			return classes[k];
	return -1;
}

/* Was person sp named with a title of honorific class cls: one of the three words before a mention, or a recorded title? */
static bool
speech_honorific_agrees(const struct speech *s, int sp, int cls)
{
	const struct xtoks *t = s->t;
	size_t k, d;

	for (k = 0; k < s->nmen; k++)
		for (d = 1; s->men_sp[k] == sp && d <= 3 && d <= s->men_pos[k]; d++) {
			size_t j = s->men_pos[k] - d;
			if (!xtok_at(t, j)->word || xtok_at(t, j)->nl)
				break;
			if (speech_in(s, cls, xtok_at(t, j)->fold))
				return true;
		}
	for (k = 0; k < s->ntitle; k++) {
		char *w, *save = NULL, *copy;
		bool found = false;
		if (s->title_sp[k] != sp)
			continue;
		copy = xstrdup(s->title[k]);
		for (w = strtok_r(copy, " ", &save); w != NULL && !found; w = strtok_r(NULL, " ", &save))
			found = speech_in(s, cls, w);
		free(copy);
		if (found)
			return true;
	}
	return false;
}

/*
 * "وأكد سموه": the person an honorific pronoun refers back to.  The
 * speaker of the moment when a title of its class came with his name
 * ("الأمير", "سمو" for سموه; "الملك" is not one), else the person named
 * last before i who had one; -1 when no one did, or a is no such pronoun.
 */
static int
speech_honorific(const struct speech *s, size_t a, size_t i)
{
	int cls = speech_honorific_class(s, a), best = -1, sp;
	size_t k, pos = 0;

	if (cls < 0)
		return -1;
	if (s->last >= 0 && !s->r->speakers[s->last].body && !s->r->speakers[s->last].group &&
	    speech_honorific_agrees(s, s->last, cls))
		return s->last;
	for (k = 0; k < s->nmen; k++) {
		sp = s->men_sp[k];
		if (s->men_pos[k] < i && s->men_pos[k] >= pos && !s->r->speakers[sp].body && !s->r->speakers[sp].group &&
		    speech_honorific_agrees(s, sp, cls)) {
			best = sp;
			pos = s->men_pos[k];
		}
	}
	return best;
}

/*
 * "أما فلان رئيس النادي فقد قال:", "أما فلان فقال إن": the subject fronted
 * by أما, its verb after فـ (on the verb or on قد before it); who it
 * names, else -1.
 */
static int
speech_amma(struct speech *s, const struct xverb *v, size_t i)
{
	const struct xtoks *t = s->t;
	size_t f, p;
	int sp;

	if (strncmp(xtok_at(t, i)->fold, "ف", 2) == 0)
		f = i;
	else if (i > 0 && strcmp(xtok_at(t, i - 1)->fold, "فقد") == 0)
		f = i - 1;
	else
		return -1;
	for (p = f; p >= s->sentence + 1 && p + 24 > f; p--) {
		/* not "أما عن استعداد الفريق فقال": a fronted adverbial, the subject implicit */
		if (strcmp(xtok_at(t, p - 1)->fold, "اما") == 0) {
			if (p >= f || speech_in(s, XW_STOP, xtok_at(t, p)->fold) || speech_in(s, XW_FRONTED, xtok_at(t, p)->fold) ||
			    extract_stopword(xtok_at(t, p)->fold))
				return -1;
			/* "أما جريدة «واشنطن بوست»، فأكدت": a name in quotation marks */
			if ((sp = speech_subject(s, p, f)) == -2)
				sp = speech_quoted_before(s, v, p, f);
			return sp;
		}
		if (speech_sentence_end(t, p - 1))
			return -1;
	}
	return -1;
}

/*
 * "وقال حبيب الصادق "مواطن": إن", "واعتبر محمد المحيشي "بائع" أن", "وقال
 * فلان "شقيق الطفل" لـ"الرياض" إن": one or two words in quotation marks
 * right after a person's name a..b-1 (a vox-pop's role), then what he
 * said, a colon or the medium; the token past the closing mark, else b.
 */
size_t
speech_role_aside(const struct speech *s, int sp, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	const struct quote *q;
	size_t c;

	/* the subject is a name alone, a given name first (not a title cut at a body's name in marks) */
	if (sp < 0 || s->r->speakers[sp].body || s->r->speakers[sp].group || b < a + 2 || b > a + 4 ||
	    !speech_in(s, XW_GIVEN, xtok_at(t, a)->fold) || !speech_name_words(s, a, b) ||
	    (q = speech_quoted_name_at(s, b, 2)) == NULL || q->open != b)
		return b;
	c = q->close + 1;
	if (c < t->n && (speech_says(s, c) || speech_medium_at(s, c)))
		return c;
	return b;
}

/*
 * "وقال فلان (45 عاما) إن", "وقالت فلانة (67 عاما):": a person's age in
 * brackets (data/speech.tsv, class age) after the subject; the token past
 * the closing bracket, else b.
 */
size_t
speech_age_aside(const struct speech *s, size_t b)
{
	const struct xtoks *t = s->t;
	size_t k = b + 1;

	if (b + 2 >= t->n || !xtok_is(t, b, "(") || !xtok_at(t, k)->num)
		return b;
	k++;
	if (k < t->n && xtok_at(t, k)->word && speech_in(s, XW_AGE, xtok_at(t, k)->fold))
		k++;
	return k < t->n && xtok_is(t, k, ")") ? k + 1 : b;
}

/* Resolve the speaker of verb v whose subject is tokens a..b-1. */
int
speech_resolve(struct speech *s, const struct xverb *v, size_t a, size_t b, size_t i)
{
	int sp = speech_subject(s, a, b), c2;
	size_t c;

	s->how = "after";
	if (sp == -2 && v->type == 'f' && !(i > 0 && speech_in(s, XW_NEGATION, xtok_at(s->t, i - 1)->fold)))
		s->how = "place", sp = speech_place(s, a, b);
	if (sp == -2 && v->type == 'f' && (sp = speech_feminine_body(s, a, b)) >= 0)
		s->how = "body";
	if (sp != -1) {
		if (v->type == 'f')
			speech_set_feminine(s, sp);
		return sp;
	}
	if (b <= a && (sp = speech_relative_antecedent(s, i)) >= 0) {
		s->how = "relative";
		return sp;
	}
	/* an implicit subject like any other ("last" for the scorer), whom the pronoun picks out */
	if (b <= a && (sp = speech_honorific(s, a, i)) >= 0) {
		s->how = "last";
		return sp;
	}
	/* No subject after the verb and words before it: "عضو الاتحاد خالد الشافعي أكد". */
	s->how = "before";
	if (b <= a && (sp = speech_amma(s, v, i)) >= 0)
		return sp;
	if (b <= a && (c = speech_quoted_body_before(s, i)) < i)
		return speech_body(s, c, i); /* "صحيفة “واشنطن بوست” ذكرت أن" */
	if (b <= a && !speech_participle(v) && (c2 = speech_subject_past_mark(s, v, i)) >= 0)
		return c2;
	if (!speech_participle(v) && !speech_clause_initial(s, i, &c)) {
		/* "إلا أن الحركة لم تعلن": a negated verb reports nothing, its subject no speaker */
		if (c >= i || speech_in(s, XW_NEGATION, xtok_at(s->t, i - 1)->fold))
			return -2;
		if ((sp = speech_subject_before(s, v, c, i)) >= 0 || !speech_object_in(s, i + 1) || c + 3 > i ||
		    strncmp(xtok_at(s->t, i - 1)->fold, "ال", 4) == 0 || !xtok_at(s->t, i - 1)->word)
			return sp;
		/* "أصدرت الهيئة تقريرا أوضحت فيه أن": the subject of the verb whose object فيه names */
		return speech_subject(s, c + 1, i - 1);
	}
	/* "وأكدوا": the group of the moment (مسؤولو الإطفاء), never a person or a body */
	if (v->type == 'g') {
		s->how = "last";
		return s->last >= 0 && s->r->speakers[s->last].group ? s->last : -2;
	}
	/* "رئيس البلدية محمد السعيد، أعلن أن": a titled subject, a comma, the verb. */
	s->how = "fronted";
	if (!speech_participle(v) && (c = speech_fronted_subject(s, i)) < i) {
		/*
		 * "ناصر الغامدي كلمة، أوضح فيها": the object of the clause before,
		 * whose subject, a person named right after its verb, speaks; no
		 * one else ("تصريحات أدلى بها مسؤول أميركي ...، قال فيها").
		 */
		if ((sp = speech_subject(s, c, i - 1)) >= 0 || !speech_object_in(s, i + 1))
			return sp;
		s->how = "mention";
		return speech_sentence_mention(s, i);
	}
	/* "تصريحات أدلى بها مسؤول أميركي لصحيفة أخرى، قال فيها": the same, with no subject before the comma */
	if (!speech_participle(v) && speech_object_in(s, i + 1) && strncmp(xtok_at(s->t, i)->fold, "و", 2) != 0 &&
	    strncmp(xtok_at(s->t, i)->fold, "ف", 2) != 0) {
		s->how = "mention";
		return speech_sentence_mention(s, i);
	}
	if (speech_participle(v)) {
		s->how = s->pending >= 0 ? "pending" : "sentence";
		sp = s->pending >= 0 ? s->pending : speech_sentence_subject(s, i);
	}
	if (sp == -1 && (sp = speech_subject_mention(s, i)) >= 0)
		s->how = "mention";
	if (sp == -1 && speech_participle(v) && (c2 = speech_opening_subject(s, i)) >= 0)
		sp = c2; /* how stays "sentence" */
	if (sp == -1)
		s->how = "last", sp = s->last;
	/* "كاشفا أن" 300 words after the speaker of the moment was named: too far for a participle to go on with him */
	if (strcmp(s->how, "last") == 0 && speech_participle(v) && sp >= 0 && i > s->last_at + SPEECH_PARTICIPLE_BACK)
		sp = -2;
	if (sp == -1)
		s->how = "recent", sp = speech_recent_person(s, i);
	/*
	 * A feminine verb with no subject only continues a body or a woman; a
	 * masculine one no feminine body and no woman.
	 */
	if (v->type == 'f' && sp >= 0 && !s->r->speakers[sp].body && !(speech_is_feminine(s, sp) && sp == s->last))
		sp = -2;
	if (v->type == 'q' && sp >= 0 && !s->r->speakers[sp].body && !speech_is_feminine(s, sp))
		sp = -2; /* "موضحة": a woman or a body */
	if ((v->type == 'f' || v->type == 'q') && sp >= 0 && speech_masculine_body(s, s->r->speakers[sp].name))
		sp = -2; /* "الجيش", "تلفزيون كذا": not a feminine verb's subject */
	if (sp >= 0 && s->r->speakers[sp].group)
		sp = -2; /* "وأضاف" after مسؤولو الإطفاء: one of them, not the group */
	if ((v->type == 'm' || v->type == 'w') && sp >= 0 && !(s->last_voiced && sp == s->last) &&
	    ((s->r->speakers[sp].body && speech_feminine(s->r->speakers[sp].name)) ||
	     speech_is_feminine(s, sp)))
		sp = -2;
	/*
	 * "وأكد فلان ... في ظل توقعات هيئة الاتصالات ... قال:": the speaker of
	 * the moment does not agree with the verb; the most recent one of this
	 * paragraph that does speaks.
	 */
	if (sp == -2 && strcmp(s->how, "last") == 0 && (v->type == 'm' || v->type == 'f') &&
	    (sp = speech_recent_agreeing(s, v, i)) >= 0)
		s->how = "agreeing";
	return sp;
}
