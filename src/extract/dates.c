/*
 * dates.c: dates mentioned in Arabic text and the article's own date.
 * Month and weekday names come from ICU's locale data: "ar" gives the
 * Egyptian-style names (يناير ...), ar_SY / ar_IQ / ar_LB the Levantine and
 * Iraqi ones (كانون الثاني ...), ar_MA / ar_TN the Maghreb ones, and
 * ar@calendar=islamic-umalqura the Hijri months.  Hijri dates are converted
 * with ICU's Umm al-Qura calendar.
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>

#include "extract/extract.h"

/* One month name: its folded words and its number. */
struct xcal_month {
	char *words[3];
	int nwords;
	int month; /* 1..12 */
	bool hijri;
};

/* The classes of data/dates.tsv. */
enum xcal_class {
	XW_TODAY_NAME_BEFORE,  /* عين اليوم: not today */
	XW_TODAY_NAME_AFTER,   /* اليوم الرابع: not today */
	XW_NOT_ARTICLE_BEFORE, /* حتى أمس: not the article's date */
	XW_NOT_ARTICLE_AFTER,  /* الأحد المقبل: not the article's date */
	XW_THIS_MONTH,         /* شوال الجاري: the reference date's year */
	XW_TWO_DAYS_BACK,      /* أول أمس: two days back (phrases) */
	XW_N
};

static const char *const xcal_class_names[XW_N] = {
	"today-name-before", "today-name-after", "not-article-before", "not-article-after",
	"this-month", "two-days-back",
};

/* The folded words (or phrases, words separated by one space) of one class. */
struct xcal_words {
	char **v;
	size_t n;
};

/* The names dates are written with, folded. */
struct xcal {
	struct xcal_month *m;
	size_t nm;
	char *weekday[7]; /* 0 = Sunday */
	struct xcal_words words[XW_N];
	/*
	 * Every word a month name or a class word or phrase starts with (sorted,
	 * owned) and their index: most tokens are none of them, and one lookup
	 * tells so where the scans of every list took strcmp after strcmp.
	 */
	char **lead;
	size_t nlead;
	struct xkeys leads;
};

static const char *const xcal_gregorian_locales[] = {
	"ar", "ar_SY", "ar_IQ", "ar_LB", "ar_JO", "ar_MA", "ar_TN", NULL
};

/* A UTF-16 symbol from ICU as folded UTF-8. */
static char *
xcal_fold16(const UChar *u, int32_t n)
{
	char utf8[256];
	UErrorCode err = U_ZERO_ERROR;
	int32_t len = 0;

	u_strToUTF8(utf8, sizeof utf8, &len, u, n, &err);
	if (U_FAILURE(err) || len >= (int32_t)sizeof utf8)
		return NULL;
	return text_fold(utf8, (size_t)len);
}

/* Add a month name unless the same name for the same month is there already. */
static void
xcal_add_month(struct xcal *c, const char *folded, int month, bool hijri)
{
	struct xcal_month m = { { NULL }, 0, month, hijri };
	char *dup = xstrdup(folded), *w, *save = NULL;
	size_t i;

	for (w = strtok_r(dup, " ", &save); w && m.nwords < 3; w = strtok_r(NULL, " ", &save))
		m.words[m.nwords++] = xstrdup(w);
	free(dup);
	for (i = 0; i < c->nm; i++) {
		if (c->m[i].month == month && c->m[i].hijri == hijri && c->m[i].nwords == m.nwords &&
		    (m.nwords == 0 || strcmp(c->m[i].words[0], m.words[0]) == 0) &&
		    (m.nwords < 2 || strcmp(c->m[i].words[1], m.words[1]) == 0)) {
			while (m.nwords > 0)
				free(m.words[--m.nwords]);
			return;
		}
	}
	if (m.nwords == 0)
		return;
	c->m = xrealloc(c->m, (c->nm + 1) * sizeof *c->m);
	c->m[c->nm++] = m;
}

/* Month names (format and stand-alone) of one locale's calendar. */
static int
xcal_add_locale(struct xcal *c, const char *locale, bool hijri, char **cause)
{
	static const UDateFormatSymbolType types[] = { UDAT_MONTHS, UDAT_STANDALONE_MONTHS };
	UErrorCode err = U_ZERO_ERROR;
	UDateFormat *f = udat_open(UDAT_NONE, UDAT_LONG, locale, u"GMT", -1, NULL, 0, &err);
	UChar sym[64];
	int32_t n, i, t;
	char *s;

	if (U_FAILURE(err)) {
		*cause = xasprintf("ICU date symbols for %s: %s", locale, u_errorName(err));
		return -1;
	}
	for (t = 0; t < 2; t++) {
		for (i = 0; i < 12; i++) {
			err = U_ZERO_ERROR;
			n = udat_getSymbols(f, types[t], i, sym, 64, &err);
			if (U_FAILURE(err) || (s = xcal_fold16(sym, n)) == NULL)
				continue;
			xcal_add_month(c, s, i + 1, hijri);
			free(s);
		}
	}
	udat_close(f);
	return 0;
}

