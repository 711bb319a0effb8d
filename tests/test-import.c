/* test-import.c: formats, encodings, boilerplate, bad input. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <time.h>

#include <unicode/ucnv.h>

#include "tests/helpers.h"
#include "tests/tap.h"

static int
parse_seed(int i, struct article *a)
{
	char *cause = NULL, *t = tap_slurp(test_seed_path(i), NULL);
	int rc;

	memset(a, 0, sizeof *a);
	rc = import_parse_text(t, strlen(t), a, &cause);
	free(t);
	free(cause);
	return rc;
}

static int
lines(const char *s)
{
	int n = 1;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

TEST(plain_seed_headlines)
{
	struct article a;

	CHECK(parse_seed(1, &a) == 0);
	CHECK_STR(a.title, "لافروف: النتيجة الرئيسة لاتفاق قره باغ - 2020 تجلّت بالاستقرار");
	CHECK(strncmp(a.content, "٢٨ سبتمبر ٢٠٢١\n", strlen("٢٨ سبتمبر ٢٠٢١\n")) == 0);
	CHECK(strstr(a.content, "Ru En") == NULL);
	CHECK_STR(a.source, "تاس");
	article_clear(&a);
	CHECK(parse_seed(3, &a) == 0);
	CHECK_STR(a.title, "روسيا وأرمينيا وأذربيجان تؤكد أهمية اتخاذ الإجراءات لإبرام معاهدة سلام بين باكو ويريفان");
	CHECK(strncmp(a.content, "أكد قادة روسيا", strlen("أكد قادة روسيا")) == 0);
	article_clear(&a);
	/* 000, 002 and 004 open with a sentence, not a headline. */
	CHECK(parse_seed(0, &a) == 0);
	CHECK(a.title == NULL);
	CHECK(strncmp(a.content, "أكد وزير الخارجية", strlen("أكد وزير الخارجية")) == 0);
	article_clear(&a);
	CHECK(parse_seed(2, &a) == 0);
	CHECK(a.title == NULL);
	article_clear(&a);
}

TEST(plain_seed_boilerplate)
{
	struct article a;

	CHECK(parse_seed(0, &a) == 0);
	CHECK_STR(a.source, "تاس");
	CHECK(strstr(a.content, "الصورة:") == NULL);
	CHECK(strstr(a.content, "المصدر:") == NULL);
	CHECK(strstr(a.content, "مجموعة الرؤية الاستراتيجية") == NULL);
	/* 20 lines: 17 paragraphs (a subheading among them) and 3 of boilerplate. */
	CHECK_INT(lines(a.content), 17);
	CHECK(strstr(a.content, "\nالإفراج عن أسرى الحرب\n") != NULL);
	article_clear(&a);
	/* 001's paragraphs are separated by blank-looking lines; they are dropped. */
	CHECK(parse_seed(1, &a) == 0);
	CHECK(strstr(a.content, "\n\n") == NULL);
	CHECK_INT(lines(a.content), 12); /* the dateline and 11 paragraphs */
	article_clear(&a);
	/* 002 ends with a credit line that names the source. */
	CHECK(parse_seed(2, &a) == 0);
	CHECK_STR(a.source, "الميادين");
	CHECK(strstr(a.content, "سيرياهوم") == NULL);
	article_clear(&a);
}

TEST(plain_front_matter)
{
	const char *t = "---\ntitle: عنوان\ndate: 2021-08-31\nsource: تاس\nurl: https://e.x/1\n---\n"
			"سطر أول.\n\nسطر ثان.\nالمصدر: غيره\n";
	struct article a = { 0 };
	char *cause = NULL;

	CHECK(import_parse_text(t, strlen(t), &a, &cause) == 0);
	CHECK_STR(a.title, "عنوان");
	CHECK_STR(a.date, "2021-08-31");
	CHECK_STR(a.source, "تاس"); /* the header wins over the guess */
	CHECK_STR(a.url, "https://e.x/1");
	CHECK_STR(a.content, "سطر أول.\nسطر ثان.");
	article_clear(&a);
	t = "---\ntitle: x\ndate: yesterday\n---\nنص\n";
	CHECK(import_parse_text(t, strlen(t), &a, &cause) != 0);
	CHECK_MSG(cause && strstr(cause, "line 3") && strstr(cause, "yesterday"), "cause: %s", cause);
	free(cause);
	article_clear(&a);
	cause = NULL;
	t = "---\ntitle: x\n";
	CHECK(import_parse_text(t, strlen(t), &a, &cause) != 0);
	CHECK(cause && strstr(cause, "never closed"));
	free(cause);
	article_clear(&a);
}

