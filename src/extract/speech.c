/*
 * speech.c: who says what.  Quotation marks are paired per paragraph
 * (nested and unbalanced marks included); reporting verbs (قال، أضاف، أكد
 * ... with و/ف, feminine and participle forms) name a speaker by a name,
 * a title or nothing (the most recent speaker); a direct quote in the same
 * sentence, or a أن/إن clause, is the statement.  When in doubt the
 * statement is dropped: a wrong speaker is worse than a missing one.
 *
 * This file walks the clauses (reporting verbs, quotes, interview lists)
 * and holds the entry point; the other stages are speech-quotes.c (the
 * quotation marks), speech-names.c (whom a subject names),
 * speech-attrib.c (attributions that are no verb clause: content first,
 * "بحسب X", relays after عن) and speech-emit.c (the candidates'
 * features and the selection).
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"
#include "text/text.h"

/* ---- Statements ---- */

/* Byte offset of the code point c in the text, from the token that holds it. */
static size_t
speech_byte(const struct xtoks *t, size_t tok, size_t c)
{
	const struct xtok *k = xtok_at(t, tok);
	size_t off = k->b0, i;

	for (i = k->c0; i < c; i++)
		utf8_next(t->text, t->len, &off);
	return off;
}

/* Emit quote q as a direct statement of sp; the token after it. */
size_t
speech_direct(struct speech *s, const struct quote *q, int sp)
{
	const struct xtoks *t = s->t;
	size_t first = q->open + 1, last = q->close - 1;

	if (q->words >= 4 && sp >= 0 && first <= last && last < t->n)
		speech_emit(s, sp, true, xtok_at(t, first)->c0, xtok_at(t, last)->c1, xtok_at(t, first)->b0, xtok_at(t, last)->b1);
	(void)speech_byte;
	return q->close + 1;
}

/*
 * The end of a reported clause that starts at a: its sentence's end, a
 * quote, ", وأضاف".  With decimals, a decimal point ends nothing ("إن
 * 12.9 مليون شخص"), unless a quote of four words or more comes after it
 * in its sentence: one inside a sentence that runs on past a number is
 * mostly a name (a product's, a sum written out), which a clause cut
 * before it would hand to the speaker as a statement of its own; the
 * clause ends at the point then, as it did.
 */
static size_t
speech_clause_end_at(struct speech *s, size_t a, bool decimals)
{
	const struct xtoks *t = s->t;
	size_t i, k, words = 0;

	for (i = a; i < t->n && (!speech_sentence_end(t, i) || (decimals && speech_decimal_point(t, i))); i++) {
		if (speech_decimal_point(t, i))
			for (k = i + 1; k < t->n && (!speech_sentence_end(t, k) || speech_decimal_point(t, k)); k++)
				if (speech_long_quote_at(s, k))
					return i;
		/* A quote after four words or more is a statement of its own. */
		if (words >= 4 && speech_long_quote_at(s, i))
			break;
		words += xtok_at(t, i)->word;
		/* "، وأضاف", "، مبينا أن", "، إذ تقول": another statement. */
		if (i > a && (xtok_is(t, i - 1, "،") || xtok_is(t, i - 1, ",")) &&
		    (speech_verb_at(s, i) ||
		     (i + 1 < t->n && speech_in(s, XW_CLAUSE_LEADER, xtok_at(t, i)->fold) &&
		      speech_verb_at(s, i + 1))))
			return i - 1;
	}
	return i;
}

size_t
speech_clause_end(struct speech *s, size_t a)
{
	return speech_clause_end_at(s, a, true);
}

/*
 * Does a clause leader that opens a new clause come right before token i:
 * one of class clause-leader ("كما بين فلان أن", "حيث بين"; not فيما,
 * "فيما بين" is "among") or في حين ("في حين بين فلان أن")?
 */
static bool
speech_after_clause_leader(const struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	const char *f;

	if (i == 0 || xtok_at(t, i)->nl || !xtok_at(t, i - 1)->word)
		return false;
	f = xtok_at(t, i - 1)->fold;
	if (strcmp(f, "حين") == 0)
		return i >= 2 && !xtok_at(t, i - 1)->nl && strcmp(xtok_at(t, i - 2)->fold, "في") == 0;
	return speech_in(s, XW_CLAUSE_LEADER, f) && strcmp(f, "فيما") != 0;
}

/*
 * The reporting verb at token i: its folded form (not one that needs و/ف,
 * "بين" is "between" too, unless a clause leader comes right before it),
 * else the form without و/ف when it has one.
 */
const struct xverb *
speech_verb_at(const struct speech *s, size_t i)
{
	const struct xtok *k = xtok_at(s->t, i);
	const struct xverb *v;
	char buf[64];

	if (!k->word)
		return NULL;
	v = xwords_verb(s->lx->words, k->fold);
	if (v != NULL && v->type == 'w' && !speech_after_clause_leader(s, i))
		v = NULL;
	if (v == NULL && (strncmp(k->fold, "و", 2) == 0 || strncmp(k->fold, "ف", 2) == 0))
		v = xwords_verb(s->lx->words, xtok_unprefixed(k, buf, sizeof buf));
	return v;
}

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
static bool
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
static void
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

static size_t speech_skip_adjunct(const struct speech *s, size_t c);

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
static int
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

static bool speech_clause_initial(const struct speech *s, size_t i, size_t *start);
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

static int speech_relative_antecedent(struct speech *s, size_t i);

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
static bool
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
static int
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
static size_t
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
static size_t
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
static int
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

/* How far an adjunct may run before its أن or colon. */
#define SPEECH_ADJUNCT_MAX 24

/* "وأكد عدم وجود خلل في نظام القبول بعد أن أصبح": أن at k after بعد، قبل ... (class conjunction) is "after", no complementiser. */
static bool
speech_conjunction_an(const struct speech *s, size_t k)
{
	return k > 0 && speech_in(s, XW_COMPLEMENTISER, xtok_at(s->t, k)->fold) &&
	       speech_in(s, XW_CONJUNCTION, xtok_at(s->t, k - 1)->fold);
}

static size_t speech_initials_end(const struct xtoks *t, size_t i);

/*
 * "في بيان لها أن", "يوم أمس السبت إن", "من شركة كذا في ميلانو إن",
 * "في تصريح صحافي اليوم (الاثنين)، أن": past an adjunct or words of time
 * to the complementiser or colon that follows; c itself when none does.
 */
static size_t
speech_skip_adjunct(const struct speech *s, size_t c)
{
	const struct xtoks *t = s->t;
	size_t k, m;

	if (c >= t->n || !xtok_at(t, c)->word ||
	    !(speech_in(s, XW_ADJUNCT, xtok_at(t, c)->fold) || speech_in(s, XW_TIME, xtok_at(t, c)->fold)))
		return c;
	for (k = c + 1; k < t->n && k < c + SPEECH_ADJUNCT_MAX; k++) {
		if ((m = speech_initials_end(t, k)) > k) {
			k = m - 1; /* "في تصريحات لوكالة الأنباء الألمانية (د.ب.أ) إن" */
			continue;
		}
		if (speech_sentence_end(t, k) || speech_verb_at(s, k) != NULL ||
		    speech_long_quote_at(s, k))
			return c;
		if (speech_conjunction_an(s, k))
			continue;
		if (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) || xtok_is(t, k, ":"))
			return k;
	}
	return c;
}

static size_t speech_skip_medium(const struct speech *s, size_t c);

/* Token i is a dash or a parenthesis that may set off a formula. */
static bool
speech_formula_mark(const struct xtoks *t, size_t i)
{
	return xtok_is(t, i, "-") || xtok_is(t, i, "–") || xtok_is(t, i, "ـ") || xtok_is(t, i, "(") ||
	       xtok_is(t, i, ")");
}

/*
 * Past the religious formulae at b ("رضي الله عنه", "الله عز وجل",
 * "- سبحانه وتعالى -", "(صلى الله عليه وسلم)"), else b.
 */
static size_t
speech_past_formula(const struct speech *s, size_t b)
{
	size_t c = b, n, k;

	for (;;) {
		k = c + (speech_formula_mark(s->t, c) ? 1 : 0);
		if ((n = speech_formula_at(s, k)) == 0)
			return c;
		k += n;
		c = k + (speech_formula_mark(s->t, k) ? 1 : 0);
	}
}

/* How far an apposition ("وهو مواطن من ...") may run before what he said. */
#define SPEECH_APPOSITION_MAX 32

/*
 * "وقال فلان وهو مسؤول سابق في ... إن": past an apposition that starts
 * at b to the complementiser, colon or quote that follows it in the same
 * sentence with no other reporting verb between; b itself when none does.
 */
static size_t
speech_skip_apposition(const struct speech *s, size_t b)
{
	const struct xtoks *t = s->t;
	size_t k, c;

	b = speech_past_formula(s, b); /* "وقال عمر بن الخطاب رضي الله عنه:" */
	c = b;
	if (xtok_is(t, c, "،") || xtok_is(t, c, ","))
		c++;
	/* not "، وهو أستاذ في جامعة كذا:", read below */
	if (c > b && c < t->n && xtok_at(t, c)->word && speech_verb_at(s, c) == NULL &&
	    strcmp(xtok_at(t, c)->fold, "وهو") != 0 && strcmp(xtok_at(t, c)->fold, "وهي") != 0) {
		/*
		 * "قالت فلانة، الرئيسة التنفيذية للشركة، إن", "وقال ديفيد موهر،
		 * أحد معدي الدراسة، بأن", "وقال فلان، وزير المالية، لـ«الصحيفة»، إن"
		 */
		bool relative = false;
		const struct quote *q;

		for (k = c + 1; k < t->n && k < c + SPEECH_SUBJECT_MAX; k++) {
			size_t p;
			if (xtok_is(t, k, "(")) { /* "السفير لدى حلف شمال الأطلسي (ناتو)،" */
				for (p = k + 1; p < t->n && p < k + 6 && xtok_at(t, p)->word; p++)
					;
				if (!xtok_is(t, p, ")"))
					break;
				k = p;
				continue;
			}
			/* "الرئيس التنفيذي لشركة «أدنوك للتوزيع»،", "المتحدث باسم الحكومة لـ«الشرق الأوسط»،" */
			if (k > c && (xtok_at(t, k - 1)->word || xtok_is(t, k - 1, "ـ")) && (q = speech_quoted_name_at(s, k, 3)) != NULL) {
				k = q->close;
				continue;
			}
			if (!xtok_at(t, k)->word || xtok_at(t, k)->nl || speech_verb_at(s, k) != NULL)
				break;
			if (speech_in(s, XW_RELATIVE, xtok_at(t, k)->fold))
				relative = true;
			/*
			 * "وقال فلان، المتحدث باسم هيئة الأرصاد إن", "أوضحت فلانة ،
			 * قائدة فريق (كذا) التطوعي أن": a title in apposition that
			 * runs to أن with no second comma
			 */
			if (k > c + 1 && !relative && speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) && speech_title_at(s, c) &&
			    !speech_conjunction_an(s, k) && !(k > c + 1 && speech_in(s, XW_STOP, xtok_at(t, k - 1)->fold)))
				return k;
		}
		/* "وقال فلان، نائب رئيس التخطيط في الشركة:": it ends at the colon (not at a quote: a body's name) */
		if (k < t->n && xtok_is(t, k, ":"))
			return k;
		if ((xtok_is(t, k, "،") || xtok_is(t, k, ",")) && k + 1 < t->n &&
		    (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k + 1)->fold) || xtok_is(t, k + 1, ":") ||
		     speech_skip_medium(s, k + 1) > k + 1))
			return k + 1;
		return b;
	}
	if (c >= t->n || (strcmp(xtok_at(t, c)->fold, "وهو") != 0 && strcmp(xtok_at(t, c)->fold, "وهي") != 0))
		return b;
	for (k = c + 1; k < t->n && k < c + SPEECH_APPOSITION_MAX; k++) {
		if (speech_long_quote_at(s, k))
			return k;
		if (speech_sentence_end(t, k) || speech_verb_at(s, k) != NULL)
			return b;
		if (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) || xtok_is(t, k, ":"))
			return k;
	}
	return b;
}

/* "(عكاظ)": one to three words in round brackets from token i; the token after them, else i. */
size_t
speech_bracketed_name_end(const struct xtoks *t, size_t i)
{
	size_t k;

	if (!xtok_is(t, i, "("))
		return i;
	for (k = i + 1; k < t->n && k <= i + 3 && xtok_at(t, k)->word && !xtok_at(t, k)->nl; k++)
		;
	return k > i + 1 && xtok_is(t, k, ")") ? k + 1 : i;
}

/*
 * "(د.ب.أ)", "(د. ب. أ)", "(أ ف ب)": an agency's initials in brackets from
 * token i, single letters with or without dots; the token after them, else i.
 */
static size_t
speech_initials_end(const struct xtoks *t, size_t i)
{
	size_t k;
	int letters = 0;

	if (!xtok_is(t, i, "("))
		return i;
	for (k = i + 1; k < t->n && k <= i + 8 && !xtok_at(t, k)->nl; k++) {
		if (xtok_is(t, k, "."))
			continue;
		/* a letter, or "د." made one token (speech_abbreviations) */
		if (!xtok_at(t, k)->word || !(xtok_at(t, k)->b1 - xtok_at(t, k)->b0 == 2 ||
					      (xtok_at(t, k)->b1 - xtok_at(t, k)->b0 == 3 && t->text[xtok_at(t, k)->b1 - 1] == '.')))
			break;
		letters++;
	}
	return letters >= 2 && letters <= 4 && xtok_is(t, k, ")") ? k + 1 : i;
}

static bool speech_nominal_prep(const struct speech *s, size_t c);
static bool speech_nominal_shaped(const struct speech *s, size_t k);

