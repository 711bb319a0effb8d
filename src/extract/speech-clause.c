/*
 * speech-clause.c: one reporting verb's clause.  From the verb to what
 * was said: its subject (a name, a title chain, a quoted name, nobody),
 * an object before بـ/إلى/على, a description ("وصف X بـ"), a relative
 * clause's antecedent, a medium, and the statement that follows (a quote,
 * a أن clause, a nominal complement).
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"
#include "text/text.h"

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
int
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
size_t
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

size_t
speech_verb(struct speech *s, const struct xverb *v, size_t i)
{
	size_t next = speech_verb_clause(s, v, i);

	if (s->loose)
		s->loose = s->generous = false;
	return next;
}