TEST(parse_dates)
{
	char *d;

	CHECK_STR(d = import_parse_date("2015-07-21 10:12:33"), "2015-07-21");
	free(d);
	CHECK_STR(d = import_parse_date("2021/8/31"), "2021-08-31");
	free(d);
	CHECK_STR(d = import_parse_date("2021-09"), "2021-09");
	free(d);
	CHECK_STR(d = import_parse_date("1997"), "1997");
	free(d);
	CHECK(import_parse_date("2021-13-01") == NULL);
	CHECK(import_parse_date("31 أغسطس") == NULL);
}

/* Write a file into the temporary folder and return its path. */
static const char *
tmpfile_with(const char *name, const void *data, size_t len)
{
	static char path[8][1024];
	static int k;
	char *p = path[k++ % 8];

	snprintf(p, 1024, "%s/%s", tap_tmpdir(), name);
	tap_write(p, data, len);
	return p;
}

static char *
only_content(struct store *st)
{
	struct article *a = NULL;
	char *cause = NULL, *c;

	store_get_article(st, 1, &a, &cause);
	c = a ? xstrdup(a->content) : NULL;
	article_free(a);
	return c;
}

TEST(json_array_saudinewsnet_layout)
{
	const char *j = "[\n {\"source\": \"aawsat\", \"url\": \"http://aawsat.com/1\","
			" \"date_extracted\": \"2015-07-21 02:51:32\", \"title\": \"عنوان\","
			" \"author\": \"كاتب\", \"content\": \"فقرة أولى\\n\\nفقرة ثانية\"},\n"
			" {\"source\": \"okaz\", \"url\": \"http://okaz.com/2\", \"title\": \"\","
			" \"content\": \"نص [مع] {أقواس} \\\"واقتباس\\\"\"},\n"
			" {\"source\": \"okaz\", \"url\": \"http://okaz.com/3\"},\n"
			" {\"content\": \"بتاريخ سيئ\", \"date\": \"أمس\"}\n]";
	struct store *st = test_store("json");
	struct import_stats s;
	struct article *a = NULL;
	char *fails = NULL, *cause = NULL;

	test_import(st, tmpfile_with("snn.json", j, strlen(j)), NULL, &s, &fails);
	CHECK_INT(s.imported, 2);
	CHECK_INT(s.failed, 2);
	CHECK_MSG(strstr(fails, "snn.json: record 2: no \"content\"") != NULL, "failures: %s", fails);
	CHECK_MSG(strstr(fails, "record 3: \"date\"") != NULL, "failures: %s", fails);
	store_get_article(st, 1, &a, &cause);
	CHECK(a != NULL);
	if (a) {
		CHECK_STR(a->source, "aawsat");
		CHECK_STR(a->url, "http://aawsat.com/1");
		CHECK_STR(a->ref_date, "2015-07-21");
		/* date_extracted is a reference: the best date known, and said to be only that */
		CHECK_STR(a->date, "2015-07-21");
		CHECK_STR(a->date_source, "reference");
		CHECK_STR(a->author, "كاتب");
		CHECK_STR(a->content, "فقرة أولى\nفقرة ثانية");
	}
	article_free(a);
	free(fails);
	/* Again: nothing changes. */
	test_import(st, tmpfile_with("snn.json", j, strlen(j)), NULL, &s, NULL);
	CHECK_INT(s.imported, 0);
	CHECK_INT(s.unchanged, 2);
	store_close(st);
}

