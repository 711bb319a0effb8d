/* test-window.c: a huge article is analysed a window at a time, and the windows' findings agree with it. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "tests/helpers.h"
#include "tests/tap.h"

/* The byte offset of every code point of s, and of its end. */
static size_t *
byte_offsets(const char *s)
{
	size_t n = strlen(s), *v = xcalloc(n + 1, sizeof *v), i, cp = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			v[cp++] = i;
	v[cp] = n;
	return v;
}

TEST(a_huge_article_is_analysed_in_windows_with_true_spans)
{
	const char *para = "وقال وزير الخارجية الروسي سيرغي لافروف إن \"الاتفاق يحقق الاستقرار في المنطقة\".\n"
			   "وأضاف لافروف أن المحادثات ستستمر في موسكو الأسبوع المقبل.\n"
			   "وفي سياق آخر، تحدثت التقارير عن نتائج الاجتماع الذي عقد في 21 يوليو 2015.\n";
	char dir[1024], *cause = NULL, *one_st;
	struct extractor *x = NULL;
	struct xresult one, r;
	size_t copies, i, lavrov = 0, st_per_copy, dates_per_copy, *at;
	struct buf t;
	bool spans_ok = true, dates_ok = true;

	snprintf(dir, sizeof dir, "%s/../data", tap_srcdir());
	CHECK(extractor_new(dir, &x, &cause) == 0);
	CHECK(extract_article(x, para, NULL, 0, &one, &cause) == 0);
	st_per_copy = one.nst;
	dates_per_copy = one.dates.n;
	one_st = one.nst ? xstrdup(one.st[one.nst - 1].text) : xstrdup("");
	CHECK_MSG(st_per_copy >= 1 && dates_per_copy >= 1, "%zu statements, %zu dates", st_per_copy,
		  dates_per_copy);
	xresult_free(&one);
	/* 2.5 windows of the same paragraphs. */
	buf_init(&t);
	for (copies = 0; t.len < EXTRACT_WINDOW * 5 / 2; copies++)
		buf_adds(&t, para);
	CHECK(extract_article(x, t.data, NULL, 0, &r, &cause) == 0);
	at = byte_offsets(t.data);
	/* A cut falls between paragraphs: at most a statement or a date lost per cut. */
	CHECK_MSG(r.nst + 2 * st_per_copy >= copies * st_per_copy && r.nst <= copies * st_per_copy,
		  "%zu statements for %zu copies", r.nst, copies);
	CHECK_MSG(r.dates.n + 2 * dates_per_copy >= copies * dates_per_copy, "%zu dates", r.dates.n);
	for (i = 0; i < r.nst; i++) {
		size_t b0 = at[r.st[i].start], b1 = at[r.st[i].end];
		if (strlen(r.st[i].text) != b1 - b0 || memcmp(t.data + b0, r.st[i].text, b1 - b0) != 0)
			spans_ok = false;
		if (r.st[i].speaker < 0 || (size_t)r.st[i].speaker >= r.nspeakers)
			spans_ok = false;
	}
	CHECK_MSG(spans_ok, "a statement's code points do not give back its text (or its speaker is out of range)");
	CHECK(r.nst > 0 && strcmp(r.st[r.nst - 1].text, one_st) == 0);
	for (i = 0; i < r.dates.n; i++)
		if (strncmp(t.data + at[r.dates.v[i].start], "21 يوليو 2015", strlen("21 يوليو 2015")) != 0)
			dates_ok = false;
	CHECK_MSG(dates_ok, "a date's code points do not give back its text");
	for (i = 0; i < r.nspeakers; i++)
		lavrov += strstr(r.speakers[i].name, "لافروف") != NULL;
	CHECK_MSG(lavrov == 1, "Lavrov is %zu speakers, not one", lavrov);
	xresult_free(&r);
	free(at);
	buf_free(&t);
	free(one_st);
	extractor_free(x);
}