/*
 * The medium or addressee after a speaker: "لـ«الشرق الأوسط»،", "لـ"الوطن":",
 * "للصحيفة", "للصحافيين عند وصوله،" when a complementiser, colon or quote
 * follows (or, for a medium in quotes or brackets, a noun phrase); past
 * it, else c.
 */
static size_t
speech_skip_medium(const struct speech *s, size_t c)
{
	const struct xtoks *t = s->t;
	size_t k = c, m;
	int qi;
	bool named = false;
	const struct quote *q;

	if (c >= t->n || !xtok_at(t, c)->word || strncmp(xtok_at(t, c)->fold, "ل", 2) != 0)
		return c;
	if (strcmp(xtok_at(t, c)->fold, "ل") == 0 && ((k = speech_bracketed_name_end(t, c + 1)) > c + 1 ||
						   (k = speech_initials_end(t, c + 1)) > c + 1)) {
		named = true; /* "لـ(عكاظ)", "ل (د. ب.أ)" */
	} else if (strcmp(xtok_at(t, c)->fold, "ل") == 0) {
		if ((qi = speech_quote_at(s, c + 1)) < 0 || s->q[qi].words > 3)
			return c;
		k = s->q[qi].close + 1;
		named = true;
	} else if (speech_in(s, XW_MEDIUM, xtok_at(t, c)->fold + 2)) {
		/* "لوكالة فرانس برس إن", "لشبكة سي إن إن:": the medium's name, to what he said */
		size_t lim = c + 8;

		for (k = c + 1; k < t->n && k < lim; k++) {
			if ((xtok_is(t, k, "،") || xtok_is(t, k, ",")) && k + 1 < t->n &&
			    (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k + 1)->fold) || xtok_is(t, k + 1, ":")))
				return k + 1;
			/* "لصحيفة "لا ريبابليكا" إنه": the medium's name in quotation marks, not what he said */
			if (k == c + 1 && (q = speech_quoted_name_at(s, k, 5)) != NULL) {
				lim += q->close - k;
				k = q->close;
				continue;
			}
			if (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) || xtok_is(t, k, ":") ||
			    speech_quote_at(s, k) >= 0)
				return k;
			if ((m = speech_initials_end(t, k)) > k) {
				lim += m - k;
				k = m - 1; /* "لوكالة الأنباء الألمانية (د.ب.أ) إن" */
				continue;
			}
			if (!xtok_at(t, k)->word || xtok_at(t, k)->nl || speech_verb_at(s, k) != NULL)
				break;
		}
		k = c + 1;
	} else {
		k = c + 1;
	}
	if (xtok_is(t, k, "،") || xtok_is(t, k, ","))
		k++;
	k = speech_skip_adjunct(s, k); /* "لـ"الوطن" أمس أن" */
	if (k < t->n && (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) || xtok_is(t, k, ":") ||
			 speech_quote_at(s, k) >= 0))
		return k;
	/*
	 * "لـ"الوطن" اعتقال قيادات", "لـ"الوطن" أمس عن وجود": a medium named
	 * in quotes or brackets, then (past words of time) a noun phrase of
	 * what was said, its preposition or a verbal noun's shape at its head;
	 * "لـ«الشرق الأوسط» إلى أن": to the complementiser.
	 */
	while (named && k < t->n && xtok_at(t, k)->word && !xtok_at(t, k)->nl &&
	       (strcmp(xtok_at(t, k)->fold, "امس") == 0 || strcmp(xtok_at(t, k)->fold, "اليوم") == 0 ||
		speech_in(s, XW_TIME, xtok_at(t, k)->fold)))
		k++;
	if (named && k < t->n && xtok_at(t, k)->word && !xtok_at(t, k)->nl &&
	    (speech_nominal_prep(s, k) || speech_nominal_shaped(s, k)))
		return speech_nominal_prep(s, k) && speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k + 1)->fold) ? k + 1 : k;
	return c;
}

/* Token i is لـ + a medium: "لرويترز", "لوكالة", "لـ" before a quoted name. */
bool
speech_medium_at(const struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	const char *f;

	if (i >= t->n || !xtok_at(t, i)->word)
		return false;
	f = xtok_at(t, i)->fold;
	if (strncmp(f, "ل", 2) != 0 || strncmp(f, "لل", 4) == 0)
		return false;
	if (f[2] == '\0')
		return speech_quote_at(s, i + 1) >= 0;
	return speech_in(s, XW_MEDIUM, f + 2);
}

/* Does a statement follow the subject ending at b: أن, a colon or a quotation mark? */
bool
speech_says(const struct speech *s, size_t b)
{
	const struct xtoks *t = s->t;
	size_t c;

	if (s->says_at > 0 && b == s->says_at)
		return true; /* "استبعد النائب دوري شمعون استقالة الحكومة": the subject is read up to it */
	c = speech_skip_apposition(s, b);
	if (xtok_is(t, c, "،") || xtok_is(t, c, ","))
		c++;
	if (c < t->n && (strcmp(xtok_at(t, c)->fold, "الي") == 0 || strcmp(xtok_at(t, c)->fold, "علي") == 0))
		c++;
	c = speech_skip_adjunct(s, speech_skip_medium(s, c));
	return c < t->n && (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, c)->fold) || xtok_is(t, c, ":") ||
			    speech_quote_at(s, c) >= 0);
}

/*
 * "المتحدث الرسمي لحرس الحدود في المنطقة الشرقية النقيب عمر الأحمد": a
 * title chain that goes on after في to a second title and the name; the
 * subject's new end, else b.
 */
static size_t
speech_subject_extend_once(const struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	size_t e, k;

	if (b >= t->n || b == a || strcmp(xtok_at(t, b)->fold, "في") != 0 ||
	    !speech_in(s, XW_TITLE, xtok_at(t, a)->fold))
		return b;
	e = speech_subject_end(s, b + 1);
	if (e >= b + 1 + SPEECH_SUBJECT_MAX)
		return b;
	/* a second title, "وعضو" joined to the first by و too */
	for (k = b + 1; k < e; k++)
		if ((speech_in(s, XW_TITLE, xtok_at(t, k)->fold) ||
		     (strncmp(xtok_at(t, k)->fold, "و", 2) == 0 && speech_in(s, XW_TITLE, xtok_at(t, k)->fold + 2))) &&
		    k + 1 < e)
			return e;
	/* "مدير إدارة الإعلام في أمانة منطقة حائل سعد الثويني": a name at its end */
	if (e >= b + 4 && (speech_name_suffix(s, b + 1, e) < e ||
			   (speech_in(s, XW_BODY, xtok_at(t, b + 1)->fold) && speech_name_words(s, e - 2, e) &&
			    strncmp(xtok_at(t, e - 2)->fold, "ال", 4) != 0)))
		return e;
	return b;
}

/*
 * "القيادي في التحالف الكردستاني وعضو لجنة العلاقات الخارجية في البرلمان
 * العراقي السابق مهدي خوشناو": the chain goes on past each في that leads
 * to another title or to the name.
 */
size_t
speech_subject_extend(const struct speech *s, size_t a, size_t b)
{
	size_t e;
	int n;

	for (n = 0; n < 3 && (e = speech_subject_extend_once(s, a, b)) > b; n++)
		b = e;
	return b;
}

/*
 * "وأكدت “مايكروسوفت” أن", "وأضاف "الغامدي" أنه": a subject of one to
 * three words in quotation marks, a statement after it; the speaker (*b
 * past the closing mark), else -1.
 */
static int
speech_quoted_subject(struct speech *s, const struct xverb *v, size_t a, size_t *b)
{
	const struct quote *q = speech_quoted_name_at(s, a, 3);
	const struct xtoks *t = s->t;
	const char *f;
	int sp;

	if (q == NULL || q->close + 1 >= t->n)
		return -1;
	/*
	 * "وشدد "النايف" على ضرورة", "وطالب «الحارثي» بتكثيف": the
	 * preposition of what he said, the verb's own (بـ for طالب) or على
	 * and إلى after any verb, in place of أن
	 */
	f = xtok_at(t, q->close + 1)->fold;
	if (!speech_says(s, q->close + 1) &&
	    !(xtok_at(t, q->close + 1)->word &&
	      (strcmp(f, "علي") == 0 || strcmp(f, "الي") == 0 ||
	       (v->arg == 'b' && strncmp(f, "ب", 2) == 0 && strlen(f) > 4 && !speech_in(s, XW_STOP, f)))))
		return -1;
	sp = speech_subject(s, q->open + 1, q->close);
	if (sp == -2 && (v->type == 'f' || v->type == 'q') && q->words <= 2)
		sp = speech_body(s, q->open + 1, q->close); /* a company or a paper */
	if (sp < 0)
		return -1;
	*b = q->close + 1;
	return sp;
}

/* How far into a reported clause its own reporting verb may come. */
#define SPEECH_INNER_MAX 8

/*
 * "وأفاد البيان أن سمو الأمير قال في خطابه: نشكر ...": the clause that
 * starts at c is someone else's direct speech, with its subject and verb
 * in its first words; it is theirs, not the outer speaker's.
 */
static bool
speech_reports_speech(const struct speech *s, size_t c)
{
	const struct xtoks *t = s->t;
	const struct xverb *v;
	size_t k;

	for (k = c + 1; k < t->n && k < c + SPEECH_INNER_MAX && xtok_at(t, k)->word; k++)
		if ((v = speech_verb_at(s, k)) != NULL && !speech_participle(v) && v->arg == 'c') {
			k = speech_skip_adjunct(s, k + 1); /* direct speech only: "تشير إلى أن" is not */
			return xtok_is(t, k, ":") || (k < t->n && speech_quote_at(s, k) >= 0);
		}
	return false;
}

/* Only commas between tokens a and b? */
static bool
speech_only_commas(const struct xtoks *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if (!xtok_is(t, a, "،") && !xtok_is(t, a, ","))
			return false;
	return true;
}

/*
 * The shape of a noun phrase's head written f (folded, len bytes up to
 * its NUL, no article), ta when it ends in ة, gen when a word follows it: "masdar"
 * for the verbal nouns of the derived forms (تفعيل تشكيل، تفاعل تراجع،
 * افتعال ارتفاع اعتماد، انفعال انطلاق، استفعال استمرار، استفالة استقالة،
 * مفاعلة مشاركة) and those of data/speech.tsv class masdar (مقتل، وجود),
 * "abstract" for a noun in ية before its genitive (أهمية التعاون), else
 * "none".
 */
static const char *
speech_masdar_form(const struct speech *s, const char *f, size_t len, bool ta, bool gen)
{
	uint32_t l[8];
	size_t n = 0, pos = 0;
	int32_t cp;

	if (speech_in(s, XW_MASDAR, f))
		return "masdar";
	if (speech_in(s, XW_BODY, f) || speech_in(s, XW_TITLE, f))
		return "none"; /* "مديرية", "جمعية", "بمحافظة": no verbal noun */
	while (pos < len && (cp = utf8_next(f, len, &pos)) >= 0) {
		if (n == sizeof l / sizeof *l)
			return "none";
		l[n++] = (uint32_t)cp;
	}
	/*
	 * ية as written (not معاليه, his), not ئة (هيئة folds to هييه), and a
	 * word after it (its genitive: "أهمية التعاون"), not a nisba that ends
	 * its phrase ("قرية حدودية،").
	 */
	if (n >= 5 && l[n - 3] != 0x64A && l[n - 2] == 0x64A && ta && gen)
		return "abstract";
	if ((n == 5 && l[0] == 0x62A && (l[3] == 0x64A || l[2] == 0x627)) ||            /* تفعيل، تفاعل */
	    (n == 6 && l[0] == 0x627 && l[1] == 0x646 && l[4] == 0x627) ||               /* انفعال */
	    (n == 6 && l[0] == 0x627 && (l[2] == 0x62A || l[2] == 0x637 || l[2] == 0x62F) && l[4] == 0x627) || /* افتعال */
	    (n == 7 && l[0] == 0x627 && l[1] == 0x633 && l[2] == 0x62A && l[5] == 0x627) || /* استفعال */
	    (n == 7 && l[0] == 0x627 && l[1] == 0x633 && l[2] == 0x62A && l[4] == 0x627 && ta) || /* استفالة: استقالة */
	    (n == 6 && l[0] == 0x645 && l[2] == 0x627 && ta))                              /* مفاعلة, not معاليه */
		return "masdar";
	return "none";
}

/*
 * The shape of token i as the head of a noun phrase (speech_masdar_form).
 * The article, and a ب or a و before it, do not count; nor does a
 * pronoun on it, his, hers or theirs ("أعلنت مسؤوليتها عن", "أكد تمسكهم
 * بـ", "أعلنت تأييدها"), ة written ت before it, unless a word of class
 * occasion is before it.
 */
