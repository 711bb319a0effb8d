/*
 * test-bidi-conformance.c: Unicode's bidi conformance files through
 * khabar's own layout path (bidi_engine_layout: levels, then reordering of
 * the one line; no shaping, no wrapping), comparing the visual order.
 *
 * What khabar draws differs from the reference's character list in two
 * ways that are not failures, and the comparison accounts for them:
 * - zero-width format characters (bidi controls, LRM/RLM/ALM, isolates,
 *   ZWJ, soft hyphen...) are honoured but not drawn, so they are left out
 *   of both sides;
 * - a combining mark is drawn in its base's cell, so a cell stands for its
 *   base and marks: they are listed in logical order, reversed when the
 *   cell is right-to-left (which is where UAX #9 without rule L3 puts them).
 * A tab is several cells with the same range: counted once.
 *
 * Failures are counted by class (conf_fail): a case with a character newer
 * than Unicode 10 (fribidi 1.0.8's tables, where a class may differ from
 * the file's Unicode 15), a case with a combining mark (a mark that the
 * cluster rules keep in a cell the reference places elsewhere), other.
 * Measured on Debian 12 (fribidi 1.0.8, unicode-data 15.0): no failures in
 * either file; the first two classes were the ones seen while the cluster
 * rules were settled (marks after bidi controls and after tabs).
 * The test fails above 0.5% failures.  The files come with Debian's
 * unicode-data; without them the tests are skipped.
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#include "bidi/bidi.h"
#include "tests/tap.h"
#include "text/text.h"

#define UNIDATA "/usr/share/unicode"
#define MAXCP 256

/* One test case: code points, paragraph direction, expected visual order. */
struct conf_case {
	uint32_t cp[MAXCP];
	int n;
	enum bidi_dir dir;
	int para_level;       /* expected paragraph level, -1 when not given */
	int order[MAXCP];     /* logical indices, left to right */
	int norder;
};

/* Why cases failed: counts per class (see fail_class). */
struct conf_stats {
	long passed, failed;
	long newer, marks, other;
	char example[160];
};

/* Does khabar draw this code point (everything but zero-width non-marks)? */
static bool
conf_drawn(uint32_t cp)
{
	return bidi_char_width(cp) > 0 || u_charType((UChar32)cp) == U_NON_SPACING_MARK ||
	       u_charType((UChar32)cp) == U_ENCLOSING_MARK;
}

/* Code point index of byte offset off in the case's UTF-8. */
static int
conf_index(const size_t *offs, int n, size_t off)
{
	int i;

	for (i = 0; i < n; i++)
		if (offs[i] == off)
			return i;
	return -1;
}

/* Visual order khabar gives, as drawn code point indices; count or -1. */
static int
conf_actual(struct bidi_engine *e, const struct conf_case *c, int *out, int *para_level)
{
	struct bidi_opts o;
	struct bidi_para *p;
	char s[MAXCP * 4 + 1], *cause = NULL;
	size_t offs[MAXCP + 1], len = 0, prev = (size_t)-1;
	int i, j, k, a, b, n = 0;

	for (i = 0; i < c->n; i++) {
		offs[i] = len;
		len += utf8_put(c->cp[i], s + len);
	}
	offs[c->n] = len;
	bidi_opts_default(&o);
	o.width = 0;
	o.shape = o.pad = false;
	o.dir = c->dir;
	if (bidi_engine_layout(e, s, len, &o, &p, &cause) != 0) {
		free(cause);
		return -1;
	}
	*para_level = p->dir == BIDI_RTL;
	for (j = 0; j < p->lines[0].ncells; j++) {
		const struct bidi_cell *cell = &p->lines[0].cells[j];
		if (cell->start == prev)
			continue; /* the rest of a tab */
		prev = cell->start;
		a = conf_index(offs, c->n + 1, cell->start);
		b = conf_index(offs, c->n + 1, cell->end);
		for (k = 0; k < b - a; k++) {
			i = cell->rtl ? b - 1 - k : a + k;
			if (conf_drawn(c->cp[i]))
				out[n++] = i;
		}
	}
	bidi_para_free(p);
	return n;
}