TEST(ndjson_and_truncated_json)
{
	const char *nd = "{\"title\":\"أ\",\"content\":\"نص أ\"}\n\n{\"title\":\"ب\",\"content\":\"نص ب\"}\n"
			 "{\"title\": oops}\n";
	const char *trunc = "[{\"content\":\"نص\"},{\"content\":\"نص مقطو";
	struct store *st = test_store("ndjson");
	struct import_stats s;
	char *fails = NULL;

	test_import(st, tmpfile_with("a.ndjson", nd, strlen(nd)), NULL, &s, &fails);
	CHECK_INT(s.imported, 2);
	CHECK_INT(s.failed, 1);
	CHECK_MSG(strstr(fails, "a.ndjson: line 4: bad JSON") != NULL, "failures: %s", fails);
	free(fails);
	test_import(st, tmpfile_with("t.json", trunc, strlen(trunc)), NULL, &s, &fails);
	CHECK_INT(s.imported, 1);
	CHECK_INT(s.failed, 1);
	CHECK_MSG(strstr(fails, "t.json: record 1: truncated JSON") != NULL, "failures: %s", fails);
	free(fails);
	store_close(st);
}

/* Convert UTF-8 to another encoding with ICU. */
static char *
encode(const char *to, const char *s, size_t *outlen)
{
	UErrorCode err = U_ZERO_ERROR;
	size_t cap = strlen(s) * 4 + 16;
	char *out = malloc(cap);
	int32_t n = ucnv_convert(to, "UTF-8", out, (int32_t)cap, s, (int32_t)strlen(s), &err);

	*outlen = U_SUCCESS(err) ? (size_t)n : 0;
	return out;
}

TEST(encodings_give_the_same_content)
{
	char *utf8 = tap_slurp(test_seed_path(0), NULL), *want, *got, *enc;
	const char *names[] = { "windows-1256", "UTF-16LE", "UTF-16BE" };
	struct import_stats s;
	struct store *st;
	size_t n;
	int i;

	st = test_store("enc-utf8");
	test_import(st, test_seed_path(0), NULL, &s, NULL);
	want = only_content(st);
	store_close(st);
	for (i = 0; i < 3; i++) {
		char name[64], *fails = NULL, *data;
		enc = encode(names[i], utf8, &n);
		CHECK(n > 0);
		data = malloc(n + 2);
		/* UTF-16 needs its BOM; Windows-1256 has none and is detected. */
		if (i == 1)
			memcpy(data, "\xff\xfe", 2);
		else if (i == 2)
			memcpy(data, "\xfe\xff", 2);
		memcpy(data + (i ? 2 : 0), enc, n);
		snprintf(name, sizeof name, "seed0-%s.txt", names[i]);
		st = test_store(name);
		test_import(st, tmpfile_with(name, data, n + (i ? 2 : 0)), NULL, &s, &fails);
		CHECK_MSG(s.imported == 1, "%s: %s", names[i], fails);
		got = only_content(st);
		CHECK_MSG(got && strcmp(got, want) == 0, "%s content differs", names[i]);
		free(got);
		free(fails);
		free(data);
		free(enc);
		store_close(st);
	}
	/* UTF-8 with a BOM. */
	{
		size_t len = strlen(utf8);
		char *b = malloc(len + 3);
		memcpy(b, "\xef\xbb\xbf", 3);
		memcpy(b + 3, utf8, len);
		st = test_store("bom");
		test_import(st, tmpfile_with("bom.txt", b, len + 3), NULL, &s, NULL);
		got = only_content(st);
		CHECK(got && strcmp(got, want) == 0);
		free(got);
		free(b);
		store_close(st);
	}
	free(want);
	free(utf8);
}

TEST(iso_8859_6_detected_and_forced)
{
	const char *t = "قال وزير الخارجية إن المحادثات كانت مثمرة وبناءة، وأضاف أن الجانبين اتفقا على مواصلة الحوار.\n";
	struct import_stats s;
	struct store *st = test_store("iso");
	char *iso, *got;
	size_t n;

	iso = encode("ISO-8859-6", t, &n);
	test_import(st, tmpfile_with("iso.txt", iso, n), "ISO-8859-6", &s, NULL);
	CHECK_INT(s.imported, 1);
	got = only_content(st);
	CHECK(got && strncmp(got, "قال وزير الخارجية", strlen("قال وزير الخارجية")) == 0);
	free(got);
	store_close(st);
	st = test_store("iso2");
	test_import(st, tmpfile_with("iso2.txt", iso, n), NULL, &s, NULL);
	CHECK_INT(s.imported, 1);
	got = only_content(st);
	CHECK_MSG(got && strncmp(got, "قال وزير الخارجية", strlen("قال وزير الخارجية")) == 0,
		  "detected as something else: %.40s", got ? got : "(none)");
	free(got);
	free(iso);
	store_close(st);
}

