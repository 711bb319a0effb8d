/* test-bidi.c: the layout engine: cases, properties over the seeds, modes. */
#include "config.h"
#include <stdlib.h>

#include "bidi/bidi-private.h" /* bidi_engine.icu_only */
#include "tests/helpers.h"
#include "tests/tap.h"
#include "text/text.h"

/* Lay out s with the defaults changed by width, dir, shape, ligature. */
static struct bidi_para *
lay(const char *s, int width, enum bidi_dir dir, bool shape, bool ligature)
{
	struct bidi_opts o;
	struct bidi_para *p = NULL;
	char *cause = NULL;

	bidi_opts_default(&o);
	o.width = width;
	o.dir = dir;
	o.shape = shape;
	o.ligature = ligature;
	CHECK_MSG(bidi_layout(s, strlen(s), &o, &p, &cause) == 0, "layout: %s", cause);
	free(cause);
	return p;
}

/* A line as UTF-8 without its indent (caller frees). */
static char *
line_text(const struct bidi_para *p, int i)
{
	struct buf b;

	buf_init(&b);
	bidi_line_to_utf8(&b, &p->lines[i], false);
	return buf_detach(&b);
}

/* The probe: in an RTL paragraph 1 is at the right end, 4 at the left. */
TEST(bidi_probe_line_reads_right_to_left)
{
	struct bidi_para *p = lay("1 أكد 2 وزير 3 الخارجية 4", 80, BIDI_AUTO, true, true);
	const struct bidi_line *l = &p->lines[0];
	char *t = line_text(p, 0);

	CHECK_INT(p->dir, BIDI_RTL);
	CHECK_INT(p->nlines, 1);
	CHECK_INT(l->cells[0].ch, '4');
	CHECK_INT(l->cells[l->ncells - 1].ch, '1');
	CHECK_INT(l->indent + l->width, 80);
	CHECK_STR(t, "4 ﺔﻴﺟﺭﺎﺨﻟﺍ 3 ﺮﻳﺯﻭ 2 ﺪﻛﺃ 1");
	free(t);
	bidi_para_free(p);
}

TEST(bidi_unshaped_is_reversed_logical)
{
	struct bidi_para *p = lay("سلام", 0, BIDI_AUTO, false, false);
	char *t = line_text(p, 0);

	CHECK_STR(t, "مالس");
	CHECK_INT(p->lines[0].indent, 0); /* no width, nothing to align to */
	free(t);
	bidi_para_free(p);
}

TEST(bidi_lam_alef_is_one_cell_for_both_letters)
{
	struct bidi_para *p = lay("لا", 80, BIDI_AUTO, true, true);
	const struct bidi_cell *c = &p->lines[0].cells[0];

	CHECK_INT(p->lines[0].ncells, 1);
	CHECK_INT(c->ch, 0xFEFB);
	CHECK_INT(c->start, 0);
	CHECK_INT(c->end, 4);
	bidi_para_free(p);
	p = lay("لا", 80, BIDI_AUTO, true, false);
	CHECK_INT(p->lines[0].ncells, 2); /* --no-ligature: joined lam and alef */
	CHECK_INT(p->lines[0].cells[0].ch, 0xFE8E);
	CHECK_INT(p->lines[0].cells[1].ch, 0xFEDF);
	bidi_para_free(p);
}

TEST(bidi_no_filler_is_ever_drawn)
{
	const char *s = "لا إله إلا الله، بلا سلام ولاء الأولى لآلئ";
	struct bidi_para *p = lay(s, 12, BIDI_AUTO, true, true);
	int i, j, ligs = 0;

	for (i = 0; i < p->nlines; i++)
		for (j = 0; j < p->lines[i].ncells; j++) {
			CHECK(p->lines[i].cells[j].ch != 0xFEFF);
			ligs += p->lines[i].cells[j].ch >= 0xFEF5 && p->lines[i].cells[j].ch <= 0xFEFC;
		}
	CHECK_INT(ligs, 7); /* لا إلا بلا سلام ولاء الأولى لآلئ */
	bidi_para_free(p);
}