static const char *
speech_masdar_shape(const struct speech *s, size_t i)
{
	const struct xtok *w = xtok_at(s->t, i);
	const char *f = w->fold, *r = s->t->text + w->b0, *shape;
	size_t len = strlen(f), rn = w->b1 - w->b0, p;
	char buf[64];
	bool ta;

	if (strncmp(f, "و", 2) == 0 && len > 8)
		f += 2, len -= 2;
	if (strncmp(f, "ب", 2) == 0 && len > 8)
		f += 2, len -= 2;
	if (strncmp(f, "ال", 4) == 0 && len > 8)
		f += 4, len -= 4;
	else if (strncmp(f, "ل", 2) == 0)
		return "none"; /* "لهيئة": a genitive, no head */
	if (speech_in(s, XW_TIME, w->fold))
		return "none"; /* "الماضية" */
	ta = rn >= 2 && memcmp(r + rn - 2, "ة", 2) == 0;
	shape = speech_masdar_form(s, f, len, ta, i + 1 < s->t->n && xtok_at(s->t, i + 1)->word);
	if (strcmp(shape, "none") != 0)
		return shape;
	/* his, hers, theirs (both): ه after no long vowel (not انتباه، وجيه) */
	if (rn >= 6 && (memcmp(r + rn - 6, "هما", 6) == 0))
		p = 6;
	else if (rn >= 4 && (memcmp(r + rn - 4, "ها", 4) == 0 || memcmp(r + rn - 4, "هم", 4) == 0))
		p = 4;
	else if (rn >= 4 && memcmp(r + rn - 2, "ه", 2) == 0 && memcmp(r + rn - 4, "ا", 2) != 0 &&
		 memcmp(r + rn - 4, "ي", 2) != 0 && memcmp(r + rn - 4, "و", 2) != 0)
		p = 2;
	else
		return "none";
	/* "لدى استقباله", "عقب افتتاحه", "يتم تداوله": an occasion or a passive, not what he said */
	if (i > 0 && speech_in(s, XW_OCCASION, xtok_at(s->t, i - 1)->fold))
		return "none";
	if (len < p + 6 || len - p >= sizeof buf || strncmp(f + len - p, "ه", 2) != 0)
		return "none";
	memcpy(buf, f, len - p);
	len -= p;
	buf[len] = '\0';
	ta = len >= 2 && memcmp(buf + len - 2, "ت", 2) == 0;
	if (ta)
		memcpy(buf + len - 2, "ه", 2); /* "مسؤوليتها": مسؤولية */
	return speech_masdar_form(s, buf, len, ta, true);
}

/* Token c is a preposition a nominal complement opens with: على، عن، إلى، من. */
static bool
speech_nominal_prep(const struct speech *s, size_t c)
{
	const char *f = xtok_at(s->t, c)->fold;

	return strcmp(f, "علي") == 0 || strcmp(f, "عن") == 0 || strcmp(f, "الي") == 0 || strcmp(f, "من") == 0;
}

/* The head of the noun phrase at c: past its preposition. */
static size_t
speech_nominal_head(const struct speech *s, size_t c)
{
	return c + 1 < s->t->n && speech_nominal_prep(s, c) && xtok_at(s->t, c + 1)->word ? c + 1 : c;
}

/* Token k opens a noun phrase whose head has a verbal noun's shape (its preposition before it)? */
static bool
speech_nominal_shaped(const struct speech *s, size_t k)
{
	size_t h = speech_nominal_head(s, k);

	return xtok_at(s->t, h)->word && !xtok_at(s->t, h)->num &&
	       strcmp(speech_masdar_shape(s, h), "none") != 0;
}

/*
 * Speaker sp is someone named: a body, a title alone, a name of the
 * gazetteer, one named in other forms too (a surname) or with a title, a
 * name with a given name (عبد...) or a title in it; not words an
 * earlier subject took for a name ("استعرض التقرير", "سفر ليفربول").
 */
static bool
speech_named_speaker(const struct speech *s, int sp)
{
	const struct xspeaker *p = &s->r->speakers[sp];
	const char *q = p->name, *e;
	bool named = p->body || p->titled || p->gaz >= 0 || p->naliases > 0 || strncmp(q, "عبد", 6) == 0;
	size_t k;

	for (k = 0; k < s->ntitle && !named; k++)
		named = s->title_sp[k] == sp; /* "وزير الخارجية الفرنسي جان إيف لودريان" */

	while (!named && *q) {
		char *w;
		e = q + strcspn(q, " ");
		w = text_fold(q, (size_t)(e - q));
		named = speech_in(s, XW_GIVEN, w) || speech_in(s, XW_TITLE, w);
		free(w);
		q = *e ? e + 1 : e;
	}
	return named;
}

/*
 * Speaker sp of tokens a..b-1 is someone named: a body, a title, a name of
 * the gazetteer, one with a given name or a title in it, or a surname
 * known in the article; not two words no list knows ("هطول أمطار").
 */
static bool
speech_named_subject(const struct speech *s, int sp, size_t a, size_t b)
{
	const struct xspeaker *p = &s->r->speakers[sp];
	size_t k;

	if (p->body || p->titled || p->gaz >= 0 || (b == a + 1 && speech_known_surname(s, a)))
		return true;
	for (k = a; k < b; k++)
		if (speech_in(s, XW_GIVEN, xtok_at(s->t, k)->fold) || speech_title_at(s, k))
			return true;
	return false;
}

/*
 * "ونفى مقتل أي مدنيين", "أعلن النادي الأهلي اعتماد فلان رئيسا", "وشدد
 * على ضرورة": a verb that reports a noun phrase (flag n of
 * data/speech-lemmas.tsv) read no subject in a..b-1, as the noun phrase
 * ran on after it.  The phrase starts where a verbal noun's shape is (a
 * preposition before it included), right after the verb (the subject
 * implicit) or after words that name the speaker (its head a verbal
 * noun, with ال or without, or an abstract noun without ال).
 * Whether it does: where it starts in *start, the speaker in *sp.
 */
static bool
speech_nominal_split(struct speech *s, const struct xverb *v, size_t a, size_t b, size_t i, size_t *start, int *sp)
{
	const struct xtoks *t = s->t;
	size_t k, h;

	if (!v->nominal)
		return false;
	for (k = a; k < b && k < a + SPEECH_SUBJECT_MAX; k++) {
		h = speech_nominal_head(s, k);
		if (!speech_nominal_shaped(s, k))
			continue;
		if (k == a) {
			const char *f = xtok_at(t, k)->fold, *w = xtok_at(t, i)->fold;
			/*
			 * "أشار التقرير إلى", "كما يؤكد استمرار دعم": a definite
			 * noun right after the verb is its subject, and a present
			 * verb with none is "it shows", no one's words.
			 */
			if ((h == k && strncmp(f, "ال", 4) == 0) ||
			    ((strncmp(w, "و", 2) == 0 || strncmp(w, "ف", 2) == 0) ? strncmp(w + 2, "ي", 2) : strncmp(w, "ي", 2)) == 0)
				break;
			/* "وأكد حرص أمير المنطقة": the phrase starts at once; the words in it name no speaker */
			if ((*sp = speech_resolve(s, v, a, a, i)) < 0)
				break;
		} else {
			const char *f = xtok_at(t, k)->fold, *g = xtok_at(t, k - 1)->fold;
			/*
			 * "مجلس حماية المنافسة", "شركة اتحاد اتصالات", "للثقافة
			 * والتربية": a word of the name, its genitive or its
			 * coordinate, no head.
			 */
			if (h == k && (strncmp(f, "و", 2) == 0 ||
				       /*
					* "أعلنت الشركة الانتهاء من": a definite verbal noun after a
					* definite word, no nisba in ية, not the genitive of "مجلس
					* حماية المنافسة"
					*/
				       (strncmp(f, "ال", 4) == 0 &&
					(strcmp(speech_masdar_shape(s, k), "masdar") != 0 || strncmp(g, "ال", 4) != 0))))
				continue;
			if (strncmp(g, "ال", 4) != 0 && (speech_in(s, XW_BODY, g) || speech_in(s, XW_TITLE, g)))
				continue;
			s->how = "after";
			s->says_at = k;
			*sp = speech_subject(s, a, k);
			s->says_at = 0;
			if (*sp >= 0 && !speech_named_subject(s, *sp, a, k))
				*sp = -2; /* "أكد اهمية وجود ...": two words are no name */
			/* "وأعلنت وزارة الحج ثلاث شرائح أساسية": after an indefinite noun, ية is its adjective */
			if (*sp >= 0 && s->r->speakers[*sp].body && strncmp(g, "ال", 4) != 0 &&
			    strcmp(speech_masdar_shape(s, h), "abstract") == 0)
				*sp = -2;
			/*
			 * "أكد قادة روسيا وأرمينيا وأذربيجان أهمية ... لإبرام
			 * معاهدة": the phrase started at the first head, after
			 * words that name no one; no name further on is its subject.
			 */
			if (*sp < 0)
				break;
		}
		if (*sp >= 0) {
			*start = k;
			return true;
		}
	}
	*sp = -2;
	return false;
}

/*
 * "الأسبوع الماضي، خلال مؤتمر صحافي، عن قرب إعلان", "في بيان وجود
 * شراكة", "معاليه في ختام الزيارة أهمية": words of time or an adjunct
 * at c (not a preposition that opens what was said), then a verbal
 * noun's phrase a few words on, in the same sentence: where that
 * phrase starts, else c.
 */
static size_t
speech_nominal_past_adjunct(const struct speech *s, size_t c)
{
	const struct xtoks *t = s->t;
	const char *f = xtok_at(t, c)->fold;
	size_t k;

	/* "حذرت من المخاطر التي ...": من, على, عن, إلى open what was said */
	if (speech_nominal_shaped(s, c) || speech_nominal_prep(s, c) ||
	    !(speech_in(s, XW_TIME, f) || speech_in(s, XW_ADJUNCT, f) || speech_in(s, XW_STOP, f)))
		return c;
	for (k = c + 1; k < t->n && k < c + 8; k++) {
		const char *g = xtok_at(t, k - 1)->fold;
		if (xtok_at(t, k)->nl || speech_sentence_end(t, k) || speech_verb_at(s, k) != NULL ||
		    speech_quote_at(s, k) >= 0 || (!xtok_at(t, k)->word && !xtok_is(t, k, "،") && !xtok_is(t, k, ",")))
			return c;
		/*
		 * Not the adjunct's own noun ("في تصريح له", "خلال اجتماع"), nor
		 * a definite one in it ("عبر موقع التواصل الاجتماعي")
		 */
		if (xtok_at(t, k)->word && speech_nominal_shaped(s, k) && !speech_in(s, XW_ADJUNCT, g) &&
		    (speech_nominal_head(s, k) > k || strncmp(xtok_at(t, k)->fold, "ال", 4) != 0))
			return k;
		/* "وشددت اللجنة ايضا على تعاونها الكامل": what was said starts at على */
		if (speech_nominal_prep(s, k))
			return c;
	}
	return c;
}

/*
 * "أكد أهمية التعليم", "أعرب عن تفاؤله": what follows the verb and its
 * subject is a noun, not a clause.  A verbal noun's phrase after a verb of
 * flag n is a statement (below); any other is a candidate for the scorer,
 * which knows the verbs and first words that make these statements.
 */
static void
speech_nominal(struct speech *s, const struct xverb *v, int sp, size_t c)
{
	const struct xtoks *t = s->t;
	const char *f;
	size_t e;

	if (v->arg != 'c' || c >= t->n || !xtok_at(t, c)->word || xtok_at(t, c)->num ||
	    speech_verb_at(s, c) != NULL || speech_quote_at(s, c) >= 0)
		return;
	/* "وكان لافتا ارتفاع موجوداتها": a participle after كان is "remarkable", no one speaking */
	if (speech_participle(v) && s->cue_at > 0 && speech_in(s, XW_COPULA, xtok_at(t, s->cue_at - 1)->fold))
		return;
	/* "وقال جون برانش، رئيس استشارات ...": a title after the subject is its apposition, not what was said */
	if (speech_title_at(s, c))
		return;
	c = speech_nominal_past_adjunct(s, c);
	e = speech_clause_end_at(s, c, false); /* a noun phrase: the longest runs past no number */
	if (e <= c + 2 || e > c + 60)
		return;
	f = xtok_at(t, c)->fold;
	s->cue = "nominal";
	s->nominal = strncmp(f, "عن", 4) == 0 && strlen(f) == 4 ? "عن" :
		     strncmp(f, "ال", 4) == 0 ? "ال" :
		     strncmp(f, "ب", 2) == 0 ? "ب" :
		     strncmp(f, "ل", 2) == 0 ? "ل" : "other";
	/*
	 * A verbal noun's phrase after a verb that reports one, of a speaker
	 * who is named, is what he said ("نفى مقتل", "أكد أهمية", "شدد على
	 * ضرورة"); other noun phrases ("أعلن أسماء الضيوف") are the scorer's.
	 */
	s->generous = !v->nominal || !speech_nominal_shaped(s, c) || !speech_named_speaker(s, sp);
	speech_emit(s, sp, false, xtok_at(t, c)->c0, xtok_at(t, e - 1)->c1, xtok_at(t, c)->b0, xtok_at(t, e - 1)->b1);
	s->nominal = NULL;
	s->generous = false;
	s->cue = "verb";
}

/* How many words no rule knows may come between a speaker and what he said. */
#define SPEECH_LOOSE_MAX 10

/* How far after عن a relayed speaker's words may start (speech_relayed). */
#define SPEECH_RELAYED_MAX 16

/* Past up to SPEECH_LOOSE_MAX words of one sentence, with no verb or quote, to أن or a colon; else c. */
static size_t
speech_skip_loose(const struct speech *s, size_t c)
{
	const struct xtoks *t = s->t;
	size_t k;

	for (k = c; k < t->n && k < c + SPEECH_LOOSE_MAX; k++) {
		if (xtok_at(t, k)->nl || speech_sentence_end(t, k) || speech_quote_at(s, k) >= 0 ||
		    speech_verb_at(s, k) != NULL || xtok_at(t, k)->num)
			return c;
		if (k > c && speech_conjunction_an(s, k))
			continue; /* "قبل أن يبدأ زيارته إلى الصين إن": past "before", to what he said */
		if (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) || xtok_is(t, k, ":"))
			return k > c ? k : c;
	}
	return c;
}

/*
 * "نقلا عن مدير المتجر أن": عن after نقلا among up to SPEECH_LOOSE_MAX
 * words at c of one sentence, before أن/إن or a colon and any verb or
 * quote, and no unnamed source after it; where عن is, else c.
 */