/* Write dir/name. */
static void
put_in(const char *dir, const char *name, const void *data, size_t len)
{
	char *p = xasprintf("%s/%s", dir, name);
	tap_write(p, data, len);
	free(p);
}

TEST(bad_inputs_are_named_and_skipped)
{
	struct store *st = test_store("bad");
	struct import_stats s;
	char dir[1024], *fails = NULL, big_path[1100];
	const char *bad_utf8 = "نص عربي صحيح طويل بما يكفي ليكون UTF-8 واضحا ثم بايت سيئ \xff هنا\n";
	unsigned char bin[256];
	int i;

	/* A good article first: nothing already stored may be lost. */
	CHECK_INT(test_import_seeds(st), 5);
	snprintf(dir, sizeof dir, "%s/bad", tap_tmpdir());
	mkdir(dir, 0700);
	for (i = 0; i < 256; i++)
		bin[i] = (unsigned char)(i * 37);
	put_in(dir, "a-invalid.txt", bad_utf8, strlen(bad_utf8));
	put_in(dir, "b-nul.txt", "نص\0نص", 7);
	put_in(dir, "c-empty.txt", "", 0);
	put_in(dir, "d-binary.txt", bin, sizeof bin);
	put_in(dir, "e-good.txt", "مقال جيد وسط الملفات السيئة.\n", strlen("مقال جيد وسط الملفات السيئة.\n"));
	put_in(dir, "f-truncated.json", "[{\"content\": \"نص", strlen("[{\"content\": \"نص"));
	put_in(dir, "g-blank.txt", "\n \n\n", 4);
	test_import(st, dir, NULL, &s, &fails);
	CHECK_INT(s.imported, 1);
	CHECK_INT(s.failed, 6);
	CHECK_MSG(strstr(fails, "a-invalid.txt: invalid UTF-8 at byte offset 97") != NULL, "%s", fails);
	CHECK_MSG(strstr(fails, "b-nul.txt: binary data: NUL byte at byte offset 4") != NULL, "%s", fails);
	CHECK_MSG(strstr(fails, "c-empty.txt: empty file") != NULL, "%s", fails);
	CHECK_MSG(strstr(fails, "d-binary.txt: binary data: NUL byte at byte offset 0") != NULL, "%s", fails);
	CHECK_MSG(strstr(fails, "f-truncated.json: record 0: truncated JSON") != NULL, "%s", fails);
	CHECK_MSG(strstr(fails, "g-blank.txt: no article text") != NULL, "%s", fails);
	CHECK_INT(store_count_articles(st), 6);
	free(fails);
	/* A file that cannot be read: the kernel refuses reads of /proc/self/mem at 0. */
	test_import(st, "/proc/self/mem", NULL, &s, &fails);
	CHECK_INT(s.failed, 1);
	CHECK_MSG(strstr(fails, "/proc/self/mem: read error") != NULL, "%s", fails);
	free(fails);
	/* A path that does not exist. */
	snprintf(big_path, sizeof big_path, "%s/missing.txt", dir);
	test_import(st, big_path, NULL, &s, &fails);
	CHECK_MSG(s.failed == 1 && strstr(fails, "No such file") != NULL, "%s", fails);
	free(fails);
	CHECK_INT(store_count_articles(st), 6);
	store_close(st);
}

TEST(unreadable_file_for_non_root)
{
	struct store *st;
	struct import_stats s;
	const char *p;
	char *fails = NULL;

	if (geteuid() == 0) {
		tap_skip("root reads files whatever their mode (the /proc/self/mem case covers read errors)");
		return;
	}
	st = test_store("perm");
	p = tmpfile_with("secret.txt", "نص.\n", 8);
	chmod(p, 0);
	test_import(st, p, NULL, &s, &fails);
	CHECK_MSG(s.failed == 1 && strstr(fails, "Permission denied") != NULL, "%s", fails);
	free(fails);
	store_close(st);
}

