/*
 * speech-mentions.c: names across the article.  Scans over the whole
 * text record every titled person, given name and surname mentioned,
 * sorted in text order, so that a surname alone, a bare title or the
 * subject of a later verb finds the person meant.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/speech-private.h"
#include "text/text.h"

/*
 * Every person introduced by a title anywhere in the article ("وزير
 * الخارجية البريطاني فيليب هاموند"), whether or not a reporting verb comes
 * with the mention: a later bare title or surname resolves to them.
 */
void
speech_scan_titles(struct speech *s)
{
	const struct xtoks *t = s->t;
	size_t i, b;

	for (i = 0; i < t->n; i++) {
		if (!speech_title_at(s, i) || (i > 0 && xtok_at(t, i - 1)->word && !xtok_at(t, i)->nl &&
					       speech_in(s, XW_TITLE, xtok_at(t, i - 1)->fold)))
			continue;
		b = speech_subject_end(s, i);
		if (b >= i + SPEECH_SUBJECT_MAX)
			continue;
		b = speech_subject_extend(s, i, b);
		if (b >= i + 3)
			speech_add_mention(s, i, speech_titled_person(s, i, b));
	}
}

/*
 * The end of a name that starts with the given name at i: two words, and
 * one more only where a name goes on: after بن or آل, after a father's
 * given name ("ليلى محمد سهيل"), or a family name with ال after a word
 * without ("خالد عبدالله الشمري"); not "إبراهيم المغنم شيشة" or "سالم
 * الوذيناني نيابة".  i itself when there is none.
 */
size_t
speech_given_name_end(const struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t e, best = i;

	for (e = i + 2; e <= i + 5 && e <= t->n; e++) {
		const char *prev, *last;
		prev = xtok_at(t, e - 2)->fold;
		last = xtok_at(t, e - 1)->fold;
		if (xtok_at(t, e - 1)->nl)
			break;
		if (!speech_name_words(s, i, e)) {
			if (strcmp(last, "بن") == 0 || strcmp(last, "بنت") == 0 || strcmp(last, "ال") == 0 ||
			    strcmp(last, "ابو") == 0 || strcmp(last, "عبد") == 0)
				continue; /* "صالح آل", then "سالم" */
			break;
		}
		if (e > i + 2 && !(strcmp(prev, "بن") == 0 || strcmp(prev, "بنت") == 0 || strcmp(prev, "ال") == 0 ||
				   (e == i + 3 && speech_in(s, XW_GIVEN, prev)) || speech_theophoric(s, e - 1) ||
				   strcmp(prev, "عبد") == 0 || strcmp(prev, "ابو") == 0 ||
				   strcmp(xtok_at(t, e - 3)->fold, "عبد") == 0 || /* "شادي عبد العزيز باداود" */
				   (strncmp(last, "ال", 4) == 0 && strncmp(prev, "ال", 4) != 0)))
			break;
		if (strcmp(last, "بن") != 0 && strcmp(last, "بنت") != 0 && strcmp(last, "ال") != 0)
			best = e;
	}
	return best;
}

/*
 * Every name that starts with a known given name ("روبرت إيجر", "عبد الله
 * البرقان"), titled or not, and the title written after it ("روبرت إيجر
 * رئيس مجلس الإدارة"): a later surname or bare title resolves to them.
 */
void
speech_scan_names(struct speech *s)
{
	const struct xtoks *t = s->t;
	size_t i, f, best, title;
	int sp;

	for (i = 0; i < t->n; i++) {
		if (!xtok_at(t, i)->word || !speech_in(s, XW_GIVEN, xtok_at(t, i)->fold) || speech_after_bin(t, i) ||
		    (i > 0 && xtok_at(t, i - 1)->word && !xtok_at(t, i)->nl && speech_in(s, XW_GIVEN, xtok_at(t, i - 1)->fold)))
			continue;
		/* "عبد الله بن سعود آل سعود مثالا": a family's name ends a longer name, it starts none */
		if (i > 0 && !xtok_at(t, i)->nl && xtok_at(t, i - 1)->b1 - xtok_at(t, i - 1)->b0 == 4 &&
		    memcmp(t->text + xtok_at(t, i - 1)->b0, "آل", 4) == 0)
			continue;
		best = speech_given_name_end(s, i);
		if (best < i + 2 || (best < t->n && xtok_at(t, best)->word && !xtok_at(t, best)->nl &&
				     speech_after_bin(t, best)))
			continue;
		if ((sp = speech_person(s, i, best)) < 0)
			continue;
		speech_add_mention(s, i, sp);
		/*
		 * "، ومدير مطار الجوف عبدالمحسن المضيان": a title joined by و
		 * (which the scan of titles does not read) before the name.
		 */
		for (f = i, title = i; f > 0 && i - f < 7 && xtok_at(t, f - 1)->word && !xtok_at(t, f)->nl &&
				       speech_verb_at(s, f - 1) == NULL; f--) {
			char buf[128];
			const char *u = xtok_unprefixed(xtok_at(t, f - 1), buf, sizeof buf);
			if (strncmp(xtok_at(t, f - 1)->fold, "و", 2) == 0 && speech_in(s, XW_TITLE, u))
				title = f - 1;
		}
		if (title < i) {
			char *w;
			speech_record_title(s, title, i, sp);
			w = s->title[s->ntitle - 1];
			memmove(w, w + 2, strlen(w + 2) + 1); /* its و */
		}
		/*
		 * "رأفت الصباغ المتحدث الرسمي للمركز": the title after the name;
		 * "نيل جونز رائد الفضاء الأمريكي": a noun no title list has, in
		 * construct with a definite one.
		 */
		if (best + 1 < t->n && !xtok_at(t, best)->nl && !xtok_at(t, best + 1)->nl &&
		    (speech_title_at(s, best) ||
		     (xtok_at(t, best)->word && xtok_at(t, best + 1)->word && !extract_stopword(xtok_at(t, best)->fold) &&
		      strncmp(xtok_at(t, best)->fold, "ال", 4) != 0 && strncmp(xtok_at(t, best + 1)->fold, "ال", 4) == 0 &&
		      speech_verb_at(s, best) == NULL && !speech_suffixed(t, best)))) {
			f = speech_subject_end(s, best);
			if (f < best + SPEECH_SUBJECT_MAX)
				speech_record_title(s, best, f, sp);
		}
		i = best - 1;
	}
}