static size_t
speech_relay_inside(const struct speech *s, size_t c)
{
	const struct xtoks *t = s->t;
	size_t k, r = c;

	for (k = c; k < t->n && k < c + SPEECH_LOOSE_MAX + SPEECH_RELAYED_MAX; k++) {
		if (xtok_at(t, k)->nl || speech_sentence_end(t, k) || speech_quote_at(s, k) >= 0 ||
		    speech_verb_at(s, k) != NULL)
			return c;
		if (r == c && k + 2 < t->n && k < c + SPEECH_LOOSE_MAX && strcmp(xtok_at(t, k + 1)->fold, "عن") == 0 &&
		    (strcmp(xtok_at(t, k)->fold, "نقلا") == 0 || strcmp(xtok_at(t, k)->fold, "ونقلا") == 0)) {
			/* "نقلا عن مسؤولين أمريكيين": an unnamed source's words are the medium's */
			if (speech_in(s, XW_UNNAMED, xtok_at(t, k + 2)->fold))
				return c;
			r = k + 1;
		}
		if (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) || xtok_is(t, k, ":"))
			return r;
	}
	return c;
}

/*
 * A name of two to four words that ends at e and starts at lo or later,
 * with a known given name or after a title or a comma ("العميد روي
 * الكبيتس", "، موفق الربيعي"); where it starts, else e.
 */
static size_t
speech_name_before(const struct speech *s, size_t lo, size_t e)
{
	const struct xtoks *t = s->t;
	size_t n;

	for (n = e >= lo + 4 ? e - 4 : lo; n + 2 <= e; n++) {
		if (n == 0 || !speech_name_words(s, n, e) || strncmp(xtok_at(t, n)->fold, "ال", 4) == 0)
			continue;
		if (!(speech_in(s, XW_GIVEN, xtok_at(t, n)->fold) || speech_title_at(s, n - 1) ||
		      xtok_is(t, n - 1, "،") || speech_theophoric(s, n + 1)))
			continue;
		if (e - n == 4 && strcmp(xtok_at(t, n + 1)->fold, "بن") != 0 && strcmp(xtok_at(t, n + 2)->fold, "بن") != 0)
			continue;
		return n;
	}
	return e;
}

/* How far after its verb a long subject may end in a name. */
#define SPEECH_AHEAD_MAX 26

/*
 * "قال النائب في البرلمان العراقي عن ائتلاف دولة القانون، موفق الربيعي
 * إن", "أكد قائد الكتيبة 80 المسؤولة عن تأمين الحدود العميد روي الكبيتس،
 * أن": a subject that starts at a with a title or body word and runs past
 * prepositions and numbers to a name right before the complementiser or
 * colon (or, when nominal, to a verbal noun's phrase right after the
 * name), in the same sentence and with no other verb or quote; the
 * speaker (*b past the name), else -1.
 */
static int
speech_subject_ahead(struct speech *s, size_t a, size_t *b, bool nominal)
{
	const struct xtoks *t = s->t;
	size_t k, e, n;
	int sp;

	if (a >= t->n || !xtok_at(t, a)->word || speech_written_name(t, a) || /* "آل سالم", not a title */
	    !(speech_in(s, XW_TITLE, xtok_at(t, a)->fold) || speech_in(s, XW_BODY, xtok_at(t, a)->fold) ||
	      strncmp(xtok_at(t, a)->fold, "ال", 4) == 0 || strncmp(xtok_at(t, a)->fold, "رجل", 6) == 0))
		return -1;
	for (k = a + 1; k < t->n && k < a + SPEECH_AHEAD_MAX; k++) {
		size_t m;
		/*
		 * "وأوضح المسؤول في الحملة منصور الأخزمي، لـ"الوطن" أمس، أن": the
		 * medium he spoke to, then what he said; the name ends before it
		 */
		if (k > a + 2 && speech_medium_at(s, k) && (m = speech_skip_medium(s, k)) > k && m < t->n &&
		    (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, m)->fold) || xtok_is(t, m, ":") || speech_quote_at(s, m) >= 0))
			break;
		if (xtok_at(t, k)->nl || speech_sentence_end(t, k) || speech_quote_at(s, k) >= 0 ||
		    (speech_verb_at(s, k) != NULL && !speech_title_at(s, k - 1)))
			return -1;
		if (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) || xtok_is(t, k, ":"))
			break;
		/*
		 * "وأكد رئيس مجلس المقاومة في المحافظة نايف البكري (لـ"الوطن")
		 * اعتقال": a name with a known given name, then a verbal noun's
		 * phrase (or a medium in quotes that passes to one; not one
		 * with ال, an adjective: "المقاومة الشعبية الموالية"); not past
		 * one after its preposition ("، عن مذبحة مروعة، كانت ..."), a
		 * relative pronoun or كان ("الفحوصات الطبية التي أجريت لمهاجم
		 * النصر فلان وجود تمزق": the subject is no person).
		 */
		if (nominal && ((speech_nominal_prep(s, k) && speech_nominal_shaped(s, k)) ||
				speech_in(s, XW_COPULA, xtok_at(t, k)->fold) || strcmp(xtok_at(t, k)->fold, "كانت") == 0 ||
				strcmp(xtok_at(t, k)->fold, "وكانت") == 0 || strcmp(xtok_at(t, k)->fold, "التي") == 0 ||
				strcmp(xtok_at(t, k)->fold, "الذي") == 0 || strcmp(xtok_at(t, k)->fold, "الذين") == 0))
			nominal = false;
		if (nominal && k > a + 2 && xtok_at(t, k)->word && xtok_at(t, k - 1)->word &&
		    (speech_nominal_shaped(s, k) || (strcmp(xtok_at(t, k)->fold, "ل") == 0 && speech_skip_medium(s, k) > k)) &&
		    strncmp(xtok_at(t, k)->fold, "ال", 4) != 0 && (n = speech_name_before(s, a + 1, k)) < k &&
		    speech_in(s, XW_GIVEN, xtok_at(t, n)->fold))
			break;
	}
	if (k >= t->n || k >= a + SPEECH_AHEAD_MAX)
		return -1;
	e = xtok_is(t, k - 1, "،") || xtok_is(t, k - 1, ",") ? k - 1 : k;
	if ((n = speech_name_before(s, a + 1, e)) >= e)
		return -1;
	if ((sp = speech_person(s, n, e)) < 0)
		return -1;
	speech_add_mention(s, a, sp);
	*b = e;
	return sp;
}

/*
 * "... وزير حقوق الإنسان عز الدين الأصبحي، الذي قال إنه": a verb right
 * after الذي/التي (a comma before it) has the person named before them as
 * its subject; -1 if none.
 */
static int
speech_relative_antecedent(struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t e, n;
	int sp;

	if (i < 3 || !(strcmp(xtok_at(t, i - 1)->fold, "الذي") == 0 || strcmp(xtok_at(t, i - 1)->fold, "والذي") == 0 ||
		       strcmp(xtok_at(t, i - 1)->fold, "التي") == 0))
		return -1;
	e = i - 1;
	if (xtok_is(t, e - 1, "،") || xtok_is(t, e - 1, ","))
		e--;
	if ((n = speech_name_before(s, e >= 5 ? e - 5 : 0, e)) >= e)
		return -1;
	return (sp = speech_person(s, n, e)) < 0 ? -1 : sp;
}

/* Folded word f is the preposition verb v takes: إلى after دعا, على after حث, a بـ-word after طالب. */
static bool
speech_verb_prep(const struct speech *s, const struct xverb *v, const char *f)
{
	return (v->arg == 'i' && strcmp(f, "الي") == 0) || (v->arg == 'a' && strcmp(f, "علي") == 0) ||
	       (v->arg == 'b' && strncmp(f, "ب", 2) == 0 && strlen(f) > 6 && !speech_in(s, XW_STOP, f));
}

/*
 * "دعا جميع العملاء إلى", "حث الجميع على", "طالب الحكومة بـ": an object of
 * one to five words at c, then the preposition verb v takes.
 */
static bool
speech_object_then_prep(const struct speech *s, const struct xverb *v, size_t c)
{
	const struct xtoks *t = s->t;
	size_t k;

	if (c >= t->n || !xtok_at(t, c)->word || xtok_at(t, c)->num || speech_verb_at(s, c) != NULL ||
	    speech_in(s, XW_STOP, xtok_at(t, c)->fold))
		return false;
	for (k = c + 1; k < t->n && k <= c + 5; k++) {
		const char *f = xtok_at(t, k)->fold;
		if (!xtok_at(t, k)->word || xtok_at(t, k)->nl || speech_verb_at(s, k) != NULL)
			return false;
		if (speech_verb_prep(s, v, f) || (v->arg == 'd' && strncmp(f, "ب", 2) == 0 && strlen(f) > 2))
			return true;
	}
	return false;
}

/*
 * "دعا فلان، المواطنين في مدينة جدة، إلى", "وطالب فلان، الجهات المعنية
 * بالمحافظة، بضرورة": an object between commas after the subject, up to
 * ten words with no verb, quote or line end, then the preposition verb v
 * takes.  Token c is the object's first, after the subject's comma.
 */
static bool
speech_comma_object_then_prep(const struct speech *s, const struct xverb *v, size_t c)
{
	const struct xtoks *t = s->t;
	size_t k, words = 0;

	if (c < 1 || !(xtok_is(t, c - 1, "،") || xtok_is(t, c - 1, ",")) || (v->arg != 'i' && v->arg != 'a' && v->arg != 'b'))
		return false;
	for (k = c; k < t->n && words <= 10; k++) {
		const char *f = xtok_at(t, k)->fold;
		if (xtok_at(t, k)->nl && k > c)
			return false;
		if (xtok_is(t, k, "،") || xtok_is(t, k, ","))
			continue;
		if (!xtok_at(t, k)->word || speech_verb_at(s, k) != NULL || speech_quote_at(s, k) >= 0)
			return false;
		if (k > c && speech_verb_prep(s, v, f))
			return true;
		words++;
	}
	return false;
}

/*
 * "ووصف رئيس المجلس محمد الناصر التصويت على القانون بأنه", "ووصف الوزير
 * الحادث بالإجرامي": a finite verb of follows d, its subject and its object
 * at a, then بـ and what he described it as.  The token of that بـ (a
 * quotation mark or a comma may come right before it) from token from on, else a.
 */
static bool
speech_description_word(const struct speech *s, size_t k)
{
	const char *f = xtok_at(s->t, k)->fold;

	/* "بأنه", "بالعمل الإجرامي", "بـ«الفعل الجبان»"; not "بمنطقة عسير", "بن" */
	return xtok_at(s->t, k)->word &&
	       ((strncmp(f, "بال", 6) == 0 && strlen(f) > 8) || (strncmp(f, "ب", 2) == 0 && speech_in(s, XW_COMPLEMENTISER, f)) ||
		(strcmp(f, "ب") == 0 && speech_quote_at(s, k + 1) >= 0));
}

static size_t
speech_description_at(const struct speech *s, size_t a, size_t from)
{
	const struct xtoks *t = s->t;
	size_t k;

	for (k = from; k < t->n && k < a + SPEECH_SUBJECT_LONG + 6; k++) {
		if (!xtok_at(t, k)->word) {
			if ((xtok_is(t, k, "،") || xtok_is(t, k, ",") || speech_quote_at(s, k) >= 0) && k + 1 < t->n &&
			    !xtok_at(t, k + 1)->nl && speech_description_word(s, k + 1))
				return k;
			if (xtok_is(t, k, "،") || xtok_is(t, k, ",") || speech_quote_at(s, k) >= 0)
				continue; /* "فلان الأمين العام للمجلس، تصريحات المالكي بأنها" */
			return a;
		}
		if (xtok_at(t, k)->nl || xtok_at(t, k)->num || speech_verb_at(s, k) != NULL)
			return a;
		if (speech_description_word(s, k))
			return k;
	}
	return a;
}

/*
 * "ووصف الوزير فلان في تصريحات لـ«المدينة»: الوضع", "وصف العضو الأمير
 * فلان أن ما حدث": a colon, a quote or أن within a subject's reach of a,
 * before any verb or sentence end; where, else a.
 */
static size_t
speech_said_ahead(const struct speech *s, size_t a)
{
	const struct xtoks *t = s->t;
	size_t k;

	for (k = a + 1; k < t->n && k < a + SPEECH_SUBJECT_LONG; k++) {
		if (xtok_is(t, k, ":") || speech_quote_at(s, k) >= 0 || speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold))
			return k;
		if (xtok_at(t, k)->nl || speech_sentence_end(t, k) || speech_verb_at(s, k) != NULL)
			return a;
	}
	return a;
}

/*
 * The subject of a finite describing verb ("ووصف الرئيس محمد العلي الهجوم
 * بأنه"): a person named with a known given name, a surname named before
 * or a name of the gazetteer, at a and ending before the object, which
 * runs to k, the word with بـ; its end in *e.  -2 when no subject can be
 * told from the object.
 */