/* Classify a failed case (see the comment of each class in the report). */
static void
conf_fail(struct conf_stats *st, const struct conf_case *c)
{
	int i;
	bool mark = false, newer = false;
	UVersionInfo age;

	st->failed++;
	for (i = 0; i < c->n; i++) {
		u_charAge((UChar32)c->cp[i], age);
		newer |= age[0] > 10; /* fribidi 1.0.8 has Unicode 10's tables */
		mark |= u_charType((UChar32)c->cp[i]) == U_NON_SPACING_MARK;
	}
	if (newer)
		st->newer++;
	else if (mark)
		st->marks++;
	else
		st->other++;
	if (st->example[0] == '\0' || (!newer && !mark && st->other == 1)) {
		int len = snprintf(st->example, sizeof st->example, "dir %d:", (int)c->dir);
		for (i = 0; i < c->n && len < 120; i++)
			len += snprintf(st->example + len, sizeof st->example - (size_t)len, " %04X",
					(unsigned)c->cp[i]);
	}
}

/* Run one case; updates the counts. */
static void
conf_run(struct bidi_engine *e, struct conf_stats *st, const struct conf_case *c)
{
	int got[MAXCP], want[MAXCP], ngot, nwant = 0, i, level = -1;

	for (i = 0; i < c->norder; i++)
		if (conf_drawn(c->cp[c->order[i]]))
			want[nwant++] = c->order[i];
	ngot = conf_actual(e, c, got, &level);
	if (ngot == nwant && memcmp(got, want, (size_t)nwant * sizeof *got) == 0 &&
	    (c->para_level < 0 || c->para_level == level))
		st->passed++;
	else {
		conf_fail(st, c);
		if (getenv("CONF_DEBUG") != NULL) { /* CONF_DEBUG=1 tests/unit bidi_test */
			printf("# fail %s:", c->dir == BIDI_RTL ? "rtl" : c->dir == BIDI_LTR ? "ltr" : "auto");
			for (i = 0; i < c->n; i++)
				printf(" %04X", (unsigned)c->cp[i]);
			printf(" got");
			for (i = 0; i < ngot; i++)
				printf(" %d", got[i]);
			printf(" want");
			for (i = 0; i < nwant; i++)
				printf(" %d", want[i]);
			printf(" level %d/%d\n", level, c->para_level);
		}
	}
}

/* Print the counts and check the failure rate. */
static void
conf_report(const char *file, const struct conf_stats *st)
{
	long total = st->passed + st->failed;

	printf("# %s: %ld passed, %ld failed of %ld (%.3f%%)\n", file, st->passed, st->failed, total,
	       total ? 100.0 * (double)st->failed / (double)total : 0.0);
	printf("#   with a character newer than Unicode 10 (fribidi 1.0.8's tables): %ld\n", st->newer);
	printf("#   with a combining mark (drawn in its base's cell, see above): %ld\n", st->marks);
	printf("#   other: %ld\n", st->other);
	if (st->example[0])
		printf("#   e.g. %s\n", st->example);
	CHECK_MSG(total > 0, "%s: no test cases read", file);
	CHECK_MSG((double)st->failed <= 0.005 * (double)total, "%s: %ld failures of %ld", file,
		  st->failed, total);
}

/* Parse "a b c" numbers (hex when hex) into v; returns the count. */
static int
conf_numbers(const char *s, const char *end, int *v, bool hex, bool skip_x)
{
	int n = 0;
	char *e;

	while (s < end && n < MAXCP) {
		while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
			s++;
		if (s >= end)
			break;
		if (*s == 'x' && skip_x) {
			v[n++] = -1;
			s++;
			continue;
		}
		v[n] = (int)strtol(s, &e, hex ? 16 : 10);
		if (e == s)
			break;
		n++;
		s = e;
	}
	return n;
}

/* One line of BidiCharacterTest.txt into c; false when not a case. */
static bool
conf_char_line(const char *line, struct conf_case *c)
{
	const char *f[6];
	int i, v[MAXCP];

	if (line[0] == '#' || line[0] == '\n' || line[0] == '\0')
		return false;
	f[0] = line;
	for (i = 1; i < 6; i++)
		if ((f[i] = strchr(f[i - 1], ';')) != NULL)
			f[i]++;
		else if (i < 5)
			return false;
	c->n = conf_numbers(f[0], f[1] - 1, v, true, false);
	for (i = 0; i < c->n; i++)
		c->cp[i] = (uint32_t)v[i];
	i = atoi(f[1]);
	c->dir = i == 0 ? BIDI_LTR : i == 1 ? BIDI_RTL : BIDI_AUTO;
	c->para_level = atoi(f[2]);
	c->norder = conf_numbers(f[4], f[4] + strlen(f[4]), c->order, false, false);
	return c->n > 0;
}