static int
xcal_add_weekdays(struct xcal *c, char **cause)
{
	UErrorCode err = U_ZERO_ERROR;
	UDateFormat *f = udat_open(UDAT_NONE, UDAT_LONG, "ar", u"GMT", -1, NULL, 0, &err);
	UChar sym[64];
	int32_t n, i;

	if (U_FAILURE(err)) {
		*cause = xasprintf("ICU weekday names: %s", u_errorName(err));
		return -1;
	}
	for (i = 0; i < 7; i++) {
		err = U_ZERO_ERROR;
		n = udat_getSymbols(f, UDAT_WEEKDAYS, i + 1, sym, 64, &err); /* 1 = Sunday */
		c->weekday[i] = U_FAILURE(err) ? NULL : xcal_fold16(sym, n);
		if (c->weekday[i] == NULL)
			c->weekday[i] = xstrdup("?");
	}
	udat_close(f);
	return 0;
}

static int
xcal_lead_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
xcal_lead_add(struct xcal *c, const char *w)
{
	c->lead = xrealloc(c->lead, (c->nlead + 1) * sizeof *c->lead);
	c->lead[c->nlead++] = xstrndup(w, strcspn(w, " "));
}

static void
xcal_lead_clear(struct xcal *c)
{
	size_t i;

	xkeys_free(&c->leads);
	for (i = 0; i < c->nlead; i++)
		free(c->lead[i]);
	free(c->lead);
	c->lead = NULL;
	c->nlead = 0;
}

/* (Re)build the index of the words dates start with. */
static void
xcal_lead_index(struct xcal *c)
{
	size_t i, j;

	xcal_lead_clear(c);
	for (i = 0; i < c->nm; i++)
		if (c->m[i].nwords > 0)
			xcal_lead_add(c, c->m[i].words[0]);
	for (j = 0; j < XW_N; j++)
		for (i = 0; i < c->words[j].n; i++)
			xcal_lead_add(c, c->words[j].v[i]);
	qsort(c->lead, c->nlead, sizeof *c->lead, xcal_lead_cmp);
	xkeys_build(&c->leads, c->lead, c->nlead, sizeof *c->lead, 0);
}

/* Can a month name or a class word or phrase start with the folded word w? */
static bool
xcal_lead(const struct xcal *c, const char *w)
{
	size_t at;

	return xkeys_find(&c->leads, w, &at) > 0;
}

int
xcal_new(struct xcal **out, char **cause)
{
	struct xcal *c = xcalloc(1, sizeof *c);
	int i, rc = 0;

	for (i = 0; xcal_gregorian_locales[i] && rc == 0; i++)
		rc = xcal_add_locale(c, xcal_gregorian_locales[i], false, cause);
	if (rc == 0)
		rc = xcal_add_locale(c, "ar@calendar=islamic-umalqura", true, cause);
	if (rc == 0)
		rc = xcal_add_weekdays(c, cause);
	if (rc != 0) {
		xcal_free(c);
		return -1;
	}
	xcal_lead_index(c);
	*out = c;
	return 0;
}

void
xcal_free(struct xcal *c)
{
	size_t i;
	int j;

	if (c == NULL)
		return;
	for (i = 0; i < c->nm; i++)
		for (j = 0; j < c->m[i].nwords; j++)
			free(c->m[i].words[j]);
	for (j = 0; j < 7; j++)
		free(c->weekday[j]);
	for (j = 0; j < XW_N; j++) {
		for (i = 0; i < c->words[j].n; i++)
			free(c->words[j].v[i]);
		free(c->words[j].v);
	}
	free(c->m);
	xcal_lead_clear(c);
	free(c);
}

