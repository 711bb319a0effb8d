/*
 * speech-bodies.c: bodies as speakers.  A ministry, an agency, a
 * newspaper named with its head noun ("وزارة الداخلية الكويتية",
 * "وكالة الأنباء السعودية") or in quotation marks, where its name ends,
 * and the scan of the article's bodies that a later "الوزارة" resolves
 * to.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"
#include "text/text.h"

/* A news agency or paper: it reports, its statement is not "البيان". */
static bool
speech_agency(const char *name)
{
	char *f = text_fold(name, strlen(name));
	bool agency = strncmp(f, "وكاله", strlen("وكاله")) == 0 || strncmp(f, "صحيفه", strlen("صحيفه")) == 0;

	free(f);
	return agency;
}

/* "البيان", "بيان وزارة ...": the body named, else the last body that spoke. */
int
speech_statement_body(struct speech *s, size_t a, size_t b)
{
	const char *f = xtok_at(s->t, a)->fold;
	size_t at, len, k;
	int g;
	char *name;

	if (strcmp(f, "البيان") != 0 && strcmp(f, "بيان") != 0)
		return -2;
	if (b > a + 1 && xtok_at(s->t, a + 1)->word && strncmp(xtok_at(s->t, a + 1)->fold, "ل", 2) == 0 &&
	    speech_in(s, XW_BODY, xtok_at(s->t, a + 1)->fold + 2)) {
		/* "بيان لهيئة الأركان التركية": the body, without its ل */
		const struct xtok *k0 = xtok_at(s->t, a + 1);
		name = xstrndup(s->t->text + k0->b0 + 2, xtok_at(s->t, b - 1)->b1 - k0->b0 - 2);
		g = speech_speaker(s, -1, name, true, NULL);
		free(name);
		return g;
	}
	if (b > a + 1 && (g = speech_gazetteer_name(s, a + 1, b, true, &at, &len)) >= 0)
		return speech_gaz_speaker(s, g, at, at + len);
	if (b > a + 1 && speech_in(s, XW_BODY, xtok_at(s->t, a + 1)->fold)) {
		name = speech_text(s->t, a + 1, b);
		g = speech_speaker(s, -1, name, true, NULL);
		free(name);
		return g;
	}
	if (s->last >= 0 && s->r->speakers[s->last].body &&
	    !speech_agency(s->r->speakers[s->last].name))
		return s->last;
	for (k = s->nbody; k-- > 0;)
		if (s->body_pos[k] < a)
			return s->body_sp[k];
	for (k = a + 1; k < b; k++)
		if (strncmp(xtok_at(s->t, k)->fold, "ال", 4) != 0 || speech_nonname_class(s, k) ||
		    extract_stopword(xtok_at(s->t, k)->fold))
			return -1; /* "البيان الذي نشرته الوكالة": only adjectives make it a body ("البيان الثلاثي") */
	if (b > a + 1 && strcmp(f, "البيان") == 0) { /* البيان الثلاثي: a body of its own */
		name = speech_text(s->t, a, b);
		g = speech_speaker(s, -1, name, true, NULL);
		free(name);
		return g;
	}
	return -1;
}

/*
 * "صحيفة “واشنطن بوست”", "مجموعة "والت ديزني" الأميركية", "صحيفة
 * (اكسبرسين) السويدية": a body's head noun at a (no ال), its name in
 * quotation marks of one to five words or in brackets of one to three,
 * and the nisbas after it; past its end, else a.
 */
size_t
speech_quoted_body_end(const struct speech *s, size_t a)
{
	const struct xtoks *t = s->t;
	const struct quote *q;
	size_t e, k;

	if (a + 1 >= t->n || !xtok_at(t, a)->word || strncmp(xtok_at(t, a)->fold, "ال", 4) == 0 ||
	    !speech_in(s, XW_BODY, xtok_at(t, a)->fold))
		return a;
	if ((q = speech_quoted_name_at(s, a + 1, 5)) != NULL)
		e = q->close + 1;
	else if ((e = speech_bracketed_name_end(t, a + 1)) == a + 1)
		return a;
	for (k = e; e < t->n && e < k + 2 && xtok_at(t, e)->word && !xtok_at(t, e)->nl &&
		    speech_nisba(xtok_at(t, e)->fold); e++)
		;
	return e;
}

/* Token i is written with a final ة (التركية, not the verbal noun التوجيه). */
bool
speech_ta_marbuta(const struct xtoks *t, size_t i)
{
	const struct xtok *k = xtok_at(t, i);

	return k->b1 - k->b0 >= 2 && memcmp(t->text + k->b1 - 2, "ة", 2) == 0;
}

/* Token i is written with ة, ى or ا at its end: a feminine adjective may be (العامة, الكبرى, العليا). */
static bool
speech_feminine_end(const struct xtoks *t, size_t i)
{
	const struct xtok *k = xtok_at(t, i);
	const char *e = t->text + k->b1 - 2;

	return k->b1 - k->b0 >= 2 && (memcmp(e, "ة", 2) == 0 || memcmp(e, "ى", 2) == 0 || memcmp(e, "ا", 2) == 0);
}

