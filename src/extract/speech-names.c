/*
 * speech-names.c: whom a subject names, for speech.c's analysis: the
 * shape of a plausible name (given names, lineages, foreign names, no
 * clitic, pronoun suffix or verbal noun), a person introduced by a title
 * or a form of address, a surname alone, and the subject of a verb read
 * as a person, a body or nobody.  The article's speakers are in
 * speech-speakers.c, bodies in speech-bodies.c, the scans of names across
 * the article in speech-mentions.c.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"

/* ---- Subjects ---- */

/*
 * Token i is written as a name although it folds to a function word: "آن"
 * (Anne, not إن) keeps its madda, "علي" written with ي (not على) is
 * the given name, and "فان" without hamza after a word is "van" (لويس فان جال).
 */
bool
speech_written_name(const struct xtoks *t, size_t i)
{
	const struct xtok *k = xtok_at(t, i);

	return k->word && ((k->b1 - k->b0 >= 2 && strncmp(t->text + k->b0, "آ", 2) == 0) ||
			   (k->b1 - k->b0 == 6 && memcmp(t->text + k->b0, "علي", 6) == 0) ||
			   (i > 0 && xtok_at(t, i - 1)->word && k->b1 - k->b0 == 6 &&
			    memcmp(t->text + k->b0, "فان", 6) == 0));
}

/* The subject's end: the first stop word, punctuation or quotation mark after a, at most max words on. */
size_t
speech_subject_end_within(const struct speech *s, size_t a, size_t max)
{
	const struct xtoks *t = s->t;
	size_t i;

	for (i = a; i < t->n && i < a + max; i++) {
		/* "آن" (Anne) folds to "ان" but is a name: its madda is kept in the text */
		if (!xtok_at(t, i)->word || xtok_at(t, i)->nl ||
		    (speech_in(s, XW_STOP, xtok_at(t, i)->fold) && !speech_written_name(t, i)) ||
		    speech_in(s, XW_TIME, xtok_at(t, i)->fold))
			break;
		if (xtok_at(t, i)->num)
			break;
		if (i > a && speech_past_time(s, i) > i)
			break; /* "وقالت واشنطن أول من أمس إن" */
		if (i > a && speech_formula_at(s, i) > 0)
			break; /* "عمر بن الخطاب رضي الله عنه", "أمير المنطقة الله عز وجل" */
		if (i > a && speech_in(s, XW_FIRST_PERSON, xtok_at(t, i)->fold))
			break; /* "وأضاف العمير نحن لا ننظر" */
		if (i > a && speech_in(s, XW_ADVERBIAL, xtok_at(t, i)->fold))
			break; /* "وقال مورينيو ضاحكا:", "وأضاف الوزير مبتسما": how he said it */
		/* "وقال خالد بحاح للصحافيين": a name, then whom he spoke to */
		if (i >= a + 1 && strncmp(xtok_at(t, i)->fold, "لل", 4) == 0 && !speech_in(s, XW_TITLE, xtok_at(t, a)->fold) &&
		    !speech_in(s, XW_BODY, xtok_at(t, a)->fold) && strncmp(xtok_at(t, a)->fold, "ال", 4) != 0)
			break;
		if (i > a && speech_verb_at(s, i) != NULL && !speech_title_at(s, i - 1))
			break; /* "وأوضح كبيروكا قائلا", "... رزاق أعلن"; not "العميد روي" */
		/* "وقال جونز لرويترز", "الدفاع المدني لوكالة ...": whom he spoke to ends the name; not "مراسل لوكالة" */
		if (i > a && speech_medium_at(s, i) && !speech_title_at(s, i - 1))
			break;
	}
	return i;
}

size_t
speech_subject_end(const struct speech *s, size_t a)
{
	return speech_subject_end_within(s, a, SPEECH_SUBJECT_MAX);
}

/* Ends with s (folded UTF-8)? */
bool
speech_ends(const char *w, const char *s)
{
	size_t n = strlen(w), m = strlen(s);

	return n > m + 2 && strcmp(w + n - m, s) == 0;
}

/*
 * A word that cannot be part of a name: prepositional forms, "و" joining
 * two, a plural: six letters or more before ون/ين (حسين and ياسين are
 * names), and after the first word only with ال or as a nisba (يون/يين):
 * كاميرون and جونسون after a given name are names, الجنوبيين is not.
 */
static bool
speech_not_name(const char *f, bool first, bool given)
{
	/*
	 * A given name may end like a plural: "عبدالمعين", "بنيامين"; so may
	 * a family name with ال of four letters before its ين ("الحسين",
	 * "الأمين", "الحصين"; of five it may be a dual: البحرين، الحرمين).
	 */
	size_t n = strlen(f), min = strncmp(f, "ال", 4) == 0 && speech_ends(f, "ين") ? 14 : 12;
	bool plural = !given && ((n >= min && (speech_ends(f, "ون") || speech_ends(f, "ين"))) || speech_ends(f, "ات"));

	if (plural && !first)
		plural = strncmp(f, "ال", 4) == 0 || speech_ends(f, "يون") || speech_ends(f, "يين");
	/* "نتائجها", "قادتهم": a noun with a pronoun */
	if (strlen(f) >= 10 && (speech_ends(f, "ها") || speech_ends(f, "هم")))
		return true;
	/* "والحكومة", not "والش" */
	return plural || strncmp(f, "بال", 6) == 0 || strncmp(f, "لل", 4) == 0 ||
	       (strncmp(f, "وال", 6) == 0 && strlen(f) >= 12) || strcmp(f, "الله") == 0;
}

/* Token i follows بن/بنت: a name, whatever else the word may be ("عبدالله بن مساعد"). */
bool
speech_after_bin(const struct xtoks *t, size_t i)
{
	return i > 0 && (strcmp(xtok_at(t, i - 1)->fold, "بن") == 0 || strcmp(xtok_at(t, i - 1)->fold, "بنت") == 0);
}

/* Token i starts a title (not a name after بن). */
bool
speech_title_at(const struct speech *s, size_t i)
{
	return speech_in(s, XW_TITLE, xtok_at(s->t, i)->fold) && !speech_after_bin(s->t, i);
}

/* Tokens n, n + 1 (before b) are a compound given name: "عبد الله", "أبو بكر", "عز الدين". */
static bool
speech_compound_given(const struct speech *s, size_t n, size_t b)
{
	const char *f = xtok_at(s->t, n)->fold;

	return n + 1 < b && (strcmp(f, "عبد") == 0 || strcmp(f, "ابو") == 0 || speech_theophoric(s, n + 1));
}

/*
 * A name of five to eight words is a lineage: given names joined by بن or
 * بنت, each one word or a compound ("عبد الله", "أبو بكر", "عز الدين"),
 * then perhaps the family, one word or آل and one: "عبدالعزيز بن عبدالله
 * بن فلان", "سعد بن عبدالله بن فهد الدوسري", "عبد الله بن سعود آل سعود".
 */
static bool
speech_lineage(const struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	size_t i = a;

	for (;;) {
		const char *f;
		i += speech_compound_given(s, i, b) ? 2 : 1;
		if (i >= b)
			return i == b;
		f = xtok_at(t, i)->fold;
		if ((strcmp(f, "ال") == 0 && i + 2 == b) || (i + 1 == b && strcmp(f, "بن") != 0 && strcmp(f, "بنت") != 0))
			return true; /* "آل سعود", "الدوسري": the family ends it */
		if (i + 2 == b && strncmp(f, "ال", 4) == 0 && speech_theophoric(s, i + 1))
			return true; /* "الجار الله", "العبد الله": a family name of two words */
		if ((strcmp(f, "بن") != 0 && strcmp(f, "بنت") != 0) || i + 1 >= b)
			return false;
		i++;
	}
}

/* A plausible discovered name: 1-4 words (8 in a lineage), no function word, number, title or plural. */
/* Written with a pronoun suffix ("دعوته", "كلمتها"): a noun, not a name. */
bool
speech_suffixed(const struct xtoks *t, size_t i)
{
	const struct xtok *k = xtok_at(t, i);
	size_t n = k->b1 - k->b0;
	const char *w = t->text + k->b0;

	if (n >= 8 && (memcmp(w + n - 4, "ته", 4) == 0 || memcmp(w + n - 4, "ها", 4) == 0 ||
		       memcmp(w + n - 4, "هم", 4) == 0))
		return true;
	/* "شكره", "موقفه": ه after a consonant; not نزيه, وجيه, عبدالله, سيبويه */
	return n >= 8 && memcmp(w + n - 2, "ه", 2) == 0 && memcmp(w + n - 4, "ي", 2) != 0 &&
	       memcmp(w + n - 4, "ل", 2) != 0 && memcmp(w + n - 4, "ا", 2) != 0 && memcmp(w + n - 4, "و", 2) != 0;
}

/* Token i is written with a tanween (ً ٌ ٍ): an indefinite noun or adverb, never a name. */
bool
speech_tanween(const struct xtoks *t, size_t i)
{
	const struct xtok *k = xtok_at(t, i);
	size_t j;

	for (j = k->b0; j + 1 < k->b1; j++)
		if ((unsigned char)t->text[j] == 0xd9 && ((unsigned char)t->text[j + 1] == 0x8b ||
							 (unsigned char)t->text[j + 1] == 0x8c ||
							 (unsigned char)t->text[j + 1] == 0x8d))
			return true;
	return false;
}

/* Token i is الله or الدين after the first half of a compound name ("عبد الله", "عز الدين"). */
bool
speech_theophoric(const struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;

	const char *prev = i > 0 ? xtok_at(t, i - 1)->fold : "";

	/* "الجار الله", "العبد الله": a family name made of one */
	return i > 0 && (strcmp(xtok_at(t, i)->fold, "الله") == 0 || strcmp(xtok_at(t, i)->fold, "الدين") == 0) &&
	       xtok_at(t, i - 1)->word && !xtok_at(t, i)->nl &&
	       (speech_in(s, XW_THEOPHORIC, prev) || (strncmp(prev, "ال", 4) == 0 && speech_in(s, XW_THEOPHORIC, prev + 4)));
}

/* How many words a religious formula may have: "عليه الصلاة والسلام". */
#define SPEECH_FORMULA_MAX 4

