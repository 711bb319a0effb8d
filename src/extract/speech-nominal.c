/*
 * speech-nominal.c: complements without أن.  A verbal noun or a noun
 * phrase after a verb of its class ("أكد أهمية", "دعا إلى", "طالب بـ",
 * "نفى وجود"), where its phrase ends, and the name it may hold.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"
#include "text/text.h"

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
speech_head_shape(const struct speech *s, size_t i)
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
bool
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
bool
speech_nominal_shaped(const struct speech *s, size_t k)
{
	size_t h = speech_nominal_head(s, k);

	return xtok_at(s->t, h)->word && !xtok_at(s->t, h)->num &&
	       strcmp(speech_head_shape(s, h), "none") != 0;
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
bool
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
					(strcmp(speech_head_shape(s, k), "masdar") != 0 || strncmp(g, "ال", 4) != 0))))
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
			    strcmp(speech_head_shape(s, h), "abstract") == 0)
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
void
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