static int
speech_describer(struct speech *s, size_t a, size_t k, size_t *e)
{
	size_t g, at, len, j;
	int sp;

	if (speech_honorific_class(s, a) >= 0 && k > a + 1) {
		*e = a; /* "ووصف معاليه الحادث بأنه": the honorific's person, read as for قال */
		return -1;
	}
	/* "ووصف باداود الابتعاث بأنه", "ووصف مسعود مغادرة اللاعب": a person named before, by his surname */
	for (j = 0; j < s->r->nspeakers && k > a + 1 && !speech_title_at(s, a); j++) {
		const char *nm = s->r->speakers[j].name, *sur = strrchr(nm, ' ');
		char *f;
		bool same;
		if (s->r->speakers[j].body || s->r->speakers[j].group || sur == NULL)
			continue;
		f = text_fold(sur + 1, strlen(sur + 1));
		same = strcmp(f, xtok_at(s->t, a)->fold) == 0;
		free(f);
		if (same) {
			*e = a + 1;
			return (int)j;
		}
	}
	/* a name that runs to بـ takes the object in: "الدكتور عادل عامر الحادث بالشنيع" */
	if ((g = speech_given_first(s, a, k, e)) < k && *e == k && k >= g + 3 &&
	    strncmp(xtok_at(s->t, k - 1)->fold, "ال", 4) == 0)
		*e = k - 1;
	/* "نبيل بري الثورة المصرية بأنها": a noun and its adjective are the object, not a family name and the object */
	if (g < k && *e < k && *e >= g + 3) {
		const char *p = xtok_at(s->t, *e - 1)->fold, *f = xtok_at(s->t, *e)->fold;
		size_t n = strlen(f);
		if (strncmp(p, "ال", 4) == 0 && strncmp(f, "ال", 4) == 0 && n >= 10 &&
		    (strcmp(f + n - 4, "يه") == 0 || strcmp(f + n - 2, "ي") == 0))
			(*e)--;
	}
	/* "السيناتور بوب كوركر، صديق إسرائيل، الجهود": a title and a name no list knows, a comma, maybe his apposition */
	if (g >= k && speech_title_at(s, a)) {
		for (j = a + 1; j < k && j < a + SPEECH_SUBJECT_MAX && xtok_at(s->t, j)->word; j++)
			;
		if (j + 1 < k && j > a + 1 && (xtok_is(s->t, j, "،") || xtok_is(s->t, j, ",")) &&
		    (sp = speech_subject(s, a, j)) >= 0 && !s->r->speakers[sp].body) {
			size_t j2;
			*e = j + 1;
			for (j2 = j + 1; j2 + 1 < k && j2 < j + SPEECH_SUBJECT_MAX; j2++)
				if (!xtok_at(s->t, j2)->word) {
					if (xtok_is(s->t, j2, "،") || xtok_is(s->t, j2, ","))
						*e = j2 + 1;
					break;
				}
			return sp;
		}
	}
	/* "الشيخ احمد بن علي سلطان حكمي الاعتداء": a given name right after the name goes on with it, no object */
	if (g < k && *e < k && g < a + SPEECH_SUBJECT_MAX &&
	    !(speech_in(s, XW_GIVEN, xtok_at(s->t, *e)->fold) && *e + 1 < k && xtok_at(s->t, *e + 1)->word &&
	      strncmp(xtok_at(s->t, *e + 1)->fold, "ال", 4) != 0) &&
	    (sp = speech_subject(s, a, *e)) >= 0 && !s->r->speakers[sp].body) {
		/* "ووصف فلان الأمين العام لمجلس التعاون، تصريحات المالكي بأنها": his title after his name, a comma */
		for (j = *e + 1; speech_title_at(s, *e) && j + 1 < k && j < *e + SPEECH_SUBJECT_MAX; j++)
			if (!xtok_at(s->t, j)->word) {
				if (xtok_is(s->t, j, "،") || xtok_is(s->t, j, ","))
					*e = j + 1;
				break;
			}
		return sp;
	}
	if ((sp = speech_gazetteer_name(s, a, k, true, &at, &len)) >= 0 && at == a && at + len < k) {
		*e = at + len; /* "ووصفت الولايات المتحدة إيران بأنها" */
		return speech_gaz_speaker(s, sp, at, at + len);
	}
	return -2;
}

/* A word (in place) without its clitic ل: لسلطات -> سلطات, للجيش -> الجيش (the ال comes back). */
static char *
speech_without_lam(char *w)
{
	char *p = w + strlen("ل");

	if (strncmp(p, "ل", strlen("ل")) == 0) {
		p -= strlen("ا");
		memcpy(p, "ا", strlen("ا"));
	}
	return p;
}

/*
 * "وقال بيان صادر عن وزارة الداخلية إن", "وذكر بيان لسلطات ولاية شرناق،
 * أن": a statement (بيان) is the subject, and the body that issued it
 * speaks.  Its speaker, *end set past the subject (the body's name and
 * where it is); -1 when the words at a are not so.
 */
static int
speech_statement_of(struct speech *s, size_t a, size_t *end)
{
	const struct xtoks *t = s->t;
	const char *f;
	char *name, *p, *head;
	size_t n, b, k, full;
	bool clitic, known;
	int sp;

	if (a + 2 >= t->n || (strcmp(xtok_at(t, a)->fold, "بيان") != 0 && strcmp(xtok_at(t, a)->fold, "البيان") != 0))
		return -1;
	n = a + 1;
	if ((strcmp(xtok_at(t, n)->fold, "صادر") == 0 || strcmp(xtok_at(t, n)->fold, "الصادر") == 0) &&
	    n + 2 < t->n && strcmp(xtok_at(t, n + 1)->fold, "عن") == 0) {
		n += 2;
		clitic = false;
	} else if (strcmp(xtok_at(t, n)->fold, "من") == 0 && xtok_at(t, n + 1)->word) {
		n++; /* "وقال بيان من مكتب المبعوث الدولي إن" */
		clitic = false;
	} else {
		f = xtok_at(t, n)->fold;
		if (strncmp(f, "ل", 2) != 0 || strlen(f) < 8 || !xtok_at(t, n)->word)
			return -1;
		clitic = true;
	}
	b = full = speech_subject_end(s, n);
	for (k = n + 1; k < b; k++) /* "لسلطات ولاية شرناق جنوب شرق تركيا": where it is, not who */
		if (strcmp(xtok_at(t, k)->fold, "جنوب") == 0 || strcmp(xtok_at(t, k)->fold, "شمال") == 0 ||
		    strcmp(xtok_at(t, k)->fold, "شرق") == 0 || strcmp(xtok_at(t, k)->fold, "غرب") == 0)
			b = k;
	if (b <= n || b > n + 6)
		return -1;
	/* its first word, folded, without the clitic: وزاره, الجيش (لل -> ال), سلطات */
	head = xstrdup(xtok_at(t, n)->fold);
	f = clitic ? speech_without_lam(head) : head;
	known = speech_in(s, XW_BODY, f) || speech_in(s, XW_PLACE, f) ||
		(strncmp(f, "ال", strlen("ال")) == 0 && speech_in(s, XW_BODY, f + strlen("ال")));
	free(head);
	if (!known)
		return -1;
	name = speech_words(t, n, b, false);
	p = clitic ? speech_without_lam(name) : name;
	sp = speech_speaker(s, -1, p, true, NULL);
	free(name);
	*end = full; /* past where it is too */
	return sp;
}

/*
 * "وذكرت مستشارة مبادرة "بلدي" الدكتورة هتون الفاسي أن": a title chain
 * whose body is named in quotation marks (one to three words), then the
 * person, title first, or his name alone ("وأوضح الرئيس التنفيذي لمجموعة
 * «العربية للطيران» عادل علي أن").  The subject is the person: where it
 * starts, with *b its end; else a, *b unchanged.
 */
static size_t
speech_past_quoted_name(const struct speech *s, size_t a, size_t *b)
{
	const struct xtoks *t = s->t;
	const struct quote *q;
	size_t e;
	bool titled;

	if (*b <= a || *b > a + 4 || !speech_title_at(s, a) || (q = speech_quoted_name_at(s, *b, 3)) == NULL ||
	    q->close + 1 >= t->n)
		return a;
	titled = speech_title_at(s, q->close + 1);
	if (!titled && !speech_in(s, XW_GIVEN, xtok_at(t, q->close + 1)->fold))
		return a;
	e = speech_subject_end(s, q->close + 1);
	if (e < q->close + 3 || e >= q->close + 1 + SPEECH_SUBJECT_MAX ||
	    (!titled && (e > q->close + 5 || !speech_name_words(s, q->close + 1, e))))
		return a;
	*b = e;
	return q->close + 1;
}

/*
 * "قال الدكتور مصطفى حسين مدير المركز الإقليمي ... «بازل»، إنه": the
 * title chain ends with the body's name in quotation marks (one to three
 * words), then the complementiser; past the closing mark, else b.
 */
static size_t
speech_past_quoted_tail(const struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	const struct quote *q;
	size_t c;

	if (b < a + 3 || (q = speech_quoted_name_at(s, b, 3)) == NULL)
		return b;
	c = q->close + 1;
	if (xtok_is(t, c, "،") || xtok_is(t, c, ","))
		c++;
	return c < t->n && speech_in(s, XW_COMPLEMENTISER, xtok_at(t, c)->fold) ? q->close + 1 : b;
}

/*
 * "أوضحت لـ"الاقتصادية" تيسير المفرج ... أن": the medium named before the
 * subject; where the subject starts, else a.
 */
size_t
speech_past_medium(const struct speech *s, size_t a)
{
	const struct xtoks *t = s->t;
	const struct quote *q;
	size_t e;

	/* "كشف لـ(عكاظ) عميد القبول": the medium in brackets */
	if (a + 1 < t->n && strcmp(xtok_at(t, a)->fold, "ل") == 0 && (e = speech_bracketed_name_end(t, a + 1)) > a + 1 &&
	    e < t->n && xtok_at(t, e)->word && !xtok_at(t, e)->nl && !speech_in(s, XW_COMPLEMENTISER, xtok_at(t, e)->fold))
		return e;
	if (a + 1 >= t->n || strcmp(xtok_at(t, a)->fold, "ل") != 0 || (q = speech_quoted_name_at(s, a + 1, 3)) == NULL ||
	    q->close + 1 >= t->n || !xtok_at(t, q->close + 1)->word || xtok_at(t, q->close + 1)->nl ||
	    speech_in(s, XW_COMPLEMENTISER, xtok_at(t, q->close + 1)->fold))
		return a;
	return q->close + 1;
}

/*
 * "قال تعالى:", "ويقول سبحانه وتعالى", "قال صلى الله عليه وسلم": God or
 * the Prophet is the subject, scripture is cited.  No one of the article
 * says it: no statement, and the speaker of the moment stays; past the
 * quotation that follows (at c, after a colon), else c.
 */
static size_t
speech_citation(struct speech *s, size_t c)
{
	const struct xtoks *t = s->t;
	int qi;

	s->pending = -1;
	if (xtok_is(t, c, ":"))
		c++;
	if (c < t->n && (qi = speech_quote_at(s, c)) >= 0)
		return s->q[qi].close + 1;
	return c;
}

/*
 * "وقال لهم إن", "وقال عنها إن", "كلمة، أوضح فيها أن", "وقال للصحفيين في
 * إفادة ...": a pronoun object or an addressee (class object of
 * data/speech.tsv, or a word in لل) right after a verb that takes أن, a
 * quote or a colon is not its subject; past it, else a.  Never after a
 * relative (التي قال فيها، ما قاله لهم): the antecedent is no speaker.
 */
static size_t
speech_past_object(const struct speech *s, const struct xverb *v, size_t i, size_t a)
{
	const struct xtoks *t = s->t;
	const char *f, *p;

	if (a >= t->n || !xtok_at(t, a)->word || xtok_at(t, a)->nl)
		return a;
	if (i > 0 && xtok_at(t, i - 1)->word) {
		p = xtok_at(t, i - 1)->fold;
		if (strcmp(p, "التي") == 0 || strcmp(p, "الذي") == 0 || strcmp(p, "والذي") == 0 || strcmp(p, "والتي") == 0 ||
		    strcmp(p, "الذين") == 0 || strcmp(p, "والذين") == 0 || strcmp(p, "ما") == 0 || strcmp(p, "مما") == 0 ||
		    strcmp(p, "لما") == 0 || strcmp(p, "وما") == 0)
			return a;
	}
	if (v->arg != 'c') { /* "دعا فيه إلى": only في, and the preposition right after it (not "تحث فيها الألمان على") */
		const char *g = a + 1 < t->n ? xtok_at(t, a + 1)->fold : "";
		return speech_object_in(s, a) && (strcmp(g, "الي") == 0 || strcmp(g, "علي") == 0 ||
						  (v->arg == 'b' && strncmp(g, "ب", 2) == 0)) ? a + 1 : a;
	}
	f = xtok_at(t, a)->fold;
	/* "وتابع قوله «...»", "وأضاف قوله إن": his words, right after the verb */
	if (speech_in(s, XW_OBJECT, f) || speech_in(s, XW_RELAY, f))
		return a + 1;
	/* "للصحفيين", "للحضور": ل with the article, whom he spoke to (not a given name: لله is no one's) */
	if (strncmp(f, "لل", 4) == 0 && strlen(f) > 8 && !speech_in(s, XW_GIVEN, f) && !speech_in(s, XW_DIVINE, f + 2))
		return a + 1;
	return a;
}

/*
 * "وأوضح مساعد المدير العام للشؤون التجارية "خالد بن حماد البلوي"؛ أن": a
 * title chain a..b-1, then the person's name in quotation marks (two to
 * four words, a known given name first), then what he said: *sp gets the
 * person; past the closing mark, else b.
 */
static size_t
speech_quoted_person(struct speech *s, size_t a, size_t b, int *sp)
{
	const struct xtoks *t = s->t;
	const struct quote *q;
	size_t c;
	int p;

	if (b <= a || !speech_title_at(s, a) || (q = speech_quoted_name_at(s, b, 4)) == NULL || q->words < 2 ||
	    !speech_in(s, XW_GIVEN, xtok_at(t, q->open + 1)->fold) || !speech_name_words(s, q->open + 1, q->close))
		return b;
	c = q->close + 1;
	if (xtok_is(t, c, "؛"))
		c++;
	if (!speech_says(s, c) || (p = speech_person(s, q->open + 1, q->close)) < 0)
		return b;
	speech_add_mention(s, a, p);
	*sp = p;
	return c;
}

/*
 * "وطالب فلان بضرورة", "ونصح الخبير فلان المواطنين بعدم": a verb that
 * takes بـ ends its subject (and object) at the first word after a that
 * starts with that بـ; a word of a name does not (بن, بنت, a given name
 * such as بدر, a title or a body such as بلدية).  b when none.
 */