TEST(bidi_controls_never_reach_the_cells)
{
	struct bidi_para *p = lay("a\033[2Jb\xc2\x9b" "c\x7f\x07\xff", 80, BIDI_AUTO, true, true);
	const struct bidi_line *l = &p->lines[0];
	char *t = line_text(p, 0);
	int i;

	CHECK_STR(t, "a\xef\xbf\xbd[2Jb\xef\xbf\xbd" "c\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	for (i = 0; i < l->ncells; i++)
		CHECK(!text_is_control(l->cells[i].ch));
	free(t);
	bidi_para_free(p);
}

TEST(bidi_format_characters_are_honoured_not_drawn)
{
	/* RLO ... PDF reverses Latin; RLM, ZWJ, isolates are not cells. */
	struct bidi_para *p = lay("x \xe2\x80\xae" "abc\xe2\x80\xac y\xe2\x80\x8f\xe2\x80\x8d", 0, BIDI_LTR,
				  true, true);
	char *t = line_text(p, 0);

	CHECK_STR(t, "x cba y");
	free(t);
	bidi_para_free(p);
	p = lay("\xe2\x81\xa7" "abc\xe2\x81\xa9 ok", 0, BIDI_AUTO, true, true);
	t = line_text(p, 0);
	CHECK_STR(t, "abc ok");
	CHECK_INT(p->dir, BIDI_LTR); /* P2 skips the isolate: "ok" decides */
	free(t);
	bidi_para_free(p);
}

TEST(bidi_marks_stay_on_their_base)
{
	struct bidi_para *p = lay("كِتَابٌ", 80, BIDI_AUTO, true, true);
	const struct bidi_line *l = &p->lines[0];

	CHECK_INT(l->ncells, 4);
	CHECK_INT(l->width, 4);
	/* Visual order: ب (with tanween) leftmost, ك (with kasra) rightmost. */
	CHECK_INT(l->cells[0].nmarks, 1);
	CHECK_INT(l->cells[0].marks[0], 0x064C);
	CHECK_INT(l->cells[3].nmarks, 1);
	CHECK_INT(l->cells[3].marks[0], 0x0650);
	CHECK_INT(l->cells[3].start, 0);
	CHECK_INT(l->cells[3].end, 4);
	bidi_para_free(p);
	p = lay("a\xcc\x81\xcc\x82\xcc\x83\xcc\x84\xcc\x85\xcc\x86\xcc\x87", 80, BIDI_AUTO, true, true);
	CHECK_INT(p->lines[0].ncells, 1);
	CHECK_INT(p->lines[0].cells[0].nmarks, BIDI_MAX_MARKS);
	CHECK_INT(p->lines[0].cells[0].end, 15); /* the cell stands for all seven */
	bidi_para_free(p);
	p = lay("\xcc\x81" "a", 80, BIDI_AUTO, true, true); /* a mark with no base */
	CHECK_INT(p->lines[0].ncells, 2);
	CHECK_INT(p->lines[0].cells[0].ch, 0x25CC);
	CHECK_INT(p->lines[0].cells[0].nmarks, 1); /* the mark is drawn on the circle */
	CHECK_INT(p->lines[0].cells[0].marks[0], 0x0301);
	bidi_para_free(p);
}

TEST(bidi_widths_wide_and_tabs)
{
	struct bidi_para *p = lay("日本語", 4, BIDI_AUTO, true, true);
	char *t;

	CHECK_INT(p->nlines, 2);
	CHECK_INT(p->lines[0].width, 4);
	CHECK_INT(p->lines[0].cells[0].width, 2);
	bidi_para_free(p);
	p = lay("a\tb", 80, BIDI_AUTO, true, true);
	t = line_text(p, 0);
	CHECK_STR(t, "a       b");
	CHECK_INT(p->lines[0].width, 9);
	CHECK_INT(bidi_char_width(0x064B), 0);
	CHECK_INT(bidi_char_width(0x200F), 0);
	CHECK_INT(bidi_char_width(0xFEFB), 1);
	free(t);
	bidi_para_free(p);
}

TEST(bidi_mirroring_in_rtl)
{
	struct bidi_para *p = lay("قال (نعم) [لا]", 80, BIDI_AUTO, false, false);
	char *t = line_text(p, 0);

	CHECK_STR(t, "[ال] (معن) لاق");
	free(t);
	bidi_para_free(p);
}

/* For a terminal that does bidi itself: no mirroring (it mirrors), cells keep the text's brackets. */
TEST(bidi_no_mirroring_for_a_bidi_terminal)
{
	struct bidi_opts o;
	struct bidi_para *p = NULL;
	char *cause = NULL, *t;
	const char *s = "قال (نعم) [لا]";

	bidi_opts_default(&o);
	o.shape = o.ligature = o.pad = o.mirror = false;
	CHECK(bidi_layout(s, strlen(s), &o, &p, &cause) == 0);
	t = line_text(p, 0);
	CHECK_STR(t, "]ال[ )معن( لاق"); /* visual order, brackets as typed */
	free(t);
	bidi_para_free(p);
}

/* A line's mark: only where its first strong character disagrees with the paragraph. */
TEST(bidi_line_marks)
{
	const char *s = "اجتماع NATO Summit and the United Nations قال الوزير";
	const char *l = "Minister said: قال الوزير (word) and more words";
	struct bidi_para *p = lay(s, 16, BIDI_AUTO, false, false);
	int i, latin = -1;

	CHECK_INT(p->dir, BIDI_RTL);
	CHECK_INT(bidi_line_mark(p, s, 0), 0); /* starts with Arabic */
	for (i = 1; i < p->nlines; i++)
		if (s[p->lines[i].start] == 'S' || s[p->lines[i].start] == 'U' ||
		    s[p->lines[i].start] == 't' || s[p->lines[i].start] == 'a')
			latin = i;
	CHECK(latin > 0);
	CHECK_INT(bidi_line_mark(p, s, latin), 0x200F); /* a Latin start in Arabic: RLM */
	CHECK_INT(bidi_line_mark(p, s, p->nlines - 1), 0);
	CHECK_INT(bidi_line_mark(p, s, p->nlines), 0); /* no such line */
	bidi_para_free(p);
	p = lay(l, 20, BIDI_AUTO, false, false);
	CHECK_INT(p->dir, BIDI_LTR);
	CHECK_INT(bidi_line_mark(p, l, 0), 0);
	CHECK_INT(bidi_line_mark(p, l, 1), 0x200E); /* "قال الوزير ..." in an LTR paragraph */
	bidi_para_free(p);
	p = lay("١٢ - ٣", 20, BIDI_RTL, false, false);
	CHECK_INT(bidi_line_mark(p, "١٢ - ٣", 0), 0x200F); /* digits only: the paragraph's RLM */
	bidi_para_free(p);
	p = lay("\xe2\x81\xa8NATO\xe2\x81\xa9 قال", 20, BIDI_RTL, false, false);
	CHECK_INT(bidi_line_mark(p, "\xe2\x81\xa8NATO\xe2\x81\xa9 قال", 0), 0); /* an isolate is skipped */
	bidi_para_free(p);
}

TEST(bidi_wraps_in_logical_order)
{
	struct bidi_para *p = lay("واحد اثنان ثلاثة اربعة", 12, BIDI_AUTO, false, false);
	char *t0, *t1;

	CHECK_INT(p->nlines, 2);
	t0 = line_text(p, 0);
	t1 = line_text(p, 1);
	/* The first words on the first line; the space at its end hangs to the left. */
	CHECK_STR(t0, " نانثا دحاو");
	CHECK_STR(t1, "ةعبرا ةثالث");
	CHECK_INT(p->lines[0].indent, 1);
	CHECK_INT(p->lines[1].indent, 1);
	free(t0);
	free(t1);
	bidi_para_free(p);
}

TEST(bidi_breaks_a_word_wider_than_the_line)
{
	struct bidi_para *p = lay("abcdefghijklmnopqrstuvwxy z", 10, BIDI_AUTO, true, true);

	CHECK_INT(p->nlines, 3);
	CHECK_INT(p->lines[0].width, 10);
	CHECK_INT(p->lines[1].width, 10);
	CHECK_INT(p->lines[0].end, 10);
	bidi_para_free(p);
}

TEST(bidi_empty_paragraph_is_one_empty_line)
{
	struct bidi_para *p = lay("", 80, BIDI_AUTO, true, true);
	int line, col;
	size_t off;

	CHECK_INT(p->nlines, 1);
	CHECK_INT(p->lines[0].ncells, 0);
	CHECK(!bidi_visual_to_logical(p, 0, 0, &off));
	CHECK(!bidi_logical_to_visual(p, 0, &line, &col));
	bidi_para_free(p);
}

TEST(bidi_lookups)
{
	struct bidi_para *p = lay("abc سلام", 20, BIDI_LTR, false, false);
	int line, col;
	size_t off;

	/* Visual: "abc مالس": columns 4..7 show م ا ل س. */
	CHECK(bidi_visual_to_logical(p, 0, 4, &off));
	CHECK_INT(off, 10); /* م, the last letter */
	CHECK(bidi_logical_to_visual(p, 4, &line, &col));
	CHECK_INT(col, 7); /* س, the first, is at the right */
	CHECK(!bidi_visual_to_logical(p, 0, 8, &off));
	CHECK(!bidi_visual_to_logical(p, 1, 0, &off));
	bidi_para_free(p);
}

TEST(bidi_term_sequences)
{
	struct bidi_term_hints h = { 0 };

	CHECK_INT(bidi_term_mode_parse("app"), BIDI_TERM_APP);
	CHECK_INT(bidi_term_mode_parse("terminal"), BIDI_TERM_TERMINAL);
	CHECK_INT(bidi_term_mode_parse("off"), BIDI_TERM_OFF);
	CHECK_INT(bidi_term_mode_parse("on"), -1);
	CHECK_STR(bidi_term_enter(BIDI_TERM_APP, &h), "\033[8l\033[1 k");
	CHECK_STR(bidi_term_leave(BIDI_TERM_APP, &h), "\033[8h\033[0 k");
	CHECK_STR(bidi_term_enter(BIDI_TERM_OFF, &h), "");
	CHECK(strstr(bidi_term_enter(BIDI_TERM_TERMINAL, &h), "\033[8l") == NULL);
	h.mlterm = true;
	CHECK(strstr(bidi_term_enter(BIDI_TERM_APP, &h), "\033]5379;use_ctl=false\007") != NULL);
	CHECK(strstr(bidi_term_leave(BIDI_TERM_APP, &h), "\033]5379;use_ctl=true\007") != NULL);
	h.mlterm = false;
	h.tmux = true;
	CHECK(strstr(bidi_term_enter(BIDI_TERM_APP, &h), "\033Ptmux;\033\033[8l") != NULL);
	/* through tmux mlterm's switch goes too: tmux may not pass $MLTERM on */
	CHECK(strstr(bidi_term_enter(BIDI_TERM_APP, &h), "\033Ptmux;\033\033]5379;use_ctl=false") != NULL);
	CHECK(strstr(bidi_term_enter(BIDI_TERM_TERMINAL, &h), "\033Ptmux;\033\033[8h\033\033[?2501h") != NULL);
	CHECK(strstr(bidi_term_leave(BIDI_TERM_APP, &h), "tmux") == NULL); /* see term.c */
	h.tmux = false;
	h.vte = true;
	CHECK(strstr(bidi_term_enter(BIDI_TERM_TERMINAL, &h), "\033[?2501h") != NULL);
}

/* ---- properties over every seed paragraph at widths 20 to 120 ---- */

/* Lines cover the paragraph in order, and fit. */
static void
prop_lines(const struct bidi_para *p, size_t len, int w, const char *where)
{
	int i, j, sum;

	CHECK_MSG(p->lines[0].start == 0 && p->lines[p->nlines - 1].end == len, "%s: ends", where);
	for (i = 0; i < p->nlines; i++) {
		if (i > 0)
			CHECK_MSG(p->lines[i].start == p->lines[i - 1].end, "%s: line %d joins", where, i);
		for (sum = 0, j = 0; j < p->lines[i].ncells; j++)
			sum += p->lines[i].cells[j].width;
		CHECK_MSG(sum == p->lines[i].width, "%s: line %d width", where, i);
		CHECK_MSG(p->lines[i].indent + p->lines[i].width <= w, "%s: line %d is %d+%d wide", where,
			  i, p->lines[i].indent, p->lines[i].width);
	}
}

/* Every drawn character is in exactly one cell, or is whitespace hung at a line's end. */
static void
prop_once(const struct bidi_para *p, const char *s, size_t len, const char *where)
{
	unsigned char *seen = xcalloc(len + 1, 1);
	size_t b, pos, at;
	int i, j, cp;

	for (i = 0; i < p->nlines; i++)
		for (j = 0; j < p->lines[i].ncells; j++) {
			const struct bidi_cell *c = &p->lines[i].cells[j];
			if (j > 0 && c->start == p->lines[i].cells[j - 1].start)
				continue; /* a tab's further cells */
			for (b = c->start; b < c->end; b++)
				seen[b]++;
		}
	for (pos = 0; pos < len;) {
		at = pos;
		cp = utf8_next(s, len, &pos);
		CHECK_MSG(seen[at] <= 1, "%s: byte %zu drawn %d times", where, at, seen[at]);
		if (seen[at] == 0 && bidi_char_width((uint32_t)cp) > 0)
			CHECK_MSG(cp == ' ' || cp == 0xA0 || cp == '\t', "%s: U+%04X at %zu not drawn",
				  where, (unsigned)cp, at);
	}
	free(seen);
}

/* The lookups are inverse: every cell maps to its start and back to itself. */
static void
prop_lookups(const struct bidi_para *p, const char *where)
{
	int i, j, col, line, col2;
	size_t off, off2;

	for (i = 0; i < p->nlines; i++) {
		col = p->lines[i].indent;
		for (j = 0; j < p->lines[i].ncells; j++) {
			const struct bidi_cell *c = &p->lines[i].cells[j];
			bool ok = bidi_visual_to_logical(p, i, col, &off) && off == c->start &&
				  bidi_logical_to_visual(p, off, &line, &col2) && line == i &&
				  bidi_visual_to_logical(p, line, col2, &off2) && off2 == off;
			CHECK_MSG(ok, "%s: lookups at line %d col %d", where, i, col);
			col += c->width;
		}
	}
}

TEST(bidi_properties_over_the_seeds)
{
	char *text, *s, *end, where[128];
	struct bidi_para *p;
	size_t len, n;
	int i, w, paras = 0;

	for (i = 0; i < 5; i++) {
		text = tap_slurp(test_seed_path(i), &len);
		CHECK_MSG(text != NULL, "seed %d", i);
		for (s = text; text != NULL && s < text + len; s = end + 1) {
			end = strchr(s, '\n') ? strchr(s, '\n') : text + len;
			n = (size_t)(end - s);
			paras++;
			for (w = 20; w <= 120 && n > 0; w++) {
				snprintf(where, sizeof where, "seed %d byte %ld width %d", i, (long)(s - text), w);
				*end = '\0';
				p = lay(s, w, BIDI_AUTO, true, true);
				prop_lines(p, n, w, where);
				prop_once(p, s, n, where);
				prop_lookups(p, where);
				bidi_para_free(p);
			}
		}
		free(text);
	}
	CHECK(paras > 100);
}

/*
 * wrap.c answers the usual line end (inside a word of letters after a
 * space after a letter) without ICU; it must give exactly ICU's lines.
 * Two engines, one made to ask ICU for every break, lay out the seeds and
 * random strings of the characters UAX #14 treats differently (opening and
 * closing punctuation, quotation marks, digits, hyphens, dashes, a CJK
 * character, bidi controls, no-break space, ZWNJ, harakat after a space,
 * tabs, Latin) at many widths.
 */
static bool
same_lines(struct bidi_engine *fast, struct bidi_engine *icu, const char *s, size_t n, int w,
	   const char *where)
{
	struct bidi_para *a = NULL, *b = NULL;
	struct bidi_opts o;
	char *cause = NULL;
	bool same;
	int i;

	bidi_opts_default(&o);
	o.width = w;
	CHECK_MSG(bidi_engine_layout(fast, s, n, &o, &a, &cause) == 0, "%s: %s", where, cause);
	CHECK_MSG(bidi_engine_layout(icu, s, n, &o, &b, &cause) == 0, "%s: %s", where, cause);
	free(cause);
	if (a == NULL || b == NULL)
		return false;
	same = a->nlines == b->nlines;
	for (i = 0; same && i < a->nlines; i++)
		same = a->lines[i].start == b->lines[i].start && a->lines[i].end == b->lines[i].end &&
		       a->lines[i].ncells == b->lines[i].ncells && a->lines[i].width == b->lines[i].width;
	CHECK_MSG(same, "%s: %d lines against ICU's %d, or a line differs", where, a->nlines,
		  b->nlines);
	bidi_para_free(a);
	bidi_para_free(b);
	return same;
}

TEST(bidi_plain_word_breaks_match_icu)
{
	static const char *const alphabet[] = {
		"ب", "ل", "ا", "ة", "ـ", "َ", "ّ", "ٰ", " ", " ", " ", "(", ")", "«", "»", "\"", "'",
		"-", "/", "،", ".", "1", "٢", "%", " ", "‌", "\t", "a", "Z", "[", "!", "؟", "—", "中",
		"…", "\u200F", "\u2067",
	};
	struct bidi_engine *fast, *icu;
	char *text, *s, *end, where[128], str[512];
	size_t len, n, k;
	int i, w, round, diffs = 0;
	unsigned seed = 12345;

	fast = bidi_engine_new(&s);
	icu = bidi_engine_new(&s);
	CHECK(fast != NULL && icu != NULL);
	if (fast == NULL || icu == NULL)
		return;
	icu->icu_only = true;
	for (i = 0; i < 5; i++) {
		text = tap_slurp(test_seed_path(i), &len);
		CHECK_MSG(text != NULL, "seed %d", i);
		for (s = text; text != NULL && s < text + len; s = end + 1) {
			end = strchr(s, '\n') ? strchr(s, '\n') : text + len;
			n = (size_t)(end - s);
			for (w = 5; w <= 120 && n > 0; w++) {
				snprintf(where, sizeof where, "seed %d byte %ld width %d", i,
					 (long)(s - text), w);
				diffs += !same_lines(fast, icu, s, n, w, where);
			}
		}
		free(text);
	}
	for (round = 0; round < 3000; round++) {
		for (len = 0, k = (size_t)(rand_r(&seed) % 60); k > 0; k--) {
			const char *a = alphabet[rand_r(&seed) % (sizeof alphabet / sizeof *alphabet)];
			/* Mostly letters, so that the shortcut is taken often. */
			if (rand_r(&seed) % 3 != 0)
				a = alphabet[rand_r(&seed) % 4];
			memcpy(str + len, a, strlen(a));
			len += strlen(a);
		}
		for (w = 1; w <= 30; w++) {
			snprintf(where, sizeof where, "random string %d width %d", round, w);
			diffs += !same_lines(fast, icu, str, len, w, where);
		}
	}
	CHECK_MSG(diffs == 0, "%d layouts differ from ICU's", diffs);
	bidi_engine_free(fast);
	bidi_engine_free(icu);
}