size_t
speech_formula_at(const struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	const char *w[SPEECH_FORMULA_MAX];
	size_t n, len;

	const char *prev;

	if (i >= t->n || !xtok_at(t, i)->word || xtok_at(t, i)->num)
		return 0;
	/* "عبد الرحمن", "نصر الله", "الجار الله": the second half of a compound name */
	prev = i > 0 && xtok_at(t, i - 1)->word && !xtok_at(t, i)->nl ? xtok_at(t, i - 1)->fold : "";
	if (speech_in(s, XW_THEOPHORIC, prev) ||
	    (strncmp(prev, "ال", 4) == 0 && speech_in(s, XW_THEOPHORIC, prev + 4)))
		return 0;
	for (n = 0; n < SPEECH_FORMULA_MAX && i + n < t->n && xtok_at(t, i + n)->word && xtok_at(t, i + n)->fold[0] &&
		    (n == 0 || !xtok_at(t, i + n)->nl); n++)
		w[n] = xtok_at(t, i + n)->fold;
	len = xlex_stop_prefix(s->lx, w, n, "religious");
	/*
	 * One word is a formula alone when it names God (الله, تعالى, سبحانه):
	 * الحمد, رضي and رحمة are names too, and formulae only with الله.
	 */
	if (len == 1 && !speech_in(s, XW_DIVINE, xtok_at(t, i)->fold))
		return 0;
	/*
	 * الله alone ends a name only before another formula ("القيادة الله
	 * سبحانه"): "خليل الله", "محمد نور الله" are names no list has.
	 */
	if (len == 1 && strcmp(w[0], "الله") == 0) {
		size_t k = i + 1 + (xtok_is(t, i + 1, "-") || xtok_is(t, i + 1, "(") || xtok_is(t, i + 1, "–"));
		return speech_formula_at(s, k) > 0 ? 1 : 0;
	}
	return len;
}

bool
speech_name_words(const struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	size_t i;

	if (b - a < 1 || b - a > 8 || (b - a > 4 && !speech_lineage(s, a, b)) || speech_after_bin(t, b))
		return false; /* not "عبدالله بن" */
	/* a name does not end with the first half of a compound: "نجيب عبد", "أبو", "آل" */
	if (b - a >= 2 && (speech_in(s, XW_THEOPHORIC, xtok_at(t, b - 1)->fold) && strcmp(xtok_at(t, b - 1)->fold, "عبد") == 0))
		return false;
	if (b - a >= 2 && (strcmp(xtok_at(t, b - 1)->fold, "ابو") == 0 || strcmp(xtok_at(t, b - 1)->fold, "ال") == 0 ||
			   strcmp(xtok_at(t, b - 1)->fold, "ابن") == 0 || strcmp(xtok_at(t, b - 1)->fold, "بن") == 0))
		return false;
	for (i = a; i < b; i++) {
		if (i > a && i + 1 < b && strcmp(xtok_at(t, i)->fold, "ال") == 0)
			continue; /* "علي آل نمشة" */
		/* "صالح آل الشيخ": the word after آل is the family's name, whatever else it may be */
		if (i > a + 1 && strcmp(xtok_at(t, i - 1)->fold, "ال") == 0 && xtok_at(t, i)->word && !xtok_at(t, i)->num)
			continue;
		if (!xtok_at(t, i)->word || xtok_at(t, i)->num || strlen(xtok_at(t, i)->fold) < 4 ||
		    speech_tanween(t, i))
			return false; /* "ـ", "أ": one letter or none; "مخاطبًا", "آنفاً": an accusative */
		if (i > a && speech_after_bin(t, i))
			continue;
		if (speech_theophoric(s, i))
			continue; /* "ذبيح الله مجاهد", "عبد الله البرقان" */
		if (speech_formula_at(s, i) > 0)
			return false; /* "عز وجل", "رحمه الله": no name, nor part of one */
		if (i > a && speech_verb_at(s, i) != NULL && !speech_title_at(s, i - 1))
			return false; /* "رزاق أعلن": the name ended before its verb */
		if (i > a && speech_medium_at(s, i))
			return false; /* "صلاح لمحطة تلفزيون روما": whom he spoke to */
		if ((extract_stopword(xtok_at(t, i)->fold) && !speech_written_name(t, i)) ||
		    (i > a && speech_suffixed(t, i)) ||
		    speech_in(s, XW_TITLE, xtok_at(t, i)->fold) || speech_in(s, XW_BODY, xtok_at(t, i)->fold) ||
		    speech_in(s, XW_UNNAMED, xtok_at(t, i)->fold) ||
		    speech_not_name(xtok_at(t, i)->fold, i == a, speech_in(s, XW_GIVEN, xtok_at(t, i)->fold)))
			return false;
	}
	return true;
}

/* Does the word at n occur elsewhere without the word that follows it here? */
static bool
speech_seen_alone(const struct xtoks *t, size_t n)
{
	char buf[128];
	size_t k;

	for (k = 0; k < t->n; k++) {
		const char *u = xtok_unprefixed(xtok_at(t, k), buf, sizeof buf);
		if (k != n && (strcmp(xtok_at(t, k)->fold, xtok_at(t, n)->fold) == 0 || strcmp(u, xtok_at(t, n)->fold) == 0) &&
		    !(k + 1 < t->n && strcmp(xtok_at(t, k + 1)->fold, xtok_at(t, n + 1)->fold) == 0))
			return true;
	}
	return false;
}

/* A word that ends a name: a title, مسؤول, "لوكالة", "لصحيفة", "بجامعة". */
static bool
speech_name_ends(const struct speech *s, const struct xtok *k)
{
	char buf[128];
	const char *u = xtok_unprefixed(k, buf, sizeof buf);

	size_t i = (size_t)(k - s->t->v);

	if (k > s->t->v && k < s->t->v + s->t->n && speech_after_bin(s->t, i))
		return false; /* "عبدالله بن مساعد" */
	/*
	 * "علي جمعة مفتي مصر": a word of class office that no title list has
	 * (a family's name too: "عدنان مفتي") ends a name before its
	 * complement, a word that is no given name, title, verb or verbal
	 * noun (the verb's object: "أكد المحامي ريان مفتي صحة مجريات القضية").
	 */
	if (speech_in(s, XW_OFFICE, k->fold) && !speech_in(s, XW_TITLE, k->fold) && i + 1 < s->t->n &&
	    xtok_at(s->t, i + 1)->word && !xtok_at(s->t, i + 1)->nl && !xtok_at(s->t, i + 1)->num &&
	    !speech_in(s, XW_GIVEN, xtok_at(s->t, i + 1)->fold) && !speech_in(s, XW_TITLE, xtok_at(s->t, i + 1)->fold) &&
	    !speech_in(s, XW_MASDAR, xtok_at(s->t, i + 1)->fold) && !speech_masdar_shape(xtok_at(s->t, i + 1)->fold) &&
	    speech_verb_at(s, i + 1) == NULL)
		return true;
	/* not "بالنيابة" (acting) */
	return speech_in(s, XW_TITLE, k->fold) || speech_in(s, XW_UNNAMED, k->fold) ||
	       ((strncmp(k->fold, "ل", 2) == 0 || (strncmp(k->fold, "ب", 2) == 0 && strncmp(u, "ال", 4) != 0)) &&
		(speech_in(s, XW_BODY, u) || speech_in(s, XW_TITLE, u)));
}

/*
 * "رئيس بعثة منتخبنا للبطولة خالد الشافعي": where the title's words end
 * (with an ال or لـ word) and a name of two to four words takes the rest
 * of n..b-1; b when there is none.
 */
size_t
speech_name_suffix(const struct speech *s, size_t n, size_t b)
{
	const struct xtoks *t = s->t;
	char buf[128];
	size_t k;

	for (k = b >= n + 5 ? b - 4 : n + 1; k + 2 <= b; k++) {
		const char *prev = xtok_at(t, k - 1)->fold, *u = xtok_unprefixed(xtok_at(t, k), buf, sizeof buf);
		/* four words only as "محمد بن أحمد غانم" */
		if (b - k == 4 && strcmp(xtok_at(t, k + 1)->fold, "بن") != 0 && strcmp(xtok_at(t, k + 1)->fold, "بنت") != 0)
			continue;
		/* "في محافظة ينبع سامر بن علي العنيني": a place named after منطقة، محافظة, then the name */
		if ((strncmp(prev, "ال", 4) == 0 || (strncmp(prev, "ل", 2) == 0 && strlen(prev) > 6) ||
		     (k >= n + 2 && speech_in(s, XW_PLACE, xtok_at(t, k - 2)->fold))) &&
		    !speech_name_ends(s, xtok_at(t, k - 1)) &&
		    strncmp(xtok_at(t, k)->fold, "ال", 4) != 0 && !speech_in(s, XW_BODY, u) &&
		    !speech_in(s, XW_TITLE, u) && speech_name_words(s, k, b))
			return k;
	}
	return b;
}

/* Is one of tokens a..b-1 a word that ends a name ("بمنطقة")? */
static bool
speech_has_name_end(const struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	for (; a < b; a++)
		if (speech_name_ends(s, xtok_at(t, a)))
			return true;
	return false;
}

/*
 * "الباحث حمدي محمود الأستاذ المساعد بجامعة ...": a name of two to four
 * words between two titles (the second one indefinite if asked: "أستاذ");
 * its tokens *n..*e-1.
 */
static bool
speech_between_titles(const struct speech *s, size_t a, size_t b, bool indefinite, size_t *n, size_t *e)
{
	const struct xtoks *t = s->t;
	size_t p, i;

	for (p = a; p + 3 < b; p++) {
		if (!speech_in(s, XW_TITLE, xtok_at(t, p)->fold) || strncmp(xtok_at(t, p + 1)->fold, "ال", 4) == 0 ||
		    speech_in(s, XW_TITLE, xtok_at(t, p + 1)->fold))
			continue;
		for (i = p + 2; i < b && i <= p + 5; i++)
			if (speech_title_at(s, i))
				break;
		if (indefinite && i < b && strncmp(xtok_at(t, i)->fold, "ال", 4) == 0)
			continue;
		if (i < b && i <= p + 5 && speech_name_words(s, p + 1, i) && !speech_has_name_end(s, p + 1, i)) {
			*n = p + 1;
			*e = i;
			return true;
		}
	}
	return false;
}

/*
 * "مدير إدارة الإعلام في أمانة منطقة حائل سعد الثويني": a name of two or
 * three words that starts with a known given name and ends the chain
 * a..b-1; where it starts, else b.
 */