static size_t
speech_before_ba(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	size_t k;

	/*
	 * "نصح الطفل بمضغ الطعام": one definite word that is no body, title or
	 * surname (by its shape, or of a person named before: "وطالب المحيسن
	 * بالتعاون") before بـ is the verb's object, not its subject
	 */
	if (a + 2 <= b && xtok_at(t, a + 1)->word && strncmp(xtok_at(t, a + 1)->fold, "ب", 2) == 0 &&
	    strncmp(xtok_at(t, a)->fold, "ال", 4) == 0 && !speech_in(s, XW_BODY, xtok_at(t, a)->fold) &&
	    !speech_title_at(s, a) && !speech_known_surname(s, a) && !speech_named_surname(s, a))
		return b;
	for (k = a + 1; k < b; k++) {
		const char *f = xtok_at(t, k)->fold;
		if (!xtok_at(t, k)->word || strncmp(f, "ب", 2) != 0 || strlen(f) < 6 || strcmp(f, "بنت") == 0 ||
		    strcmp(f, "بني") == 0 || speech_in(s, XW_GIVEN, f) || speech_title_at(s, k) ||
		    speech_in(s, XW_BODY, f) || speech_in(s, XW_PLACE, f) ||
		    strcmp(xtok_at(t, k - 1)->fold, "بن") == 0 || strcmp(xtok_at(t, k - 1)->fold, "بنت") == 0)
			continue;
		return k;
	}
	return b;
}

/* The first relative pronoun (الذي، التي، اللذان ...) in a+1..b-1 after a name, else b. */
static size_t
speech_relative_clause(const struct speech *s, size_t a, size_t b)
{
	size_t k;

	for (k = a + 1; k < b && k < a + SPEECH_SUBJECT_MAX; k++)
		if (speech_in(s, XW_RELATIVE, xtok_at(s->t, k)->fold))
			return k;
	return b;
}

/* The past of اعتبر at i (اعتبر، اعتبرت، واعتبر، فاعتبرت), of one speaker, written with its alif. */
static bool
speech_considers(const struct speech *s, const struct xverb *v, size_t i)
{
	const struct xtok *k = xtok_at(s->t, i);
	const char *w = s->t->text + k->b0;

	if (strcmp(v->lemma, "اعتبر") != 0 || speech_participle(v) || v->type == 'g' || k->b1 - k->b0 < 10)
		return false;
	if (memcmp(w, "و", 2) == 0 || memcmp(w, "ف", 2) == 0)
		w += 2;
	return memcmp(w, "اعتبر", strlen("اعتبر")) == 0; /* as written: not أعتبر, "I hold" */
}

/* A reporting verb at i: find its speaker and what it said; the token to go on from. */
static size_t
speech_verb_clause(struct speech *s, const struct xverb *v, size_t i)
{
	const struct xtoks *t = s->t;
	const struct xverb *v2, *v0 = v;
	size_t a = i + 1, b, c, e, from, dk = 0, de = 0, rel, rel_said = 0;
	bool pronoun = false, describe;
	int sp, dsp = -2;

	/* "واصفا إياه «بالوهمي»": no object then بـ after it, no description; the verb is not there */
	if (v->arg == 'd' && speech_participle(v) && !speech_object_then_prep(s, v, a))
		return i + 1;
	/* "واعترضت على وصف فلان للمتهم بالشرير": a verbal noun after a preposition, no verb */
	if (v->arg == 'd' && !speech_participle(v) && i > 0 && xtok_at(t, i - 1)->word &&
	    speech_in(s, XW_STOP, xtok_at(t, i - 1)->fold))
		return i + 1;
	describe = v->arg == 'd' && !speech_participle(v);
	if (describe)
		/* "عضو الغرفة بالمدينة المنورة فلان التنظيم بأنه": the first بـ may be no description */
		for (dk = a; dk < a + 3 * SPEECH_SUBJECT_LONG &&
			     (dk = speech_description_at(s, a, dk + 1 + !xtok_at(t, dk)->word)) > a &&
			     (dsp = speech_describer(s, a, dk, &de)) == -2;)
			;
	/*
	 * "ووصف الوزير فلان الهجوم بأنه": no subject told from the object, no
	 * description; a colon or a quote after it is what he said, as after قال.
	 */
	/*
	 * "فيما اعتبر مدير المركز فلان احتفالية هذا العام بالناجحة", "واعتبر
	 * الوزير فلان القرار خطوة مهمة": the past of اعتبر with no أن, colon or
	 * quote ahead holds its object and what he held it to be, after a
	 * subject told from it as for وصف (a title or a given name first: "ويعتبر
	 * بوتين من أكثر الساسة" is a passive).
	 */
	if (speech_considers(s, v, i) && (speech_title_at(s, a) || speech_in(s, XW_GIVEN, xtok_at(t, a)->fold)) &&
	    speech_said_ahead(s, a) == a) {
		size_t k = speech_clause_end(s, a);
		if (k > a + SPEECH_SUBJECT_LONG)
			k = a + SPEECH_SUBJECT_LONG;
		/* "واعتبر راشد الفارس من الأصوات الجميلة": the name is what he held so, the subject implicit */
		if (speech_given_first(s, a, k, &e) < k && e < k && xtok_at(t, e)->word &&
		    !speech_in(s, XW_STOP, xtok_at(t, e)->fold) && !extract_stopword(xtok_at(t, e)->fold) &&
		    (sp = speech_describer(s, a, k, &e)) >= 0 && e + 3 <= k) {
			describe = true;
			dk = k;
			dsp = sp;
			de = e;
		}
	}
	if (v->arg == 'd' && !speech_participle(v) && dsp == -2) {
		size_t k = speech_said_ahead(s, a);
		bool said = k > a && !speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) &&
			    (speech_title_at(s, a) || speech_in(s, XW_GIVEN, xtok_at(t, a)->fold));
		/* before أن, the subject ends right there with a name: no object between */
		if (k > a && !said && speech_given_first(s, a, k, &e) < k)
			said = e == k || (e + 1 == k && (xtok_is(t, e, "،") || xtok_is(t, e, ",")));
		if (v->type == 'g' || !said || (v = xwords_verb(s->lx->words, v->type == 'f' ? "قالت" : "قال")) == NULL)
			return i + 1;
		describe = false;
	}
	s->cv = v;
	s->cue = "verb";
	s->cue_at = i;
	s->voiced = false;
	s->from_at = s->last_at;
	s->how = "quoted";
	if (v->arg == 'j') { /* جاء في البيان أن */
		if (!(a < t->n && strcmp(xtok_at(t, a)->fold, "في") == 0))
			return i + 1;
		a++;
	}
	a = speech_past_medium(s, a);
	/* "أمس", "أيضا", "لافتا النظر إلى أن": not the subject. */
	while (a < t->n && (strcmp(xtok_at(t, a)->fold, "اليوم") == 0 || strcmp(xtok_at(t, a)->fold, "امس") == 0 ||
			    (xtok_at(t, a)->word && !xtok_at(t, a)->nl && speech_in(s, XW_TIME, xtok_at(t, a)->fold) &&
			     strncmp(xtok_at(t, a)->fold, "ال", 4) != 0) || /* "وأكد حينها عضو الشورى" */
			    strcmp(xtok_at(t, a)->fold, "ايضا") == 0 || strcmp(xtok_at(t, a)->fold, "النظر") == 0 ||
			    strcmp(xtok_at(t, a)->fold, "الانتباه") == 0))
		a++;
	a = speech_past_object(s, v, i, a);
	if (a < t->n && (v2 = speech_verb_at(s, a)) != NULL && speech_participle(v2))
		a++; /* "وتابع قائلا:" */
	if (a < t->n && speech_in(s, XW_DIVINE, xtok_at(t, a)->fold) &&
	    (speech_formula_at(s, a) > 0 || strcmp(xtok_at(t, a)->fold, "الله") == 0)) {
		c = speech_past_formula(s, speech_formula_at(s, a) > 0 ? a : a + 1);
		/* "داعيا الله عز وجل أن", "ودعا المولى أن": whom he prayed to; the subject is implicit */
		if (v->arg == 'i' || v->arg == 'b')
			a = c;
		else
			return speech_citation(s, c);
	}
	b = speech_subject_end(s, a);
	if (v->arg == 'b')
		b = speech_before_ba(s, a, b);
	a = speech_past_quoted_name(s, a, &b);
	s->cut = b >= a + SPEECH_SUBJECT_MAX;
	/*
	 * "أكد صاحب السمو الملكي الأمير فلان بن فلان أمير منطقة كذا رئيس مجلس
	 * هيئة كذا أن": a chain too long to read whole with a person's name in
	 * it: the subject ends with the name, and the titles after it are his
	 * apposition.
	 */
	if (s->cut) {
		size_t g = speech_given_inside(s, a, b, &e), b2;
		if (g < b && e < b) {
			b = e;
			s->cut = false;
		} else if ((b2 = speech_subject_end_within(s, a, SPEECH_SUBJECT_LONG)) < a + SPEECH_SUBJECT_LONG &&
			   speech_says_next(s, b2) && speech_long_chain_named(s, a, b2)) {
			b = b2;
			s->cut = false;
		}
	}
	b = speech_subject_extend(s, a, b);
	b = speech_past_quoted_tail(s, a, b);
	/*
	 * "وقال المهندس فلان الذي يشرف على المشروع منذ عامين إن", "ويقول سايتو
	 * الذي صمم ... إنه": a person, then a relative clause about him, then
	 * أن, a colon or a quote with no reporting verb between: the subject ends
	 * at the relative pronoun, and what he said starts past the clause.
	 */
	if (v->arg == 'c' && !describe && b > a && (rel = speech_relative_clause(s, a, b)) < b) {
		size_t k = speech_said_ahead(s, rel);
		const struct quote *nq;
		int p;
		/*
		 * "وأوضح فلان الذي يدرس في جامعة “باث سبا”، أن": a name in
		 * quotation marks inside the clause is part of it; what he said
		 * comes after (not after وصف: "ووصف المدير رباطة الجأش الذي
		 * أبداه "سفراء الوطن" بأنه" describes a thing)
		 */
		while (v0->arg != 'd' && k > rel && k <= rel + SPEECH_SUBJECT_MAX && (nq = speech_quoted_name_at(s, k, 3)) != NULL &&
		       speech_said_ahead(s, nq->close) > nq->close)
			k = speech_said_ahead(s, nq->close);
		/*
		 * not "رونالدو الذي يبدو أنه" (the clause's own أن), "التي اختارها
		 * بعد أن" (a conjunction), a short quote ("مجلة «الحياة المسرحية»")
		 */
		if (k > rel + 3 && k <= rel + SPEECH_SUBJECT_MAX && !speech_conjunction_an(s, k) &&
		    !(speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) &&
		      (strcmp(xtok_at(t, k - 1)->fold, "مع") == 0 || strcmp(xtok_at(t, k - 1)->fold, "الا") == 0)) &&
		    (speech_quote_at(s, k) < 0 || speech_long_quote_at(s, k)) && (p = speech_subject(s, a, rel)) >= 0 &&
		    !s->r->speakers[p].body && !s->r->speakers[p].group) {
			b = rel;
			rel_said = k;
		}
	}
	/* "داعيا جميع العملاء إلى": a participle has no subject; these words are its object */
	if (speech_participle(v) && (v->arg == 'i' || v->arg == 'b' || v->arg == 'a' || v->arg == 'd') &&
	    speech_object_then_prep(s, v, a))
		b = a;
	/*
	 * "مصادر طبية، أبلغت الصحيفة بأن", "وأخبرت الجريدة أن": after a verb
	 * of informing, a medium's noun alone is whom he told; the subject is
	 * not written after the verb.
	 */
	if (b == a + 1 && v->lemma != NULL && speech_in(s, XW_INFORM, v->lemma) &&
	    strncmp(xtok_at(t, a)->fold, "ال", 4) == 0 && speech_in(s, XW_MEDIUM, xtok_at(t, a)->fold + 4))
		b = a;
	if (describe) {
		a = i + 1;
		b = de;
		sp = dsp;
		s->how = "describer";
		if (sp == -1) /* the honorific's person */
			sp = speech_resolve(s, v, a, b, i);
	} else if (!speech_says(s, b) && speech_nominal_split(s, v, a, b, i, &e, &sp)) {
		b = e; /* "ونفى مقتل", "أعلن النادي الأهلي اعتماد" */
	} else if ((sp = speech_statement_of(s, a, &e)) >= 0) {
		b = e; /* "وقال بيان صادر عن وزارة الداخلية إن": the body that issued it */
		s->how = "statement";
	} else if (b == a + 1 && (e = speech_quoted_body_end(s, a)) > a) {
		/* "وقالت صحيفة "برلينر تسايتونج" الألمانية": the quote names the paper */
		b = e;
		sp = speech_body(s, a, b);
		s->how = "after";
	} else if (b > a || (sp = speech_quoted_subject(s, v, a, &b)) == -1)
		sp = speech_resolve(s, v, a, b, i);
	s->cut = false;
	if (sp < 0 && b > a && (c = b, speech_subject_ahead(s, a, &c, v->nominal)) >= 0) {
		sp = speech_subject_ahead(s, a, &b, v->nominal);
		s->how = "ahead";
		/*
		 * "وأوضحت المشرفة على البرنامج بصحة جدة الدكتورة فلانة أن": a
		 * feminine verb and a title chain ending in a person's name: a
		 * woman, whom a later "وأضافت" goes on with; not a body's chain
		 * ("وقالت وزارة ... المتحدث فلان"), nor one that gives it a
		 * voice ("وأكدت الإمارة على لسان متحدثها فلان": class spokesman).
		 */
		if (v->type == 'f' && !speech_in(s, XW_BODY, xtok_at(t, a)->fold)) {
			size_t k;
			for (k = a; k < b && !speech_in(s, XW_SPOKESMAN, xtok_at(t, k)->fold); k++)
				;
			if (k == b)
				speech_set_feminine(s, sp);
		}
	}
	/*
	 * "وطالب رئيس الهيئة محمد العلي الجهات المعنية بضرورة", "وحث الأمير
	 * فلان المواطنين على", "ودعا الوزير فلان المواطنين إلى": a verb that
	 * takes بـ, على or إلى, its subject a title chain and a name, then its
	 * object; the name ends with its lineage, or after one word past its
	 * given name.
	 */
	if (sp == -2 && b > a + 2 && b < t->n &&
	    ((v->arg == 'b' && strncmp(xtok_at(t, b)->fold, "ب", 2) == 0) ||
	     (v->arg == 'a' && strcmp(xtok_at(t, b)->fold, "علي") == 0) ||
	     (v->arg == 'i' && strcmp(xtok_at(t, b)->fold, "الي") == 0))) {
		size_t g = speech_given_inside(s, a, b, &e), k;
		if (g < b && e < b && (sp = speech_subject(s, a, e)) >= 0)
			s->how = "object";
		else if (g < b && g + 2 < b && (sp = speech_subject(s, a, g + 2)) >= 0)
			s->how = "object";
		/* "ودعا الغامدي المواطنين إلى": a person mentioned before, by his surname */
		for (k = 0; sp < 0 && k < s->nmen; k++)
			if (s->men_pos[k] == a && !s->r->speakers[s->men_sp[k]].body) {
				sp = s->men_sp[k];
				s->how = "object";
			}
	}
	if (sp < 0 && (e = speech_quoted_person(s, a, b, &sp)) > b) {
		b = e;
		s->how = "quoted-name";
	}
	/* "وقال وزير الخارجية الروسي، سيرغي لافروف،": a name after the comma. */
	if (b > a && xtok_is(t, b, "،")) {
		size_t at, len, e2 = speech_subject_end(s, b + 1);
		int g = e2 > b + 1 ? speech_gazetteer_name(s, b + 1, e2, true, &at, &len) : -1;
		if (g >= 0 && at + len == e2) {
			sp = speech_gaz_speaker(s, g, at, at + len);
			b = e2;
			s->how = "comma-name";
		}
	}
	/* "وقال فلان (45 عاما) إن": his age, in brackets after his name */
	b = speech_age_aside(s, b);
	/* "وقال حبيب الصادق "مواطن": إن": his role in quotation marks after his name */
	b = speech_role_aside(s, sp, a, b);
	/* "وجاء في البيان الثلاثي -الذي صدر عقب الاجتماع- أن": skip the aside. */
	if (xtok_is(t, b, "-")) {
		size_t k;
		for (k = b + 1; k < t->n && k < b + 10 && !xtok_is(t, k, "-"); k++)
			;
		if (xtok_is(t, k, "-"))
			b = k + 1;
	}
	if (sp < 0 && !speech_says(s, b)) { /* "بين الطرفين": not reporting anything */
		/*
		 * "وكان علي العمير وزير النفط توقع ارتفاع الأسعار": the words
		 * after the verb are its object; the subject before it is the
		 * speaker of the moment.
		 */
		if (sp == -2 && !speech_participle(v) && !speech_clause_initial(s, i, &c) && c < i &&
		    (sp = speech_subject_before(s, v, c, i)) >= 0) {
			s->last = s->pending = sp;
			s->last_at = i;
			s->pending_v = v;
			s->pending_how = "object-before";
		}
		return i + 1;
	}
	c = speech_skip_apposition(s, b);
	/*
	 * "وأكد فلان، رئيس الهيئة الوطنية لمكافحة الفساد (نزاهة)، أن": his
	 * title, after his name, which a later "وأشار رئيس الهيئة" names him by.
	 */
	if (sp >= 0 && c > b + 2 && !s->r->speakers[sp].body && !s->r->speakers[sp].group &&
	    (xtok_is(t, b, "،") || xtok_is(t, b, ",")) && speech_title_at(s, b + 1))
		speech_record_title(s, b + 1, c - 1, sp);
	b = c;
	/* a subject named again ("وقالت الشرطة") ends what the spokesman said */
	s->last_voiced = sp >= 0 && (s->voiced || (b <= a && s->last_voiced && sp == s->last));
	s->voiced = false;
	s->last = sp >= 0 ? sp : -2;
	s->last_at = i;
	s->pending = sp;
	s->pending_v = v;
	s->pending_how = s->how;
	if (sp < 0)
		return b > i ? b : i + 1;
	c = b;
	/* "وبين سماحته في خطبة الجمعة أمس بجامع ...، أن": past the honorific that named him */
	if (c == a && speech_honorific_class(s, a) >= 0)
		a = c = a + 1;
	while (c > a && c < t->n && (xtok_is(t, c, "،") || xtok_is(t, c, ",") ||
				     strcmp(xtok_at(t, c)->fold, "اليوم") == 0 ||
				     strcmp(xtok_at(t, c)->fold, "امس") == 0 || strcmp(xtok_at(t, c)->fold, "اول") == 0)) {
		bool awal = strcmp(xtok_at(t, c)->fold, "اول") == 0;
		size_t past = speech_past_time(s, c);
		/*
		 * "أول من أمس الأربعاء 29 يوليو (تموز) إن", "اليوم (الاثنين)، إن":
		 * words of time that run to the complementiser are the adjunct's
		 */
		if (xtok_at(t, c)->word && past > c && (awal || xtok_is(t, c + 1, "("))) {
			size_t k = awal ? c + 2 : c;
			if (speech_skip_adjunct(s, k) > k) {
				c = k;
				break;
			}
		}
		if (awal) {
			if (past == c)
				break; /* "أول" that opens no "أول من أمس" */
			c = past; /* "أول من أمس وفاة" */
			continue;
		}
		/* "اليوم الثلاثاء،": the weekday goes with it. */
		if (xtok_at(t, c)->word && c + 1 < t->n && strncmp(xtok_at(t, c + 1)->fold, "ال", 4) == 0)
			c++;
		c++;
	}
	if (c < t->n && (strcmp(xtok_at(t, c)->fold, "الي") == 0 || strcmp(xtok_at(t, c)->fold, "علي") == 0 ||
			 strcmp(xtok_at(t, c)->fold, "علي") == 0 || strcmp(xtok_at(t, c)->fold, "عن") == 0))
		c++;
	/*
	 * "وقالت صحيفة في إل تي المحلية نقلا عن مدير المتجر أن": the one
	 * named after نقلا عن says it, not the subject that relays him; the
	 * walk goes on at عن (speech_relayed).
	 */
	if (c < t->n && v->arg == 'c' && (e = speech_relay_inside(s, c)) > c) {
		s->last = s->pending = -2;
		return e;
	}
	c = speech_skip_adjunct(s, speech_skip_medium(s, c));
	if (rel_said > c)
		c = rel_said; /* past "الذي يشرف على المشروع منذ عامين" */
	/*
	 * "وقال بحاح للصحافيين عند وصوله، إن", "وقال فلان نيابة عن خريجي
	 * ...:": words no rule knows, then أن or the colon; the scorer decides.
	 */
	if (c < t->n && !speech_in(s, XW_COMPLEMENTISER, xtok_at(t, c)->fold) && !xtok_is(t, c, ":") &&
	    speech_quote_at(s, c) < 0 && v->arg != 'd' && !describe && (e = speech_skip_loose(s, c)) > c) {
		c = e;
		s->loose = s->generous = true;
	}
	/* "وقال سماحته: إن الهدف ...": a colon and no quotation mark is direct speech too. */
	if (xtok_is(t, c, ":") && c + 1 < t->n && speech_quote_at(s, c + 1) < 0 && !xtok_at(t, c + 1)->nl &&
	    speech_quote_at(s, c) < 0) {
		s->cue = "colon";
		e = speech_clause_end(s, c + 1);
		if (e > c + 4)
			speech_emit(s, sp, true, xtok_at(t, c + 1)->c0, xtok_at(t, e - 1)->c1, xtok_at(t, c + 1)->b0,
				    xtok_at(t, e - 1)->b1);
		return e;
	}
	if (c < t->n && speech_in(s, XW_COMPLEMENTISER, xtok_at(t, c)->fold)) {
		/* "إنه يستجيب": a complementiser with a pronoun holds the clause's subject and stays */
		pronoun = strcmp(xtok_at(t, c)->fold, "ان") != 0 && strcmp(xtok_at(t, c)->fold, "بان") != 0;
		c++;
	} else if (v->arg == 'i' && c > b && strcmp(xtok_at(t, b)->fold, "الي") == 0)
		c = b;
	else if (v->arg == 'i' && c > b + 1 && strcmp(xtok_at(t, c - 1)->fold, "الي") == 0)
		c--; /* "دعت حركة حماس أمس الجمعة إلى": past the words of time */
	else if (v->arg == 'c' && b > a && c < t->n && speech_in(s, XW_FIRST_PERSON, xtok_at(t, c)->fold) &&
		 !speech_participle(v) && speech_only_commas(t, b, c)) {
		/* "وأضاف العمير نحن لا ننظر إلى": first-person speech, no colon, no marks. */
		s->cue = "first-person";
		e = speech_clause_end(s, c);
		if (e > c + 3)
			speech_emit(s, sp, false, xtok_at(t, c)->c0, xtok_at(t, e - 1)->c1, xtok_at(t, c)->b0,
				    xtok_at(t, e - 1)->b1);
		s->cue = "verb";
		return e;
	} else if ((describe && c < dk) ||
		   ((v->arg == 'i' || v->arg == 'b' || v->arg == 'a' || v->arg == 'd') && speech_object_then_prep(s, v, c)) ||
		   (!speech_participle(v) && speech_comma_object_then_prep(s, v, c))) {
		; /* "داعيا جميع العملاء إلى الحفاظ": what he urged, its object included */
	} else if (!((v->arg == 'b' && c < t->n && strncmp(xtok_at(t, c)->fold, "ب", 2) == 0) ||
		     (v->arg == 'a' && c > b && strcmp(xtok_at(t, c - 1)->fold, "علي") == 0))) {
		speech_nominal(s, v, sp, c);
		return c;
	}
	/*
	 * A quote right after أن is a direct statement: leave it to the quote.
	 * One a word or two later is part of the clause: "إن المهاجرين الـ18
	 * «وضعوا قيد الاحتجاز»".
	 */
	if (c < t->n && speech_long_quote_at(s, c))
		return c;
	if (speech_reports_speech(s, c))
		return c;
	e = speech_clause_end(s, c);
	if (v->arg == 'd' && e <= dk)
		e = speech_clause_end(s, dk + 1); /* "حادثة التفجير الذي ...، بالعمل الإجرامي": what he described it as */
	if (v->arg == 'd' || describe) { /* "الحادث بالشنيع مؤكدا أن": the next reporting verb says something else */
		size_t k;
		for (k = c + 1; k < e; k++)
			if (speech_verb_at(s, k) != NULL) {
				e = k;
				break;
			}
	}
	from = pronoun ? c - 1 : c;
	if (e > c + 2)
		speech_emit(s, sp, false, xtok_at(t, from)->c0, xtok_at(t, e - 1)->c1, xtok_at(t, from)->b0,
			    xtok_at(t, e - 1)->b1);
	return e;
}