TEST(bidi_character_test)
{
	FILE *f = fopen(UNIDATA "/BidiCharacterTest.txt", "r");
	struct conf_stats st = { 0 };
	struct bidi_engine *e;
	struct conf_case c;
	char line[8192], *cause = NULL;

	if (f == NULL) {
		tap_skip(UNIDATA "/BidiCharacterTest.txt absent (Debian package unicode-data)");
		return;
	}
	e = bidi_engine_new(&cause);
	while (fgets(line, sizeof line, f) != NULL)
		if (conf_char_line(line, &c))
			conf_run(e, &st, &c);
	fclose(f);
	bidi_engine_free(e);
	conf_report("BidiCharacterTest.txt", &st);
}

/* A code point of each bidi class, for BidiTest.txt. */
static const struct {
	const char *name;
	uint32_t cp;
} conf_classes[] = {
	{ "L", 'a' }, { "R", 0x05D0 }, { "AL", 0x0627 }, { "EN", '1' }, { "ES", '+' },
	{ "ET", '$' }, { "AN", 0x0660 }, { "CS", ',' }, { "NSM", 0x0300 }, { "BN", 0x00AD },
	{ "B", 0x2029 }, { "S", '\t' }, { "WS", ' ' }, { "ON", '!' }, { "LRE", 0x202A },
	{ "LRO", 0x202D }, { "RLE", 0x202B }, { "RLO", 0x202E }, { "PDF", 0x202C },
	{ "LRI", 0x2066 }, { "RLI", 0x2067 }, { "FSI", 0x2068 }, { "PDI", 0x2069 },
};

/* Class names of a BidiTest.txt data line into code points; false if unknown. */
static bool
conf_class_line(char *s, struct conf_case *c)
{
	char *tok, *save = NULL;
	size_t i;

	c->n = 0;
	for (tok = strtok_r(s, " \t", &save); tok != NULL; tok = strtok_r(NULL, " \t", &save)) {
		for (i = 0; i < sizeof conf_classes / sizeof conf_classes[0]; i++)
			if (strcmp(tok, conf_classes[i].name) == 0)
				break;
		if (i == sizeof conf_classes / sizeof conf_classes[0] || c->n == MAXCP)
			return false;
		c->cp[c->n++] = conf_classes[i].cp;
	}
	return c->n > 0;
}

/* Run a data line for each paragraph direction its bitset names. */
static void
conf_class_run(struct bidi_engine *e, struct conf_stats *st, struct conf_case *c, int bits)
{
	static const enum bidi_dir dirs[3] = { BIDI_AUTO, BIDI_LTR, BIDI_RTL };
	int i;

	c->para_level = -1;
	for (i = 0; i < 3; i++) {
		if (bits & (1 << i)) {
			c->dir = dirs[i];
			conf_run(e, st, c);
		}
	}
}

TEST(bidi_test)
{
	FILE *f = fopen(UNIDATA "/BidiTest.txt", "r");
	struct conf_stats st = { 0 };
	struct bidi_engine *e;
	struct conf_case c;
	char line[8192], *cause = NULL, *semi;

	if (f == NULL) {
		tap_skip(UNIDATA "/BidiTest.txt absent (Debian package unicode-data)");
		return;
	}
	e = bidi_engine_new(&cause);
	while (fgets(line, sizeof line, f) != NULL) {
		if (strncmp(line, "@Reorder:", 9) == 0)
			c.norder = conf_numbers(line + 9, line + strlen(line), c.order, false, false);
		else if (line[0] != '#' && line[0] != '@' && (semi = strchr(line, ';')) != NULL) {
			*semi = '\0';
			if (conf_class_line(line, &c))
				conf_class_run(e, &st, &c, (int)strtol(semi + 1, NULL, 16));
		}
	}
	fclose(f);
	bidi_engine_free(e);
	conf_report("BidiTest.txt", &st);
}