size_t
speech_given_at_end(const struct speech *s, size_t a, size_t b)
{
	size_t k;

	for (k = b >= a + 4 ? b - 4 : a; k + 2 <= b; k++)
		if ((speech_in(s, XW_GIVEN, xtok_at(s->t, k)->fold) ||
		     (k + 2 < b && strcmp(xtok_at(s->t, k)->fold, "عبد") == 0 &&
		      strncmp(xtok_at(s->t, k + 1)->fold, "ال", 4) == 0)) && /* "عبد الرحمن رحيمي" */
		    speech_name_words(s, k, b) && (b - k < 4 || strcmp(xtok_at(s->t, k)->fold, "عبد") == 0))
			return k;
	return b;
}

/* "متحدث باسم الشرطة", "المتحدث باسم الرئاسة الكورية": the body it speaks for; -1 if none. */
static int
speech_spokesman(struct speech *s, size_t a, size_t b)
{
	size_t k;
	char *name;
	int sp;

	for (k = a + 1; k + 1 < b; k++)
		if (strcmp(xtok_at(s->t, k)->fold, "باسم") == 0)
			break;
	if (k + 1 >= b || !speech_in(s, XW_TITLE, xtok_at(s->t, k - 1)->fold))
		return -1;
	name = speech_text(s->t, k + 1, b);
	sp = speech_speaker(s, -1, name, true, NULL);
	free(name);
	s->voiced = sp >= 0; /* "وأوضح": the spokesman goes on, a man */
	return sp;
}

/*
 * Token i is لـ + a word of a title chain: "لوزارة", "لشرطة", "لحرس
 * الحدود" (a definite word after it), not a name such as لويس.
 */
static bool
speech_lam_word(const struct speech *s, size_t i)
{
	const char *f = xtok_at(s->t, i)->fold, *u = f + 2;

	if (strncmp(f, "ل", 2) != 0 || strlen(f) <= 6 || speech_in(s, XW_GIVEN, f))
		return false;
	return speech_in(s, XW_BODY, u) || speech_in(s, XW_TITLE, u) || speech_in(s, XW_PLACE, f) ||
	       strncmp(xtok_at(s->t, i + 1)->fold, "ال", 4) == 0;
}

/* Letters a word's shape is read from, at most. */
#define SPEECH_LETTERS_MAX 9

/* The letters (code points) of folded word f into c: how many, 0 when it has more than SPEECH_LETTERS_MAX. */
static size_t
speech_letters(const char *f, uint32_t *c)
{
	size_t n = 0, off = 0, len = strlen(f);

	while (off < len && n < SPEECH_LETTERS_MAX)
		c[n++] = utf8_next(f, len, &off);
	return off == len ? n : 0;
}

/*
 * A verbal noun of the form التفعيل (التصويت، التأكيد، التعزيز): the
 * verb's object after a name, never a surname (folded text).
 */
bool
speech_masdar(const char *f)
{
	uint32_t c[SPEECH_LETTERS_MAX];
	size_t n = speech_letters(f, c);

	return n == 7 && c[0] == 0x627 && c[1] == 0x644 && c[2] == 0x62A && c[5] == 0x64A;
}

static bool speech_pronoun_noun(const struct speech *s, size_t a);
static void speech_mark_name(struct speech *s, size_t a, size_t b, bool titled);

/* Token i ends in ا without the article: an indefinite accusative (مقالا، بيانا), seldom a name's last word. */
bool
speech_accusative(const struct xtoks *t, size_t i)
{
	const char *f = xtok_at(t, i)->fold;
	size_t n = strlen(f);

	return xtok_at(t, i)->word && n > 6 && strcmp(f + n - 2, "ا") == 0 && strncmp(f, "ال", 4) != 0;
}

/*
 * The last known given name in a..b-1 that starts a name of two words or
 * more ending inside it (speech_given_name_end); where it starts, *e its
 * end, else b.
 */
size_t
speech_given_inside(const struct speech *s, size_t a, size_t b, size_t *e)
{
	size_t k;

	for (k = b >= 2 ? b - 2 : 0; k + 1 > a && k + 2 <= b; k--) {
		if (speech_in(s, XW_GIVEN, xtok_at(s->t, k)->fold) && (*e = speech_given_name_end(s, k)) >= k + 2 && *e <= b) {
			if (speech_lineage(s, k, b) && speech_name_words(s, k, b))
				*e = b; /* "فيصل بن منير حلبي": a lineage runs to the chain's end */
			return k;
		}
		if (k == 0)
			break;
	}
	return b;
}

/*
 * The first known given name in a..b-1 that starts a name of two words or
 * more ending inside it, not after بن or another given name ("ووصف الوزير
 * محمد العلي مقتل خالد الشمري بأنه": محمد); where it starts, *e its end,
 * else b.
 */
size_t
speech_given_first(const struct speech *s, size_t a, size_t b, size_t *e)
{
	size_t k;

	for (k = a; k + 2 <= b; k++) {
		if (!speech_in(s, XW_GIVEN, xtok_at(s->t, k)->fold) || speech_after_bin(s->t, k) ||
		    (k > a && speech_in(s, XW_GIVEN, xtok_at(s->t, k - 1)->fold)))
			continue;
		if ((*e = speech_given_name_end(s, k)) >= k + 2 && *e <= b)
			return k;
	}
	return b;
}

/*
 * Tokens a..b-1, a chain of titles longer than SPEECH_SUBJECT_MAX, end
 * with a name right after a title: a given name (or a compound one) and at
 * most six more words of a name ("... والإفتاء الشيخ عبد العزيز بن عبد
 * الله آل الشيخ").
 */
bool
speech_long_chain_named(const struct speech *s, size_t a, size_t b)
{
	size_t k;

	for (k = b >= 2 ? b - 2 : 0; k > a && k + 7 >= b; k--)
		if (speech_title_at(s, k - 1) &&
		    (speech_in(s, XW_GIVEN, xtok_at(s->t, k)->fold) || speech_compound_given(s, k, b)) &&
		    speech_name_words(s, k, b))
			return true;
	return false;
}

/*
 * "أمس", "اليوم الأحد", "يوم الثلاثاء", "أول من أمس", "(الاثنين)": the
 * words of time at b, between a subject and what it said (class time of
 * data/speech.tsv); the token past them, b itself when none.
 */
size_t
speech_past_time(const struct speech *s, size_t b)
{
	const struct xtoks *t = s->t;
	size_t k = b;

	while (k < t->n) {
		if (xtok_at(t, k)->word && !xtok_at(t, k)->nl && speech_in(s, XW_TIME, xtok_at(t, k)->fold))
			k++;
		else if (k + 2 < t->n && !xtok_at(t, k)->nl && strcmp(xtok_at(t, k)->fold, "اول") == 0 &&
			 strcmp(xtok_at(t, k + 1)->fold, "من") == 0 && strcmp(xtok_at(t, k + 2)->fold, "امس") == 0)
			k += 3;
		else if (k > b && k + 2 < t->n && xtok_is(t, k, "(") && xtok_at(t, k + 1)->word &&
			 speech_in(s, XW_TIME, xtok_at(t, k + 1)->fold) && xtok_is(t, k + 2, ")"))
			k += 3; /* "اليوم (الاثنين)" */
		else
			break;
	}
	return k;
}

/*
 * What he said starts at b: أن, a colon or a quotation mark, after a comma
 * or the medium he spoke to ("الأغا، أن", "الأغا لـ«عكاظ» إن") or words of
 * time ("الأغا أمس إن"); nothing between that could be the verb's object.
 */
bool
speech_says_next(const struct speech *s, size_t b)
{
	const struct xtoks *t = s->t;

	b = speech_past_time(s, b);
	if (xtok_is(t, b, "،") || xtok_is(t, b, ","))
		b++;
	if (speech_medium_at(s, b)) {
		int q = strcmp(xtok_at(t, b)->fold, "ل") == 0 ? speech_quote_at(s, b + 1) : -1;
		b = q >= 0 ? s->q[q].close + 1 : b + 1;
	}
	if (xtok_is(t, b, "،") || xtok_is(t, b, ","))
		b++;
	return b < t->n && (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, b)->fold) || xtok_is(t, b, ":") ||
			    speech_quote_at(s, b) >= 0);
}

/*
 * Token i has the shape of a family's name: a nisba ("الزهراني", not
 * "المستشفى" in ى), ال on a given name, or "الدين" ("شرف الدين").
 */
static bool
speech_family_shape(const struct speech *s, size_t i)
{
	const struct xtok *k = xtok_at(s->t, i);

	if (strcmp(k->fold, "الدين") == 0)
		return true;
	return speech_known_surname(s, i) && !(k->b1 - k->b0 >= 2 && memcmp(s->t->text + k->b1 - 2, "ى", 2) == 0);
}

/* "مراقبة", "مساعدة": the verbal noun مفاعلة (folded ة is ه), no name. */
static bool
speech_mufaala(const char *f)
{
	uint32_t c[SPEECH_LETTERS_MAX];
	size_t n = speech_letters(f, c);

	return n == 6 && c[0] == 0x645 && c[2] == 0x627 && (c[5] == 0x647 || c[5] == 0x629);
}

/*
 * "الناطق الإعلامي بصحة الطائف بالنيابة عيضة الهذلي": a title chain that
 * ends with two or three words of a name no list knows, the first with no
 * article nor a preposition on it, right after a definite word (a chain's
 * words go from indefinite heads to definite complements, not back); where
 * the name starts, else b.
 */
static size_t
speech_name_after_definite(const struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	size_t len, k;

	for (len = 2; len <= 3; len++) {
		const char *f, *p;
		if (b < a + len + 2)
			break;
		k = b - len;
		f = xtok_at(t, k)->fold;
		p = xtok_at(t, k - 1)->fold;
		if (!xtok_at(t, k - 1)->word ||
		    !(strncmp(p, "ال", 4) == 0 || strncmp(p, "بال", 6) == 0 || strncmp(p, "لل", 4) == 0))
			continue;
		if (strncmp(f, "ال", 4) == 0 || strncmp(f, "ب", 2) == 0 || strncmp(f, "ل", 2) == 0 ||
		    strncmp(f, "و", 2) == 0 || strncmp(f, "ف", 2) == 0 || speech_title_at(s, k) ||
		    speech_in(s, XW_BODY, f) || speech_in(s, XW_PLACE, f) || speech_in(s, XW_UNNAMED, f) ||
		    speech_in(s, XW_TIME, f) || speech_in(s, XW_NONNAME, f) || speech_masdar_shape(f) ||
		    speech_mufaala(f) || !speech_name_words(s, k, b))
			continue;
		return k;
	}
	return b;
}

static bool speech_foreign_name_word(const struct speech *s, size_t i);
static bool speech_family_named(const struct speech *s, size_t a);