/*
 * A body: "وزارة الخارجية الأذربيجانية".  "الوزارة", "الشركة" alone are the
 * body of that head noun named last before them in the article.
 */
/*
 * "دعت حركة المقاومة حماس أمس إلى": a last word without ال, right before
 * words of time, a complementiser, إلى/على or a comma, is the body's own
 * name, not the verb's object.
 */
static bool
speech_body_name_last(const struct speech *s, size_t k, size_t b)
{
	const struct xtoks *t = s->t;
	const char *f;

	if (k + 1 != b || b >= t->n || speech_tanween(t, k) || speech_accusative(t, k) || xtok_at(t, k)->num ||
	    extract_stopword(xtok_at(t, k)->fold))
		return false; /* not "الحكومة الكرواتية منذ الأربعاء" */
	f = xtok_at(t, b)->fold;
	return speech_in(s, XW_TIME, f) || speech_in(s, XW_COMPLEMENTISER, f) || strcmp(f, "الي") == 0 ||
	       strcmp(f, "علي") == 0 || xtok_is(t, b, "،") || xtok_is(t, b, ",");
}

/* Folded word f, or f with ال, is a body's, a title's or a place's head word (اتحاد: الاتحاد). */
static bool
speech_body_word(const struct speech *s, const char *f)
{
	char buf[64];

	if (speech_in(s, XW_BODY, f) || speech_in(s, XW_TITLE, f) || speech_in(s, XW_PLACE, f))
		return true;
	if (strlen(f) + 5 > sizeof buf)
		return false;
	memcpy(buf, "ال", 4);
	strcpy(buf + 4, f);
	return speech_in(s, XW_BODY, buf) || speech_in(s, XW_TITLE, buf) || speech_in(s, XW_PLACE, buf);
}

int
speech_body(struct speech *s, size_t a, size_t b)
{
	const struct xtoks *t = s->t;
	const char *f = xtok_at(t, a)->fold;
	char *name;
	int sp;
	size_t k;

	/*
	 * "المنظمة العربية دعمها للمزارعين": the name ends before the verb's
	 * object; "وزارة الحج ثلاث شرائح": a word without ال after one with it
	 * (not لـ, not a و joining two) starts something else.
	 */
	if (speech_nonname_word(s, a))
		return -2; /* "تبين لنا أن": no body */
	/* "صحيفة "الديلي تليجراف" البريطانية": the marks hold the name whole */
	if (speech_quoted_body_end(s, a) == b) {
		name = speech_words(t, a, b, false);
		sp = speech_speaker(s, -1, name, true, NULL);
		free(name);
		return sp;
	}
	for (k = a + 1; k < b; k++) {
		const char *w = xtok_at(t, k)->fold, *p = xtok_at(t, k - 1)->fold;
		/*
		 * "حذرت وزارة العمل المواطنين": a definite plural after its definite
		 * complement is the verb's object; not an adjective that agrees
		 * with it ("خادم الحرمين الشريفين") nor a nisba ("السعوديين").
		 */
		if (k >= a + 2 && strncmp(p, "ال", 4) == 0 && strncmp(w, "ال", 4) == 0 && strlen(w) >= 16 &&
		    (speech_ends(w, "ين") || speech_ends(w, "ون")) && !speech_ends(w, "يين") && !speech_ends(w, "يون") &&
		    !speech_ends(p, "ين") && !speech_ends(p, "ون")) {
			b = k;
			break;
		}
		/*
		 * "الحكومة التي تعمل من شرق ليبيا": a relative pronoun (class
		 * nonname) ends the name; so does a verbal noun, unless it is
		 * what an indefinite head is of ("وزارة التعليم", "وكالة التصنيف").
		 */
		/*
		 * "أفاد المرصد السوري لحقوق الإنسان بمقتل", "طالبت اللجنة
		 * الوطنية لمكافحة المخدرات بتوجيه": بـ on a verbal noun without
		 * ال (class masdar, or a derived verb's shape) is what the verb
		 * reports, not the body's place ("بجدة", "بمنطقة القصيم") nor the
		 * body it belongs to ("لجنة الاحتراف باتحاد كرة القدم").
		 */
		/*
		 * "وقالت الأمم المتحدة ومنظمات الإغاثة", "وقالت الشرطة وشهود
		 * عيان إن": و and an unnamed source, a group's plural or an
		 * indefinite plural in ات joins others to the body, whose name
		 * ends there (not "والدواء", "وتقنية المعلومات").
		 */
		if ((strncmp(w, "و", 2) == 0 && strncmp(w, "وال", 6) != 0 &&
		     (speech_in(s, XW_UNNAMED, w + 2) || speech_in(s, XW_GROUP, w + 2) ||
		      (strlen(w + 2) >= 8 && speech_ends(w + 2, "ات")))) ||
		    (k > a + 1 && strncmp(w, "ب", 2) == 0 && strncmp(w, "بال", 6) != 0 && strlen(w) > 6 &&
		     (speech_in(s, XW_MASDAR, w + 2) || speech_masdar_shape(w + 2)) && !speech_body_word(s, w + 2)) ||
		    speech_suffixed(t, k) ||
		    (speech_masdar(w) && !speech_ta_marbuta(t, k) && !(k == a + 1 && !speech_article(t, a))) ||
		    speech_nonname_class(s, k) ||
		    (xtok_at(t, k)->word && strncmp(p, "ال", 4) == 0 && strncmp(w, "ال", 4) != 0 &&
		     strncmp(w, "ل", 2) != 0 && strncmp(w, "و", 2) != 0 && strncmp(w, "ب", 2) != 0 &&
		     !speech_in(s, XW_BODY, w) && !speech_body_name_last(s, k, b))) {
			b = k;
			break;
		}
	}
	/*
	 * "حثت الحكومة الأهالي على", "دعت الأمانة المجتمع الدولي إلى": after a
	 * definite head in ة, a definite word that does not agree with it (no
	 * ة, ى or ا at its end: not العامة, الكبرى, العليا) is the verb's object;
	 * not a participle with its preposition (الحكومة المعترف بها دوليا).
	 */
	if (b > a + 1 && speech_article(t, a) && speech_ta_marbuta(t, a) && speech_article(t, a + 1) &&
	    !speech_feminine_end(t, a + 1) && !(a + 2 < b && extract_stopword(xtok_at(t, a + 2)->fold)))
		b = a + 1;
	if (b == a + 1 && strncmp(f, "ال", 4) == 0 && speech_in(s, XW_BODY, f + 4))
		for (k = s->nbm; k-- > 0;)
			if (s->bm_a[k] < a && strcmp(xtok_at(t, s->bm_a[k])->fold, f + 4) == 0) {
				a = s->bm_a[k];
				b = s->bm_b[k];
				break;
			}
	name = speech_words(t, a, b, false);
	sp = speech_speaker(s, -1, name, true, NULL);
	free(name);
	return sp;
}