static size_t
speech_verb(struct speech *s, const struct xverb *v, size_t i)
{
	size_t next = speech_verb_clause(s, v, i);

	if (s->loose)
		s->loose = s->generous = false;
	return next;
}

/* Token k is a form of نقل that relays what someone said: نقل، نقلت، ينقل، تنقل، نقلا (with و or ف). */
static bool
speech_relay_verb(const struct xtoks *t, size_t k)
{
	char buf[32];
	const char *u = xtok_at(t, k)->fold;

	if (strncmp(u, "و", 2) == 0 || strncmp(u, "ف", 2) == 0)
		u = xtok_unprefixed(xtok_at(t, k), buf, sizeof buf);
	return strcmp(u, "نقل") == 0 || strcmp(u, "نقلت") == 0 || strcmp(u, "ينقل") == 0 || strcmp(u, "تنقل") == 0 ||
	       strcmp(u, "نقلا") == 0;
}

/*
 * "ونقلت وكالة رويترز عن الناطق باسم الجبهة فلان أن", "نقلا عن مدير
 * المتجر أن": what a medium relays after عن with no قوله is the words of
 * the one named after عن, read as the subject of قال.  Token i is عن, a
 * form of نقل before it in its sentence with no verb or quote between,
 * and أن/إن or a colon after it within SPEECH_RELAYED_MAX words, before
 * any verb, quote or the sentence's end (not "مع أن", "إلا أن": the
 * relayed words ran on, someone else's).  0 when i starts no such relay.
 */

static size_t
speech_relayed(struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	const struct xverb *v;
	size_t k;

	if (strcmp(xtok_at(t, i)->fold, "عن") != 0 || i == 0)
		return 0;
	for (k = i - 1;; k--) {
		if (xtok_at(t, k + 1)->nl || k + 12 < i)
			return 0;
		if (speech_relay_verb(t, k))
			break;
		if (k == 0 || speech_sentence_end(t, k) || speech_quote_at(s, k) >= 0 || speech_verb_at(s, k) != NULL)
			return 0;
	}
	for (k = i + 1; k < t->n && k < i + SPEECH_RELAYED_MAX; k++) {
		if (xtok_at(t, k)->nl || speech_sentence_end(t, k) || speech_verb_at(s, k) != NULL ||
		    speech_quote_at(s, k) >= 0 || speech_in(s, XW_RELAY, xtok_at(t, k)->fold))
			return 0;
		/* "مع أن", "إلا أن": "although", "but" */
		if (speech_conjunction_an(s, k) || (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold) &&
						    (strcmp(xtok_at(t, k - 1)->fold, "مع") == 0 ||
						     strcmp(xtok_at(t, k - 1)->fold, "الا") == 0)))
			return 0;
		if (xtok_is(t, k, ":") || speech_in(s, XW_COMPLEMENTISER, xtok_at(t, k)->fold))
			break;
	}
	if (k == i + 1 || k >= t->n || k >= i + SPEECH_RELAYED_MAX || (v = xwords_verb(s->lx->words, "قال")) == NULL)
		return 0;

	return speech_verb_clause(s, v, i);
}