/* Token i may be a word of a person's name: a known given name, or a word of a foreign name no list knows. */
static bool
speech_person_word(const struct speech *s, size_t i)
{
	return speech_in(s, XW_GIVEN, xtok_at(s->t, i)->fold) || speech_foreign_name_word(s, i);
}

/* A person introduced by a title: the name after the last title word. */
int
speech_titled_person(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	size_t last = a, i, n, end = b, bin, reach, e;
	int sp;

	/* "البروفيسور فلان أستاذ علم ...": an indefinite title follows the name */
	if (speech_between_titles(s, a, b, true, &n, &i)) {
		b = i;
		goto named;
	}
	/*
	 * "الأمير عبدالله بن مساعد بن عبدالعزيز الرئيس العام لرعاية الشباب":
	 * after a name with بن, a title is an apposition; the name follows the
	 * titles before it.
	 */
	for (bin = a + 1; bin + 1 < b && strcmp(xtok_at(t, bin)->fold, "بن") != 0; bin++)
		;
	if (bin + 1 >= b || speech_title_at(s, bin - 1))
		bin = b;
	for (i = a; i < bin; i++)
		if (speech_title_at(s, i))
			last = i;
	n = last + 1;
	/*
	 * "اللواء التميمي" after "اللواء علي التميمي": a title and the surname
	 * (with ال, which a title's complement has too) of a person named in
	 * full before.
	 */
	if (n + 1 == b && xtok_at(t, n)->word && strncmp(xtok_at(t, n)->fold, "ال", 4) == 0) {
		size_t k;
		for (k = 0; k < s->r->nspeakers; k++)
			if (!s->r->speakers[k].body && !s->r->speakers[k].group && strchr(s->r->speakers[k].name, ' ') != NULL &&
			    speech_is_speaker(s, k, xtok_at(t, n)->fold))
				return speech_called(s, k, n);
	}
	if (n < b && (strcmp(xtok_at(t, n)->fold, "اول") == 0 || strcmp(xtok_at(t, n)->fold, "ثان") == 0))
		n++; /* "الملازم أول" */
	for (; n < b; n++) {
		const char *f = xtok_at(t, n)->fold;
		if (!(strncmp(f, "ال", 4) == 0 || strncmp(f, "لل", 4) == 0 || strcmp(f, "باسم") == 0 ||
		      speech_in(s, XW_BODY, f) || speech_lam_word(s, n)))
			break;
		if (n + 2 < b && speech_in(s, XW_PLACE, f))
			n++; /* "أمير منطقة حائل سعد بن فهد": حائل is the place */
	}
	/*
	 * "الكولونيل واين موروتو مسؤول الشؤون العامة", "فلان لوكالة الأنباء":
	 * the name ends at the next title or medium.
	 */
	reach = bin < b ? 8 : 4; /* a name with بن runs longer */
	for (i = n + 1; i < b && i <= n + reach; i++)
		if (speech_name_ends(s, xtok_at(t, i)))
			break;
	if (i < b && i <= n + reach && speech_name_words(s, n, i))
		b = i;
	/* "عبد الله بن سعود آل سعود مثالا": the family's name ends the name */
	for (i = n + 1; i + 1 < b; i++)
		if (strcmp(xtok_at(t, i)->fold, "ال") == 0 && xtok_at(t, i + 1)->word) {
			b = i + 2;
			break;
		}
	/* "فيليب هاموند دعوته", "لويس فان جال للإعلاميين" */
	while (b > n + 2 && (speech_suffixed(t, b - 1) || strncmp(xtok_at(t, b - 1)->fold, "لل", 4) == 0))
		b--;
	/* "خالد المطرود بجهود رجال الأمن": a word with ب or ل after a given name and a family name with ال is the object's */
	i = n + 2;
	if (i < b && speech_in(s, XW_GIVEN, xtok_at(t, n)->fold) &&
	    (strncmp(xtok_at(t, i)->fold, "ب", 2) == 0 || strncmp(xtok_at(t, i)->fold, "ل", 2) == 0) &&
	    strlen(xtok_at(t, i)->fold) > 6 && strncmp(xtok_at(t, i - 1)->fold, "ال", 4) == 0 &&
	    strcmp(xtok_at(t, i - 1)->fold, "ال") != 0)
		b = i;
	/* "حسن الضبيعي ثقته التامة": the object, a noun with a pronoun, ends the name */
	for (i = n + 2; i < b; i++)
		if (speech_pronoun_noun(s, i)) {
			b = i;
			break;
		}
	/* "الدكتور هورتون" after "الدكتور دانيال هورتون": a surname named in full before */
	if (b == n + 1 && xtok_at(t, n)->word && strncmp(xtok_at(t, n)->fold, "ال", 4) != 0) {
		size_t k;
		for (k = 0; k < s->r->nspeakers; k++)
			if (!s->r->speakers[k].body && strchr(s->r->speakers[k].name, ' ') != NULL &&
			    speech_is_speaker(s, k, xtok_at(t, n)->fold))
				return speech_called(s, k, n);
	}
	/*
	 * "مدرب تشلسي البرتغالي جوزيه مورينيو": a nationality inside the
	 * words after the titles (no family's name: "بالباحة ناصر الغامدي
	 * كلمة"), then a name of two or three words to the end; the name
	 * starts after the nationality.
	 */
	for (i = n + 1; n < b && i + 3 <= b && i + 4 >= b && !speech_in(s, XW_GIVEN, xtok_at(t, n)->fold); i++)
		if (speech_nisba(xtok_at(t, i)->fold) && !speech_ta_marbuta(t, i) && !speech_in(s, XW_GIVEN, xtok_at(t, i - 1)->fold) &&
		    !speech_family_named(s, i) && speech_person_word(s, i + 1) && speech_person_word(s, b - 1) &&
		    (i + 3 >= b || speech_person_word(s, i + 2))) {
			n = i + 1;
			break;
		}
	/* "أستاذ علم البيئة سامي عشقي": the name starts at the given name */
	if (n < b && !speech_in(s, XW_GIVEN, xtok_at(t, n)->fold) && !speech_compound_given(s, n, b) &&
	    (i = speech_given_at_end(s, n + 1, b)) < b)
		n = i;
	else if (n < b && !speech_in(s, XW_GIVEN, xtok_at(t, n)->fold) && !speech_compound_given(s, n, b) &&
		 !speech_name_words(s, n, b) && (i = speech_given_inside(s, n + 1, b, &e)) < b) {
		n = i; /* "رئيس جمعية سيهات الخيرية عبدالرؤوف المطرود بدور رجال الأمن": the name, then the object */
		b = e;
	}
	/*
	 * "رئيس البعثة حبيب الكري الشكر لإدارة النادي": a known given name
	 * and the name it starts, then a word of no name (not a family's in ي:
	 * "العميد بحري محمد بن عوضة الزهراني") and the last words, the verb's
	 * object: the name ends before them, it is not theirs ("لإدارة النادي").
	 * Not a name a body bears ("الأمين العام لصندوق الأمير سلطان بن
	 * عبدالعزيز فلان": a body's word or one with ل, a title, the name).
	 */
	if (n < b && speech_in(s, XW_GIVEN, xtok_at(t, n)->fold) && !speech_name_words(s, n, b) &&
	    !(n >= a + 2 && speech_title_at(s, n - 1) &&
	      (speech_in(s, XW_BODY, xtok_at(t, n - 2)->fold) ||
	       (strncmp(xtok_at(t, n - 2)->fold, "ل", 2) == 0 && strncmp(xtok_at(t, n - 2)->fold, "لل", 4) != 0))) &&
	    (e = speech_given_name_end(s, n)) >= n + 2 && e < b && !speech_nisba(xtok_at(t, e)->fold) &&
	    (i = speech_name_suffix(s, n, b)) > e && i < b)
		b = e;
	if (n < b && !speech_name_words(s, n, b))
		n = speech_name_suffix(s, n, b);
	/* "بجامعة ...": not a name; "الباحث فلان الأستاذ المساعد بجامعة" has one before. */
	if ((n >= b || !speech_name_words(s, n, b) || speech_name_ends(s, xtok_at(t, n))) &&
	    speech_between_titles(s, a, end, false, &n, &i))
		b = i;
named:
	/*
	 * "رئيس جمعية حقوق الإنسان": words after a body's head noun complete
	 * it (its construct), they are no one's name.
	 */
	if (n > a && n < b && speech_in(s, XW_BODY, xtok_at(t, n - 1)->fold) &&
	    strncmp(xtok_at(t, n - 1)->fold, "ال", 4) != 0 && !speech_in(s, XW_GIVEN, xtok_at(t, n)->fold))
		n = b;
	if ((n >= b || !speech_name_words(s, n, b) || speech_name_ends(s, xtok_at(t, n))) &&
	    (n = speech_given_at_end(s, a + 1, b)) >= b && (n = speech_name_after_definite(s, a, b)) >= b) {
		int sp0 = speech_by_title_start(s, a, b);
		return sp0 >= 0 ? sp0 : speech_spokesman(s, a, b);
	}
	/*
	 * "فيليب هاموند التصدي": a third word with ال after two without is
	 * the verb's object, unless the second is a father's name ("خالد
	 * عبدالله الشمري") or the third a family's name right before what he
	 * said ("عماد منسي الزهراني، أن").
	 */
	if (b - n == 3 && strncmp(xtok_at(t, b - 1)->fold, "ال", 4) == 0 &&
	    ((strncmp(xtok_at(t, n + 1)->fold, "ال", 4) != 0 && !speech_in(s, XW_GIVEN, xtok_at(t, n + 1)->fold) &&
	      !speech_after_bin(t, n + 2) && strcmp(xtok_at(t, n + 1)->fold, "عبد") != 0 &&
	      strcmp(xtok_at(t, n + 1)->fold, "ابو") != 0 &&
	      !(speech_says_next(s, b) && speech_family_shape(s, b - 1))) || /* "رامي عبد الرحمن" */
	     speech_masdar(xtok_at(t, b - 1)->fold)))
		b--; /* "محمد الناصر التصويت على القانون": التصويت is a verbal noun */
	/*
	 * "ناصر الغامدي كلمة": a noun in ة without ال after a family name with
	 * it is the verb's object (not "فضل البو عينين": a family name of two words)
	 */
	else if (b - n == 3 && strncmp(xtok_at(t, n + 1)->fold, "ال", 4) == 0 && strcmp(xtok_at(t, n + 1)->fold, "ال") != 0 &&
		 speech_ta_marbuta(t, b - 1) &&
		 strcmp(xtok_at(t, n)->fold, "عبد") != 0 && strcmp(xtok_at(t, n)->fold, "ابو") != 0 &&
		 !speech_theophoric(s, n + 1) && strncmp(xtok_at(t, b - 1)->fold, "ال", 4) != 0 && !speech_theophoric(s, b - 1))
		b--;
	/*
	 * "محمد جواد ظريف مقالا", "خالد العتيبي بيانا": an accusative noun
	 * (ending in ا) after a name of three words, or of a given name and a
	 * family name with ال, is its object; not "عبد الله أبشروا", "عبد الباسط سيدا".
	 */
	if (((b - n >= 4 && strcmp(xtok_at(t, n)->fold, "عبد") != 0) ||
	     (b - n == 3 && strncmp(xtok_at(t, n + 1)->fold, "ال", 4) == 0 && !speech_theophoric(s, n + 1) &&
	      strcmp(xtok_at(t, n + 1)->fold, "ال") != 0 && strcmp(xtok_at(t, n)->fold, "عبد") != 0 &&
	      strcmp(xtok_at(t, n)->fold, "ابو") != 0)) &&
	    speech_accusative(t, b - 1) && !speech_in(s, XW_GIVEN, xtok_at(t, b - 1)->fold))
		b--;
	if (b - n < 2) { /* one word: only a surname already known */
		size_t k;
		for (k = 0; k < s->r->nspeakers; k++)
			if (!s->r->speakers[k].body && speech_is_speaker(s, k, xtok_at(t, n)->fold))
				return speech_called(s, k, n);
		return -1;
	}
	if (b - n == 3 && speech_seen_alone(t, n))
		n++; /* "لأمانة جازان طارق الرفاعي": جازان is a place named elsewhere */
	/*
	 * "وقال مدير مطار الجوف" after "مدير مطار الجوف عبدالمحسن المضيان":
	 * words that start with no given name, after a title that named a
	 * person before, are that title's rest, not a new name.
	 */
	if (n > a && !speech_in(s, XW_GIVEN, xtok_at(t, n)->fold) && !speech_compound_given(s, n, b) &&
	    (sp = speech_by_title(s, a, b)) >= 0 && !s->r->speakers[sp].body)
		return sp;
	if (s->cut || (sp = speech_person(s, n, b)) < 0)
		return -2;
	speech_mark_name(s, n, b, true);
	speech_record_title(s, a, n, sp);
	/*
	 * "الدكتور علي جمعة مفتي مصر السابق: ...": a title after the name of
	 * one who speaks is his too, with what qualifies it (السابق): a later
	 * "مفتي مصر السابق" is he.  Only right before what he said: a long
	 * chain after a name merely mentioned ("الأمير فلان ولي العهد نائب
	 * رئيس ...") would take in other titles' words.
	 */
	if (b < end && (speech_title_at(s, b) || speech_name_ends(s, xtok_at(t, b))) && speech_says(s, end))
		speech_record_title(s, b, end, sp);
	return sp;
}