/* Token a is the definite head of a body named before it in full: "الجامعة" after "جامعة تبوك". */
bool
speech_body_named_before(const struct speech *s, size_t a)
{
	const char *f = xtok_at(s->t, a)->fold;
	size_t k;

	if (strncmp(f, "ال", 4) != 0 || !speech_in(s, XW_BODY, f + 4))
		return false;
	for (k = 0; k < s->nbm; k++)
		if (s->bm_a[k] < a && s->bm_b[k] > s->bm_a[k] + 1 && strcmp(xtok_at(s->t, s->bm_a[k])->fold, f + 4) == 0)
			return true;
	return false;
}

/* "الكويتية", "الروسي": a definite relative adjective (folded). */
bool
speech_nisba(const char *f)
{
	return strncmp(f, "ال", 4) == 0 && strlen(f) >= 10 && (speech_ends(f, "يه") || speech_ends(f, "ي"));
}

/*
 * Every body named with its head noun and no ال ("وزارة الداخلية
 * الكويتية", "شركة مصافي"): what a later "الوزارة", "الشركة" refers to.
 */
void
speech_scan_bodies(struct speech *s)
{
	const struct xtoks *t = s->t;
	size_t i, j;

	for (i = 0; i + 1 < t->n; i++) {
		const char *f = xtok_at(t, i)->fold;
		if (!xtok_at(t, i)->word || strncmp(f, "ال", 4) == 0 || !speech_in(s, XW_BODY, f))
			continue;
		if ((j = speech_quoted_body_end(s, i)) > i)
			goto found;
		for (j = i + 1; j < t->n && j < i + 6; j++) {
			const struct xtok *k = xtok_at(t, j);
			if (!k->word || k->nl || k->num || extract_stopword(k->fold) || speech_in(s, XW_STOP, k->fold) ||
			    speech_in(s, XW_TIME, k->fold) || speech_verb_at(s, j) != NULL || speech_in(s, XW_TITLE, k->fold) ||
			    speech_in(s, XW_GIVEN, k->fold) || (speech_masdar(k->fold) && !speech_ta_marbuta(t, j)) ||
			    speech_tanween(t, j))
				break; /* "شركة رابغ للتكرير والبتروكيماويات ارتفاعاً": an accusative is no part of a name */
			/*
			 * A nisba ends the name ("وزارة الداخلية الكويتية القبض"),
			 * unless a complement or another nisba follows ("المنظمة
			 * العربية للتنمية الزراعية").
			 */
			if (j > i + 1 && speech_nisba(xtok_at(t, j - 1)->fold) && !speech_nisba(k->fold) &&
			    strncmp(k->fold, "لل", 4) != 0)
				break;
		}
		if (j < i + 2)
			continue;
found:
		s->bm_a = xrealloc(s->bm_a, (s->nbm + 1) * sizeof *s->bm_a);
		s->bm_b = xrealloc(s->bm_b, (s->nbm + 1) * sizeof *s->bm_b);
		s->bm_a[s->nbm] = i;
		s->bm_b[s->nbm++] = j;
		i = j - 1;
	}
}