/*
 * The surname of person sp, folded (a new string), when it may stand for
 * him alone: the last of two words or more of a name that starts with a
 * given name (or is the gazetteer's), three letters at least, and no
 * given name, title, body's head, stop word or word of no name; NULL
 * otherwise.
 */
static char *
speech_surname_of(const struct speech *s, int sp)
{
	const struct xspeaker *x = &s->r->speakers[sp];
	const char *last = strrchr(x->name, ' ');
	size_t n0 = strcspn(x->name, " ");
	char *f;

	if (x->body || x->group || x->titled || last == NULL)
		return NULL;
	f = text_fold(x->name, n0);
	if (x->gaz < 0 && !speech_in(s, XW_GIVEN, f) && strncmp(f, "عبد", 6) != 0) {
		free(f);
		return NULL;
	}
	free(f);
	f = text_fold(last + 1, strlen(last + 1));
	if (strlen(f) < 6 || extract_stopword(f) || speech_in(s, XW_GIVEN, f) || speech_in(s, XW_TITLE, f) ||
	    speech_in(s, XW_BODY, f) || speech_in(s, XW_STOP, f) || speech_in(s, XW_NONNAME, f) ||
	    speech_in(s, XW_UNNAMED, f)) {
		free(f);
		return NULL;
	}
	return f;
}

static bool speech_after_fronted(const struct speech *s, size_t q);

/* Is token q the first word of its clause (its verb, whatever it does): after a line break, a full stop, a comma or a fronted adverbial? */
static bool
speech_clause_first(const struct speech *s, size_t q)
{
	const struct xtoks *t = s->t;

	return xtok_at(t, q)->nl || q == 0 || speech_sentence_end(t, q - 1) || xtok_is(t, q - 1, "،") ||
	       xtok_is(t, q - 1, ",") || speech_after_fronted(s, q);
}

/*
 * "واصل اللاعب سعود الحقباني ... وقدم الحقباني شكره ...، وقال:": a
 * person named in full, then by the surname alone right after a clause's
 * first word (its verb, whatever it does).  Such a use of the surname is
 * a mention of him, unless two people of the article share it.
 */
void
speech_scan_surnames(struct speech *s)
{
	const struct xtoks *t = s->t;
	size_t n = s->nmen, k, j, i;
	char **sur = xcalloc(n + 1, sizeof *sur);

	for (k = 0; k < n; k++)
		sur[k] = speech_surname_of(s, s->men_sp[k]);
	for (k = 0; k < n; k++) {
		size_t from = s->men_pos[k];
		bool skip = false;

		if (sur[k] == NULL)
			continue;
		for (j = 0; j < n && !skip; j++)
			skip = sur[j] != NULL && s->men_sp[j] != s->men_sp[k] && strcmp(sur[j], sur[k]) == 0;
		/* one scan for each person, from where he is first named */
		for (j = 0; j < n && !skip; j++) {
			skip = j < k && s->men_sp[j] == s->men_sp[k];
			if (s->men_sp[j] == s->men_sp[k] && s->men_pos[j] < from)
				from = s->men_pos[j];
		}
		for (i = from + 2; !skip && i < t->n; i++) {
			size_t q = i - 1;
			if (xtok_at(t, i)->word && !xtok_at(t, i)->nl && strcmp(xtok_at(t, i)->fold, sur[k]) == 0 &&
			    xtok_at(t, q)->word && speech_clause_first(s, q))
				speech_add_mention(s, i, s->men_sp[k]);
		}
	}
	for (k = 0; k < n; k++)
		free(sur[k]);
	free(sur);
}