/* Token i links a lineage: بن, بنت, or آل (folded ال). */
bool
speech_link(const struct xtoks *t, size_t i)
{
	const char *f = xtok_at(t, i)->fold;

	return strcmp(f, "بن") == 0 || strcmp(f, "بنت") == 0 || strcmp(f, "ال") == 0;
}

/*
 * The article writes the word rest elsewhere than at token a: alone, with
 * ال or وال, or after a clitic; after a long vowel only with ال ("باولا"
 * is a name though the article writes أولا).
 */
static bool
speech_written_bare(const struct speech *s, size_t a, const char *rest)
{
	const struct xtoks *t = s->t;
	bool vowel = strncmp(rest, "ا", 2) == 0 || strncmp(rest, "و", 2) == 0 || strncmp(rest, "ي", 2) == 0;
	char buf[128];
	size_t k;

	for (k = 0; k < t->n; k++) {
		const char *g = xtok_at(t, k)->fold;
		if (k == a || !xtok_at(t, k)->word)
			continue;
		if ((strncmp(g, "ال", 4) == 0 && strcmp(g + 4, rest) == 0) ||
		    (strncmp(g, "وال", 6) == 0 && strcmp(g + 6, rest) == 0) ||
		    (!vowel && (strcmp(g, rest) == 0 || strcmp(xtok_unprefixed(xtok_at(t, k), buf, sizeof buf), rest) == 0)))
			return true;
	}
	return false;
}

/*
 * Token a is a clitic on a common noun ("بنظام التزكية", "لوكالة مهر",
 * "بارتفاع بنسبة", "وقدرة الأجهزة", "وبشهادة بشار الأسد"), not a name
 * such as بيتر, لويس or ويلسون: بـ, لـ or و on three letters or more, a
 * word no given-name list has, and the article writes the noun without
 * the clitic too (نظام, النظام, والنظام) or the noun starts a body or
 * a title (لوكالة, لصحيفة); after و also a word of a closed class or
 * with ال, or again a clitic on a noun.
 */
static bool
speech_clitic_noun(const struct speech *s, size_t a)
{
	const char *f = xtok_at(s->t, a)->fold, *rest = f + 2;

	if (strlen(rest) < 6 || speech_in(s, XW_GIVEN, f))
		return false;
	if (strncmp(f, "و", 2) == 0) {
		if (strncmp(rest, "ال", 4) == 0 || extract_stopword(rest) || speech_in(s, XW_GIVEN, rest) ||
		    speech_in(s, XW_TITLE, rest) || speech_in(s, XW_BODY, rest) || speech_written_bare(s, a, rest))
			return true;
		f = rest, rest = f + 2;
		if (strlen(rest) < 6 || speech_in(s, XW_GIVEN, f))
			return false;
	}
	return (strncmp(f, "ب", 2) == 0 || strncmp(f, "ل", 2) == 0) &&
	       (speech_in(s, XW_BODY, rest) || speech_in(s, XW_TITLE, rest) || speech_written_bare(s, a, rest));
}

/*
 * Token a is a reporting verb that would start the name ("أعلنت المنسقية"),
 * not after a title or a definite noun (a profession), where a name may
 * look like a verb: "العميد روي الكبيتس", "والمذيعة رؤى الصبان".
 */
static bool
speech_verb_first(const struct speech *s, size_t a)
{
	const struct xtoks *t = s->t;
	char buf[128];
	const char *u = xtok_unprefixed(xtok_at(t, a - 1), buf, sizeof buf);

	if (speech_verb_at(s, a) == NULL || speech_in(s, XW_GIVEN, xtok_at(t, a)->fold))
		return false;
	return !(a > 0 && xtok_at(t, a - 1)->word && !xtok_at(t, a)->nl &&
		 (speech_title_at(s, a - 1) || strncmp(u, "ال", 4) == 0 ||
		  speech_in(s, XW_TITLE, u)));
}

/*
 * Token a is a noun with a pronoun ("زوجته", "عائلته", "تبعاتهما"): four
 * letters or more, written with ته, ها, هم or هما at the end, and no given
 * name.  (ه alone after a consonant is also how عبده or أسامه are written.)
 */
static bool
speech_pronoun_noun(const struct speech *s, size_t a)
{
	const struct xtok *k = xtok_at(s->t, a);
	const char *w = s->t->text + k->b0;
	size_t n = k->b1 - k->b0;

	if (!k->word || n < 8 || speech_in(s, XW_GIVEN, k->fold))
		return false;
	return memcmp(w + n - 4, "ته", 4) == 0 || memcmp(w + n - 4, "ها", 4) == 0 || memcmp(w + n - 4, "هم", 4) == 0 ||
	       (n >= 10 && memcmp(w + n - 6, "هما", 6) == 0);
}

/*
 * Is token i a word only a person's name has: a given name, a kunya (أبو,
 * أم), a lineage (بن) or a theophoric name (عبد, عبدالله)?  A name's part
 * may start there (محمد البلوي in إبراهيم محمد البلوي).
 */
static bool
speech_name_mark(const struct speech *s, size_t i)
{
	const char *f = xtok_at(s->t, i)->fold;

	return speech_in(s, XW_GIVEN, f) || strcmp(f, "ابو") == 0 || strcmp(f, "ابا") == 0 || strcmp(f, "ام") == 0 ||
	       strcmp(f, "بن") == 0 || strcmp(f, "ابن") == 0 || strcmp(f, "بنت") == 0 || strncmp(f, "عبد", 6) == 0;
}

/* Is token i a lineage or a kunya (بن, أبو), or a theophoric name (عبد, عبدالله)? */
static bool
speech_lineage_word(const struct speech *s, size_t i)
{
	const char *f = xtok_at(s->t, i)->fold;

	return strncmp(f, "عبد", 6) == 0 || (speech_name_mark(s, i) && !speech_in(s, XW_GIVEN, f));
}

/* Is token i a surname known as a name: a given name, with ال or without (الفهد), or a nisba (البلوي)? */
bool
speech_known_surname(const struct speech *s, size_t i)
{
	const char *f = xtok_at(s->t, i)->fold;
	size_t n = strlen(f);

	if (speech_in(s, XW_GIVEN, f))
		return true;
	return strncmp(f, "ال", 4) == 0 && (speech_in(s, XW_GIVEN, f + 4) || (n > 8 && strcmp(f + n - 2, "ي") == 0));
}

/* Token i is the surname of a person named in full before it: "المحيسن" after "خالد بن عبد المحسن المحيسن". */
bool
speech_named_surname(struct speech *s, size_t i)
{
	size_t k;
	int sp;

	for (k = 0; k < s->nmen; k++) {
		if (s->men_pos[k] >= i)
			continue;
		sp = s->men_sp[k];
		if (!s->r->speakers[sp].body && !s->r->speakers[sp].group && strchr(s->r->speakers[sp].name, ' ') != NULL &&
		    speech_is_speaker(s, (size_t)sp, xtok_at(s->t, i)->fold))
			return true;
	}
	return false;
}

/* Is token i written with the article (not أل of ألبرتو, which folds like it)? */
bool
speech_article(const struct xtoks *t, size_t i)
{
	const struct xtok *k = xtok_at(t, i);

	return k->b1 - k->b0 > 4 && memcmp(t->text + k->b0, "ال", 4) == 0;
}

/*
 * Are tokens a..b-1 a name by their shape: a lineage, a kunya or عبد in
 * it, or a given name and then a known surname (إبراهيم البلوي, أحمد
 * الفهد); after a title (titled), also a first word that is no noun with
 * ال or ة and then a known surname that is no country's nisba (رئيس
 * الوزراء العراقي السابق نوري المالكي)?  Not حسن الجوار (good
 * neighbourliness) nor خميس مشيط (a town): a given name's word before a
 * word of no name's shape.  A title alone is no proof: the press writes
 * bodies and places after one (مدير أمن عدن, رئيس جمهورية الشيشان, لاعب
 * ميلان الإيطالي).
 */
