/*
 * speech-quotes.c: the quotation marks of speech.c's analysis, paired per
 * paragraph: «», “” (or “″) and ASCII " (which opens unless only the word before
 * it touches it), nested and unbalanced marks included; only the outermost
 * quotes are kept.  A mark left open at a line's end runs to its
 * sentence's end, and a closing mark with no opening one after a colon
 * closes the quote the colon opened ("قال: ...»").
 */
#include "config.h"
#include <string.h>

#include "extract/speech-private.h"

/* The quote opening at token i, or -1 (also past the end). */
int
speech_quote_at(const struct speech *s, size_t i)
{
	return i < s->t->n ? s->quote_at[i] : -1;
}

const struct quote *
speech_quoted_name_at(const struct speech *s, size_t i, int max)
{
	int qi = speech_quote_at(s, i);
	const struct quote *q;

	if (qi < 0)
		return NULL;
	q = &s->q[qi];
	if (q->colon || q->words < 1 || q->words > max || q->close >= s->t->n ||
	    q->close != q->open + 1 + (size_t)q->words)
		return NULL;
	return q;
}

/* A quote of four words or more opens at token i. */
bool
speech_long_quote_at(const struct speech *s, size_t i)
{
	int qi = speech_quote_at(s, i);

	return qi >= 0 && s->q[qi].words >= 4;
}

static bool
speech_mark(const struct xtok *k, const char *m)
{
	return !k->word && strcmp(k->fold, m) == 0;
}

static bool
speech_opener(const struct xtok *k)
{
	return speech_mark(k, "«") || speech_mark(k, "“");
}

static bool
speech_closer_of(const struct xtok *open, const struct xtok *k)
{
	if (speech_mark(open, "«"))
		return speech_mark(k, "»");
	/* "“غالاكسي نوت 5″": a double prime closes “ too (as folded, NFKC makes it two primes) */
	if (speech_mark(open, "“"))
		return speech_mark(k, "”") || speech_mark(k, "″") || speech_mark(k, "′′");
	return speech_mark(k, "\"");
}

/* "12.9 مليون": token i is a point between digits, touching both: a decimal point. */
bool
speech_decimal_point(const struct xtoks *t, size_t i)
{
	return i > 0 && i + 1 < t->n && xtok_is(t, i, ".") && xtok_at(t, i - 1)->num && xtok_at(t, i + 1)->num &&
	       !xtok_at(t, i)->nl && !xtok_at(t, i + 1)->nl && xtok_at(t, i - 1)->c1 == xtok_at(t, i)->c0 &&
	       xtok_at(t, i)->c1 == xtok_at(t, i + 1)->c0;
}

bool
speech_sentence_end(const struct xtoks *t, size_t i)
{
	return i >= t->n || xtok_at(t, i)->nl || xtok_is(t, i, ".") || xtok_is(t, i, "؟") ||
	       xtok_is(t, i, "!") || xtok_is(t, i, "?");
}

static void
speech_add_quote(struct speech *s, size_t open, size_t close, bool colon)
{
	const struct xtoks *t = s->t;
	struct quote q = { open, close, 0, 0, 0, colon };
	size_t i;

	q.c0 = xtok_at(t, open)->c1;
	q.c1 = close < t->n ? xtok_at(t, close)->c0 : xtok_at(t, t->n - 1)->c1;
	if (close > 0 && close <= t->n && !(close < t->n && !xtok_at(t, close)->word) && close - 1 > open)
		q.c1 = xtok_at(t, close - 1)->c1;
	for (i = open + 1; i < close && i < t->n; i++)
		q.words += xtok_at(t, i)->word;
	s->q = xrealloc(s->q, (s->nq + 1) * sizeof *s->q);
	s->q[s->nq++] = q;
}

/* The last ":" before token i in its sentence, or (size_t)-1. */
static size_t
speech_colon_before(const struct xtoks *t, size_t i)
{
	size_t j;

	for (j = i; j-- > 0;) {
		if (xtok_is(t, j, ":"))
			return j;
		if (speech_sentence_end(t, j) || xtok_at(t, j)->nl)
			return (size_t)-1;
		if (speech_mark(xtok_at(t, j), "\"") || speech_opener(xtok_at(t, j)))
			return (size_t)-1;
	}
	return (size_t)-1;
}

/* Is an ASCII " at i an opening mark?  Attached to the next word, or detached from both. */
static bool
speech_ascii_opens(const struct xtoks *t, size_t i)
{
	bool next = i + 1 < t->n && !xtok_at(t, i + 1)->nl && xtok_at(t, i + 1)->c0 == xtok_at(t, i)->c1 &&
		    (xtok_at(t, i + 1)->word || speech_opener(xtok_at(t, i + 1)));
	bool prev = i > 0 && !xtok_at(t, i)->nl && xtok_at(t, i - 1)->c1 == xtok_at(t, i)->c0 && xtok_at(t, i - 1)->word;

	return next || !prev;
}

/* Close what is open at a line end: an unclosed mark runs to its sentence's end. */
static void
speech_close_line(struct speech *s, size_t *stack, size_t depth, size_t end)
{
	size_t j, open;

	if (depth == 0)
		return;
	open = stack[0];
	for (j = open + 1; j < end && !speech_sentence_end(s->t, j); j++)
		;
	speech_add_quote(s, open, j, false);
}

/* Pair the quotation marks of every paragraph; only outermost quotes are kept. */
void
speech_quotes(struct speech *s)
{
	const struct xtoks *t = s->t;
	size_t stack[16], depth = 0, i, c;

	for (i = 0; i <= t->n; i++) {
		if (i == t->n || (xtok_at(t, i)->nl && i > 0)) {
			speech_close_line(s, stack, depth, i);
			depth = 0;
			if (i == t->n)
				break;
		}
		const struct xtok *k = xtok_at(t, i);
		if (k->word)
			continue;
		if (depth > 0 && speech_closer_of(xtok_at(t, stack[depth - 1]), k)) {
			if (--depth == 0)
				speech_add_quote(s, stack[0], i, false);
		} else if (depth > 1 && speech_closer_of(xtok_at(t, stack[0]), k)) {
			depth = 0; /* an inner mark left open: the outer one closes */
			speech_add_quote(s, stack[0], i, false);
		} else if (speech_opener(k) || (speech_mark(k, "\"") && speech_ascii_opens(t, i))) {
			if (depth < 16)
				stack[depth++] = i;
		} else if (depth == 0 && (speech_mark(k, "\"") || speech_mark(k, "»") ||
					  speech_mark(k, "”")) &&
			   (c = speech_colon_before(t, i)) != (size_t)-1) {
			speech_add_quote(s, c, i, true); /* «قال: ...» with the opening mark missing */
		}
	}
}