int
xcal_load_words(struct xcal *c, const char *text, char **cause)
{
	const char *p = text, *eol, *tab;
	int lineno = 0, k;

	while (p != NULL && *p != '\0') {
		eol = p + strcspn(p, "\n");
		lineno++;
		if (*p != '#' && eol > p) {
			tab = memchr(p, '\t', (size_t)(eol - p));
			for (k = 0; tab != NULL && k < XW_N; k++)
				if (strlen(xcal_class_names[k]) == (size_t)(tab - p) &&
				    strncmp(p, xcal_class_names[k], (size_t)(tab - p)) == 0)
					break;
			if (tab == NULL || k == XW_N) {
				*cause = xasprintf("dates.tsv: line %d: want a class and words", lineno);
				return -1;
			}
			for (p = tab + 1; p < eol;) {
				size_t n = strcspn(p, "|\n");
				struct xcal_words *w = &c->words[k];
				if (n > 0) {
					w->v = xrealloc(w->v, (w->n + 1) * sizeof *w->v);
					w->v[w->n++] = text_fold(p, n);
				}
				p += n + (p[n] == '|');
			}
		}
		p = *eol ? eol + 1 : eol;
	}
	xcal_lead_index(c);
	return 0;
}

/* ---- Calendar arithmetic ---- */

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's method). */
static long
dates_days(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
dates_civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
extract_weekday(int y, int m, int d)
{
	long w = (dates_days(y, m, d) + 4) % 7; /* 1970-01-01 was a Thursday */
	return (int)(w < 0 ? w + 7 : w);
}

static bool
dates_valid(int y, int m, int d)
{
	int yy, mm, dd;

	if (m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	dates_civil(dates_days(y, m, d), &yy, &mm, &dd);
	return yy == y && mm == m && dd == d;
}

int
extract_hijri_to_gregorian(int y, int m, int d, char out[11])
{
	UErrorCode err = U_ZERO_ERROR;
	UCalendar *h, *g;
	UDate t;
	int rc = -1;

	if (m < 1 || m > 12 || d < 1 || d > 30)
		return -1;
	h = ucal_open(u"GMT", -1, "en@calendar=islamic-umalqura", UCAL_DEFAULT, &err);
	g = ucal_open(u"GMT", -1, "en@calendar=gregorian", UCAL_GREGORIAN, &err);
	if (U_SUCCESS(err)) {
		ucal_setAttribute(h, UCAL_LENIENT, 0);
		ucal_clear(h);
		ucal_setDate(h, y, m - 1, d, &err);
		t = ucal_getMillis(h, &err);
		ucal_setMillis(g, t, &err);
		int gy = ucal_get(g, UCAL_YEAR, &err), gm = ucal_get(g, UCAL_MONTH, &err) + 1;
		int gd = ucal_get(g, UCAL_DATE, &err);
		if (U_SUCCESS(err) && gy > 0 && gy < 10000 && gm >= 1 && gm <= 12 && gd >= 1 && gd <= 31) {
			snprintf(out, 11, "%04d-%02d-%02d", gy % 10000, gm % 100, gd % 100);
			rc = 0;
		}
	}
	if (h)
		ucal_close(h);
	if (g)
		ucal_close(g);
	return rc;
}

/* The year of a reference date (YYYY-MM-DD) in the Hijri or the Gregorian calendar; 0 when none. */
static int
dates_ref_year(const char *ref, bool hijri)
{
	UErrorCode err = U_ZERO_ERROR;
	UCalendar *g, *h;
	int y, m, d, hy;

	if (ref == NULL || sscanf(ref, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return 0;
	if (!hijri)
		return y;
	g = ucal_open(u"GMT", -1, "en@calendar=gregorian", UCAL_GREGORIAN, &err);
	h = ucal_open(u"GMT", -1, "en@calendar=islamic-umalqura", UCAL_DEFAULT, &err);
	hy = 0;
	if (U_SUCCESS(err)) {
		ucal_clear(g);
		ucal_setDate(g, y, m - 1, d, &err);
		ucal_setMillis(h, ucal_getMillis(g, &err), &err);
		hy = ucal_get(h, UCAL_YEAR, &err);
		if (U_FAILURE(err))
			hy = 0;
	}
	if (g)
		ucal_close(g);
	if (h)
		ucal_close(h);
	return hy;
}

/* ---- Recognising dates in tokens ---- */

/* The state of one scan. */
struct dscan {
	const struct xcal *c;
	const struct xtoks *t;
	const char *ref;      /* YYYY-MM-DD or NULL */
	bool *quoted;         /* per token: inside quotation marks */
	struct xdates *out;
	size_t cap;
};

/* Token i is inside quotation marks (false past the end). */
static bool
dates_in_quote(const struct dscan *s, size_t i)
{
	return i < s->t->n && s->quoted[i];
}

static bool
dates_word(const struct xtoks *t, size_t i, const char *w)
{
	return i < t->n && xtok_at(t, i)->word && strcmp(xtok_at(t, i)->fold, w) == 0;
}

/* A folded word without a leading و / ف / ب / ل clitic, as xtok_unprefixed gives it (no copy). */
static const char *
dates_bare(const char *f)
{
	if (strlen(f) > 4 && (memcmp(f, "و", 2) == 0 || memcmp(f, "ف", 2) == 0 ||
			      memcmp(f, "ب", 2) == 0 || memcmp(f, "ل", 2) == 0))
		return f + 2;
	return f;
}

/* Does the word w equal the first n bytes of p exactly? */
static bool
dates_is(const char *w, const char *p, size_t n)
{
	return strncmp(w, p, n) == 0 && w[n] == '\0';
}

/* Can a month name or a class word or phrase start with the folded word f, or with f without its clitic? */
static bool
dates_may_start(const struct dscan *s, const char *f)
{
	const char *bare = dates_bare(f);

	return xcal_lead(s->c, f) || (bare != f && xcal_lead(s->c, bare));
}

/* Is token i's folded form, or that form without a clitic, a word of class k? */
static bool
dates_class(const struct dscan *s, size_t i, enum xcal_class k)
{
	const struct xcal_words *w = &s->c->words[k];
	const char *f, *bare;
	size_t j;

	if (i >= s->t->n || !xtok_at(s->t, i)->word)
		return false;
	f = xtok_at(s->t, i)->fold;
	if (!dates_may_start(s, f))
		return false;
	bare = dates_bare(f);
	for (j = 0; j < w->n; j++)
		if (strcmp(f, w->v[j]) == 0 || strcmp(bare, w->v[j]) == 0)
			return true;
	return false;
}

/* The phrase of class k that starts at token i (its first word may carry a clitic): the token after it, or 0. */
static size_t
dates_phrase(const struct dscan *s, size_t i, enum xcal_class k)
{
	const struct xcal_words *w = &s->c->words[k];
	const char *p, *f;
	size_t j, at, n;

	if (i >= s->t->n || !xtok_at(s->t, i)->word)
		return 0;
	if (!dates_may_start(s, xtok_at(s->t, i)->fold))
		return 0;
	for (j = 0; j < w->n; j++) {
		for (p = w->v[j], at = i; *p != '\0' && at < s->t->n; at++) {
			n = strcspn(p, " ");
			f = xtok_at(s->t, at)->fold;
			if (!xtok_at(s->t, at)->word || !(dates_is(f, p, n) || (at == i && dates_is(dates_bare(f), p, n))))
				break;
			p += n;
			p += *p == ' ';
		}
		if (*p == '\0' && at > i)
			return at;
	}
	return 0;
}

/* The month name starting at token i: its index and the token after it, or -1. */
static int
dates_month_at(const struct dscan *s, size_t i, size_t *next)
{
	const struct xtoks *t = s->t;
	size_t k;
	int j, best = -1, bestn = 0;

	if (i >= t->n || !xtok_at(t, i)->word || !xcal_lead(s->c, xtok_at(t, i)->fold))
		return -1;
	for (k = 0; k < s->c->nm; k++) {
		const struct xcal_month *m = &s->c->m[k];
		for (j = 0; j < m->nwords && dates_word(t, i + (size_t)j, m->words[j]); j++)
			;
		if (j == m->nwords && j > bestn) {
			best = (int)k;
			bestn = j;
		}
	}
	if (best >= 0)
		*next = i + (size_t)bestn;
	return best;
}

/* The weekday named by token i (with or without ال), or -1. */
static int
dates_weekday_at(const struct dscan *s, size_t i)
{
	int d;

	for (d = 0; d < 7 && i < s->t->n; d++)
		if (strcmp(xtok_at(s->t, i)->fold, s->c->weekday[d]) == 0)
			return d;
	return -1;
}

static struct xdate *
dates_push(struct dscan *s, size_t from, size_t to)
{
	struct xdate *d;

	if (s->out->n == s->cap)
		s->out->v = xrealloc(s->out->v, (s->cap = s->cap ? s->cap * 2 : 16) * sizeof *d);
	d = &s->out->v[s->out->n++];
	memset(d, 0, sizeof *d);
	d->start = xtok_at(s->t, from)->c0;
	d->end = xtok_at(s->t, to - 1)->c1;
	d->t0 = from;
	d->t1 = to;
	d->weekday = -1;
	d->in_quote = dates_in_quote(s, from);
	return d;
}

/* Skip a "/" or "(" between two month names; the token after it. */
static size_t
dates_skip_sep(const struct xtoks *t, size_t i)
{
	if (xtok_is(t, i, "/") || xtok_is(t, i, "(") || xtok_is(t, i, "-"))
		return i + 1;
	return i;
}

/* A Hijri year marker after the year: هـ (folded ه) or "هجري(ة)". */
static bool
dates_hijri_mark(const struct xtoks *t, size_t i)
{
	return dates_word(t, i, "ه") || dates_word(t, i, "هجري") || dates_word(t, i, "هجريه");
}

/* Set value from day/month/year in either calendar. */
static bool
dates_set(struct xdate *d, int y, int m, int day, bool hijri)
{
	if (hijri) {
		d->hijri = true;
		if (day == 0)
			return false;
		if (extract_hijri_to_gregorian(y, m, day, d->value) != 0)
			return false;
		d->precision = 3;
		return true;
	}
	if (day > 0 && !dates_valid(y, m, day))
		return false;
	if (day > 0)
		snprintf(d->value, sizeof d->value, "%04d-%02d-%02d", y, m, day);
	else
		snprintf(d->value, sizeof d->value, "%04d-%02d", y, m);
	d->precision = day > 0 ? 3 : 2;
	return true;
}

/* The year after a month name (i points past it); 0 when none. */
static long
dates_year_after(const struct xtoks *t, size_t *i)
{
	size_t j = *i;

	if (xtok_is(t, j, ")") || xtok_is(t, j, "،") || xtok_is(t, j, ","))
		j++;
	if (dates_word(t, j, "من") || dates_word(t, j, "عام") || dates_word(t, j, "العام"))
		j++;
	if (j < t->n && xtok_at(t, j)->num && xtok_at(t, j)->value >= 1000 && xtok_at(t, j)->value <= 2200) {
		*i = j + 1;
		return xtok_at(t, j)->value;
	}
	return 0;
}

/* Is there a four-digit number within the next five tokens? */
static bool
dates_year_follows(const struct xtoks *t, size_t i)
{
	size_t k;

	for (k = i + 1; k < t->n && k <= i + 5; k++)
		if (xtok_at(t, k)->num && xtok_at(t, k)->value >= 1000)
			return true;
	return false;
}

/* "31 أغسطس/آب 2021", "25 شوال 1436 هـ", "شباط/فبراير 1988" at token i; the end or 0. */
static size_t
dates_named(struct dscan *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t j = i, k;
	long day = 0, year;
	int m, m2;
	bool hijri;
	struct xdate *d;

	if (xtok_at(t, i)->num && xtok_at(t, i)->value >= 1 && xtok_at(t, i)->value <= 31) {
		day = xtok_at(t, i)->value;
		j = dates_word(t, i + 1, "من") ? i + 2 : i + 1;
	} else if (!xtok_at(t, i)->word || xtok_at(t, i)->num || !dates_year_follows(t, i)) {
		return 0; /* a month without a day needs a year within a few tokens */
	}
	if ((m = dates_month_at(s, j, &j)) < 0)
		return 0;
	k = dates_skip_sep(t, j);
	if (k != j && (m2 = dates_month_at(s, k, &k)) >= 0 &&
	    s->c->m[m2].month == s->c->m[m].month)
		j = k;
	if (xtok_is(t, j, ")"))
		j++;
	hijri = s->c->m[m].hijri;
	year = dates_year_after(t, &j);
	if (year == 0 && dates_class(s, j, XW_THIS_MONTH) && s->ref != NULL) {
		year = dates_ref_year(s->ref, hijri); /* "شوال الجاري": the month of the reference's year */
		j++;
	}
	if (year != 0 && dates_hijri_mark(t, j)) {
		hijri = true;
		j++;
	}
	if (year == 0 && day == 0)
		return 0;
	d = dates_push(s, i, j);
	d->kind = XDATE_ABSOLUTE;
	if (year == 0 || !dates_set(d, (int)year, s->c->m[m].month, (int)day, hijri)) {
		d->value[0] = '\0';
		d->precision = 0;
		d->hijri = hijri;
	}
	return j;
}

/* "14 / 10 / 1436هـ", "5-10-1436هـ", "2021/08/31" at token i; the end or 0. */
static size_t
dates_numeric(struct dscan *s, size_t i)
{
	const struct xtoks *t = s->t;
	long a, b, c;
	bool hijri;
	struct xdate *d;
	size_t j;

	if (i + 4 >= t->n + 0 || !xtok_at(t, i)->num || !xtok_at(t, i + 2)->num || !xtok_at(t, i + 4)->num)
		return 0;
	if (!(xtok_is(t, i + 1, "/") || xtok_is(t, i + 1, "-") || xtok_is(t, i + 1, ".")) ||
	    strcmp(xtok_at(t, i + 1)->fold, xtok_at(t, i + 3)->fold) != 0)
		return 0;
	a = xtok_at(t, i)->value, b = xtok_at(t, i + 2)->value, c = xtok_at(t, i + 4)->value;
	if (a >= 1000) { /* YYYY/MM/DD */
		long y = a;
		a = c;
		c = y;
	}
	if (c < 1300 || c > 2200 || b < 1 || b > 12 || a < 1 || a > 31)
		return 0;
	j = i + 5;
	hijri = dates_hijri_mark(t, j) || c < 1600;
	if (dates_hijri_mark(t, j))
		j++;
	d = dates_push(s, i, j);
	d->kind = XDATE_ABSOLUTE;
	if (!dates_set(d, (int)c, (int)b, (int)a, hijri)) {
		s->out->n--;
		return 0;
	}
	return j;
}

/* "العام 2020", "عام 1997", "سنة 2015" at token i; the end or 0. */
static size_t
dates_year(struct dscan *s, size_t i)
{
	const struct xtoks *t = s->t;
	char buf[64];
	const char *w;
	struct xdate *d;

	/* the year first: few tokens are followed by one, and the words are asked of every token */
	if (i + 1 >= t->n || !xtok_at(t, i + 1)->num || xtok_at(t, i + 1)->value < 1900 || xtok_at(t, i + 1)->value > 2200)
		return 0;
	w = xtok_unprefixed(xtok_at(t, i), buf, sizeof buf);
	if (strcmp(xtok_at(t, i)->fold, "العام") != 0 && strcmp(w, "العام") != 0 && strcmp(w, "عام") != 0 &&
	    strcmp(w, "عامي") != 0 && strcmp(w, "سنه") != 0 && strcmp(w, "لعام") != 0)
		return 0;
	d = dates_push(s, i + 1, i + 2);
	d->kind = XDATE_YEAR;
	d->precision = 1;
	snprintf(d->value, sizeof d->value, "%04ld", xtok_at(t, i + 1)->value);
	return i + 2;
}

/* Parse "YYYY-MM-DD" into days; -1 when not a date. */
static long
dates_ref_days(const char *ref)
{
	int y, m, d;

	if (ref == NULL || sscanf(ref, "%4d-%2d-%2d", &y, &m, &d) != 3 || !dates_valid(y, m, d))
		return -1;
	return dates_days(y, m, d);
}

/*
 * Resolve اليوم (back 0) or أمس (back 1) against ref, with the weekday named
 * (-1 none).  A weekday picks the nearest such day within a few days before
 * the reference, which is often a crawl time after the event.
 */
static bool
dates_resolve(const char *ref, int back, int weekday, char out[11])
{
	long r = dates_ref_days(ref), z;
	int y, m, d, k;

	if (r < 0)
		return false;
	for (k = back; k <= back + (weekday >= 0 ? 2 : 0); k++) {
		z = r - k;
		dates_civil(z, &y, &m, &d);
		if (weekday < 0 || extract_weekday(y, m, d) == weekday) {
			snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
			return true;
		}
	}
	return false;
}

/* The weekday after token i ("الثلاثاء", "(الاثنين)", "يوم الثلاثاء"); its end in *end. */
static int
dates_weekday_after(const struct dscan *s, size_t i, size_t *end)
{
	size_t j = i;
	bool paren = xtok_is(s->t, j, "(");
	int w;

	if (paren)
		j++;
	if (dates_word(s->t, j, "يوم"))
		j++;
	if ((w = dates_weekday_at(s, j)) < 0)
		return -1;
	j++;
	if (paren && xtok_is(s->t, j, ")"))
		j++;
	if (xtok_is(s->t, j, "،") || xtok_is(s->t, j, ","))
		j++;
	*end = j;
	return w;
}

/* Attach a weekday to the absolute date that follows it; true when there was one. */
static bool
dates_weekday_date(struct dscan *s, size_t from, size_t at, int w, bool today, size_t *end)
{
	size_t before = s->out->n, e;
	struct xdate *d;
	int y, m, dd;

	e = dates_named(s, at);
	if (e == 0)
		e = dates_numeric(s, at);
	if (e == 0 || s->out->n == before)
		return false;
	d = &s->out->v[s->out->n - 1];
	d->start = xtok_at(s->t, from)->c0;
	d->t0 = from;
	d->weekday = w;
	d->today = today;
	d->in_quote = dates_in_quote(s, from);
	if (d->precision == 3 && sscanf(d->value, "%d-%d-%d", &y, &m, &dd) == 3)
		d->weekday_ok = extract_weekday(y, m, dd) == w;
	*end = e;
	return true;
}

/* اليوم / أمس (with a weekday, an explicit date or neither) at token i. */
static size_t
dates_relative(struct dscan *s, size_t i)
{
	const struct xtoks *t = s->t;
	size_t j = i + 1, e = 0, k;
	int back, w;
	struct xdate *d;

	if ((k = dates_phrase(s, i, XW_TWO_DAYS_BACK)) != 0) {
		back = 2; /* أول أمس, أمس الأول */
		j = k;
	} else if (dates_word(t, i, "اليوم")) {
		/* عين اليوم, ذات اليوم, اليوم الرابع: a name or an ordinal, not today */
		if (dates_class(s, i - 1, XW_TODAY_NAME_BEFORE) || dates_class(s, i + 1, XW_TODAY_NAME_AFTER))
			return 0;
		back = 0;
	} else if (dates_word(t, i, "امس") || dates_word(t, i, "وامس"))
		back = 1;
	else if (dates_word(t, i, "يوم") && dates_weekday_at(s, i + 1) >= 0)
		back = -1; /* a weekday with a date: not relative */
	else
		return 0;
	if (xtok_is(t, j, "،") || xtok_is(t, j, ","))
		j++;
	w = dates_weekday_after(s, back < 0 ? i : j, &j);
	if (dates_weekday_date(s, i, j, w, back >= 0, &e))
		return e;
	if (back < 0 || (w < 0 && back == 0 && s->ref == NULL))
		return 0;
	d = dates_push(s, i, w >= 0 ? j : k != 0 ? k : i + 1);
	d->kind = XDATE_RELATIVE;
	d->weekday = w;
	d->today = true;
	if (dates_resolve(s->ref, back, w, d->value)) {
		d->precision = 3;
		d->weekday_ok = w >= 0;
	}
	return j > i + 1 && w >= 0 ? j : k != 0 ? k : i + 1;
}

/* Mark the tokens inside quotation marks (per line; « » “ ” and " that toggles). */
static bool *
dates_quoted(const struct xtoks *t)
{
	bool *q = xcalloc(t->n + 1, sizeof *q);
	int depth = 0;
	bool ascii = false;
	size_t i;

	for (i = 0; i < t->n; i++) {
		const char *f = xtok_at(t, i)->fold;
		if (xtok_at(t, i)->nl)
			depth = 0, ascii = false;
		if (!xtok_at(t, i)->word && (strcmp(f, "«") == 0 || strcmp(f, "“") == 0))
			depth++;
		else if (!xtok_at(t, i)->word && (strcmp(f, "»") == 0 || strcmp(f, "”") == 0))
			depth -= depth > 0;
		else if (!xtok_at(t, i)->word && strcmp(f, "\"") == 0)
			ascii = !ascii;
		q[i] = depth > 0 || ascii;
	}
	return q;
}

/* The lead: the first sentence, at most this many tokens. */
#define DATES_LEAD_TOKENS 40
/* A weekday date in the lead is the article's only this many days before the reference date. */
#define DATES_RECENT_DAYS 7

/* Word tokens (not punctuation) in [from, to). */
static size_t
dates_nwords(const struct xtoks *t, size_t from, size_t to)
{
	size_t n = 0;

	for (; from < to; from++)
		n += xtok_at(t, from)->word;
	return n;
}

/*
 * Flag the dates of a dateline: the first line, when it holds little but
 * its dates: a place before them ("مكة المكرمة", "الرياض -"), الموافق
 * between two of them, a calendar mark and an agency after them ("م واس").
 */
static void
dates_datelines(struct dscan *s)
{
	const struct xtoks *t = s->t;
	size_t last, lead, k, first = 0, n = 0, between = 0, end = 0;

	if (t->n == 0)
		return;
	for (last = 1; last < t->n && !xtok_at(t, last)->nl; last++)
		;
	for (lead = 0; lead < last && lead < DATES_LEAD_TOKENS && !xtok_is(t, lead, ".") &&
		       !xtok_is(t, lead, "!") && !xtok_is(t, lead, "؟") && !xtok_is(t, lead, "?");
	     lead++)
		;
	for (k = 0; k < s->out->n && s->out->v[k].t0 < lead; k++)
		s->out->v[k].lead = true;
	/* A sentence ends with a full stop; a dateline does not. */
	if (dates_nwords(t, 0, last) > 16 || xtok_is(t, last - 1, ".") || xtok_is(t, last - 1, "،"))
		return;
	for (k = 0; k < s->out->n && s->out->v[k].t0 < last; k++) {
		const struct xdate *d = &s->out->v[k];
		if (d->kind != XDATE_ABSOLUTE || d->t1 > last)
			continue;
		if (n++ == 0)
			first = k;
		else
			between += dates_nwords(t, end, d->t0);
		end = d->t1;
	}
	if (n == 0 || dates_nwords(t, 0, s->out->v[first].t0) > 4 || dates_nwords(t, end, last) > 2 ||
	    between > 2 * (n - 1))
		return;
	for (k = first; k < s->out->n && s->out->v[k].t0 < last; k++)
		if (s->out->v[k].kind == XDATE_ABSOLUTE && s->out->v[k].t1 <= last)
			s->out->v[k].dateline = true;
}

/* Flag the dates that "حتى", "نهاية" before them or "المقبل" after them make another day's. */
static void
dates_governed(struct dscan *s)
{
	const struct xtoks *t = s->t;
	size_t k, i, back;

	for (k = 0; k < s->out->n; k++) {
		struct xdate *d = &s->out->v[k];
		for (back = 1; back <= 3 && back <= d->t0 && !d->governed; back++) {
			i = d->t0 - back;
			if (!xtok_at(t, i)->word || xtok_at(t, i + 1)->nl) /* not across a line break */
				break;
			d->governed = dates_class(s, i, XW_NOT_ARTICLE_BEFORE);
		}
		for (i = d->t0; i < d->t1 + 2 && i < t->n && !d->governed; i++) {
			if (i >= d->t1 && (!xtok_at(t, i)->word || xtok_at(t, i)->nl))
				break;
			d->governed = dates_class(s, i, XW_NOT_ARTICLE_AFTER);
		}
	}
}

/*
 * The article's own date: a dateline (its Gregorian date first), then a
 * written date tied to today, or given a weekday in the first sentence
 * ("يوم الثلاثاء 2 نوفمبر 2021") and at most a week before the reference
 * date, then a relative expression whose weekday
 * agrees with the reference date.  Never a date in quotes, one governed
 * by حتى / المقبل, or one after the reference date.
 */
static int
dates_choose(const struct xdates *ds, const char *ref)
{
	long r = dates_ref_days(ref);
	size_t i;
	int pass;

	for (pass = 0; pass < 4; pass++) {
		for (i = 0; i < ds->n; i++) {
			const struct xdate *d = &ds->v[i];
			bool wk = d->weekday < 0 || d->weekday_ok;
			if (d->precision != 3 || d->in_quote || !wk || d->governed ||
			    (ref != NULL && strcmp(d->value, ref) > 0))
				continue;
			if (pass == 0 && d->dateline && !d->hijri)
				return (int)i;
			if (pass == 1 && d->dateline)
				return (int)i;
			if (pass == 2 && d->kind == XDATE_ABSOLUTE &&
			    (d->today || (d->lead && d->weekday >= 0 &&
					  (r < 0 || r - dates_ref_days(d->value) <= DATES_RECENT_DAYS))))
				return (int)i;
			if (pass == 3 && d->kind == XDATE_RELATIVE && d->weekday >= 0)
				return (int)i;
		}
	}
	return -1;
}

int
extract_dates_toks(const struct xcal *c, const struct xtoks *t, const char *ref, struct xdates *out)
{
	struct dscan s;
	size_t i, e;

	memset(out, 0, sizeof *out);
	s = (struct dscan){ c, t, dates_ref_days(ref) >= 0 ? ref : NULL, dates_quoted(t), out, 0 };
	for (i = 0; i < t->n; i = e > i ? e : i + 1) {
		e = dates_relative(&s, i);
		if (e == 0)
			e = dates_named(&s, i);
		if (e == 0)
			e = dates_numeric(&s, i);
		if (e == 0)
			e = dates_year(&s, i);
	}
	dates_datelines(&s);
	dates_governed(&s);
	out->article = dates_choose(out, s.ref);
	free(s.quoted);
	return 0;
}

int
extract_dates(const struct xcal *c, const char *text, size_t len, const char *ref,
	      struct xdates *out, char **cause)
{
	struct xtoks t;
	int rc;

	(void)cause;
	xtoks_split(&t, text, len);
	rc = extract_dates_toks(c, &t, ref, out);
	xtoks_free(&t);
	return rc;
}

void
xdates_free(struct xdates *d)
{
	free(d->v);
	memset(d, 0, sizeof *d);
	d->article = -1;
}
