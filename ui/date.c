/*
 * date.c: ICU for what the reader shows: an article's date in Arabic with
 * its Hijri (Umm al-Qura) equivalent, and names sorted by Arabic
 * collation.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/ucol.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

/* The Arabic collator, opened on first use. */
static UCollator *collator;

/* Format time t (ms) with a locale and pattern into UTF-8. */
static char *
format_date(UDate t, const char *locale, const char *pattern)
{
	UErrorCode e = U_ZERO_ERROR;
	UChar pat[64], out[128];
	char utf8[512];
	UDateFormat *f;
	int32_t n;

	u_strFromUTF8(pat, 64, NULL, pattern, -1, &e);
	f = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, u"UTC", -1, pat, -1, &e);
	if (U_FAILURE(e))
		return NULL;
	n = udat_format(f, t, out, 128, NULL, &e);
	udat_close(f);
	if (U_FAILURE(e))
		return NULL;
	u_strToUTF8(utf8, sizeof utf8, NULL, out, n, &e);
	return U_SUCCESS(e) ? xstrdup(utf8) : NULL;
}

char *
ui_date_hijri(const char *iso)
{
	UErrorCode e = U_ZERO_ERROR;
	int y, m, d;
	UCalendar *cal;
	UDate t;
	char *g, *h, *r;

	if (iso == NULL || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return iso ? xstrdup(iso) : xstrdup("undated");
	cal = ucal_open(u"UTC", -1, "en@calendar=gregorian", UCAL_GREGORIAN, &e);
	ucal_setDate(cal, y, m - 1, d, &e);
	t = ucal_getMillis(cal, &e);
	ucal_close(cal);
	if (U_FAILURE(e))
		return xstrdup(iso);
	g = format_date(t, "ar@numbers=latn", "d MMMM y");
	h = format_date(t, "ar@calendar=islamic-umalqura;numbers=latn", "d MMMM y");
	r = xasprintf("%s  ·  %s م  ·  %s هـ", iso, g ? g : "", h ? h : "");
	free(g);
	free(h);
	return r;
}

char *
ui_date_line(const char *iso, const char *source)
{
	char *d = ui_date_hijri(iso), *r;
	const char *why = NULL;

	if (iso == NULL || source == NULL)
		return d;
	if (strcmp(source, "reference") == 0)
		why = "crawl date";
	else if (strcmp(source, "relative") == 0)
		why = "relative to the crawl date";
	if (why == NULL)
		return d;
	/*
	 * "≈ 2015-07-21, crawl date  ·  21 يوليو 2015 م  ·  ...": not stated by
	 * the text.  The note is isolated (LRI … PDI) so that the line stays
	 * right to left like the other header lines.
	 */
	r = strncmp(d, iso, strlen(iso)) == 0 ? xasprintf("\u2066≈ %s, %s\u2069%s", iso, why, d + strlen(iso))
					      : xasprintf("\u2066≈ %s, %s\u2069", d, why);
	free(d);
	return r;
}

static int
collate_cmp(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	UErrorCode e = U_ZERO_ERROR;

	return ucol_strcollUTF8(collator, x->col[0], -1, y->col[0], -1, &e);
}

void
ui_collate_sort(struct row *rows, int n)
{
	UErrorCode e = U_ZERO_ERROR;

	if (collator == NULL)
		collator = ucol_open("ar", &e);
	if (collator == NULL || U_FAILURE(e) || n < 2)
		return;
	qsort(rows, (size_t)n, sizeof *rows, collate_cmp);
}

void
ui_collate_free(void)
{
	if (collator)
		ucol_close(collator);
	collator = NULL;
}