static bool
speech_name_shape(const struct speech *s, size_t a, size_t b, bool titled)
{
	const char *first = xtok_at(s->t, a)->fold;
	size_t i, n = strlen(first);

	for (i = a; i < b; i++)
		if (speech_lineage_word(s, i))
			return true;
	for (i = a + 1; speech_in(s, XW_GIVEN, first) && i < b; i++)
		if (speech_known_surname(s, i))
			return true;
	if (!titled || speech_article(s->t, a) || (n >= 2 && strcmp(first + n - 2, "ه") == 0))
		return false;
	for (i = a + 1; i < b; i++)
		if (speech_known_surname(s, i) && !xents_country_nisba(s->lx->ents, xtok_at(s->t, i)->fold))
			return true;
	return false;
}

/*
 * Mark tokens a..b-1, the name of a person just found (after a title:
 * titled), in s->named: 2 on a word a name may start with (its first, a
 * given name, a kunya), 1 on the others.  Only a name of two words or
 * more, with no function word, of a name's shape (speech_name_shape):
 * "أشعة الشمس", taken once for a speaker, and "حسن الجوار" name no one.
 */
static void
speech_mark_name(struct speech *s, size_t a, size_t b, bool titled)
{
	size_t i;

	if (s->named == NULL || b < a + 2)
		return;
	for (i = a; i < b; i++)
		if (!xtok_at(s->t, i)->word || (extract_stopword(xtok_at(s->t, i)->fold) && !speech_written_name(s->t, i)))
			return;
	if (!speech_name_shape(s, a, b, titled))
		return;
	for (i = a; i < b; i++) {
		size_t o = s->orig != NULL ? s->orig[i] : i;
		s->named[o] = i == a || speech_name_mark(s, i) ? 2 : s->named[o] > 1 ? 2 : 1;
	}
}

static int speech_surname(struct speech *s, size_t a);

/* Token i is a word of class nonname of data/speech.tsv, with or without و ف ب ل on it (not a given name). */
bool
speech_nonname_class(const struct speech *s, size_t i)
{
	char buf[128];

	return xtok_at(s->t, i)->word && !speech_in(s, XW_GIVEN, xtok_at(s->t, i)->fold) &&
	       (speech_in(s, XW_NONNAME, xtok_at(s->t, i)->fold) ||
		speech_in(s, XW_NONNAME, xtok_unprefixed(xtok_at(s->t, i), buf, sizeof buf)));
}

/*
 * Token i is no word of a name: a word of class nonname of data/speech.tsv
 * (لي، عنه، هل، فلا، ذات، فإنني, also after و ف ب ل), a function word (not
 * علي or فان, names written so), a pronoun object or relayed words after a
 * verb (لهم، قوله), or a reporting verb with a pronoun on it (قاله، أكدها);
 * not a given name, nor the first half of a compound (حسب الله).
 */
bool
speech_nonname_word(const struct speech *s, size_t i)
{
	static const char *const pron[] = { "ه", "ها", "هم", "هما" };
	const struct xtok *k = xtok_at(s->t, i);
	char buf[128];
	size_t n = strlen(k->fold), j;

	if (!k->word || speech_written_name(s->t, i) || speech_in(s, XW_GIVEN, k->fold) ||
	    (i + 1 < s->t->n && speech_theophoric(s, i + 1)))
		return false;
	/* "لإحدى الصحف": whom he spoke to, an unnamed one */
	if ((strncmp(k->fold, "ل", 2) == 0 || strncmp(k->fold, "ب", 2) == 0) &&
	    speech_in(s, XW_UNNAMED, xtok_unprefixed(k, buf, sizeof buf)))
		return true;
	if (speech_nonname_class(s, i) || speech_in(s, XW_OBJECT, k->fold) || speech_in(s, XW_RELAY, k->fold) || extract_stopword(k->fold))
		return true;
	for (j = 0; j < sizeof pron / sizeof *pron; j++) {
		size_t m = strlen(pron[j]);
		if (n >= m + 6 && n - m < sizeof buf && strcmp(k->fold + n - m, pron[j]) == 0) {
			memcpy(buf, k->fold, n - m);
			buf[n - m] = '\0';
			if (xwords_verb(s->lx->words, buf) != NULL)
				return true;
		}
	}
	return false;
}

/*
 * Has the folded word the shape of a verbal noun of a derived verb:
 * إفعال (إشراك), افتعال (انتصار), انفعال (انطلاق), استفعال (استقبال),
 * تفعيل (تبليغ), تفاعل (تعاون)?  Some are given names too (إحسان,
 * انتصار): only after a clitic is it read so.
 */
bool
speech_masdar_shape(const char *f)
{
	uint32_t c[SPEECH_LETTERS_MAX];
	size_t n = speech_letters(f, c);
	const uint32_t alef = 0x627, ta = 0x62A, ya = 0x64A, nun = 0x646, sin = 0x633;

	return (n == 5 && c[0] == alef && c[3] == alef) || (n == 5 && c[0] == ta && c[3] == ya) ||
	       (n == 5 && c[0] == ta && c[2] == alef) || (n == 6 && c[0] == alef && c[2] == ta && c[4] == alef) ||
	       (n == 6 && c[0] == alef && c[1] == nun && c[4] == alef) ||
	       (n == 7 && c[0] == alef && c[1] == sin && c[2] == ta && c[5] == alef);
}

/*
 * Token a is بـ or لـ on a verbal noun of a derived verb ("بإشراك شباب
 * المنطقة", "بانتصار المقاومة"): the object of what came before, no name.
 */
static bool
speech_clitic_masdar(const struct speech *s, size_t a)
{
	const char *f = xtok_at(s->t, a)->fold;

	if (strncmp(f, "و", 2) == 0 && strlen(f) > 2)
		f += 2;
	return (strncmp(f, "ب", 2) == 0 || strncmp(f, "ل", 2) == 0) && !speech_in(s, XW_GIVEN, xtok_at(s->t, a)->fold) &&
	       speech_masdar_shape(f + 2);
}

/*
 * Are tokens a..b-1 no name by their shape: a word no name has
 * (speech_nonname_word), or two indefinite accusatives in a row, a noun
 * and its adjective ("بيانا جديدا")?
 */
static bool
speech_no_name_shape(const struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	size_t i;

	for (i = a; i < b; i++) {
		if (speech_after_bin(t, i))
			continue;
		if (speech_nonname_word(s, i))
			return true;
		if (i > a && speech_accusative(t, i - 1) && speech_accusative(t, i) &&
		    !speech_in(s, XW_GIVEN, xtok_at(t, i - 1)->fold) && !speech_in(s, XW_GIVEN, xtok_at(t, i)->fold))
			return true;
	}
	return false;
}

/*
 * Token i may be a word of a foreign name no list knows: a word without
 * ال, a clitic or a pronoun on it, that is no stop word, title, body,
 * given name, verb or word of no name.
 */
static bool
speech_foreign_name_word(const struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	const char *f = xtok_at(t, i)->fold;

	const struct xtok *k = xtok_at(t, i);
	const char *w = t->text + k->b0;
	size_t n = k->b1 - k->b0;

	/* not "للأصفهاني", "والكامل" (a clitic on an article), nor "وصوله" (a pronoun, not after ي: بيليه is a name) */
	if (n >= 6 && ((memcmp(w + 2, "ال", 4) == 0 && (memcmp(w, "و", 2) == 0 || memcmp(w, "ف", 2) == 0 ||
							 memcmp(w, "ب", 2) == 0 || memcmp(w, "ل", 2) == 0 ||
							 memcmp(w, "ك", 2) == 0)) ||
		       (memcmp(w + n - 2, "ه", 2) == 0 && memcmp(w + n - 4, "ي", 2) != 0)))
		return false;
	return xtok_at(t, i)->word && !xtok_at(t, i)->num && !xtok_at(t, i)->nl && strncmp(f, "ال", 4) != 0 &&
	       strlen(f) >= 6 && !extract_stopword(f) && !speech_in(s, XW_STOP, f) && !speech_in(s, XW_TIME, f) &&
	       !speech_title_at(s, i) && !speech_in(s, XW_BODY, f) && !speech_in(s, XW_UNNAMED, f) &&
	       speech_verb_at(s, i) == NULL && !speech_nonname_word(s, i) && !speech_suffixed(t, i) &&
	       !speech_tanween(t, i) && !speech_ta_marbuta(t, i) && !speech_masdar(f) && !speech_in(s, XW_MASDAR, f) &&
	       !speech_medium_at(s, i);
}

/* Token a's word is a family's name in this article: written right after a known given name, بن or أبو somewhere. */
static bool
speech_family_named(const struct speech *s, size_t a)
{
	const struct xtoks *t = s->t;
	size_t k;

	for (k = 1; k < t->n; k++)
		if (strcmp(xtok_at(t, k)->fold, xtok_at(t, a)->fold) == 0 && !xtok_at(t, k)->nl && xtok_at(t, k - 1)->word &&
		    (speech_in(s, XW_GIVEN, xtok_at(t, k - 1)->fold) || strcmp(xtok_at(t, k - 1)->fold, "بن") == 0 ||
		     strcmp(xtok_at(t, k - 1)->fold, "ابو") == 0))
			return true;
	return false;
}

/*
 * A person named by tokens a..b-1, as a speaker of the article; -2 when
 * they cannot be a person's name.  A name that starts inside a lineage
 * ("بن سعد", "آل عمير", "الله البرقان") is the given name's: it is
 * extended back to it when the text has it right before ("نواف بن سعد",
 * "سعيد آل عمير", "عبد الله البرقان"), else it is no one.  A name never
 * starts with a reporting verb ("أعلنت المنسقية") or a preposition on a
 * noun ("بنظام التزكية").
 */