/*
 * A cue at i that names its speaker itself, with no reporting verb (an
 * interview's "فلان:", "بحسب فلان"): sp is the speaker of the moment, and
 * the statements that follow have this cue and how.
 */
void
speech_cue_speaker(struct speech *s, int sp, size_t i, const char *cue, const char *how)
{
	s->pending = s->last = sp;
	s->last_at = i;
	s->cv = s->pending_v = NULL;
	s->cue = cue;
	s->how = s->pending_how = how;
	s->cue_at = i;
}

/* Marks that open an item of a list: "* فلان، شركة كذا: ...". */
static bool
speech_bullet(const struct xtoks *t, size_t i)
{
	return i < t->n && (i == 0 || xtok_at(t, i)->nl) &&
	       (xtok_is(t, i, "*") || xtok_is(t, i, "-") || xtok_is(t, i, "•"));
}

/*
 * The name that opens an item of a list: its first word may look plural
 * (سايمون) and may start with أل (أليكس), not with the article ال.
 */
static bool
speech_interview_name(const struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	const struct xtok *k = xtok_at(t, a);

	return k->word && !k->num && !extract_stopword(k->fold) && !speech_in(s, XW_TITLE, k->fold) &&
	       !speech_in(s, XW_BODY, k->fold) && !speech_in(s, XW_UNNAMED, k->fold) &&
	       strncmp(t->text + k->b0, "ال", 4) != 0 && speech_name_words(s, a + 1, b);
}

/*
 * An interview's answers as a list: "* برندان روبرتس، شركة كذا للعقار: ما
 * زالت ..." or "* فلان من شركة كذا: ...": a name of two to four words, its
 * affiliation after a comma or من, a colon, and what he said.  The token
 * to go on from, or 0 when the item at i is not one.
 */
static size_t
speech_interview(struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t a = i + 1, n, k, e;
	char *name;
	int sp;

	if (!speech_bullet(t, i))
		return 0;
	for (n = a; n < t->n && n < a + 4 && xtok_at(t, n)->word; n++)
		if (strcmp(xtok_at(t, n)->fold, "من") == 0)
			break;
	if (n < a + 2 || !speech_interview_name(s, a, n) ||
	    !(xtok_is(t, n, "،") || xtok_is(t, n, ",") || strcmp(xtok_at(t, n)->fold, "من") == 0))
		return 0;
	for (k = n + 1; k < t->n && k < n + 10 && xtok_at(t, k)->word && !xtok_at(t, k)->nl; k++)
		if (speech_verb_at(s, k) != NULL)
			return 0;
	if (k == n + 1 || !xtok_is(t, k, ":") || k + 1 >= t->n || xtok_at(t, k + 1)->nl)
		return 0;
	name = speech_text(t, a, n);
	sp = speech_speaker(s, -1, name, false, NULL);
	free(name);
	speech_cue_speaker(s, sp, i, "interview", "bullet");
	if (speech_quote_at(s, k + 1) >= 0)
		return k + 1;
	e = speech_clause_end(s, k + 1);
	if (e > k + 4)
		speech_emit(s, sp, true, xtok_at(t, k + 1)->c0, xtok_at(t, e - 1)->c1, xtok_at(t, k + 1)->b0, xtok_at(t, e - 1)->b1);
	return e;
}

/*
 * "وقال فان جال: “لست قلقا ...”.“لا يزال لدينا روني ...”": a quote that
 * opens at i right after the last attributed one, in the same paragraph
 * with only punctuation between, goes on with its speaker; else -1.
 */
static int
speech_next_quote(const struct speech *s, size_t i)
{
	size_t k;

	if (s->quote_sp < 0 || i <= s->quote_end || i > s->quote_end + 3 ||
	    !speech_one_paragraph(s->t, s->quote_end, i))
		return -1;
	for (k = s->quote_end + 1; k < i; k++)
		if (xtok_at(s->t, k)->word)
			return -1;
	return s->quote_sp;
}

/*
 * A quote with no speaker of the moment: a candidate speaker for the
 * scorer to weigh, from a reporting verb right after it ("«...»، قال
 * فلان") or else the last speaker; -1 when there is none.  Sets s->how.
 */
static int
speech_quote_speaker(struct speech *s, const struct quote *q)
{
	const struct xtoks *t = s->t;
	const struct xverb *v;
	size_t k = q->close + 1, b;
	int sp;

	while (k < t->n && k < q->close + 3 && !xtok_at(t, k)->word && !speech_sentence_end(t, k))
		k++;
	if (k < t->n && (v = speech_verb_at(s, k)) != NULL && !speech_participle(v) && v->arg == 'c' &&
	    (b = speech_subject_end(s, k + 1)) > k + 1 && b < k + 1 + SPEECH_SUBJECT_MAX &&
	    (sp = speech_subject(s, k + 1, b)) >= 0) {
		s->how = "verb-after";
		s->cv = v;
		return sp;
	}
	if (s->last >= 0 && speech_one_paragraph(t, s->last_at, q->open)) {
		s->how = "last-quote";
		s->from_at = s->last_at;
		return s->last;
	}
	return -1;
}

/*
 * "ويوضح أن من مكوناته دقيق البر ويضاف إليه "الملح وحبة البركة"": a
 * short quote (five words at most) that opens right after a word of the
 * reported clause of sp just emitted, the clause cut at its mark, is a
 * fragment of that clause (a name, a term, a few of his words), no
 * statement of its own; not after a reporting verb ("وقال «...»"), nor
 * after a candidate the scorer decides on.
 */
#define SPEECH_FRAGMENT_MAX 5

static bool
speech_clause_fragment(const struct speech *s, const struct quote *q, int sp)
{
	const struct xtoks *t = s->t;
	const struct xstatement *x;

	if (sp < 0 || q->colon || q->words > SPEECH_FRAGMENT_MAX || q->open == 0 || s->r->nst == 0)
		return false;
	x = &s->r->st[s->r->nst - 1];
	if (x->direct || x->speaker != sp || !xtok_at(t, q->open - 1)->word || speech_verb_at(s, q->open - 1) != NULL ||
	    x->end > xtok_at(t, q->open)->c1 || x->end + 3 < xtok_at(t, q->open)->c0)
		return false;
	/* a statement of the rules' own, not a candidate the scorer may drop ("وقال كيري مازحا في بداية ... «...»") */
	return strncmp(s->st_feat[s->r->nst - 1], "bias generous", 13) != 0;
}

static void
speech_walk(struct speech *s)
{
	const struct xtoks *t = s->t;
	const struct xverb *v;
	size_t i = 0, next;
	int qi;

	while (i < t->n) {
		if (speech_sentence_end(t, i) && (xtok_at(t, i)->nl || !xtok_at(t, i)->word)) {
			s->pending = -1;
			s->sentence = i + (xtok_at(t, i)->nl ? 0 : 1);
		}
		if ((qi = speech_quote_at(s, i)) >= 0) {
			size_t nst = s->r->nst;
			int sp = s->pending >= 0 ? s->pending : speech_next_quote(s, i);
			if (speech_clause_fragment(s, &s->q[qi], sp)) {
				i = s->q[qi].close + 1;
				continue;
			}
			s->cue = "quote";
			s->cue_at = i;
			s->from_at = s->pending >= 0 ? s->last_at : s->quote_end;
			s->cv = s->pending >= 0 ? s->pending_v : NULL;
			s->how = s->pending >= 0 ? s->pending_how : "adjacent";
			if (sp < 0 && (sp = speech_quote_speaker(s, &s->q[qi])) >= 0) {
				/* A candidate only: the walk goes on as for a quote nobody said. */
				s->generous = true;
				speech_direct(s, &s->q[qi], sp);
				s->generous = false;
				nst = s->r->nst;
				sp = -1;
			}
			next = speech_direct(s, &s->q[qi], sp);
			if (s->r->nst > nst) { /* an unattributed quote changes nothing */
				s->quote_sp = sp;
				s->quote_end = s->q[qi].close;
				s->quote_open = s->q[qi].open;
			}
			i = next > i ? next : i + 1;
			continue;
		}
		if ((v = speech_verb_at(s, i)) != NULL)
			next = (next = speech_this_said(s, v, i)) > 0 ? next : speech_verb(s, v, i);
		else if ((next = speech_interview(s, i)) == 0 && (next = speech_backward(s, i)) == 0 &&
			 (next = speech_according(s, i)) == 0 && (next = speech_relay(s, i)) == 0)
			next = speech_relayed(s, i);
		i = next > i ? next : i + 1;
	}
}

/* Keep only the speakers that made a statement (indexes renumbered). */
static void
speech_prune(struct xresult *r)
{
	int *map = xcalloc(r->nspeakers + 1, sizeof *map);
	size_t i, n = 0;

	for (i = 0; i < r->nspeakers; i++)
		map[i] = -1;
	for (i = 0; i < r->nst; i++)
		map[r->st[i].speaker] = 1;
	for (i = 0; i < r->nspeakers; i++) {
		if (map[i] < 0) {
			size_t k;
			free(r->speakers[i].name);
			for (k = 0; k < r->speakers[i].naliases; k++)
				free(r->speakers[i].aliases[k]);
			free(r->speakers[i].aliases);
			continue;
		}
		map[i] = (int)n;
		r->speakers[n++] = r->speakers[i];
	}
	r->nspeakers = n;
	for (i = 0; i < r->nst; i++)
		r->st[i].speaker = map[r->st[i].speaker];
	free(map);
}

/* Is token i the single letter l (its fold) written right before a dot, after no number? */
static bool
speech_abbrev_letter(const struct xtoks *t, size_t i, const char *l)
{
	return i + 1 < t->n && xtok_at(t, i)->word && strcmp(xtok_at(t, i)->fold, l) == 0 && xtok_is(t, i + 1, ".") &&
	       xtok_at(t, i)->b1 == xtok_at(t, i + 1)->b0 && !xtok_at(t, i + 1)->nl && !(i > 0 && xtok_at(t, i - 1)->num);
}

/*
 * "وأفاد د. الغامدي بأن", "أ.د. فلان", "م. فلان": a title's abbreviation
 * whose dot ends no sentence.  Where the text has one, *view gets the
 * tokens with each abbreviation and its dots joined into one word (folded
 * د, or المهندس), and *orig for each of its tokens the index of t's it
 * starts at; t itself comes back when there is none.
 */
static const struct xtoks *
speech_abbreviations(const struct speech *s, const struct xtoks *t, struct xtoks *view, size_t **orig)
{
	size_t i, n = 0, len;
	struct xtok k;

	*orig = NULL;
	for (i = 0; i < t->n; i++) {
		len = 0;
		if (speech_abbrev_letter(t, i, "ا") && speech_abbrev_letter(t, i + 2, "د"))
			len = 4; /* أ.د. */
		else if (speech_abbrev_letter(t, i, "د"))
			len = 2;
		else if (speech_abbrev_letter(t, i, "م") && speech_in(s, XW_GIVEN, xtok_at(t, i + 2)->fold))
			len = 2;
		if (len == 0 || i + len >= t->n || !xtok_at(t, i + len)->word || xtok_at(t, i + len)->nl ||
		    xtok_at(t, i + len)->num) {
			if (*orig != NULL) {
				view->v[n] = t->v[i];
				(*orig)[n] = i;
			}
			n++;
			continue;
		}
		if (*orig == NULL) {
			*view = *t;
			view->v = xmalloc(t->n * sizeof *view->v);
			memcpy(view->v, t->v, i * sizeof *view->v);
			*orig = xmalloc(t->n * sizeof **orig);
			for (n = 0; n < i; n++)
				(*orig)[n] = n;
		}
		k = t->v[i];
		k.b1 = xtok_at(t, i + len - 1)->b1;
		k.c1 = xtok_at(t, i + len - 1)->c1;
		if (strcmp(k.fold, "م") == 0)
			k.fold = (char *)"المهندس";
		else
			k.fold = (char *)"د";
		view->v[n] = k;
		(*orig)[n++] = i;
		i += len - 1;
	}
	if (*orig == NULL)
		return t;
	view->n = n;
	return view;
}

void
extract_speech(const struct xlex *lx, const struct xtoks *t0, int year, struct xresult *r, unsigned char *named)
{
	struct speech s = { .lx = lx, .t = t0, .year = year, .r = r, .last = -1, .pending = -1, .quote_sp = -1,
			    .cue = "verb", .how = "none", .pending_how = "none", .named = named };
	struct xtoks view;
	const struct xtoks *t = speech_abbreviations(&s, t0, &view, &s.orig);
	size_t i;

	s.t = t;
	s.quote_at = xmalloc((t->n + 1) * sizeof *s.quote_at);
	for (i = 0; i <= t->n; i++)
		s.quote_at[i] = -1;
	speech_quotes(&s);
	for (i = 0; i < s.nq; i++)
		if (s.q[i].open < t->n)
			s.quote_at[s.q[i].open] = (int)i;
	speech_scan_mentions(&s, 0, t->n);
	speech_scan_titles(&s);
	speech_scan_names(&s);
	speech_scan_surnames(&s);
	speech_sort_mentions(&s);
	speech_scan_bodies(&s);
	speech_walk(&s);
	speech_select(&s);
	speech_prune(r);
	for (i = 0; i < s.ntitle; i++)
		free(s.title[i]);
	free(s.title);
	free(s.title_sp);
	free(s.title_pos);
	free(s.body_pos);
	free(s.body_sp);
	free(s.fem);
	free(s.quote_at);
	free(s.q);
	free(s.st_cue);
	free(s.st_feat);
	free(s.men_pos);
	free(s.men_sp);
	free(s.bm_a);
	free(s.bm_b);
	for (i = 0; i < s.nkeys; i++)
		free(s.keys[i]);
	free(s.keys);
	if (t != t0) {
		free(view.v);
		free(s.orig);
	}
}
