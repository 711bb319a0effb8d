/*
 * speech.c: who says what.  Quotation marks are paired per paragraph
 * (nested and unbalanced marks included); reporting verbs (قال، أضاف، أكد
 * ... with و/ف, feminine and participle forms) name a speaker by a name,
 * a title or nothing (the most recent speaker); a direct quote in the same
 * sentence, or a أن/إن clause, is the statement.  When in doubt the
 * statement is dropped: a wrong speaker is worse than a missing one.
 *
 * This file walks the clauses (reporting verbs, quotes, interview lists)
 * and holds the entry point.  The other stages, in the order a clause
 * meets them: speech-quotes.c (the quotation marks), speech-clause.c (one
 * verb's clause, from the verb to what was said), speech-phrase.c (where
 * the subject phrase ends: appositions, media, adjuncts),
 * speech-subject.c (whom a title, a surname or no subject refers to),
 * speech-names.c (whom a name names), speech-nominal.c (complements
 * without أن), speech-attrib.c (attributions that are no verb clause:
 * content first, "بحسب X", relays after عن) and speech-emit.c (the
 * candidates' features and the selection).
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
size_t
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
	/* the dot right after the word first: it is rare, the letters are asked of every word */
	return i + 1 < t->n && xtok_at(t, i)->word && xtok_at(t, i)->b1 == xtok_at(t, i + 1)->b0 &&
	       !xtok_at(t, i + 1)->nl && xtok_is(t, i + 1, ".") && strcmp(xtok_at(t, i)->fold, l) == 0 &&
	       !(i > 0 && xtok_at(t, i - 1)->num);
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
	s.memo = xcalloc(SPEECH_MEMO, sizeof *s.memo);
	if (t0->n > 0 && t0->folds != NULL) {
		s.folds = t0->folds;
		s.folds_end = t0->v[t0->n - 1].fold + strlen(t0->v[t0->n - 1].fold) + 1;
	}
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
	free(s.memo);
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
