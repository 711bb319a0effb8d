/* test-text.c: UTF-8, folding (a table), stems, words, sanitising. */
#include "config.h"
#include <stdlib.h>

#include "tests/tap.h"
#include "text/text.h"

/* Input and what the one folding function must make of it. */
static const struct {
	const char *in, *out;
} fold_table[] = {
	{ "كِتَابٌ", "كتاب" },                         /* harakat */
	{ "مُحَمَّدٌ", "محمد" },                        /* shadda + vowels */
	{ "مُحَمَّد", "محمد" },                         /* vowel before shadda (NFKC reorders) */
	{ "الأسرى", "الاسري" },                        /* hamza on alef, alef maqsura */
	{ "إبراهيم", "ابراهيم" },
	{ "آمال", "امال" },
	{ "ٱلله", "الله" },                            /* alef wasla */
	{ "مدرسة", "مدرسه" },                          /* teh marbuta */
	{ "مؤتمر", "موتمر" },
	{ "رئيس", "رييس" },
	{ "ـــلافـــروف", "لافروف" },                 /* tatweel */
	{ "٢٠٢١", "2021" },                            /* Arabic-Indic digits */
	{ "۱۴۰۰", "1400" },                            /* Eastern Arabic-Indic */
	{ "\xef\xbb\xbb", "لا" },                       /* U+FEFB lam-alef ligature */
	{ "\xef\xba\x8d\xef\xbb\x9f\xef\xba\xb4\xef\xbb\xbc\xef\xbb\xa1", "السلام" }, /* presentation forms */
	{ "ب\u200cه", "به" },                          /* ZWNJ */
	{ "\u200fلافروف\u200e", "لافروف" },            /* RLM, LRM */
	{ "TASS Moscow", "tass moscow" },
	{ "ا\u0654", "ا" },                             /* decomposed hamza above */
	{ "سۆران", "سۆران" },                          /* other Arabic-script letters kept */
	{ "یک", "يك" },                                /* Persian yeh, keheh */
	{ "", "" },
};

TEST(fold_table)
{
	size_t i;
	char *f;

	for (i = 0; i < sizeof fold_table / sizeof fold_table[0]; i++) {
		f = text_fold(fold_table[i].in, strlen(fold_table[i].in));
		CHECK_MSG(strcmp(f, fold_table[i].out) == 0, "fold(%s) = '%s', want '%s'",
			  fold_table[i].in, f, fold_table[i].out);
		free(f);
	}
}

TEST(fold_nbsp_is_space)
{
	char *f = text_fold("a\xc2\xa0" "b", 4);
	CHECK_STR(f, "a b");
	free(f);
}

TEST(nfc_composes_hamza)
{
	char *cause = NULL, *n = text_nfc("ا\u0654", strlen("ا\u0654"), NULL, &cause);
	CHECK_STR(n, "أ");
	free(n);
}

TEST(utf8_invalid_offsets)
{
	CHECK_INT(utf8_invalid_at("abc", 3), -1);
	CHECK_INT(utf8_invalid_at("مرحبا\xff", strlen("مرحبا\xff")), 10);
	CHECK_INT(utf8_invalid_at("\xc0\xaf", 2), 0);          /* overlong */
	CHECK_INT(utf8_invalid_at("a\xed\xa0\x80", 4), 1);     /* surrogate */
	CHECK_INT(utf8_invalid_at("ab\xd9", 3), 2);            /* truncated */
	CHECK_INT(utf8_count("سلام", strlen("سلام")), 4);
	CHECK_INT(utf8_offset_of("سلام", 8, 2), 4);
	CHECK_INT(utf8_index_of("سلام", 8, 4), 2);
}

TEST(stems_meet_across_clitics)
{
	struct text_stemmer *st = text_stemmer_new();
	const char *forms[] = { "الرياض", "بالرياض", "والرياض" };
	char first[64];
	size_t n, i;
	const char *s;

	CHECK(st != NULL);
	s = text_stem(st, forms[0], strlen(forms[0]), &n);
	snprintf(first, sizeof first, "%.*s", (int)n, s);
	CHECK_STR(first, "رياض");
	for (i = 1; i < 3; i++) {
		s = text_stem(st, forms[i], strlen(forms[i]), &n);
		CHECK_MSG(n == strlen(first) && memcmp(s, first, n) == 0, "stem(%s) = %.*s, want %s",
			  forms[i], (int)n, s, first);
	}
	/* Twice the same word: the cache must give the same answer. */
	s = text_stem(st, "والرياض", strlen("والرياض"), &n);
	CHECK(n == strlen(first) && memcmp(s, first, n) == 0);
	text_stemmer_free(st);
}

struct words {
	struct buf b;
};

static int
collect(void *ctx, const char *s, size_t start, size_t end)
{
	struct buf *b = ctx;

	if (b->len)
		buf_addc(b, '|');
	buf_add(b, s + start, end - start);
	return 0;
}