int
speech_person(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	char *name;
	int sp;

	if (b <= a)
		return -2;
	while (a > 0 && b - a < 8 && !xtok_at(t, a)->nl && xtok_at(t, a - 1)->word && !xtok_at(t, a - 1)->num &&
	       (speech_link(t, a) || speech_link(t, a - 1) || speech_theophoric(s, a) ||
		strcmp(xtok_at(t, a - 1)->fold, "عبد") == 0 || strcmp(xtok_at(t, a - 1)->fold, "ابو") == 0))
		a--;
	if (speech_link(t, a) || strcmp(xtok_at(t, a)->fold, "الله") == 0 || speech_theophoric(s, a) ||
	    speech_title_at(s, a) || speech_pronoun_noun(s, a))
		return -2;
	/* "وإخراج جميل الشايب، الذي أوضح": the name starts at the given name after the noun */
	if (speech_verb_first(s, a) || speech_clitic_noun(s, a) || speech_clitic_masdar(s, a)) {
		if (b - a < 3 || !speech_in(s, XW_GIVEN, xtok_at(t, a + 1)->fold) || !speech_name_words(s, a + 1, b))
			return -2;
		a++;
	}
	/* "وأكمل مونتيزيمولو قوله «...»": his words after his name, no part of it */
	if (b > a + 1 && speech_in(s, XW_RELAY, xtok_at(t, b - 1)->fold) && --b == a + 1) {
		size_t k; /* a surname alone: the person named in full before */
		for (k = 0; k < s->r->nspeakers; k++)
			if (!s->r->speakers[k].body && strchr(s->r->speakers[k].name, ' ') != NULL &&
			    speech_is_speaker(s, k, xtok_at(t, a)->fold))
				return speech_called(s, k, a);
		if ((sp = speech_surname(s, a)) != -2)
			return sp;
	}
	/* "قاله المعهد", "ذكر لي", "بيانا جديدا": words of no name's shape */
	if (speech_no_name_shape(s, a, b))
		return -2;
	name = speech_text(t, a, b);
	sp = speech_speaker(s, -1, name, false, NULL);
	free(name);
	if (sp >= 0)
		speech_mark_name(s, a, b, false);
	return sp;
}

/*
 * Token i is a verb before its definite subject, not a given name before
 * a family name with ال: a reporting verb ("كشف التقرير"), a word that
 * opens sentences before a definite noun in the corpus ("أظهر التقرير":
 * data/clause-verbs.tsv), or the shape of the present tense, يـ and three
 * letters more ("يمارسه النظام"), that no given name has outside
 * data/given-names.tsv (يوسف، ياسر; not تـ or نـ: تيسير، نهاد).  So
 * "وأوضح التقرير" is no person named "كشف التقرير".
 */
bool
speech_verb_before_definite(const struct speech *s, size_t i)
{
	const char *f = xtok_at(s->t, i)->fold;
	uint32_t c[SPEECH_LETTERS_MAX];

	if (strncmp(xtok_at(s->t, i + 1)->fold, "ال", 4) != 0 || speech_in(s, XW_GIVEN, f))
		return false;
	if (speech_verb_at(s, i) != NULL || (speech_letters(f, c) >= 4 && c[0] == 0x064A))
		return true;
	/* the list's words fold as على and صباح do: "علي" written with ي is the given name, "صباح" a time or a name */
	return speech_in(s, XW_CLAUSE_VERB, f) && !speech_written_name(s->t, i) && !extract_stopword(f) &&
	       !speech_in(s, XW_STOP, f) && !speech_in(s, XW_TIME, f);
}

/*
 * The person whose surname is token a, named in full (given name + surname)
 * earlier, or alone after a nationality or a title; -2 if none.
 */
static int
speech_surname(struct speech *s, size_t a)
{
	const struct xtoks *t = s->t;
	size_t k;

	for (k = 1; k < a; k++) {
		size_t from = k - 1, to = k + 1;
		if (strcmp(xtok_at(t, k)->fold, xtok_at(t, a)->fold) != 0)
			continue;
		/* the first "كشف التقرير": a common noun, in this article, not a surname */
		if (xtok_at(t, k - 1)->word && speech_verb_before_definite(s, k - 1))
			return -2;
		/* A surname: "ماركوس بيكيدال" written before "بيكيدال"; else a given name: "نيل أروسميث" before "نيل". */
		if (!xtok_at(t, k)->nl && xtok_at(t, k - 1)->word && speech_name_words(s, k - 1, k + 1) &&
		    strncmp(xtok_at(t, k - 1)->fold, "ال", 4) != 0 && strncmp(xtok_at(t, k - 1)->fold, "و", 2) != 0)
			from = k - 1, to = k + 1;
		else if (k + 1 < a && !xtok_at(t, k + 1)->nl && speech_name_words(s, k, k + 2) &&
			 strncmp(xtok_at(t, k)->fold, "ال", 4) != 0)
			from = k, to = k + 2;
		/* "بقيادة اليوناني دونيس" before "وقال دونيس:": a name alone after a nationality or a title */
		else if (!xtok_at(t, k)->nl && xtok_at(t, k - 1)->word &&
			 (speech_nisba(xtok_at(t, k - 1)->fold) || speech_in(s, XW_TITLE, xtok_at(t, k - 1)->fold)) &&
			 strncmp(xtok_at(t, k)->fold, "ال", 4) != 0 && speech_name_words(s, k, k + 1))
			from = k, to = k + 1;
		else
			continue;
		return speech_person(s, from, to);
	}
	return -2;
}

/* A name with no title: a person of this article (a surname will do), or a new full name. */
static int
speech_plain_name(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	char *name;
	size_t k;
	int sp;

	/*
	 * A surname named in full before needs no name shape of its own:
	 * "هورتون" after "دانيال هورتون" (not a plural in ـون).
	 */
	if (!speech_name_words(s, a, b) &&
	    !(b == a + 1 && xtok_at(t, a)->word && !xtok_at(t, a)->num && !extract_stopword(xtok_at(t, a)->fold) &&
	      strncmp(xtok_at(t, a)->fold, "ال", 4) != 0 && !speech_in(s, XW_TITLE, xtok_at(t, a)->fold) &&
	      !speech_in(s, XW_BODY, xtok_at(t, a)->fold) && !speech_in(s, XW_UNNAMED, xtok_at(t, a)->fold)))
		return -2;
	if (!speech_name_words(s, a, b)) {
		for (k = 0; k < s->r->nspeakers; k++)
			if (!s->r->speakers[k].body && strchr(s->r->speakers[k].name, ' ') != NULL &&
			    speech_is_speaker(s, k, xtok_at(t, a)->fold))
				return speech_called(s, k, a);
		return -2;
	}
	name = speech_text(t, a, b);
	for (k = 0; k < s->r->nspeakers; k++)
		if (!s->r->speakers[k].body && speech_is_speaker(s, k, name)) {
			free(name);
			return b == a + 1 ? speech_called(s, k, a) : (int)k;
		}
	/*
	 * "وأفادت المنسقية" after "أعلنت المنسقية العامة لرئاسة الوزراء": a
	 * body named earlier by its first word.
	 */
	for (k = 0; b == a + 1 && strncmp(xtok_at(t, a)->fold, "ال", 4) == 0 && k < s->r->nspeakers; k++)
		if (s->r->speakers[k].body && strchr(s->r->speakers[k].name, ' ') != NULL && speech_is_speaker(s, k, name)) {
			free(name);
			return (int)k;
		}
	/* A surname alone: "فايز المالكي" written earlier in the article. */
	if (b - a == 1 && (sp = speech_surname(s, a)) != -2) {
		free(name);
		return sp;
	}
	/* "بن سعد", "آل عمير": the end of a lineage named in full before ("نواف بن سعد") */
	if (speech_link(t, a)) {
		char *key = extract_speaker_key(s->lx, name);
		size_t n = strlen(key);
		for (k = 0; k < s->r->nspeakers; k++) {
			const char *pk = speech_key(s, k);
			size_t m = strlen(pk);
			if (!s->r->speakers[k].body && m > n + 1 && strcmp(pk + m - n, key) == 0 && pk[m - n - 1] == ' ')
				break;
		}
		free(key);
		free(name);
		return k < s->r->nspeakers ? (int)k : -2;
	}
	/* "ونوه رائد الفضاء الأمريكي" after "باز ألدرين رائد الفضاء الأمريكي": a title, not a name */
	if (b - a >= 2 && (sp = speech_by_title(s, a, b)) >= 0 && !s->r->speakers[sp].body) {
		free(name);
		return sp;
	}
	/* A new person: two or three words, the first without ال, followed by what he said. */
	sp = -2;
	if (!s->cut && b - a >= 2 && b - a <= 3 && strncmp(xtok_at(t, a)->fold, "ال", 4) != 0 && speech_says(s, b) &&
	    !speech_verb_before_definite(s, a))
		sp = speech_person(s, a, b);
	free(name);
	return sp;
}

/*
 * Does the title chain a..b-1 name one office in the world, so that the
 * archive may hold its statements together?  An office and one word
 * ("رئيس النادي", "المتحدث الرسمي", "الأمين العام", "وزير الخارجية") has
 * a different holder in every article that uses it, unless the word names
 * a country ("الرئيس الإيراني") or is no definite noun ("الملك سلمان": a
 * name the rules did not know); a longer chain names its body or place
 * ("المتحدث الأمني بوزارة الداخلية", "رئيس اللجنة السياحية بجدة").
 */
static bool
speech_title_of_one(const struct speech *s, size_t a, size_t b)
{
	const struct xents *e = s->lx->ents;
	const char *w;

	if (b > a + 2)
		return true;
	w = xtok_at(s->t, a + 1)->fold;
	return strncmp(w, "ال", 4) != 0 || xents_nisba_country(e, w) >= 0 || xents_country_of(e, w) >= 0;
}

/*
 * A subject that is a definite title chain and no name, followed by what
 * was said: "وأضاف رئيس اللجنة المنظمة للمهرجان بأن", "وأشار الوزير
 * البحريني إلى أن".  A title unique in its context names its holder; the
 * speaker is the title itself, marked titled, so that its statements are
 * kept only when the scorer's weights agree.  Only a title of one office
 * (data/speech.tsv, class office), definite; not an indefinite title (قائد
 * عسكري: no one in particular), not one word alone, not a chain with a
 * given name (a name the rules could not read), a pronoun, a verb or an
 * accusative in it, and not one followed by a comma and a name.
 */