/* Sort the mentions by position (titled and given-name scans both add them). */
void
speech_sort_mentions(struct speech *s)
{
	size_t i, k;

	for (i = 1; i < s->nmen; i++)
		for (k = i; k > 0 && s->men_pos[k - 1] > s->men_pos[k]; k--) {
			size_t p = s->men_pos[k];
			int q = s->men_sp[k];
			s->men_pos[k] = s->men_pos[k - 1], s->men_sp[k] = s->men_sp[k - 1];
			s->men_pos[k - 1] = p, s->men_sp[k - 1] = q;
		}
}

/*
 * A person named right after a clause's first word (its verb, whatever it
 * does: "ووصف باداود الابتعاث", "وعبر دونالد كبيروكا، عن") after where the
 * speaker of the moment was set and before token i: the subject an implicit
 * reporting verb continues; -1 if none.
 */
/*
 * "وعلى ذات السياق أشاد", "وفي هذا الإطار أكد": the verb at q comes after a
 * fronted adverbial of at most four words that opens the sentence with وفي،
 * وعلى or ومن (not وعن، وحول: "وعن عودة المباريات لملعب الأمير فلان قال"
 * is about him) and ends with a definite word or a pronoun, and q is no
 * title or word with ال.
 */
static bool
speech_after_fronted(const struct speech *s, size_t q)
{
	static const char *const prep[] = { "وفي", "وعلي", "ومن" };
	const struct xtoks *t = s->t;
	const char *f;
	size_t k, j, n;

	for (k = q; k > 0 && q - k < 4 && xtok_at(t, k - 1)->word && !xtok_at(t, k)->nl; k--)
		;
	if (k == q || !(k == 0 || xtok_at(t, k)->nl || speech_sentence_end(t, k - 1)) ||
	    strncmp(xtok_at(t, q)->fold, "ال", 4) == 0 || speech_title_at(s, q))
		return false;
	/* it ends with a definite word or a pronoun (السياق، الإطار، ذاته، جانبه), not "وفي ما يخص ملعب" */
	f = xtok_at(t, q - 1)->fold;
	n = strlen(f);
	if (strncmp(f, "ال", 4) != 0 && !(n > 2 && strcmp(f + n - 2, "ه") == 0))
		return false;
	for (j = 0; j < sizeof prep / sizeof *prep; j++)
		if (strcmp(xtok_at(t, k)->fold, prep[j]) == 0)
			return true;
	return false;
}

/*
 * Token p lies inside the quote last attributed to a speaker, which closes
 * before token i: "...، وهما صاحب المنزل وعامل آسيوي". وتابع:": who his
 * quoted words name is no subject of a verb after them.
 */
static bool
speech_in_last_quote(const struct speech *s, size_t p, size_t i)
{
	return s->quote_sp >= 0 && s->quote_open < p && p < s->quote_end && s->quote_end < i;
}

int
speech_subject_mention(const struct speech *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t k, p, q;

	for (k = s->nmen; k-- > 0;) {
		p = s->men_pos[k];
		if (p >= i || speech_in_last_quote(s, p, i))
			continue;
		/* farther only in the sentence whose verb it is the subject of: "وقدم الأمير فلان الشكر ... ، مؤكدا أن" */
		if ((s->last != -1 && p <= s->last_at) || i - p > SPEECH_SENTENCE_MAX ||
		    (i - p > 60 && p < s->sentence))
			return -1;
		while (p > 0 && speech_title_at(s, p - 1) && !xtok_at(t, p)->nl)
			p--; /* its title chain's start */
		/* "وصف الحارس خالد شراحيلي": a profession no title list has, right before the name */
		if (p == s->men_pos[k] && p > 1 && !s->r->speakers[s->men_sp[k]].body && !xtok_at(t, p)->nl &&
		    xtok_at(t, p - 1)->word &&
		    strncmp(xtok_at(t, p - 1)->fold, "ال", 4) == 0 && speech_verb_at(s, p - 1) == NULL &&
		    !extract_stopword(xtok_at(t, p - 1)->fold))
			p--;
		if (p < 1 || xtok_at(t, p)->nl || !xtok_at(t, p - 1)->word)
			continue;
		q = p - 1; /* the clause's verb */
		if (!speech_clause_first(s, q))
			continue;
		/* "وعن راشد الماجد قال إن": a fronted adverbial names whom he spoke about, not who spoke */
		if (speech_in(s, XW_FRONTED, xtok_at(t, q)->fold))
			continue;
		/* "ووجد الإداري فلان ...، إلا أن الغامدي أشار": the speaker of the moment named again since */
		if (s->last >= 0 && s->last != s->men_sp[k]) {
			const char *nm = s->r->speakers[s->last].name;
			char *key = text_fold(nm, strlen(nm));
			const char *sur = strrchr(key, ' ');
			size_t j;
			bool again = false;
			sur = sur != NULL ? sur + 1 : key;
			for (j = s->men_pos[k] + 1; j < i && !again; j++)
				again = strcmp(xtok_at(t, j)->fold, sur) == 0;
			free(key);
			if (again)
				return -1;
		}
		return s->men_sp[k];
	}
	return -1;
}