TEST(words_keep_marks_inside)
{
	struct text_words *w = text_words_new();
	struct buf b;
	const char *t = "قال: «كِتَابٌ جديد» 3+3، و2021.";

	buf_init(&b);
	text_words_each(w, t, strlen(t), collect, &b);
	CHECK_STR(b.data, "قال|كِتَابٌ|جديد|3|3|و2021");
	buf_free(&b);
	text_words_free(w);
}

TEST(sanitize_controls)
{
	struct buf b;
	const char *evil = "a\x1b[2Jb\x07\xc2\x9b" "c\x7f" "d\te\n";

	buf_init(&b);
	text_sanitize_into(&b, evil, strlen(evil), false);
	CHECK(strchr(b.data, 0x1b) == NULL);
	CHECK(strchr(b.data, 0x07) == NULL);
	CHECK(strchr(b.data, 0x7f) == NULL);
	CHECK(strstr(b.data, "\xc2\x9b") == NULL);
	CHECK(strstr(b.data, "\xef\xbf\xbd[2Jb") != NULL);
	buf_reset(&b);
	text_sanitize_into(&b, evil, strlen(evil), true);
	CHECK(strstr(b.data, "d\te\n") != NULL);
	buf_free(&b);
}

static int
sentence_collect(void *ctx, const char *s, size_t start, size_t end)
{
	buf_add(ctx, s + start, end - start);
	buf_addc(ctx, '|');
	return 0;
}

/* Sentences by ICU; an abbreviation of the list does not end one, a line end always does. */
TEST(sentences_by_icu)
{
	const char *t = "أعلنت شركة Apple Inc. أرباحها. ثم قال د. محمد: نعم! هل تعود؟ نعم\nفقرة 1.5 مليون.";
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	CHECK_INT(text_sentences_each(t, strlen(t), "# note\nInc.\tincorporated\nد.\n", sentence_collect, &b), 0);
	CHECK_STR(b.data, "أعلنت شركة Apple Inc. أرباحها.|ثم قال د. محمد: نعم!|هل تعود؟|نعم|فقرة 1.5 مليون.|");
	buf_reset(&b);
	CHECK_INT(text_sentences_each(t, strlen(t), NULL, sentence_collect, &b), 0);
	CHECK(strstr(b.data, "Apple Inc.|") != NULL); /* without the list ICU ends one at Inc. */
	buf_reset(&b);
	CHECK_INT(text_sentences_each("x Inc.\ny", 8, "Inc.\n", sentence_collect, &b), 0);
	CHECK_STR(b.data, "x Inc.|y|"); /* not past a paragraph */
	buf_free(&b);
}

/* Direction and script for the W3C export: the first strong letter, isolates skipped. */
TEST(direction_and_arabic)
{
	CHECK_STR(text_direction("1 قال NATO"), "rtl");
	CHECK_STR(text_direction("2021: NATO قال"), "ltr");
	CHECK_STR(text_direction("\xe2\x81\xa8NATO\xe2\x81\xa9 قال"), "rtl"); /* FSI NATO PDI skipped */
	CHECK(text_direction("123 - 45") == NULL);
	CHECK(text_direction("") == NULL);
	CHECK(text_has_arabic("NATO قال"));
	CHECK(!text_has_arabic("NATO 123 ١٢٣")); /* Arabic-Indic digits are no letters */
}

/* A URL for an OSC 8 link: http(s) only, every byte outside printable ASCII percent-encoded. */
TEST(uri_for_terminal)
{
	struct buf b;
	const char *evil = "https://example.org/a?b=\x1b]8;;\x07x\x1b\\ y\xc2\x9c\x7f\xd8\xa7&c=1";
	size_t i;
	char *big;

	buf_init(&b);
	buf_add(&b, "", 0);
	CHECK(text_uri_for_terminal(&b, evil));
	CHECK_STR(b.data, "https://example.org/a?b=%1B]8;;%07x%1B\\%20y%C2%9C%7F%D8%A7&c=1");
	for (i = 0; i < b.len; i++)
		CHECK((unsigned char)b.data[i] > 0x20 && (unsigned char)b.data[i] < 0x7f);
	buf_reset(&b);
	CHECK(text_uri_for_terminal(&b, "HTTP://EXAMPLE.ORG/"));
	CHECK(!text_uri_for_terminal(&b, "javascript:alert(1)"));
	CHECK(!text_uri_for_terminal(&b, "file:///etc/passwd"));
	CHECK(!text_uri_for_terminal(&b, NULL));
	CHECK_STR(b.data, "HTTP://EXAMPLE.ORG/");
	big = xmalloc(3000);
	memcpy(big, "http://", 7);
	memset(big + 7, 'a', 2992);
	big[2999] = '\0';
	CHECK(!text_uri_for_terminal(&b, big)); /* too long: left out, out as it was */
	CHECK_STR(b.data, "HTTP://EXAMPLE.ORG/");
	free(big);
	buf_free(&b);
}