static int
speech_title_only(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	bool definite = false;
	char *name;
	size_t i;
	int sp;

	if (s->cut || b < a + 2 || b > a + 6)
		return -2;
	/* what he said right after the title (words of time between): a name after a comma or a phrase would be the speaker's own */
	i = speech_past_time(s, b);
	if (i + 1 < t->n && (xtok_is(t, i, "،") || xtok_is(t, i, ",")) &&
	    speech_in(s, XW_COMPLEMENTISER, xtok_at(t, i + 1)->fold))
		i++; /* "وزير الطاقة الروسي الكسندر نوفاك، أن" */
	if (i < t->n && (strcmp(xtok_at(t, i)->fold, "الي") == 0 || strcmp(xtok_at(t, i)->fold, "علي") == 0))
		i++;
	if (!(i < t->n && (speech_in(s, XW_COMPLEMENTISER, xtok_at(t, i)->fold) || xtok_is(t, i, ":") ||
			   speech_quote_at(s, i) >= 0)))
		return -2;
	/*
	 * One office's holder: its title (class office) with ال, or before its
	 * construct's definite word ("رئيس اللجنة"; not "مراسل لوكالة", "أستاذ التاريخ")
	 */
	definite = speech_in(s, XW_OFFICE, xtok_at(t, a)->fold) &&
		   (strncmp(xtok_at(t, a)->fold, "ال", 4) == 0 || strncmp(xtok_at(t, a + 1)->fold, "ال", 4) == 0);
	for (i = a; i < b; i++) {
		const struct xtok *k = xtok_at(t, i);
		if (!k->word || k->num || k->nl || speech_in(s, XW_GIVEN, k->fold) || speech_in(s, XW_UNNAMED, k->fold) ||
		    speech_suffixed(t, i) || speech_accusative(t, i) || speech_verb_at(s, i) != NULL)
			return -2;
	}
	if (!definite)
		return -2;
	name = speech_text(t, a, b);
	sp = speech_speaker(s, -1, name, false, NULL);
	if (sp >= 0 && s->r->speakers[sp].gaz < 0 && !s->r->speakers[sp].group) {
		s->r->speakers[sp].titled = true;
		if (strcmp(s->r->speakers[sp].name, name) == 0)
			s->r->speakers[sp].local = !speech_title_of_one(s, a, b);
		speech_record_title(s, a, b, sp);
	}
	free(name);
	return sp;
}

/*
 * Who tokens a..b-1 name: an article speaker, -1 when nobody is named
 * (implicit subject), -2 for an unnamed source or an unknown subject.
 */
int
speech_subject(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	size_t at, len;
	int g;

	if (b <= a)
		return -1;
	if (speech_in(s, XW_UNNAMED, xtok_at(t, a)->fold)) {
		/*
		 * "أحد محامي حبري إبراهيم دياوارا": one of them, named at the end
		 * by a given name and a surname; not "أحد أبناء الفقيد فلان" (class
		 * relation) nor "أحد مستشاري الرئيس فلان" (a title), whose name it is.
		 */
		if ((strcmp(xtok_at(t, a)->fold, "احد") == 0 || strcmp(xtok_at(t, a)->fold, "احدي") == 0) && b >= a + 4 &&
		    (at = speech_given_at_end(s, a + 2, b)) < b && at >= a + 2) {
			size_t k;
			for (k = a + 1; k < at; k++)
				if (speech_in(s, XW_RELATION, xtok_at(t, k)->fold) || speech_in(s, XW_KIN, xtok_at(t, k)->fold) ||
				    speech_title_at(s, k))
					return -2;
			return speech_person(s, at, b);
		}
		return -2;
	}
	/*
	 * "والد مايكل براون": a relative of the person named speaks, not that
	 * person; "والده سعود" (his father, written with ه, not the ة of
	 * والدة) is the relative's own name.
	 */
	if (speech_in(s, XW_KIN, xtok_at(t, a)->fold) && b >= a + 3 && b <= a + 5 && speech_name_words(s, a + 1, b)) {
		char *name;
		if (memcmp(t->text + xtok_at(t, a)->b1 - 2, "ه", 2) == 0)
			return speech_subject(s, a + 1, b);
		name = speech_text(t, a, b);
		g = speech_speaker(s, -1, name, false, NULL);
		free(name);
		return g;
	}
	/*
	 * "وكيله رامي عباس", "محاميه خالد الجهني": a noun with his pronoun
	 * (ه, not the ة of a title) before a given name and a surname is
	 * what that person is to someone named before; the name speaks.
	 */
	if (b >= a + 3 && b <= a + 5 && xtok_at(t, a)->word && xtok_at(t, a)->b1 - xtok_at(t, a)->b0 >= 8 &&
	    memcmp(t->text + xtok_at(t, a)->b1 - 2, "ه", 2) == 0 && !speech_in(s, XW_GIVEN, xtok_at(t, a)->fold) &&
	    speech_in(s, XW_GIVEN, xtok_at(t, a + 1)->fold) && speech_name_words(s, a + 1, b))
		return speech_subject(s, a + 1, b);
	/* "وقال لوكالة مهر الحكومية إن", "لشبكة ...": whom he spoke to; the subject is implicit */
	if (strncmp(xtok_at(t, a)->fold, "ل", 2) == 0 && !speech_in(s, XW_GIVEN, xtok_at(t, a)->fold) &&
	    (speech_in(s, XW_BODY, xtok_at(t, a)->fold + 2) || speech_medium_at(s, a)))
		return -1;
	/*
	 * "وقال السيد كامل الحربي إن", "وقالت السيدة توملينسون:": a form of
	 * address, then one to three words of a name's shape and nothing else
	 * (no word of manner last: "السيد فلان ردا على"; not two words with ال
	 * last, a noun and its adjective: "يحث السيد ليون الأطراف الرئيسية
	 * على"); the name speaks (not "السيدة الأولى": an ordinal, no name).
	 */
	if (speech_in(s, XW_ADDRESS, xtok_at(t, a)->fold) && b >= a + 2 && b <= a + 4 && !s->cut &&
	    speech_name_words(s, a + 1, b) && !speech_in(s, XW_ADVERBIAL, xtok_at(t, b - 1)->fold) &&
	    !speech_in(s, XW_FRONTED, xtok_at(t, b - 1)->fold) &&
	    !(b >= a + 3 && speech_article(t, b - 2) && speech_article(t, b - 1) && !speech_theophoric(s, b - 2)) &&
	    (strncmp(xtok_at(t, a + 1)->fold, "ال", 4) != 0 ||
	     (b == a + 2 && !speech_in(s, XW_ORDINAL, xtok_at(t, a + 1)->fold) && !speech_nisba(xtok_at(t, a + 1)->fold))))
		return speech_person(s, a + 1, b);
	if ((g = speech_gazetteer_name(s, a, b, true, &at, &len)) >= 0) {
		/* "البروفيسور فلان أستاذ ... بولاية جورجيا": the person, not the place */
		int p;
		if (at > a && strcmp(s->lx->sp[g].kind, "body") == 0 &&
		    speech_in(s, XW_TITLE, xtok_at(t, a)->fold) && (p = speech_titled_person(s, a, at)) >= 0)
			return p;
		return speech_gaz_speaker(s, g, at, at + len);
	}
	if ((g = speech_statement_body(s, a, b)) != -2)
		return g < 0 ? -2 : g;
	if (speech_in(s, XW_BODY, xtok_at(t, a)->fold))
		return speech_body(s, a, b);
	/*
	 * "الكرواتي زلاتكو داليتش المدير الفني للعين", "الإيفواري ممادو": a
	 * nationality (a definite nisba, masculine) right before one to three
	 * words that no list knows stands as his title; the name ends at a title
	 * or at the subject's end.
	 */
	if (b > a + 1 && speech_nisba(xtok_at(t, a)->fold) && !speech_ta_marbuta(t, a) && !speech_title_at(s, a) &&
	    !speech_family_named(s, a)) {
		for (at = a + 1; at < b && at < a + 4 && speech_foreign_name_word(s, at); at++)
			;
		if (at > a + 1 &&
		    (speech_title_at(s, at) ||
		     (at == b && (speech_says_next(s, b) || ((xtok_is(t, b, "،") || xtok_is(t, b, ",")) && speech_title_at(s, b + 1))))) &&
		    !speech_in(s, XW_GIVEN, xtok_at(t, a + 1)->fold))
			return speech_person(s, a + 1, at);
	}
	/* "نيكه فاغنر ابنة حفيدة الموسيقار": a relative's word after a name of two or three words is its apposition */
	for (at = a + 2; at < b && at <= a + 3; at++)
		if (speech_in(s, XW_KIN, xtok_at(t, at)->fold) && !speech_in(s, XW_TITLE, xtok_at(t, a)->fold) &&
		    strncmp(t->text + xtok_at(t, a)->b0, "ال", 4) != 0 && speech_name_words(s, a, at) && speech_says(s, b))
			return speech_person(s, a, at);
	for (at = a; at < b; at++)
		if (speech_in(s, XW_TITLE, xtok_at(t, at)->fold))
			break;
	/* "رأفت الصباغ المتحدث الرسمي للمركز": the name comes first. */
	if (at < b && at >= a + 2 && !s->cut && speech_name_words(s, a, at) &&
	    strncmp(t->text + xtok_at(t, a)->b0, "ال", 4) != 0) { /* written ال: إلون folds to الون */
		return speech_person(s, a, at);
	}
	/* "الجزائري جمال بلماضي مدرب الفريق": a nisba, the name, then the title */
	if (at < b && at >= a + 3 && !s->cut && speech_nisba(xtok_at(t, a)->fold) &&
	    speech_in(s, XW_GIVEN, xtok_at(t, a + 1)->fold) && speech_name_words(s, a + 1, at))
		return speech_person(s, a + 1, at);
	if (at < b) {
		if ((g = speech_titled_person(s, at, b)) >= 0)
			return g;
		return at == a ? speech_title_only(s, a, b) : -2;
	}
	if (speech_gaz_in_complement(s, a, b))
		return -2;
	if ((g = speech_plain_name(s, a, b)) != -2)
		return g;
	/*
	 * "ماركوس بيكيدال مشغل الموقع": a given name and a surname, then what
	 * he is, in words no title list has.
	 */
	if (!s->cut && speech_in(s, XW_GIVEN, xtok_at(t, a)->fold) && (at = speech_given_name_end(s, a)) > a &&
	    at + 1 < b && speech_says(s, b)) {
		if ((g = speech_person(s, a, at)) >= 0)
			speech_record_title(s, at, b, g);
		return g;
	}
	/*
	 * "المثمن العقاري عبدالله الأحمري", "البحاثة الاجتماعية هيفاء ...":
	 * a profession no list has, then a known given name and a surname.
	 */
	if (!s->cut && strncmp(t->text + xtok_at(t, a)->b0, "ال", 4) == 0 && (at = speech_given_at_end(s, a + 1, b)) < b &&
	    at <= a + 3 && speech_says(s, b)) {
		if ((g = speech_person(s, at, b)) >= 0)
			speech_record_title(s, a, at, g);
		return g;
	}
	return -2;
}

