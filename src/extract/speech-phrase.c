/*
 * speech-phrase.c: where the subject phrase after a reporting verb ends.
 * What may stand between the speaker and what he said: adjuncts, an
 * apposition ("فلان، المتحدث باسم ..."), the medium he spoke to
 * ("لـ"الوطن"", "لوكالة ..." with its initials), a religious formula,
 * and the names a subject extends over.
 */
#include "config.h"
#include <string.h>

#include "extract/speech-private.h"

/* "وأكد عدم وجود خلل في نظام القبول بعد أن أصبح": أن at k after بعد، قبل ... (class conjunction) is "after", no complementiser. */
bool
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
size_t
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
size_t
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
size_t
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

/*
 * The medium or addressee after a speaker: "لـ«الشرق الأوسط»،", "لـ"الوطن":",
 * "للصحيفة", "للصحافيين عند وصوله،" when a complementiser, colon or quote
 * follows (or, for a medium in quotes or brackets, a noun phrase); past
 * it, else c.
 */
size_t
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
int
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
bool
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
bool
speech_only_commas(const struct xtoks *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if (!xtok_is(t, a, "،") && !xtok_is(t, a, ","))
			return false;
	return true;
}