static char *
balanced(const char *s, bool isolate)
{
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	text_bidi_balance_into(&b, s, strlen(s), isolate);
	return buf_detach(&b);
}

/* No bidi control of a field reaches past its end; unmatched closers go. */
TEST(bidi_controls_are_balanced)
{
	const struct {
		const char *in, *want;
		bool isolate;
	} cases[] = {
		/* A title with an RLO and an unmatched RLI: closed, then isolated. */
		{ "a\u202Eb\u2067c", "\u2068a\u202Eb\u2067c\u2069\u202C\u2069", true },
		{ "plain", "\u2068plain\u2069", true },
		{ "plain", "plain", false },
		/* Closers with nothing to close are dropped. */
		{ "\u202Cx\u2069y", "xy", false },
		/* A PDF does not close across an isolate; a PDI closes the embeddings inside it. */
		{ "\u2066a\u202Bb\u2069c\u202C", "\u2066a\u202Bb\u202C\u2069c", false },
		{ "\u202Ba\u2066b\u202Cc\u2069d\u202Ce", "\u202Ba\u2066bc\u2069d\u202Ce", false },
		/* Controls become U+FFFD as in text_sanitize_into. */
		{ "\x1b]0;x\x07", "\uFFFD]0;x\uFFFD", false },
	};
	char *got, deep[4 * 3 * (TEXT_BIDI_MAX_DEPTH + 10) + 1];
	size_t i, n;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = balanced(cases[i].in, cases[i].isolate);
		CHECK_MSG(strcmp(got, cases[i].want) == 0, "case %zu", i);
		free(got);
	}
	/* Deeper than the limit: the extra openers are dropped, every one kept is closed. */
	for (i = n = 0; i < TEXT_BIDI_MAX_DEPTH + 10; i++)
		n += (size_t)sprintf(deep + n, "\u202E");
	got = balanced(deep, false);
	CHECK_INT(strlen(got), 2 * 3 * TEXT_BIDI_MAX_DEPTH);
	free(got);
}

TEST(nfc_fast_path_agrees_with_icu)
{
	/* Each needs ICU: hamza mark composes; shadda then fatha reorders; Latin combining. */
	const char *cases[][2] = {
		{ "سال\u0654", "سالٔ" }, /* U+0654 after lam does not compose: stays */
		{ "ا\u0653", "آ" },
		{ "م\u0651\u064e", "م\u064e\u0651" },
		{ "e\u0301", "é" },
		{ "نص عادي بلا علامات", "نص عادي بلا علامات" },
		{ "مُحَمَّد", "مُحَمَّد" },
	};
	char *cause = NULL, *n;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		n = text_nfc(cases[i][0], strlen(cases[i][0]), NULL, &cause);
		CHECK_MSG(n && strcmp(n, cases[i][1]) == 0, "nfc case %zu", i);
		free(n);
	}
}

/* Matches of text_find_each, as "start-end" byte ranges joined by spaces. */
static int
find_collect(void *ctx, size_t start, size_t end)
{
	struct buf *b = ctx;

	buf_printf(b, "%s%zu-%zu", b->len ? " " : "", start, end);
	return 0;
}

static char *
find_all(const char *s, const char *q, int *count)
{
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	*count = text_find_each(s, strlen(s), q, strlen(q), find_collect, &b);
	return buf_detach(&b);
}

TEST(find_folds_like_search)
{
	/* "الأسرى" is 12 bytes; the query is written without hamza and with yeh for alef maqsura. */
	const char *s = "أفرج عن الأسرى، والأسرى عادوا";
	char *m;
	int n;

	m = find_all(s, "الاسرى", &n);
	CHECK_INT(n, 2);
	CHECK_STR(m, "14-26 31-43");
	free(m);
	m = find_all("كِتَابٌ جديد", "كتاب", &n); /* harakat inside and after the match */
	CHECK_INT(n, 1);
	CHECK_STR(m, "0-12");
	free(m);
	m = find_all("TASS  Moscow\xc2\xa0said", "tass moscow said", &n); /* case, runs of spaces, NBSP */
	CHECK_INT(n, 1);
	CHECK_STR(m, "0-18");
	free(m);
	m = find_all("aaab", "aab", &n); /* the KMP fallback keeps the start right */
	CHECK_STR(m, "1-4");
	free(m);
	m = find_all("\xef\xbb\xbb\xd9\x85", "لام", &n); /* presentation form: lam-alef ligature, then meem */
	CHECK_STR(m, "0-5");
	free(m);
	m = find_all("abc", "  ", &n);
	CHECK_INT(n, 0);
	free(m);
	m = find_all("abc", "x", &n);
	CHECK_INT(n, 0);
	CHECK_STR(m, "");
	free(m);
}