TEST(huge_single_line_file)
{
	struct store *st = test_store("huge");
	struct import_stats s;
	const char *word = "كلمة ";
	size_t wl = strlen(word), n = (20u << 20) / wl, i;
	char *big = malloc(n * wl + 2), *fails = NULL;

	for (i = 0; i < n; i++)
		memcpy(big + i * wl, word, wl);
	memcpy(big + n * wl, ".\n", 2);
	test_import(st, tmpfile_with("huge.txt", big, n * wl + 2), NULL, &s, &fails);
	CHECK_MSG(s.imported == 1, "%s", fails);
	CHECK_IDS(st, "كلمة", 0, "1");
	free(big);
	free(fails);
	store_close(st);
}

TEST(reimport_changed_file_keeps_id)
{
	struct store *st = test_store("reimport");
	struct import_stats s;
	const char *p;
	char *c;

	p = tmpfile_with("r.txt", "نص أول للمقال.\n", strlen("نص أول للمقال.\n"));
	test_import(st, p, NULL, &s, NULL);
	CHECK_INT(s.imported, 1);
	test_import(st, p, NULL, &s, NULL);
	CHECK_INT(s.unchanged, 1);
	p = tmpfile_with("r.txt", "نص معدل للمقال.\n", strlen("نص معدل للمقال.\n"));
	test_import(st, p, NULL, &s, NULL);
	CHECK_INT(s.updated, 1);
	CHECK_INT(store_count_articles(st), 1);
	c = only_content(st);
	CHECK_STR(c, "نص معدل للمقال.");
	free(c);
	store_close(st);
}

TEST(json_empty_content_is_named)
{
	const char *j = "[{\"title\": \"عنوان\", \"content\": \"\"}]";
	struct store *st = test_store("emptycontent");
	struct import_stats s;
	char *fails = NULL;

	test_import(st, tmpfile_with("e.json", j, strlen(j)), NULL, &s, &fails);
	CHECK_INT(s.failed, 1);
	CHECK_MSG(strstr(fails, "e.json: record 0: \"content\" is empty") != NULL, "%s", fails);
	free(fails);
	store_close(st);
}

/* Record callback for the streaming tests: "where|title|content|error" a line. */
static int
collect_record(void *ctx, const char *where, const struct article *a, const char *error)
{
	buf_printf(ctx, "%s|%s|%s|%s\n", where ? where : "-", a && a->title ? a->title : "",
		   a ? a->content : "", error ? error : "");
	return 0;
}

/* Everything the walk of s reports when fed step bytes at a time (0: all at once). */
static char *
walk_in_pieces(const char *s, size_t step)
{
	struct buf out;
	struct import_json *j;
	char *cause = NULL;
	size_t len = strlen(s), i, n;
	int rc = 0;

	buf_init(&out);
	buf_add(&out, "", 0);
	if (step == 0) {
		rc = import_parse_json(s, len, collect_record, &out, &cause);
	} else {
		j = import_json_new(collect_record, &out);
		for (i = 0; i < len && rc == 0; i += n) {
			n = len - i < step ? len - i : step;
			rc = import_json_feed(j, s + i, n, &cause);
		}
		if (rc == 0)
			rc = import_json_end(j, &cause);
		import_json_free(j);
	}
	buf_printf(&out, "rc %d %s\n", rc, cause ? cause : "");
	free(cause);
	return buf_detach(&out);
}

TEST(json_fed_in_pieces_gives_what_the_whole_gives)
{
	const char *texts[] = {
		"[\n {\"title\": \"أ [\\\"} ]\", \"content\": \"نص \\\\\\\" أول\\nسطر\", \"x\": [1, {\"y\": \"]\"}]},\n"
		"  {\"content\": \"ثان\"} , 7, \"str\", {\"content\": \"ثالث\"}\n]\ntrailing junk",
		"{\"title\":\"أ\",\"content\":\"نص أ\"}\n\n{\"title\":\"ب\",\n\"content\":\"نص ب\"}\n{\"title\": oops}\n]\n",
		"[{\"content\":\"نص\"},{\"content\":\"نص مقطو",
		"[{\"content\":\"نص\"} {\"content\":\"بلا فاصلة\"}]",
		"[{\"content\":\"نص\"},",
		"[ ]",
		"[",
		"   \n",
		"{\"content\":\"آخر\"}",
	};
	size_t steps[] = { 1, 2, 3, 7, 64 }, t, k;
	char *whole, *piece;

	for (t = 0; t < sizeof texts / sizeof *texts; t++) {
		whole = walk_in_pieces(texts[t], 0);
		for (k = 0; k < sizeof steps / sizeof *steps; k++) {
			piece = walk_in_pieces(texts[t], steps[k]);
			CHECK_MSG(strcmp(whole, piece) == 0, "text %zu, %zu at a time:\n%s---\n%s", t, steps[k], whole,
				  piece);
			free(piece);
		}
		if (t == 0)
			CHECK_MSG(strstr(whole, "record 0|أ [\"} ]|نص \\\" أول\nسطر|\nrecord 1||ثان|\n"
						"record 2|||bad JSON at line 1, column 1: '[' or '{' expected near '7'\n")
					  != NULL,
				  "%s", whole);
		if (t == 0)
			CHECK_MSG(strstr(whole, "record 4||ثالث|\nrc 0") != NULL, "%s", whole);
		if (t == 1)
			CHECK_MSG(strstr(whole, "line 3|ب|نص ب|\nline 5|||bad JSON") != NULL, "%s", whole);
		if (t == 3)
			CHECK_MSG(strstr(whole, "rc -1 record 1: expected ',' or ']' at byte offset 20") != NULL, "%s",
				  whole);
		free(whole);
	}
}

/* All that a decoder gives for data (NULL with *cause on failure). */
static char *
decode_all(const char *data, size_t len, const char *forced, char **cause)
{
	FILE *f = fmemopen((void *)data, len, "rb");
	struct import_decoder *d = import_decoder_open(f, forced);
	struct buf out;
	int got;

	buf_init(&out);
	buf_add(&out, "", 0);
	while ((got = import_decoder_read(d, &out, cause)) > 0)
		;
	import_decoder_close(d);
	fclose(f);
	if (got < 0)
		buf_free(&out);
	return got < 0 ? NULL : buf_detach(&out);
}

TEST(decoder_keeps_sequences_whole_across_chunks)
{
	struct buf t;
	const char *names[] = { "windows-1256", "UTF-16LE" };
	char *got, *cause = NULL, *enc, *data;
	size_t n, at;
	int i;

	/* Arabic after an odd number of ASCII bytes, and a 4-byte character: sequences straddle every 64 KiB. */
	buf_init(&t);
	buf_add(&t, "x", 1);
	while (t.len < 300000)
		buf_adds(&t, "قال الوزير إن النص طويل، ");
	got = decode_all(t.data, t.len, NULL, &cause);
	CHECK_MSG(got != NULL && strcmp(got, t.data) == 0, "UTF-8: %s", cause ? cause : "differs");
	free(got);
	buf_adds(&t, "😀");
	buf_adds(&t, "!");
	got = decode_all(t.data, t.len, NULL, &cause);
	CHECK_MSG(got != NULL && strcmp(got, t.data) == 0, "UTF-8 with U+1F600: %s", cause ? cause : "differs");
	free(got);
	/* A bad byte past the first chunk is named by its offset in the file. */
	at = 200001;
	t.data[at] = '\xff';
	got = decode_all(t.data, t.len, NULL, &cause);
	CHECK(got == NULL);
	CHECK_MSG(cause != NULL && strstr(cause, "invalid UTF-8 at byte offset 200001") != NULL, "%s", cause);
	free(cause);
	cause = NULL;
	/* A text cut inside its last character. */
	got = decode_all("نص", strlen("نص") - 1, NULL, &cause);
	CHECK(got == NULL && cause != NULL && strstr(cause, "invalid UTF-8 at byte offset 2") != NULL);
	free(cause);
	cause = NULL;
	buf_reset(&t);
	while (t.len < 300000)
		buf_adds(&t, "قال الوزير إن النص طويل. ");
	/* Windows-1256 (detected) and UTF-16 (by its BOM), each several chunks long. */
	for (i = 0; i < 2; i++) {
		enc = encode(names[i], t.data, &n);
		data = malloc(n + 2);
		memcpy(data, "\xff\xfe", 2);
		memcpy(data + (i ? 2 : 0), enc, n);
		got = decode_all(data, n + (i ? 2 : 0), NULL, &cause);
		CHECK_MSG(got != NULL && strcmp(got, t.data) == 0, "%s: %s", names[i], cause ? cause : "differs");
		free(got);
		free(cause);
		cause = NULL;
		free(data);
		free(enc);
	}
	buf_free(&t);
}
