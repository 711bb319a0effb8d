/* test-topics.c: lexicon topics by exact forms, stop phrases, phrase topics merged, entities, stories. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <unicode/ucol.h>

#include "app/app.h"
#include "extract/extract.h"
#include "tests/helpers.h"
#include "tests/tap.h"

/* The lexicon topics of text (names joined by |) with topics.tsv text lex. */
static char *
lex_topics(const char *lex, const char *text)
{
	struct extractor *x = NULL;
	struct xresult r;
	struct buf b;
	char *cause = NULL;
	size_t i;

	if (extractor_new_from(NULL, lex, &x, &cause) != 0 || extract_article(x, text, NULL, 0, &r, &cause) != 0) {
		printf("# %s\n", cause);
		exit(99);
	}
	buf_init(&b);
	buf_add(&b, "", 0);
	for (i = 0; i < r.ntopics; i++)
		buf_printf(&b, "%s%s", i ? "|" : "", extractor_lexicon(x)->tp[r.topics[i]].name);
	xresult_free(&r);
	extractor_free(x);
	return buf_detach(&b);
}

/* الأسرى (prisoners) and الأسرة (family) share a stem: only the exact form is the topic. */
TEST(lexicon_topic_is_not_pulled_in_by_a_stem_collision)
{
	const char *lex = "أسرى الحرب\tالأسرى|أسرى الحرب\n";
	char *t;

	t = lex_topics(lex, "استقبل المركز الأسرة السعودية وأفراد الأسر في الحفل السنوي للأسرة.");
	CHECK_STR(t, "");
	free(t);
	t = lex_topics(lex, "طالبت المنظمة بالإفراج عن الأسرى فورا.");
	CHECK_STR(t, "أسرى الحرب");
	free(t);
	/* With clitics (و، ل + ال = لل) and with the article the form lacks. */
	t = lex_topics(lex, "وتحدث عن حقوق للأسرى في السجون.");
	CHECK_STR(t, "أسرى الحرب");
	free(t);
	t = lex_topics(lex, "ملف والأسرى ما زال مفتوحا.");
	CHECK_STR(t, "أسرى الحرب");
	free(t);
	/* A form of several words matches them in a row, not across a sentence end. */
	t = lex_topics("السلام\tمعاهدة سلام\n", "وقعت معاهدة. سلام على الجميع.");
	CHECK_STR(t, "");
	free(t);
	t = lex_topics("السلام\tمعاهدة سلام\n", "وقعت الدولتان معاهدة السلام أمس.");
	CHECK_STR(t, "السلام");
	free(t);
	/* A form with a mark matches the mark, not a date or a score. */
	t = lex_topics("منصة\t3 + 3\n", "نشاط المجلس من3 /3 /1436هـ حتى اليوم، والنتيجة 3-3عيدكم مبارك.");
	CHECK_STR(t, "");
	free(t);
	t = lex_topics("منصة\t3 + 3\n", "ناقش الوزراء صيغة 3+3 الإقليمية.");
	CHECK_STR(t, "منصة");
	free(t);
}

/* The stop class of a phrase as written (folded first, as candidates are). */
static const char *
stop_class(const struct xlex *lx, const char *phrase)
{
	static char *f;

	free(f);
	f = text_fold(phrase, strlen(phrase));
	return xlex_stop_class(lx, f);
}

TEST(stop_phrases_name_their_class)
{
	struct extractor *x = test_extractor();
	const struct xlex *lx = extractor_lexicon(x);

	CHECK(lx->nstop > 100);
	CHECK_STR(stop_class(lx, "صاحب السمو"), "honorific");
	CHECK_STR(stop_class(lx, "السمو الملكي"), "honorific");
	CHECK_STR(stop_class(lx, "رحمه الله"), "religious");
	CHECK_STR(stop_class(lx, "مليون ريال"), "amount");
	CHECK_STR(stop_class(lx, "بهذه المناسبة"), "reporting");
	CHECK_STR(stop_class(lx, "ارتفاع بالمائة"), "unit"); /* a clitic before the word */
	CHECK_STR(stop_class(lx, "شهر شوال"), "date");
	CHECK_STR(stop_class(lx, "إنا لله"), "religious");
	CHECK_STR(stop_class(lx, "وإنا إليه"), "religious"); /* the formula's pieces, with a clitic */
	CHECK_STR(stop_class(lx, "إليه راجعون"), "religious");
	CHECK_STR(stop_class(lx, "رمضان المبارك"), "date");
	CHECK_STR(stop_class(lx, "بعد صلاة الظهر"), "date");
	CHECK_STR(stop_class(lx, "مركزاً انتخابياً"), "amount");
	CHECK(stop_class(lx, "عيد الفطر") == NULL);
	CHECK(stop_class(lx, "الاتفاق النووي") == NULL);
	extractor_free(x);
}

/* Discourse words: adverbs and the words they go with, a word that stops every phrase it is in. */
TEST(stop_phrases_discourse_words)
{
	struct extractor *x = test_extractor();
	const struct xlex *lx = extractor_lexicon(x);

	CHECK_STR(stop_class(lx, "مرة أخرى"), "discourse");
	CHECK_STR(stop_class(lx, "لأول مرة"), "discourse");
	CHECK_STR(stop_class(lx, "الموعد ذاته"), "discourse");
	CHECK_STR(stop_class(lx, "كيف نجحت"), "discourse");
	CHECK_STR(stop_class(lx, "عناية بالغة"), "discourse");
	CHECK_STR(stop_class(lx, "داخل المدينة"), "discourse");
	CHECK_STR(stop_class(lx, "أنحاء القارة"), "discourse");
	CHECK_STR(stop_class(lx, "نفس الموسم"), "discourse");
	CHECK_STR(stop_class(lx, "ذات الصلة"), "discourse");
	extractor_free(x);
}

/*
 * "only" words stop a phrase made of them alone, all of one class: time
 * nouns and their adjectives, wishes, relational adjectives.
 */
TEST(stop_phrases_only_words_stop_phrases_made_of_them)
{
	struct extractor *x = test_extractor();
	const struct xlex *lx = extractor_lexicon(x);

	CHECK_STR(stop_class(lx, "الوقت الراهن"), "discourse");
	CHECK_STR(stop_class(lx, "الفترة الصباحية"), "discourse");
	CHECK(stop_class(lx, "الفترة الانتقالية") == NULL);
	CHECK(stop_class(lx, "الوقت الإضافي") == NULL);
	CHECK_STR(stop_class(lx, "التقدم والازدهار"), "courtesy");
	CHECK_STR(stop_class(lx, "الصحة والسعادة"), "courtesy");
	CHECK_STR(stop_class(lx, "الأمن والاستقرار"), "courtesy");
	CHECK_STR(stop_class(lx, "ولحكومة وشعب"), "courtesy"); /* two clitics */
	CHECK(stop_class(lx, "الأمن القومي") == NULL);
	CHECK(stop_class(lx, "وزارة الصحة") == NULL);
	CHECK(stop_class(lx, "حكومة وحدة") == NULL);
	CHECK_STR(stop_class(lx, "العربية والإسلامية"), "adjective");
	CHECK_STR(stop_class(lx, "الإقليمية والدولية"), "adjective");
	CHECK(stop_class(lx, "الثقافة العربية") == NULL);
	/* Only words of two classes: الأمن (courtesy) الوطني (adjective) is a topic. */
	CHECK(stop_class(lx, "الأمن الوطني") == NULL);
	CHECK_STR(stop_class(lx, "الرئيس التنفيذي"), "honorific");
	CHECK(stop_class(lx, "الرئيس الفرنسي") == NULL);
	CHECK_STR(stop_class(lx, "شمال غرب"), "generic");
	CHECK(stop_class(lx, "شمال القارة") == NULL);
	extractor_free(x);
}

/* Formulae of congratulation and condolence, and the words of prayer they hold. */
TEST(stop_phrases_courtesy_and_prayer_formulae)
{
	struct extractor *x = test_extractor();
	const struct xlex *lx = extractor_lexicon(x);

	CHECK_STR(stop_class(lx, "برقية عزاء"), "courtesy");
	CHECK_STR(stop_class(lx, "وأصدق التمنيات"), "courtesy");
	CHECK_STR(stop_class(lx, "بموفور العافية"), "courtesy");
	CHECK_STR(stop_class(lx, "بمناسبة افتتاح"), "reporting");
	CHECK_STR(stop_class(lx, "بواسع رحمته"), "religious");
	CHECK_STR(stop_class(lx, "الحمد لله"), "religious");
	CHECK_STR(stop_class(lx, "البلدين الشقيقين"), "honorific");
	CHECK_STR(stop_class(lx, "الرئيس السابق"), "date");
	CHECK_STR(stop_class(lx, "أدنى مستوى"), "generic");
	CHECK_STR(stop_class(lx, "الدورة الرابعة"), "generic");
	CHECK_STR(stop_class(lx, "اتصالاً هاتفيًا"), "reporting");
	extractor_free(x);
}

TEST(stop_phrases_file_errors_name_the_line)
{
	struct xlex lx;
	char *cause = NULL;

	memset(&lx, 0, sizeof lx);
	CHECK(xlex_load_stops(&lx, "# comment\nunit\tكيلو\nno tab here\n", &cause) != 0);
	CHECK_MSG(cause && strstr(cause, "stopphrases.tsv: line 3"), "%s", cause);
	free(cause);
	xlex_free(&lx);
	/* A third column is "only", on one word. */
	memset(&lx, 0, sizeof lx);
	cause = NULL;
	CHECK(xlex_load_stops(&lx, "unit\tكيلو\tonly\nunit\tمتر\tsome\n", &cause) != 0);
	CHECK_MSG(cause && strstr(cause, "line 2: want class TAB word TAB only"), "%s", cause);
	free(cause);
	xlex_free(&lx);
	memset(&lx, 0, sizeof lx);
	cause = NULL;
	CHECK(xlex_load_stops(&lx, "unit\tكيلو متر\tonly\n", &cause) != 0);
	free(cause);
	xlex_free(&lx);
	memset(&lx, 0, sizeof lx);
	cause = NULL;
	CHECK(xlex_load_stops(&lx, "unit\tكيلو\tonly\nunit\tمتر\tonly\n", &cause) == 0);
	CHECK_STR(xlex_stop_class(&lx, "كيلو متر"), "unit");
	CHECK(xlex_stop_class(&lx, "كيلو") != NULL);
	CHECK(xlex_stop_class(&lx, "كيلو واط") == NULL);
	xlex_free(&lx);
}

/* Candidate phrases: no formula, and بالمسجد الحرام counts as المسجد الحرام. */
TEST(candidate_phrases_skip_formulae_and_fold_clitics)
{
	struct extractor *x = test_extractor();
	struct xresult r;
	char *cause = NULL;
	size_t i;
	bool mosque = false, formula = false;

	CHECK(extract_article(x,
			      "استقبل صاحب السمو الملكي أمير المنطقة الوفد في المسجد الحرام. "
			      "وأكد صاحب السمو الملكي أن الصلاة بالمسجد الحرام ميسرة. "
			      "وبلغت التكلفة مليون ريال ثم مليون ريال.",
			      NULL, 0, &r, &cause) == 0);
	for (i = 0; i < r.nphrases; i++) {
		mosque |= strncmp(r.phrases[i], "المسجد الحرام\t", strlen("المسجد الحرام\t")) == 0;
		formula |= strstr(r.phrases[i], "السمو") != NULL || strstr(r.phrases[i], "ريال") != NULL;
	}
	CHECK(mosque);
	CHECK(!formula);
	xresult_free(&r);
	extractor_free(x);
}

/*
 * The words after a head noun in a construct complete its name: in مطار
 * الملك عبدالعزيز and بجامعة الملك عبدالعزيز the king's name is not a
 * phrase of its own (the airport's name is); a phrase after a verb is.
 */
TEST(candidate_phrases_do_not_cut_a_name_after_its_head_noun)
{
	struct extractor *x = test_extractor();
	struct xresult r;
	char *cause = NULL;
	size_t i;
	bool king = false, airport = false, prices = false;

	CHECK(extract_article(x,
			      "وصلت الرحلة إلى مطار الملك عبدالعزيز الدولي صباح اليوم وسط ارتفاع أسعار النفط. "
			      "وأوضح مدير مطار الملك عبدالعزيز أن الطلاب وصلوا إلى جامعة الملك عبدالعزيز ثم "
			      "عادوا بعد ارتفاع أسعار النفط إلى بجامعة الملك عبدالعزيز. وأما المطار الجديد فهو مطار"
			      " الذي يبنى في الشمال.",
			      NULL, 0, &r, &cause) == 0);
	for (i = 0; i < r.nphrases; i++) {
		king |= strncmp(r.phrases[i], "الملك عبدالعزيز\t", strlen("الملك عبدالعزيز\t")) == 0;
		airport |= strncmp(r.phrases[i], "مطار الملك عبدالعزيز\t", strlen("مطار الملك عبدالعزيز\t")) == 0;
		prices |= strncmp(r.phrases[i], "اسعار النفط\t", strlen("اسعار النفط\t")) == 0;
	}
	CHECK(!king);
	CHECK(airport);
	CHECK(prices);
	xresult_free(&r);
	extractor_free(x);
}

/* ---- Made-up archives ---- */

/* Write an article file with front matter into the test's folder. */
static void
write_article(const char *dir, int n, const char *title, const char *date, const char *source,
	      const char *body)
{
	char path[1024], *text;

	snprintf(path, sizeof path, "%s/a%03d.txt", dir, n);
	text = xasprintf("---\ntitle: %s\ndate: %s\nsource: %s\n---\n%s\n", title, date, source, body);
	tap_write(path, text, strlen(text));
	free(text);
}

/* write_article, with a url in the front matter. */
static void
write_article_url(const char *dir, int n, const char *title, const char *date, const char *source,
		  const char *url, const char *body)
{
	char path[1024], *text;

	snprintf(path, sizeof path, "%s/a%03d.txt", dir, n);
	text = xasprintf("---\ntitle: %s\ndate: %s\nsource: %s\nurl: %s\n---\n%s\n", title, date, source,
			 url, body);
	tap_write(path, text, strlen(text));
	free(text);
}

/* Import a folder with extraction, as khabar import does. */
static void
import_dir(struct store *st, const char *dir)
{
	struct import_opts o;
	struct import_stats s;
	char *cause = NULL;
	const char *paths[1] = { dir };

	app_import_opts(&o);
	if (import_paths(st, paths, 1, &o, &s, &cause) != 0) {
		printf("# import: %s\n", cause);
		exit(99);
	}
}

/* import_dir, with the text of every statement it ran in traced (each ends with 0x1f). */
static void
import_dir_traced(struct store *st, const char *dir, struct buf *traced)
{
	buf_init(traced);
	buf_add(traced, "", 0);
	sqlite3_trace_v2(store_db(st), SQLITE_TRACE_STMT, test_trace_sql, traced);
	import_dir(st, dir);
	sqlite3_trace_v2(store_db(st), 0, NULL, NULL);
}

static char *
fresh_dir(const char *name)
{
	char *dir = xasprintf("%s/%s", tap_tmpdir(), name);

	mkdir(dir, 0700);
	return dir;
}

/* عيد الفطر absorbs عيد الفطر المبارك, الفطر المبارك and بعيد الفطر: one topic. */
TEST(phrase_topics_merge_sub_and_super_phrases)
{
	struct store *st = test_store("topics-merge");
	char *dir = fresh_dir("merge"), *body;
	int i;

	for (i = 0; i < 12; i++) {
		const char *what = i < 5 ? "احتفل الأهالي بعيد الفطر المبارك في الحدائق، وتبادلوا التهاني بعيد الفطر المبارك"
				 : i < 9 ? "تستعد الأسواق لموسم عيد الفطر، وتزدحم المحلات قبل عيد الفطر"
					 : "هنأ المواطنون بعضهم بعيد الفطر، وزاروا الأقارب بعيد الفطر";
		body = xasprintf("%s. وفي خبر رقم %d تحدث السكان عن الطقس الحار والرطوبة العالية في المدينة رقم %d.",
				 what, i, i);
		write_article(dir, i, "خبر", "2015-07-17", "wire", body);
		free(body);
	}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE kind = 'phrase' AND khabar_fold(name) LIKE '%الفطر%'", NULL), 1);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'phrase' AND name = ?1", "عيد الفطر"), 12);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE name IN ('الفطر المبارك', 'بعيد الفطر', 'عيد الفطر المبارك')", NULL), 0);
	/* The phrases that merged into it. */
	CHECK(test_q1(st, "SELECT count(*) FROM topic_phrases p JOIN topics t ON t.id = p.topic_id WHERE t.name = ?1", "عيد الفطر") >= 3);
	store_close(st);
	free(dir);
}

/*
 * A pair found almost only inside one triple is a fragment of it: the
 * club is باريس سان جيرمان in every article, so the topic is the triple,
 * not "باريس سان" (the pair is at least as frequent, and was chosen).
 */
TEST(phrase_topics_take_the_triple_a_pair_is_a_fragment_of)
{
	struct store *st = test_store("topics-fragment");
	char *dir = fresh_dir("fragment"), *body;
	int i;

	for (i = 0; i < 10; i++) {
		body = xasprintf("فاز فريق باريس سان جيرمان في المباراة رقم %d، واحتفل جمهور باريس سان جيرمان"
				 " بالفوز في الملعب رقم %d.", i, i);
		write_article(dir, i, "مباراة", "2015-07-17", "wire", body);
		free(body);
	}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE name = ?1", "باريس سان"), 0);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE khabar_fold(name) LIKE '%جيرمان%'", NULL), 1);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE name = ?1", "باريس سان جيرمان"), 10);
	store_close(st);
	free(dir);
}

/* A formula repeated in every article never becomes a topic; a pair in fewer than 5 articles neither. */
TEST(phrase_topics_leave_out_formulae_and_rare_pairs)
{
	struct store *st = test_store("topics-formula");
	char *dir = fresh_dir("formula"), *body;
	int i;

	for (i = 0; i < 8; i++) {
		body = xasprintf("رعى صاحب السمو الملكي الحفل، وشكر صاحب السمو الملكي الحضور. وبلغت الجوائز مليون ريال"
				 " ثم مليون ريال. %s حديقة الحيوان الوطنية في حديقة الحيوان الكبيرة رقم %d.",
				 i < 3 ? "وزار الطلاب" : "وتحدث عن", i);
		write_article(dir, i, "حفل", "2015-07-17", "wire", body);
		free(body);
	}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE kind = 'phrase' AND (name LIKE '%السمو%' OR name LIKE '%ريال%')", NULL), 0);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'phrase' AND name = ?1", "حديقة الحيوان"), 8);
	store_close(st);
	free(dir);
}

/* Article n of the zoo's news, at https://wire.example/n, its text numbered text. */
static void
zoo_article(const char *dir, int n, const char *date, int text)
{
	char *body = xasprintf("وتحدث المدير عن حديقة الحيوان الوطنية في حديقة الحيوان الكبيرة رقم %d.", text);
	char url[64];

	snprintf(url, sizeof url, "https://wire.example/%d", n);
	write_article_url(dir, n, "حفل", date, "wire", url, body);
	free(body);
}

/* The reprints the archive holds, as phrase_reprints and meta's count agree on (-1 when they do not). */
static int64_t
reprints(struct store *st)
{
	int64_t n = test_q1(st, "SELECT count(*) FROM phrase_reprints", NULL);

	return test_q1(st, "SELECT value FROM meta WHERE key = 'phrase_reprints'", NULL) == n ? n : -1;
}

/*
 * A text stored again under other urls counts once.  Four articles and
 * three reprints of the first (the same source, date, title and text)
 * hold حديقة الحيوان: not the five articles a topic needs.  A fifth
 * article makes it one, and the topic reaches the reprints too.  A
 * reprint rewritten at its url counts from then on; the original
 * rewritten leaves the count of its first text to a reprint.  Extracting
 * the archive again counts the same.
 */
TEST(phrase_topics_count_a_reprinted_text_once)
{
	struct store *st = test_store("topics-reprints");
	char *dir = fresh_dir("reprints"), *cause = NULL;
	const char *df = "SELECT df FROM phrase_df WHERE phrase = khabar_fold(?1)";
	const char *articles = "SELECT articles FROM topics WHERE kind = 'phrase' AND name = ?1";
	long nfailed = 0;
	int i;

	for (i = 0; i < 7; i++)
		zoo_article(dir, i, "2015-07-17", i < 4 ? i : 0);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles", NULL), 7);
	CHECK_INT(test_q1(st, df, "حديقة الحيوان"), 4);
	CHECK_INT(reprints(st), 3);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE name = ?1", "حديقة الحيوان"), 0);
	zoo_article(dir, 7, "2015-07-18", 4);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, df, "حديقة الحيوان"), 5);
	CHECK_INT(test_q1(st, articles, "حديقة الحيوان"), 8);
	/* A reprint rewritten at its url is a text of its own: it counts now. */
	zoo_article(dir, 6, "2015-07-17", 6);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, df, "حديقة الحيوان"), 6);
	CHECK_INT(reprints(st), 2);
	/* The original rewritten: its reprint at /4 counts for the first text now, the original for its new one. */
	zoo_article(dir, 0, "2015-07-17", 9);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, df, "حديقة الحيوان"), 7);
	CHECK_INT(reprints(st), 1);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM phrase_reprints r JOIN articles a ON a.id = r.article_id"
			      " WHERE a.url = ?1", "https://wire.example/5"), 1);
	CHECK(app_reindex(st, NULL, NULL, NULL, &nfailed, &cause) == 0);
	CHECK_INT(nfailed, 0);
	CHECK_INT(test_q1(st, df, "حديقة الحيوان"), 7);
	CHECK_INT(reprints(st), 1);
	CHECK_INT(test_q1(st, articles, "حديقة الحيوان"), 8);
	/* A reprint deleted is no longer one. */
	CHECK(store_delete_article(st, test_q1(st, "SELECT id FROM articles WHERE url = ?1", "https://wire.example/5"),
				   &cause) == 0);
	CHECK_INT(reprints(st), 0);
	free(cause);
	store_close(st);
	free(dir);
}

/*
 * An article whose savepoint is rolled back after its key phrases went
 * into the batch (a write that fails after its analysis was stored) is
 * taken out of the batch: it counts for no phrase, and its id, which the
 * next article gets, is linked to nothing of its.
 */
TEST(phrase_counts_forget_an_article_rolled_back)
{
	struct store *st = test_store("topics-abandoned");
	char *dir = fresh_dir("abandoned"), *cause = NULL;
	const char *df = "SELECT df FROM phrase_df WHERE phrase = khabar_fold(?1)";
	struct article a;
	enum store_put what;
	int64_t id = 0;
	int i;

	for (i = 0; i < 4; i++)
		zoo_article(dir, i, "2015-07-17", i);
	import_dir(st, dir);
	memset(&a, 0, sizeof a);
	a.title = "حفل";
	a.source = "wire";
	a.url = "https://wire.example/rolled-back";
	a.date = "2015-07-17";
	a.content = "وتحدث المدير عن حديقة الحيوان الوطنية في حديقة الحيوان الكبيرة رقم 8.";
	CHECK(store_begin(st, &cause) == 0);
	CHECK(store_savepoint(st, "article", &cause) == 0);
	CHECK(store_put_article(st, &a, &id, &what, &cause) == 0);
	CHECK(app_extract_article(st, id, a.title, a.content, NULL, a.date, &cause) == 0);
	CHECK(store_savepoint_rollback(st, "article", &cause) == 0);
	store_article_abandoned(st);
	CHECK_MSG(store_commit(st, &cause) == 0, "%s", cause ? cause : "");
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles", NULL), 4);
	CHECK_INT(test_q1(st, df, "حديقة الحيوان"), 4);
	/* The fifth article, under the id the rolled-back one had. */
	zoo_article(dir, 4, "2015-07-18", 4);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT max(id) FROM articles", NULL), id);
	CHECK_INT(test_q1(st, df, "حديقة الحيوان"), 5);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'phrase' AND name = ?1", "حديقة الحيوان"), 5);
	free(cause);
	store_close(st);
	free(dir);
}

/* Topic names, in the order a listing gives them. */
struct tnames {
	char *v[64];
	int n;
};

static int
add_tname(void *ctx, const struct store_topic *t)
{
	struct tnames *l = ctx;

	if (l->n < 64)
		l->v[l->n++] = xstrdup(t->name);
	return 0;
}

/* The position of name in l, or -1. */
static int
tname_at(const struct tnames *l, const char *name)
{
	int i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], name) == 0)
			return i;
	return -1;
}

/*
 * Topics by name come in ICU's Arabic order, read from the index on their
 * collation keys: آ ا أ إ are one letter (آبار, ابتعاث, إدارة, أسواق, not
 * by code point), a damma does not count (مُدن before مطار), ة before ه,
 * Arabic before Latin.
 */
TEST(topics_by_name_in_arabic_order)
{
	static const char *const names[] = {
		"أسواق الذهب", "مطارات إقليمية", "آبار المياه", "Samsung Galaxy", "مدرسه ثانويه",
		"إدارة المرور", "مُدن ذكية", "ابتعاث الطلاب", "مدرسة البنات",
	};
	struct store *st = test_store("topics-by-name");
	char *dir = fresh_dir("byname"), *cause = NULL;
	struct tnames all = { .n = 0 }, phrases = { .n = 0 };
	struct store_topic_filter f = { NULL, true, false, NULL };
	struct buf b;
	UErrorCode e = U_ZERO_ERROR;
	UCollator *coll;
	size_t k;
	int i, j;

	for (i = 0; i < 7; i++) {
		buf_init(&b);
		for (j = 0; j < 2; j++)
			for (k = 0; k < sizeof names / sizeof names[0]; k++)
				buf_printf(&b, "تحدث التقرير رقم %d عن %s. ", i * 10 + j, names[k]);
		buf_add(&b, "", 1);
		write_article(dir, i, "تقرير", "2015-07-17", "wire", b.data);
		buf_free(&b);
	}
	import_dir(st, dir);
	CHECK(store_list_topics_by(st, &f, add_tname, &all, &cause) == 0);
	f.kind = "phrase";
	CHECK(store_list_topics_by(st, &f, add_tname, &phrases, &cause) == 0);
	for (k = 0; k < sizeof names / sizeof names[0]; k++)
		CHECK_MSG(tname_at(&all, names[k]) >= 0, "no topic %s", names[k]);
	coll = ucol_open("ar", &e);
	CHECK(U_SUCCESS(e));
	CHECK(all.n >= 9 && test_in_collation_order(coll, all.v, all.n));
	CHECK(phrases.n >= 5 && test_in_collation_order(coll, phrases.v, phrases.n));
	ucol_close(coll);
	/* What ICU's order means here, written out. */
	CHECK(tname_at(&all, "آبار المياه") < tname_at(&all, "ابتعاث الطلاب"));
	CHECK(tname_at(&all, "ابتعاث الطلاب") < tname_at(&all, "إدارة المرور"));
	CHECK(tname_at(&all, "إدارة المرور") < tname_at(&all, "أسواق الذهب"));
	CHECK(tname_at(&all, "مدرسة البنات") < tname_at(&all, "مدرسه ثانويه"));
	CHECK(tname_at(&all, "مُدن ذكية") < tname_at(&all, "مطارات إقليمية"));
	CHECK(tname_at(&all, "مطارات إقليمية") < tname_at(&all, "Samsung Galaxy"));
	for (i = 0; i < all.n; i++)
		free(all.v[i]);
	for (i = 0; i < phrases.n; i++)
		free(phrases.v[i]);
	free(cause);
	store_close(st);
	free(dir);
}

/* An agency text (a hospital opens in Taif) and other news of the same days, for the story tests. */
static const char wire[] =
	"أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الطائف بسعة ثلاثمائة سرير، "
	"ويضم المستشفى أقساما للطوارئ والعناية المركزة وجراحة القلب وطب الأطفال، "
	"وقال المتحدث باسم الوزارة إن المشروع يأتي ضمن خطة لتوسيع الخدمات الصحية في المحافظات، "
	"وإن العمل في المبنى استمر ثلاث سنوات بتكلفة بلغت مئات الملايين، وسيبدأ استقبال المرضى الشهر المقبل";
static const char other[] =
	"فاز فريق الهلال على النصر بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس على ملعب الملك فهد الدولي، "
	"وسجل المهاجم الهدف الأول في الدقيقة العاشرة قبل أن يعادل الضيوف النتيجة في الشوط الثاني، "
	"ثم أحرز البديل هدف الفوز قبل النهاية بدقائق وسط حضور جماهيري كبير";

/* An agency text and its reprints, dated a day apart, make one story; other news does not join. */
TEST(stories_gather_wire_copies_and_nothing_else)
{
	struct store *st = test_store("stories");
	char *dir = fresh_dir("stories"), *body;
	long long story;

	write_article(dir, 1, "افتتاح مستشفى جديد في الطائف", "2015-07-20", "was", wire);
	body = xasprintf("الطائف - واس\n%s.", wire);
	write_article(dir, 2, "الصحة تفتتح مستشفى الطائف", "2015-07-21", "aljazirah", body);
	free(body);
	body = xasprintf("%s، حسب ما ذكرت الوكالة.", wire);
	write_article(dir, 3, "مستشفى بثلاثمائة سرير في الطائف", "2015-07-21", "almadina", body);
	free(body);
	write_article(dir, 4, "الهلال يفوز على النصر", "2015-07-21", "alriyadh", other);
	/* The same text two months later is another event's copy: not this story. */
	write_article(dir, 5, "مستشفى الطائف", "2015-09-25", "alwatan", wire);
	import_dir(st, dir);
	story = test_q1(st, "SELECT story_id FROM articles WHERE title = ?1", "افتتاح مستشفى جديد في الطائف");
	CHECK(story > 0);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles WHERE story_id = (SELECT story_id FROM articles WHERE title = ?1)",
		     "افتتاح مستشفى جديد في الطائف"), 3);
	CHECK_INT(test_q1(st, "SELECT story_id IS NULL FROM articles WHERE title = ?1", "الهلال يفوز على النصر"), 1);
	CHECK_INT(test_q1(st, "SELECT story_id IS NULL FROM articles WHERE title = ?1", "مستشفى الطائف"), 1);
	/* The story: labelled by its earliest headline, its dates and its size. */
	CHECK_INT(test_q1(st, "SELECT count(*) FROM stories WHERE label = ?1 AND first = '2015-07-20'"
			 " AND last = '2015-07-21' AND articles = 3", "افتتاح مستشفى جديد في الطائف"), 1);
	/* Changing one copy into other news takes it out of the story. */
	write_article(dir, 3, "مستشفى بثلاثمائة سرير في الطائف", "2015-07-21", "almadina", other);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT articles FROM stories WHERE label = ?1", "افتتاح مستشفى جديد في الطائف"), 2);
	store_close(st);
	free(dir);
}

/*
 * Cables written from one template to a different country each day are
 * near-copies, but each country's cable is its own event: its reprints
 * make a story, and the stories do not chain into one.  The country every
 * cable names (the sender's, in more than 1 article in 20 of the archive)
 * does not count.
 */
TEST(stories_keep_template_texts_about_different_countries_apart)
{
	static const char *const countries[] = { "النيجر", "تشاد", "بوليفيا" };
	struct store *st = test_store("stories-cables");
	char *dir = fresh_dir("stories-cables"), *body;
	int i, c, n = 0;

	for (i = 0; i < 60; i++) {
		body = xasprintf("زار وفد من المملكة العربية السعودية المعرض رقم %d.", i);
		write_article(dir, n++, "خبر قصير", "2015-08-01", "alyaum", body);
		free(body);
	}
	for (c = 0; c < 3; c++) {
		for (i = 0; i < 2; i++) {
			body = xasprintf("%sبعث خادم الحرمين الشريفين برقية تهنئة لرئيس %s بمناسبة ذكرى استقلال بلاده، "
					 "أعرب فيها باسم شعب وحكومة المملكة العربية السعودية وباسمه عن أصدق التهاني "
					 "وأطيب التمنيات بموفور الصحة والسعادة ولحكومة وشعب %s الشقيق المزيد من التقدم "
					 "والازدهار، كما بعث نائب خادم الحرمين الشريفين برقية تهنئة مماثلة%s.",
					 i ? "الرياض - واس\n" : "", countries[c], countries[c], i ? " للرئيس" : "");
			write_article(dir, n++, countries[c], c == 1 ? "2015-08-03" : "2015-08-02",
				      i ? "alriyadh" : "okaz", body);
			free(body);
		}
	}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM stories", NULL), 3);
	/* Each story: one country's two copies. */
	CHECK_INT(test_q1(st, "SELECT count(*) FROM (SELECT story_id FROM articles WHERE story_id IS NOT NULL"
			 " GROUP BY story_id HAVING count(*) = 2 AND count(DISTINCT title) = 1)", NULL), 3);
	store_close(st);
	free(dir);
}

/*
 * Whether a plan line reads a table of the archive from end to end or
 * through a range of an index: a SCAN of anything but a subquery's rows,
 * or a SEARCH whose constraint ends in a range (col<?, col>?), such as
 * every topic of a class below a count.  Either costs what the archive
 * holds, not what the article brings.
 */
static const char *
keys_walks(const char *line, const char *const *ok_scans)
{
	/* Ranges over few rows: a rare title word's postings (story_posts: written while it is rare), by day. */
	static const char *const ok_ranges[] = { "SEARCH story_posts USING PRIMARY KEY (hash=? AND day", NULL };
	size_t i;

	if (strncmp(line, "SCAN ", 5) == 0) {
		if (strcmp(line, "SCAN CONSTANT ROW") == 0)
			return NULL;
		for (i = 0; ok_scans[i]; i++)
			if (strncmp(line + 5, ok_scans[i], strlen(ok_scans[i])) == 0)
				return NULL;
		return line;
	}
	if (strncmp(line, "SEARCH ", 7) == 0 && (strstr(line, "<?") || strstr(line, ">?"))) {
		for (i = 0; ok_ranges[i]; i++)
			if (strncmp(line, ok_ranges[i], strlen(ok_ranges[i])) == 0)
				return NULL;
		return line;
	}
	return NULL;
}

/*
 * Importing one more article into an archive reads what it needs through
 * keys: no statement the import runs (story candidates, the countries
 * they name, topics, phrases, relations) walks the archive's topics or
 * articles.  The countries' test of a story once went through every place
 * topic of the archive for each candidate (topics by class, then each
 * one's articles): its cost grew with the archive.
 */
TEST(importing_an_article_reads_the_archive_through_keys)
{
	/* Subqueries' rows (materialised CTEs) and the ids of json_each are not the archive. */
	static const char *const ok_scans[] = { "mine", "theirs", "j VIRTUAL TABLE", NULL };
	static const char *const countries[] = { "النيجر", "تشاد", "بوليفيا", "كينيا", "بيرو" };
	struct store *st = test_store("keys");
	char *dir = fresh_dir("keys"), *body;
	struct buf traced;
	const char *p, *e;
	int i, n = 0, plans = 0;

	for (i = 0; i < 5; i++) {
		body = xasprintf("بعث خادم الحرمين الشريفين برقية تهنئة لرئيس %s بمناسبة ذكرى استقلال بلاده، "
				 "أعرب فيها باسم شعب وحكومة المملكة وباسمه عن أصدق التهاني "
				 "وأطيب التمنيات بموفور الصحة والسعادة ولحكومة وشعب %s الشقيق المزيد من التقدم "
				 "والازدهار، وقال الوزير إن العلاقات متينة.", countries[i], countries[i]);
		write_article(dir, n++, countries[i], "2015-08-02", "okaz", body);
		free(body);
	}
	import_dir(st, dir);
	dir = (free(dir), fresh_dir("keys-2"));
	body = xasprintf("الرياض - واس\nبعث خادم الحرمين الشريفين برقية تهنئة لرئيس %s بمناسبة ذكرى استقلال بلاده، "
			 "أعرب فيها باسم شعب وحكومة المملكة وباسمه عن أصدق التهاني "
			 "وأطيب التمنيات بموفور الصحة والسعادة ولحكومة وشعب %s الشقيق المزيد من التقدم "
			 "والازدهار، وقال الوزير إن العلاقات متينة.", countries[0], countries[0]);
	write_article(dir, 99, countries[0], "2015-08-03", "alriyadh", body);
	free(body);
	import_dir_traced(st, dir, &traced);
	/* It joined its original's story, so the candidates and their countries were read. */
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles WHERE story_id IS NOT NULL", NULL), 2);
	for (p = traced.data; (e = strchr(p, '\x1f')) != NULL; p = e + 1) {
		char *sql = xasprintf("EXPLAIN QUERY PLAN %.*s", (int)(e - p), p);
		sqlite3_stmt *s;

		if (strstr(sql, "story_topics") != NULL && strstr(sql, "'place'") != NULL)
			plans++;
		if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) == SQLITE_OK) {
			while (sqlite3_step(s) == SQLITE_ROW) {
				const char *walk = keys_walks((const char *)sqlite3_column_text(s, 3), ok_scans);
				CHECK_MSG(walk == NULL, "%s\n# in %.*s", walk, (int)(e - p), p);
			}
			sqlite3_finalize(s);
		}
		free(sql);
	}
	CHECK(plans > 0);
	buf_free(&traced);
	store_close(st);
	free(dir);
}

/*
 * A text reprinted more often than the candidates an article compares
 * (STORY_COMPARE, those sharing the most bands) still makes one story, and
 * unrelated news on the same day stays out.
 */
TEST(stories_gather_many_reprints)
{
	struct store *st = test_store("stories-many");
	char *dir = fresh_dir("stories-many"), *body;
	int i;

	for (i = 0; i < 45; i++) {
		body = xasprintf("الطائف - واس\n%s، وفق النسخة %d.", wire, i);
		write_article(dir, i, "مستشفى الطائف", "2015-07-21", i % 2 ? "alriyadh" : "was", body);
		free(body);
	}
	body = xasprintf("%s.", other);
	write_article(dir, 45, "الهلال يفوز على النصر", "2015-07-21", "alriyadh", body);
	free(body);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM stories", NULL), 1);
	CHECK_INT(test_q1(st, "SELECT articles FROM stories", NULL), 45);
	CHECK_INT(test_q1(st, "SELECT story_id IS NULL FROM articles WHERE title = ?1", "الهلال يفوز على النصر"), 1);
	store_close(st);
	free(dir);
}

/*
 * A text reprinted word for word is compared with its oldest copy only: no
 * other candidate can be more similar, or as similar and older, so their
 * signatures are not read.  A copy imported into an archive of copies
 * once read all their signatures and those of their near-copies.
 */
TEST(stories_compare_an_exact_reprint_with_its_oldest_copy_only)
{
	struct store *st = test_store("stories-exact");
	char *dir = fresh_dir("stories-exact"), *body;
	struct buf traced;
	const char *p;
	int i, reads = 0;

	body = xasprintf("الطائف - واس\n%s.", wire);
	for (i = 0; i < 12; i++) {
		char source[16];

		snprintf(source, sizeof source, "paper%d", i);
		write_article(dir, i, "مستشفى الطائف", "2015-07-21", source, body);
	}
	/* A near-copy, a day later: shares most bands, never ahead of an exact copy. */
	write_article(dir, 12, "الصحة تفتتح مستشفى الطائف", "2015-07-22", "almadina", wire);
	import_dir(st, dir);
	dir = (free(dir), fresh_dir("stories-exact-2"));
	write_article(dir, 99, "مستشفى الطائف", "2015-07-22", "okaz", body);
	free(body);
	import_dir_traced(st, dir, &traced);
	for (p = traced.data; (p = strstr(p, "FROM story_sigs g")) != NULL; p++)
		reads++;
	CHECK_INT(reads, 1);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM stories", NULL), 1);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles", NULL), 14);
	CHECK_INT(test_q1(st, "SELECT articles FROM stories", NULL), 14);
	buf_free(&traced);
	store_close(st);
	free(dir);
}

/* Does article b follow up article a (their titles), by the follow-up rule of stories? */
static long long
followed(struct store *st, const char *a, const char *b)
{
	char *sql = xasprintf("SELECT count(*) FROM story_leads l JOIN articles x ON x.id = l.follows"
			      " JOIN articles y ON y.id = l.article_id WHERE x.title = ?1 AND y.title = '%s'", b);
	long long n = test_q1(st, sql, a);

	free(sql);
	return n;
}

/* Both articles (their titles) in one story. */
static long long
one_story(struct store *st, const char *a, const char *b)
{
	char *sql = xasprintf("SELECT count(DISTINCT story_id) = 1 AND count(story_id) = 2 FROM articles"
			      " WHERE title IN (?1, '%s')", b);
	long long n = test_q1(st, sql, a);

	free(sql);
	return n;
}

/* Unrelated news of the same days, imported first, so that an event's words are rare in the archive. */
static void
write_other_news(const char *dir, int from)
{
	static const char *const news[] = {
		"فاز فريق الهلال على النصر بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس على ملعب الملك فهد الدولي",
		"افتتح محافظ جدة معرضا للكتاب يشارك فيه ثلاثمائة ناشر من عشرين دولة ويستمر عشرة أيام",
		"أعلنت وزارة التعليم مواعيد بدء العام الدراسي الجديد وتوزيع الكتب على المدارس في المناطق",
		"حذرت الأرصاد من موجة حر تصل فيها درجات الحرارة إلى خمسين درجة في المنطقة الشرقية",
		"وقعت شركة الكهرباء عقدا لإنشاء محطة توليد جديدة بطاقة ألفي ميجاواط في رابغ",
		"ناقش مجلس الشورى تقرير هيئة الطيران المدني عن تأخر الرحلات في المطارات الداخلية",
	};
	size_t i;

	for (i = 0; i < sizeof news / sizeof news[0]; i++)
		write_article(dir, from + (int)i, news[i] + 10, i % 2 ? "2015-07-20" : "2015-07-21", "alyaum", news[i]);
}

/*
 * Copies are found whatever week their days fall in (story_bands are kept
 * by week): a reprint two days later across the end of a week, and an
 * undated reprint, which is compared with the undated and the newest
 * weeks, join the story.
 */
TEST(stories_find_copies_across_a_week_and_undated_copies)
{
	struct store *st = test_store("stories-weeks");
	char *dir = fresh_dir("stories-weeks"), *text, path[1024];

	/* 2015-07-26 is in week 351032 of story_bands (stories_day 2457229 = 7 * 351032 + 5), 07-28 in the next. */
	write_article(dir, 1, "افتتاح مستشفى جديد في الطائف", "2015-07-26", "was", wire);
	write_article(dir, 2, "الصحة تفتتح مستشفى الطائف", "2015-07-28", "aljazirah", wire);
	snprintf(path, sizeof path, "%s/a004.txt", dir);
	text = xasprintf("---\ntitle: مستشفى بثلاثمائة سرير في الطائف\nsource: almadina\n---\n%s\n", wire);
	tap_write(path, text, strlen(text));
	free(text);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT date IS NULL FROM articles WHERE title = ?1", "مستشفى بثلاثمائة سرير في الطائف"), 1);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles WHERE story_id = (SELECT story_id FROM articles WHERE title = ?1)",
			  "افتتاح مستشفى جديد في الطائف"), 3);
	CHECK_INT(one_story(st, "افتتاح مستشفى جديد في الطائف", "الصحة تفتتح مستشفى الطائف"), 1);
	CHECK_INT(test_q1(st, "SELECT story_id = (SELECT story_id FROM articles WHERE title = ?1) FROM articles"
			  " WHERE title = 'مستشفى بثلاثمائة سرير في الطائف'", "افتتاح مستشفى جديد في الطائف"), 1);
	store_close(st);
	free(dir);
}

/*
 * The copy a reading stopped early finds is the one reading every
 * candidate finds, when the two weeks an article looks at hold more
 * candidates of a band than are kept (the newest STORY_BUCKET): its
 * oldest copy, left out of the bands all the variants share, is still
 * the most similar.  The variants, a week apart from it, make another
 * story, which the copy must not join.
 */
TEST(stories_choose_the_oldest_copy_when_a_band_is_cut_across_weeks)
{
	struct store *st = test_store("stories-cut");
	char *dir = fresh_dir("stories-cut"), *body;
	char source[16];
	int i;

	/*
	 * The copy and 7 variants 5 days before it in one week of story_bands
	 * (2015-07-21 to 07-27: stories_day 2457224 = 7 * 351032 to 2457230);
	 * 9 variants 4 to 6 days after it in the next.
	 */
	write_article(dir, 0, "افتتاح مستشفى جديد في الطائف", "2015-07-26", "was", wire);
	for (i = 1; i < 17; i++) {
		body = xasprintf("%s، وفق النسخة %d.", wire, i);
		snprintf(source, sizeof source, "paper%d", i);
		write_article(dir, i, "مستشفى الطائف", i < 8 ? "2015-07-21" : i < 11 ? "2015-07-30" : i < 14 ? "2015-07-31" : "2015-08-01",
			      source, body);
		free(body);
	}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT story_id IS NULL FROM articles WHERE title = ?1", "افتتاح مستشفى جديد في الطائف"), 1);
	dir = (free(dir), fresh_dir("stories-cut-2"));
	write_article(dir, 99, "الصحة تفتتح مستشفى الطائف", "2015-07-29", "okaz", wire);
	import_dir(st, dir);
	CHECK_INT(one_story(st, "افتتاح مستشفى جديد في الطائف", "الصحة تفتتح مستشفى الطائف"), 1);
	store_close(st);
	free(dir);
}

/*
 * A dated article looks at the undated week only when the archive has
 * undated rows, which it asks once a transaction: an undated article
 * stored in the same transaction after a dated one looked (and found
 * none) is still found by its dated copy.
 */
TEST(stories_find_an_undated_copy_stored_in_the_same_batch)
{
	struct store *st = test_store("stories-undated");
	char *dir = fresh_dir("stories-undated"), *text, path[1024];

	write_article(dir, 1, "حريق يلتهم مستودعا للأخشاب في بريدة", "2015-07-27", "alriyadh",
		      "اندلع حريق ضخم فجر اليوم في مستودع للأخشاب بالمنطقة الصناعية في مدينة بريدة، وهرعت فرق "
		      "الدفاع المدني إلى الموقع وتمكنت من السيطرة على النيران بعد ثلاث ساعات من العمل المتواصل، "
		      "ولم تسجل أي إصابات بين العمال، فيما تضررت المستودعات المجاورة بشكل محدود.");
	snprintf(path, sizeof path, "%s/a010.txt", dir);
	text = xasprintf("---\ntitle: مستشفى بثلاثمائة سرير في الطائف\nsource: almadina\n---\n%s\n", wire);
	tap_write(path, text, strlen(text));
	free(text);
	write_article(dir, 11, "الصحة تفتتح مستشفى الطائف", "2015-07-28", "aljazirah", wire);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles WHERE date IS NULL", NULL), 1);
	CHECK_INT(one_story(st, "مستشفى بثلاثمائة سرير في الطائف", "الصحة تفتتح مستشفى الطائف"), 1);
	store_close(st);
	free(dir);
}

/*
 * A follow-up, another text about the same event a day later, joins the
 * event's story; the same event's news five days later does not.
 * Reindex finds the same.
 */
TEST(stories_take_a_follow_up_a_day_later_not_five_days_later)
{
	struct store *st = test_store("stories-follow");
	char *dir = fresh_dir("stories-follow"), *before, *after, *cause = NULL;
	long nfailed = 0;

	write_other_news(dir, 0);
	write_article(dir, 11, "حريق يلتهم مستودعا للأخشاب في بريدة", "2015-07-20", "alriyadh",
		      "اندلع حريق ضخم فجر اليوم في مستودع للأخشاب بالمنطقة الصناعية في مدينة بريدة، وهرعت فرق "
		      "الدفاع المدني إلى الموقع وتمكنت من السيطرة على النيران بعد ثلاث ساعات من العمل المتواصل، "
		      "ولم تسجل أي إصابات بين العمال، فيما تضررت المستودعات المجاورة بشكل محدود.");
	write_article(dir, 12, "تماس كهربائي وراء حريق مستودع الأخشاب في بريدة", "2015-07-21", "okaz",
		      "كشف المتحدث باسم الدفاع المدني بمنطقة القصيم أن التحقيقات الأولية في حريق مستودع الأخشاب "
		      "بالصناعية في بريدة أظهرت أن تماسا كهربائيا تسبب في اندلاع النيران، وأوضح أن لجنة فنية تقدر "
		      "الخسائر التي لحقت بالمستودع، وأن صاحبه سيحاسب على غياب وسائل السلامة.");
	write_article(dir, 13, "لجنة تقدر خسائر حريق مستودع الأخشاب في بريدة", "2015-07-26", "alwatan",
		      "قدرت لجنة فنية شكلها الدفاع المدني بمنطقة القصيم خسائر حريق مستودع الأخشاب بالمنطقة "
		      "الصناعية في بريدة بملايين الريالات، وأكدت أن النيران التي سيطرت عليها الفرق بعد ثلاث ساعات "
		      "أتلفت المستودع كله والمحلات المجاورة له.");
	import_dir(st, dir);
	CHECK_INT(one_story(st, "حريق يلتهم مستودعا للأخشاب في بريدة", "تماس كهربائي وراء حريق مستودع الأخشاب في بريدة"), 1);
	CHECK_INT(followed(st, "حريق يلتهم مستودعا للأخشاب في بريدة", "تماس كهربائي وراء حريق مستودع الأخشاب في بريدة"), 1);
	CHECK_INT(test_q1(st, "SELECT story_id IS NULL FROM articles WHERE title = ?1", "لجنة تقدر خسائر حريق مستودع الأخشاب في بريدة"), 1);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM stories", NULL), 1);
	before = test_rows(st, "SELECT a.id, (SELECT min(id) FROM articles b WHERE b.story_id = a.story_id)"
			       " FROM articles a ORDER BY 1");
	CHECK(app_reindex(st, NULL, NULL, NULL, &nfailed, &cause) == 0);
	after = test_rows(st, "SELECT a.id, (SELECT min(id) FROM articles b WHERE b.story_id = a.story_id)"
			      " FROM articles a ORDER BY 1");
	CHECK_STR(after, before);
	free(before);
	free(after);
	free(cause);
	store_close(st);
	free(dir);
}

/* How many of the articles' kept words (story_leads.terms, see stories.c) are each word: hash, count pairs. */
static size_t
story_word_tally(struct store *st, uint64_t **hashes, int64_t **counts)
{
	sqlite3_stmt *s;
	size_t n = 0, cap = 0, i, k;

	*hashes = NULL;
	*counts = NULL;
	if (sqlite3_prepare_v2(store_db(st), "SELECT terms FROM story_leads", -1, &s, NULL) != SQLITE_OK)
		return 0;
	while (sqlite3_step(s) == SQLITE_ROW) {
		const unsigned char *b = sqlite3_column_blob(s, 0);
		size_t len = (size_t)sqlite3_column_bytes(s, 0), head = 4 + 8 * ((size_t)b[0] + b[1]);
		for (i = head; i + 9 <= len; i += 9) {
			uint64_t h;
			memcpy(&h, b + i, 8);
			for (k = 0; k < n && (*hashes)[k] != h; k++)
				;
			if (k == n) {
				if (n == cap) {
					cap = cap ? cap * 2 : 256;
					*hashes = xrealloc(*hashes, cap * sizeof **hashes);
					*counts = xrealloc(*counts, cap * sizeof **counts);
				}
				(*hashes)[n] = h;
				(*counts)[n++] = 0;
			}
			(*counts)[k]++;
		}
	}
	sqlite3_finalize(s);
	return n;
}

/* How many of the n words tallied (h, their counts c) story_words counts otherwise. */
static int
story_words_wrong(struct store *st, const uint64_t *h, const int64_t *c, size_t n)
{
	size_t i;
	int wrong = 0;

	for (i = 0; i < n; i++) {
		char *q = xasprintf("SELECT df FROM story_words WHERE hash = %lld", (long long)h[i]);
		if (test_q1(st, q, NULL) != c[i])
			wrong++;
		free(q);
	}
	return wrong;
}

/*
 * The words' document frequencies that the follow-up step keeps in memory
 * for a transaction and writes at its commit are those of the articles
 * kept: after an import in many small transactions, and after one article
 * is changed (its old words taken back) and another imported in the same
 * transaction, each word's count is the number of articles that have it.
 */
TEST(story_word_counts_are_those_of_the_articles_kept)
{
	struct store *st = test_store("stories-counts");
	char *dir = fresh_dir("stories-counts"), *cause = NULL;
	const char *paths[1] = { dir };
	struct import_opts o;
	struct import_stats stats;
	uint64_t *h;
	int64_t *c;
	size_t n;
	int wrong = 0;

	write_other_news(dir, 0);
	write_article(dir, 11, "حريق يلتهم مستودعا للأخشاب في بريدة", "2015-07-20", "alriyadh",
		      "اندلع حريق ضخم فجر اليوم في مستودع للأخشاب بالمنطقة الصناعية في مدينة بريدة.");
	/* Numbers only: no word to count (and nothing for the sanitizers to trip on). */
	write_article(dir, 14, "2015", "2015-07-20", "alriyadh", "100 200 300 4.5");
	app_import_opts(&o);
	o.batch = 3;
	CHECK(import_paths(st, paths, 1, &o, &stats, &cause) == 0);
	write_article(dir, 11, "حريق يلتهم مستودعا للأخشاب في بريدة", "2015-07-20", "alriyadh",
		      "اندلع حريق محدود مساء اليوم في مستودع للأخشاب بالمنطقة الصناعية في مدينة عنيزة.");
	write_article(dir, 12, "تماس كهربائي وراء حريق مستودع الأخشاب", "2015-07-21", "okaz",
		      "أظهرت التحقيقات في حريق مستودع الأخشاب أن تماسا كهربائيا تسبب في اندلاع النيران.");
	o.batch = 1000;
	CHECK(import_paths(st, paths, 1, &o, &stats, &cause) == 0);
	CHECK(stats.updated == 1 && stats.imported == 1);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles WHERE title = '2015'", NULL), 1);
	n = story_word_tally(st, &h, &c);
	CHECK(n > 20);
	/* A word no article has any more stays at 0. */
	CHECK_INT(test_q1(st, "SELECT count(*) FROM story_words WHERE hash != 0 AND df > 0", NULL), (long long)n);
	CHECK_INT(test_q1(st, "SELECT df FROM story_words WHERE hash = 0", NULL),
		  test_q1(st, "SELECT count(*) FROM story_leads", NULL));
	wrong = story_words_wrong(st, h, c, n);
	CHECK_MSG(wrong == 0, "%d of %zu words counted wrong", wrong, n);
	free(h);
	free(c);
	free(cause);
	store_close(st);
	free(dir);
}

/*
 * The word counts read stay in memory from one transaction to the next:
 * another connection that writes in between (here a second store on the
 * same archive, as a second khabar process would) must not be counted over.
 */
TEST(story_word_counts_hold_when_another_connection_writes)
{
	struct store *st = test_store("stories-two"), *st2 = NULL;
	char *dir = fresh_dir("stories-two"), *dir2 = fresh_dir("stories-two-b"), *cause = NULL;
	const char *paths[1] = { dir }, *paths2[1] = { dir2 };
	struct import_opts o;
	struct import_stats stats;
	uint64_t *h;
	int64_t *c;
	size_t n;
	int wrong = 0;

	write_article(dir, 1, "حريق يلتهم مستودعا للأخشاب في بريدة", "2015-07-20", "alriyadh",
		      "اندلع حريق ضخم فجر اليوم في مستودع للأخشاب بالمنطقة الصناعية في مدينة بريدة.");
	app_import_opts(&o);
	o.batch = 1;
	CHECK(import_paths(st, paths, 1, &o, &stats, &cause) == 0);
	CHECK(store_open(store_path(st), &st2, &cause) == 0);
	write_article(dir2, 2, "تماس كهربائي وراء حريق مستودع الأخشاب", "2015-07-21", "okaz",
		      "أظهرت التحقيقات في حريق مستودع الأخشاب أن تماسا كهربائيا تسبب في اندلاع النيران.");
	CHECK(import_paths(st2, paths2, 1, &o, &stats, &cause) == 0);
	CHECK(stats.imported == 1);
	store_close(st2);
	write_article(dir, 3, "إخماد حريق مستودع الأخشاب في بريدة", "2015-07-21", "alyaum",
		      "تمكنت فرق الدفاع المدني من إخماد حريق مستودع الأخشاب في مدينة بريدة بعد ساعات.");
	CHECK(import_paths(st, paths, 1, &o, &stats, &cause) == 0);
	CHECK(stats.imported == 1);
	n = story_word_tally(st, &h, &c);
	CHECK(n > 10);
	CHECK_INT(test_q1(st, "SELECT df FROM story_words WHERE hash = 0", NULL), 3);
	wrong = story_words_wrong(st, h, c, n);
	CHECK_MSG(wrong == 0, "%d of %zu words counted wrong", wrong, n);
	free(h);
	free(c);
	free(cause);
	store_close(st);
	free(dir);
	free(dir2);
}

static long long
file_size(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 ? (long long)sb.st_size : 0;
}

/*
 * With checkpoints on their own thread the commits leave the WAL to it:
 * the archive file takes the pages while the import goes on, and the WAL
 * starts over instead of holding every transaction (which it would here
 * without the thread: the commits checkpoint at STORE_WAL_AUTO pages).
 */
TEST(checkpoints_on_a_thread_copy_the_wal_as_the_import_goes)
{
	struct store *st = test_store("checkpoints"), *st2 = NULL;
	char *dir = fresh_dir("checkpoints"), *cause = NULL, *wal;
	const char *paths[1] = { dir };
	struct import_opts o;
	struct import_stats stats;
	long long db, log;
	int i;

	for (i = 0; i < 40; i++) {
		char *title = xasprintf("اجتماع رقم %d لمجلس الشورى في الرياض", i + 1);
		char *body = xasprintf("عقد مجلس الشورى اجتماعه رقم %d في الرياض، وقال رئيس المجلس إن "
				       "المجلس ناقش تقارير الوزارات وأقر %d توصية.", i + 1, i + 3);
		write_article(dir, i, title, "2015-07-20", "spa", body);
		free(title);
		free(body);
	}
	CHECK_INT(store_checkpoints_start(st, 16, &cause), 1);
	CHECK_INT(store_checkpoints_start(st, 16, &cause), 0); /* running already */
	app_import_opts(&o);
	o.jobs = 2;
	o.batch = 2;
	CHECK(import_paths(st, paths, 1, &o, &stats, &cause) == 0);
	CHECK_INT(stats.imported, 40);
	wal = xasprintf("%s-wal", store_path(st));
	db = file_size(store_path(st));
	log = file_size(wal);
	CHECK_MSG(db > 10 * 4096, "archive %lld bytes", db);
	/* Another connection reads all of it. */
	CHECK(store_open(store_path(st), &st2, &cause) == 0);
	CHECK_INT(test_q1(st2, "SELECT count(*) FROM articles", NULL), 40);
	store_close(st2);
	store_checkpoints_stop(st);
	store_checkpoints_stop(st); /* stopped already: nothing */
	/* The same import, one worker (no thread): the WAL holds it all. */
	st2 = test_store("checkpoints-none");
	o.jobs = 1;
	CHECK(import_paths(st2, paths, 1, &o, &stats, &cause) == 0);
	CHECK_INT(stats.imported, 40);
	free(wal);
	wal = xasprintf("%s-wal", store_path(st2));
	CHECK_MSG(file_size(store_path(st2)) < db && file_size(wal) > log,
		  "without the thread: archive %lld, WAL %lld bytes; with it: %lld, %lld",
		  file_size(store_path(st2)), file_size(wal), db, log);
	store_close(st2);
	free(wal);
	free(cause);
	store_close(st);
	free(dir);
}

/*
 * Extraction writes an article's date only when it changes it: an UPDATE
 * writes the whole row again, text and all.  Of two articles with only a
 * crawl date (SaudiNewsNet's date_extracted), the one whose text states no
 * date keeps the row it was stored with; the one that states its date is
 * updated.
 */
TEST(an_article_keeps_its_row_when_its_date_does_not_change)
{
	struct store *st = test_store("date-rows");
	char *dir = fresh_dir("date-rows"), *path = xasprintf("%s/day.json", dir);
	static const char json[] =
		"[{\"title\": \"افتتاح معرض الكتاب\", \"date_extracted\": \"2015-07-21 10:00:00\","
		"  \"source\": \"okaz\", \"url\": \"http://x/1\","
		"  \"content\": \"افتتح أمير المنطقة معرض الكتاب في مركز المعارض بحضور عدد من الناشرين.\"},"
		" {\"title\": \"مؤتمر الطاقة\", \"date_extracted\": \"2015-08-11 10:00:00\","
		"  \"source\": \"was\", \"url\": \"http://x/2\","
		"  \"content\": \"مكة المكرمة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\\n"
		"عقد مؤتمر الطاقة جلسته الأولى بحضور خبراء من عدة دول.\"}]";

	tap_write(path, json, strlen(json));
	CHECK(sqlite3_exec(store_db(st), "CREATE TEMP TABLE rewritten(id INTEGER);"
			   "CREATE TEMP TRIGGER rewrites AFTER UPDATE ON articles BEGIN"
			   " INSERT INTO rewritten VALUES (new.id); END;", NULL, NULL, NULL) == SQLITE_OK);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles", NULL), 2);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles WHERE url = 'http://x/1' AND date = '2015-07-21'"
			 " AND date_origin = 'reference'", NULL), 1);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM articles WHERE url = 'http://x/2' AND date = '2015-08-10'"
			 " AND date_origin = 'text'", NULL), 1);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM rewritten r JOIN articles a ON a.id = r.id"
			 " WHERE a.url = 'http://x/1'", NULL), 0);
	CHECK(test_q1(st, "SELECT count(*) FROM rewritten r JOIN articles a ON a.id = r.id"
		     " WHERE a.url = 'http://x/2'", NULL) >= 1);
	store_close(st);
	free(path);
	free(dir);
}

/*
 * Two daily reports of the oil price, written differently, with other
 * numbers in their titles are two events; a comment the next day on the
 * first day's price (its number) follows it up.
 */
TEST(stories_keep_daily_oil_prices_with_other_numbers_apart)
{
	struct store *st = test_store("stories-oil");
	char *dir = fresh_dir("stories-oil");

	write_other_news(dir, 0);
	write_article(dir, 11, "برنت يغلق عند 48 دولارا للبرميل", "2015-08-01", "alriyadh",
		      "أغلق خام برنت القياسي في تعاملات أمس عند 48 دولارا للبرميل متأثرا بزيادة المخزونات "
		      "الأمريكية وتباطؤ الطلب في آسيا، وقال محللون في أسواق الطاقة إن الأسعار تبقى تحت الضغط "
		      "مع زيادة إنتاج أوبك.");
	write_article(dir, 12, "برنت يغلق عند 46 دولارا للبرميل", "2015-08-02", "alriyadh",
		      "أنهى خام برنت القياسي تداولات أمس عند 46 دولارا للبرميل مع استمرار زيادة المخزونات "
		      "الأمريكية وضعف الطلب في آسيا، ويرى محللون في أسواق الطاقة أن إنتاج أوبك المرتفع يبقي "
		      "الأسعار تحت الضغط.");
	write_article(dir, 13, "محللون: إغلاق برنت عند 48 دولارا للبرميل يعكس تخمة المعروض", "2015-08-02", "okaz",
		      "يرى محللون في أسواق الطاقة أن إغلاق خام برنت القياسي عند 48 دولارا للبرميل يعكس تخمة "
		      "المعروض، فإنتاج أوبك يزيد والمخزونات الأمريكية ترتفع بينما يتباطأ الطلب في آسيا.");
	import_dir(st, dir);
	CHECK_INT(one_story(st, "برنت يغلق عند 48 دولارا للبرميل", "برنت يغلق عند 46 دولارا للبرميل"), 0);
	CHECK_INT(test_q1(st, "SELECT story_id IS NULL FROM articles WHERE title = ?1", "برنت يغلق عند 46 دولارا للبرميل"), 1);
	CHECK_INT(followed(st, "برنت يغلق عند 48 دولارا للبرميل", "محللون: إغلاق برنت عند 48 دولارا للبرميل يعكس تخمة المعروض"), 1);
	store_close(st);
	free(dir);
}

/*
 * A title word in more than FOLLOW_RARE articles (الطقس) makes no two
 * articles candidates, however alike their leads; a rare one (غبار, said
 * of one day's weather) does.
 */
TEST(stories_join_no_follow_up_by_a_common_title_word)
{
	struct store *st = test_store("stories-common");
	char *dir = fresh_dir("stories-common"), *body;
	static const char lead[] = "توقعت الأرصاد هبوب رياح مثيرة للغبار والأتربة على الرياض والقصيم وحائل.";
	int i;

	for (i = 0; i < 61; i++) {
		body = xasprintf("نشرة رقم %d.", i);
		write_article(dir, i, "نشرة الطقس", "2015-06-01", "alyaum", body);
		free(body);
	}
	write_article(dir, 101, "الطقس: غبار على الرياض", "2015-07-20", "alriyadh", lead);
	write_article(dir, 102, "الطقس غدا", "2015-07-21", "okaz", lead);
	write_article(dir, 103, "غبار على الرياض", "2015-07-21", "alwatan", lead);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT story_id IS NULL FROM articles WHERE title = ?1", "الطقس غدا"), 1);
	CHECK_INT(one_story(st, "الطقس: غبار على الرياض", "غبار على الرياض"), 1);
	CHECK_INT(followed(st, "الطقس: غبار على الرياض", "غبار على الرياض"), 1);
	store_close(st);
	free(dir);
}

/* story_topics (kept by triggers) equals what counting over the archive gives. */
static bool
story_topics_agree(struct store *st, const char *when)
{
	char *kept = test_rows(st, "SELECT story_id, topic_id, n, last FROM story_topics ORDER BY 1, 2");
	char *real = test_rows(st, "SELECT a.story_id, x.topic_id, count(*), s.last FROM article_topics x"
				 " JOIN articles a ON a.id = x.article_id JOIN stories s ON s.id = a.story_id"
				 " GROUP BY 1, 2 ORDER BY 1, 2");
	bool ok = strcmp(kept, real) == 0;

	if (!ok)
		printf("# %s: kept %s\n#   counted %s\n", when, kept, real);
	free(kept);
	free(real);
	return ok;
}

static int
story_first_date(void *ctx, const struct store_story *x)
{
	buf_printf(ctx, "%s:%lld;", x->last ? x->last : "-", (long long)x->articles);
	return 0;
}

/* A topic's stories (as the topic view lists them: newest first), as "last:articles;...". */
static char *
topic_stories(struct store *st, const char *topic)
{
	struct store_story_filter f = { .topic = topic, .limit = 100, .brief = true };
	char *cause = NULL;
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	if (store_list_stories(st, &f, story_first_date, &b, &cause) != 0)
		buf_printf(&b, "ERROR %s", cause);
	free(cause);
	return buf_detach(&b);
}

/*
 * A topic's stories, newest first, come from story_topics, which follows
 * every way an article enters or leaves a story or a topic: import, a copy
 * rewritten into other news (its story dissolves), deletion, reindex.
 */
TEST(topic_stories_follow_import_change_deletion_and_reindex)
{
	struct store *st = test_store("topic-stories");
	char *dir = fresh_dir("topic-stories"), *body, *got, *cause = NULL;
	static const char *const texts[] = {
		"افتتحت أمانة المنطقة اليوم حديقة الحيوان الجديدة على مساحة خمسين ألف متر مربع، وتضم حديقة الحيوان "
		"أكثر من مئتي نوع من الطيور والزواحف والثدييات، وقال مدير المشروع إن العمل استمر عامين كاملين "
		"بتكلفة بلغت عشرات الملايين وإن الزيارة ستكون مجانية للأطفال في الأسبوع الأول",
		"نقلت إدارة حديقة الحيوان زرافتين وفيلا من الهند بعد رحلة بحرية طويلة، وأكد الأطباء البيطريون أن "
		"الحيوانات في صحة جيدة وستبقى في الحجر شهرا قبل عرضها على زوار حديقة الحيوان، وقد بنيت لها "
		"حظائر واسعة مكيفة تناسب حرارة الصيف",
		"أغلقت حديقة الحيوان أبوابها ثلاثة أيام للصيانة بعد الأمطار الغزيرة التي أغرقت الممرات والبحيرة "
		"الصغيرة، وأعلنت البلدية أن فرق الطوارئ تعمل ليلا ونهارا لإصلاح الأضرار وأن حديقة الحيوان ستفتح "
		"من جديد يوم السبت المقبل بعد تعقيم الأقفاص",
		"ولد في حديقة الحيوان شبل أسد أبيض نادر للمرة الأولى في المنطقة، ويحظى الشبل برعاية خاصة من فريق "
		"طبي يراقب وزنه وغذاءه على مدار الساعة، ودعت حديقة الحيوان الجمهور إلى اختيار اسم له عبر مسابقة "
		"تنتهي آخر الشهر وتمنح الفائز تذاكر سنوية",
	};
	static const char *const days[][2] = { { "2015-03-01", "2015-03-02" }, { "2015-05-10", "2015-05-11" },
					       { "2015-04-20", "2015-04-21" }, { "2015-02-01", "2015-02-03" } };
	long nfailed = 0;
	int i, j;

	for (i = 0; i < 4; i++)
		for (j = 0; j < 2; j++) {
			body = xasprintf(j ? "الرياض - واس\n%s." : "%s.", texts[i]);
			write_article(dir, 2 * i + j, j ? "خبر الوكالة" : "خبر", days[i][j], j ? "alriyadh" : "was", body);
			free(body);
		}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM stories WHERE articles = 2", NULL), 4);
	CHECK(story_topics_agree(st, "after import"));
	got = topic_stories(st, "حديقة الحيوان");
	CHECK_STR(got, "2015-05-11:2;2015-04-21:2;2015-03-02:2;2015-02-03:2;"); /* by their last article's date */
	free(got);
	/* The newest story's copy rewritten into other news: that story is no more. */
	write_article(dir, 3, "خبر آخر", "2015-05-11", "alriyadh",
		      "فاز فريق الهلال على النصر بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس على ملعب الملك فهد "
		      "الدولي، وسجل المهاجم الهدف الأول في الدقيقة العاشرة قبل أن يعادل الضيوف النتيجة.");
	import_dir(st, dir);
	CHECK(story_topics_agree(st, "after a copy changed"));
	got = topic_stories(st, "حديقة الحيوان");
	CHECK_STR(got, "2015-04-21:2;2015-03-02:2;2015-02-03:2;");
	free(got);
	/* One article of the oldest story deleted: a story of one article is no story. */
	CHECK(store_delete_article(st, test_q1(st, "SELECT max(id) FROM articles WHERE date = '2015-02-03'", NULL), &cause) == 0);
	CHECK(story_topics_agree(st, "after a deletion"));
	got = topic_stories(st, "حديقة الحيوان");
	CHECK_STR(got, "2015-04-21:2;2015-03-02:2;");
	CHECK_INT(test_q1(st, "SELECT count(*) FROM stories", NULL), 2);
	free(got);
	CHECK(app_reindex(st, NULL, NULL, NULL, &nfailed, &cause) == 0);
	CHECK(story_topics_agree(st, "after reindex"));
	got = topic_stories(st, "حديقة الحيوان");
	CHECK_STR(got, "2015-04-21:2;2015-03-02:2;");
	free(got);
	free(cause);
	store_close(st);
	free(dir);
}

/* A topic first seen with a clitic (للمسجد الحرام) is named without it. */
TEST(phrase_topics_are_named_without_a_clitic)
{
	struct store *st = test_store("topics-name");
	char *dir = fresh_dir("name"), *body;
	int i;

	for (i = 0; i < 6; i++) {
		body = xasprintf("توافد المصلون للمسجد الحرام منذ الفجر، وامتلأت الساحات المحيطة للمسجد الحرام. خبر رقم %d.", i);
		write_article(dir, i, "صلاة", "2015-07-17", "wire", body);
		free(body);
	}
	import_dir(st, dir);
	/* A place (مسجد is a head of places): an entity topic named like a phrase topic. */
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'entity' AND class = 'place' AND name = ?1",
		     "المسجد الحرام"), 6);
	store_close(st);
	free(dir);
}

/*
 * A phrase the press writes mostly after و (سرعة الرياح وارتفاع الموج,
 * الحوثيين وقوات صالح) is the topic without it, named as written, when
 * the archive knows the rest as a stem: it starts phrases bare and with the
 * article (ارتفاع, الارتفاع) or with other clitics (قوات, لقوات, بقوات).
 * A word that has ال of its own (بطاقة: البطاقة) keeps its first letter
 * though طاقة is a noun too, and so does a name whose rest is only ever
 * bare (واين روني: اين).
 */
TEST(phrase_topics_drop_a_conjunction_or_preposition_on_a_stem)
{
	struct store *st = test_store("topics-clitic");
	char *dir = fresh_dir("clitic"), *body;
	int i;

	for (i = 0; i < 7; i++) {
		body = xasprintf("توقعت الأرصاد رياحا نشطة وارتفاع الموج في البحر الأحمر، ثم هدوء الرياح وارتفاع الموج مساء. "
				 "وتواصل القتال بين الحوثيين وقوات صالح في تعز، وهاجمت المقاومة الشعبية وقوات صالح الأحياء. "
				 "وتجدد المواطنون بطاقة الأحوال من المكتب، وتصدر بطاقة الأحوال خلال يوم. "
				 "وسجل واين روني هدفا، واحتفل واين روني مع الجمهور رقم %d.", i);
		write_article(dir, i, "الطقس", "2015-07-17", "wire", body);
		free(body);
	}
	/* ارتفاع, الارتفاع, قوات, لقوات, بقوات, البطاقة, طاقة, الطاقة and اين start phrases of their own. */
	for (i = 0; i < 2; i++) {
		body = xasprintf("شهدت السوق ارتفاع الأسعار، واستمر ارتفاع الأسعار. وكان الارتفاع القياسي مفاجئا، وتبع الارتفاع "
				 "القياسي انخفاض. وتقدمت قوات التحالف، وتمركزت قوات التحالف. وتصدت لقوات الاحتلال ثم تصدت لقوات "
				 "الاحتلال وأحاطت بقوات الاحتلال ثم بقوات الاحتلال. وصدرت البطاقة الذكية، وتعمل البطاقة الذكية. "
				 "وتنتج الطاقة الشمسية وتنمو الطاقة الشمسية مع طاقة الرياح وتتراجع طاقة الرياح. اين المشكلة؟ "
				 "اين المشكلة يا ترى رقم %d.", i);
		write_article(dir, 100 + i, "السوق", "2015-07-16", "wire", body);
		free(body);
	}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'phrase' AND name = ?1", "ارتفاع الموج"), 7);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'entity' AND class = 'org' AND name = ?1", "قوات صالح"), 7);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE khabar_fold(name) IN ('وارتفاع الموج', 'وقوات صالح')", NULL), 0);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'phrase' AND name = ?1", "بطاقة الأحوال"), 7);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE khabar_fold(name) = khabar_fold(?1)", "طاقة الأحوال"), 0);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE name = ?1", "واين روني"), 7);
	store_close(st);
	free(dir);
}

/*
 * A first word written with لل is ل + ال + a word (للمسجد), ل + ال + a word
 * starting with ل (للجنة الأولمبية: اللجنة) or ل + a word starting with ل
 * (للجنة الاحتراف: لجنة): the reading the archive has in more articles wins.
 */
TEST(phrase_topics_read_a_double_lam_as_the_archive_does)
{
	struct store *st = test_store("topics-lam");
	char *dir = fresh_dir("lam"), *body;
	int i;

	for (i = 0; i < 6; i++) {
		body = xasprintf("قررت لجنة الاحتراف إيقاف اللاعب، وأعلنت لجنة الاحتراف العقوبة. واجتمعت اللجنة الأولمبية "
				 "في الرياض، وأقرت اللجنة الأولمبية الخطة رقم %d.", i);
		write_article(dir, i, "الرياضة", "2015-07-17", "wire", body);
		free(body);
	}
	for (i = 0; i < 5; i++) {
		body = xasprintf("قدم النادي شكوى للجنة الاحتراف ثم عاد إلى للجنة الاحتراف مرة أخرى. وأرسل خطابا للجنة "
				 "الأولمبية، ثم كتب للجنة الأولمبية ثانية رقم %d.", i);
		write_article(dir, 100 + i, "النادي", "2015-07-18", "wire", body);
		free(body);
	}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE name = ?1", "لجنة الاحتراف"), 11);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE name = ?1", "اللجنة الأولمبية"), 11);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE khabar_fold(name) LIKE 'الجنه%'", NULL), 0);
	store_close(st);
	free(dir);
}

/*
 * A name with no given name extraction knows (هيلاري كلينتون) is a
 * person's entity topic when that person speaks in the archive; a place
 * that never speaks (لوس أنجلوس) stays a phrase.
 */
TEST(phrase_topics_named_after_a_speaking_foreigner_are_people)
{
	struct store *st = test_store("topics-spoken");
	char *dir = fresh_dir("spoken"), *body;
	int i;

	for (i = 0; i < 6; i++) {
		body = xasprintf("زارت هيلاري كلينتون مدينة لوس أنجلوس أمس. وقالت هيلاري كلينتون إن \"الحملة الانتخابية "
				 "تمضي بخطى ثابتة نحو الفوز في الولايات\". وتستضيف لوس أنجلوس المؤتمر رقم %d. "
				 "وكرم المدير طالب وطالبة في الحفل، وشكر طالب وطالبة المعلمين.", i);
		write_article(dir, i, "الانتخابات", "2015-07-17", "wire", body);
		free(body);
	}
	/* A speaker found by mistake (a pair of nouns taken for a name) in earlier articles. */
	CHECK(sqlite3_exec(store_db(st), "INSERT INTO speakers(id, name, folded, kind) VALUES (900, 'طالب وطالبة', 'طالب وطالبه', 'person');"
			   " INSERT INTO speaker_counts VALUES (900, 9, 9)", NULL, NULL, NULL) == SQLITE_OK);
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM statements x JOIN speakers p ON p.id = x.speaker_id"
			 " WHERE p.name = ?1", "هيلاري كلينتون"), 6);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'entity' AND class = 'person' AND name = ?1",
			 "هيلاري كلينتون"), 6);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'phrase' AND name = ?1", "لوس أنجلوس"), 6);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE kind = 'entity' AND name = ?1", "طالب وطالبة"), 0);
	store_close(st);
	free(dir);
}

/* A statement that contains a phrase topic has that topic (statements --topic, related statements). */
TEST(statements_get_the_phrase_topics_they_contain)
{
	struct store *st = test_store("topics-statements");
	char *dir = fresh_dir("statements"), *body;
	int i;

	for (i = 0; i < 6; i++) {
		body = xasprintf("وقال أحمد الخطيب إن \"أسعار النفط تتراجع بسبب زيادة المعروض في الأسواق العالمية\". "
				 "وتراجعت أسعار النفط في التعاملات رقم %d.", i);
		write_article(dir, i, "النفط", "2015-07-17", "wire", body);
		free(body);
	}
	import_dir(st, dir);
	CHECK(test_q1(st, "SELECT count(*) FROM statement_topics y JOIN topics t ON t.id = y.topic_id"
		     " WHERE t.name = ?1 AND t.kind = 'phrase'", "أسعار النفط") >= 6);
	store_close(st);
	free(dir);
}

/*
 * A phrase that becomes a topic reaches the articles stored before it did,
 * however far apart their ids (article_phrases is indexed by spans of
 * 4,096 ids: articles 1 and 2, 5001 and 5002, 9001 and 9002 are in three).
 */
TEST(phrase_topics_reach_articles_stored_far_apart)
{
	struct store *st = test_store("topics-spans");
	static const int gap[3] = { 0, 5000, 9000 };
	char *body, name[32];
	int i, j;

	for (i = 0; i < 3; i++) {
		char *dir;

		if (gap[i] != 0) {
			char *sql = xasprintf("INSERT INTO articles(id, content, content_hash) VALUES (%d, 'x', 'gap%d')",
					      gap[i], i);
			CHECK(sqlite3_exec(store_db(st), sql, NULL, NULL, NULL) == SQLITE_OK);
			free(sql);
		}
		snprintf(name, sizeof name, "spans%d", i);
		dir = fresh_dir(name);
		for (j = 0; j < 2; j++) {
			body = xasprintf("وقال أحمد الخطيب إن \"أسعار النفط تتراجع بسبب زيادة المعروض في الأسواق العالمية\". "
					 "وتراجعت أسعار النفط في التعاملات رقم %d.", 2 * i + j);
			write_article(dir, j, "النفط", "2015-07-17", "wire", body);
			free(body);
		}
		import_dir(st, dir);
		free(dir);
	}
	CHECK_INT(test_q1(st, "SELECT max(id) FROM articles", NULL), gap[2] + 2);
	CHECK_INT(test_q1(st, "SELECT count(DISTINCT x.article_id / 4096) FROM article_topics x JOIN topics t ON t.id = x.topic_id"
			      " WHERE t.name = ?1 AND t.kind = 'phrase'", "أسعار النفط"), 3);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE name = ?1 AND kind = 'phrase'", "أسعار النفط"), 6);
	CHECK_INT(test_q1(st, "SELECT count(DISTINCT s.article_id) FROM statement_topics y JOIN statements s ON s.id = y.statement_id"
			      " JOIN topics t ON t.id = y.topic_id WHERE t.name = ?1 AND t.kind = 'phrase'", "أسعار النفط"), 6);
	store_close(st);
}

/* A speaker named in an article is an entity topic; a lone common noun (الشركة) is not. */
TEST(entity_topics_are_named_speakers)
{
	struct store *st = test_store("entities");
	char *dir = fresh_dir("entities");

	write_article(dir, 1, "تصريح", "2015-07-20", "was",
		      "قال عادل الجبير إن المملكة تدعم الحل السياسي في اليمن. وقالت الشركة إن الأرباح ارتفعت هذا العام.");
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE kind = 'entity' AND name = ?1", "عادل الجبير"), 1);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE kind = 'entity' AND name = ?1", "الشركة"), 0);
	store_close(st);
	free(dir);
}

/* The class of a phrase as written (folded first, as phrase keys are). */
static const char *
ent_class_of(const struct xlex *lx, const char *phrase)
{
	char *f = text_fold(phrase, strlen(phrase));
	const char *c = xent_name(xents_class(lx->ents, f));

	free(f);
	return c ? c : "-";
}

static bool
ent_fragment(const struct xlex *lx, const char *phrase)
{
	char *f = text_fold(phrase, strlen(phrase));
	bool b = xents_fragment(lx->ents, f);

	free(f);
	return b;
}

/* Heads, titles, listed names and ICU's country names give a phrase its class. */
TEST(entity_classes_come_from_heads_titles_and_countries)
{
	struct extractor *x = test_extractor();
	const struct xlex *lx = extractor_lexicon(x);

	CHECK(lx->ents != NULL);
	CHECK_STR(ent_class_of(lx, "وزارة الداخلية"), "org");
	CHECK_STR(ent_class_of(lx, "الوزارة الجديدة"), "org");        /* the head with its article */
	CHECK_STR(ent_class_of(lx, "منطقة عسير"), "place");
	CHECK_STR(ent_class_of(lx, "المدينة المنورة"), "place");
	CHECK_STR(ent_class_of(lx, "الملك سلمان"), "person");
	CHECK_STR(ent_class_of(lx, "الرئيس الأمريكي"), "-");          /* a title before an adjective */
	CHECK_STR(ent_class_of(lx, "الرئيس المخلوع"), "-");           /* a title and a description */
	CHECK_STR(ent_class_of(lx, "أمير منطقة"), "-");               /* أمير without ال: a post */
	CHECK_STR(ent_class_of(lx, "وزير الخارجية"), "-");
	CHECK_STR(ent_class_of(lx, "كرة القدم"), "-");
	CHECK_STR(ent_class_of(lx, "الولايات المتحدة"), "place");     /* ICU */
	CHECK_STR(ent_class_of(lx, "كوريا الجنوبية"), "place");       /* ICU */
	CHECK_STR(ent_class_of(lx, "الولايات المتحدة الأمريكية"), "-"); /* a whole form only */
	CHECK_STR(ent_class_of(lx, "الهلال الأحمر"), "org");          /* a listed name */
	CHECK(ent_fragment(lx, "مركز الملك"));
	CHECK(ent_fragment(lx, "رئيس مجلس"));
	CHECK(ent_fragment(lx, "الوزراء وزير"));
	CHECK(ent_fragment(lx, "إدارة نادي"));
	CHECK(ent_fragment(lx, "الاتحاد السعودي لكرة"));
	CHECK(!ent_fragment(lx, "اللجنة المحلية للانتخابات"));
	CHECK(!ent_fragment(lx, "وزارة الداخلية"));
	CHECK(!ent_fragment(lx, "ولي العهد"));
	CHECK(!ent_fragment(lx, "عيد"));
	extractor_free(x);
}

TEST(entities_file_errors_name_the_line)
{
	struct xents *e = NULL;
	char *cause = NULL;

	/* An empty file (found by fuzz-lexicon: qsort of no skips): ICU's countries alone. */
	CHECK(xents_new("", &e, &cause) == 0 && e != NULL && xents_country_of(e, "اليابان") >= 0);
	xents_free(e);
	e = NULL;
	CHECK(xents_new("# c\nhead\torg\tوزارة\nhead\tcity\tمدينة\n", &e, &cause) != 0);
	CHECK_MSG(cause && strstr(cause, "entities.tsv: line 3") && strstr(cause, "city"), "%s", cause);
	free(cause);
	cause = NULL;
	CHECK(xents_new("alias\tXX\tبلاد\n", &e, &cause) != 0);
	CHECK_MSG(cause && strstr(cause, "line 1") && strstr(cause, "XX"), "%s", cause);
	free(cause);
	cause = NULL;
	CHECK(xents_new("head\torg\tوزارة الصحة\n", &e, &cause) != 0);
	CHECK_MSG(cause && strstr(cause, "one word"), "%s", cause);
	free(cause);
	CHECK(e == NULL);
}

/* The countries of a text (names joined by |). */
static char *
places_of(const struct xlex *lx, const char *text)
{
	struct xtoks t;
	struct buf b;
	int *v;
	size_t n, i;

	xtoks_split(&t, text, strlen(text));
	extract_places(lx->ents, &t, &v, &n);
	buf_init(&b);
	buf_add(&b, "", 0);
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i ? "|" : "", xents_country(lx->ents, v[i]));
	free(v);
	xtoks_free(&t);
	return buf_detach(&b);
}

/* A country the article is about: named twice, or once in its first words; with clitics; not مالي "financial". */
TEST(places_are_the_countries_an_article_is_about)
{
	struct extractor *x = test_extractor();
	const struct xlex *lx = extractor_lexicon(x);
	struct buf filler;
	char *t, *text;
	int i;

	buf_init(&filler);
	for (i = 0; i < 12; i++)
		buf_printf(&filler, "وتحدث المسؤولون عن الطقس والمشاريع الجديدة في الأحياء رقم %d. ", i);
	text = xasprintf("%sوزار الوفد فرنسا الأسبوع الماضي.", filler.data);
	t = places_of(lx, text);
	CHECK_STR(t, "");                     /* once, far from the top */
	free(t);
	free(text);
	text = xasprintf("%sوزار الوفد فرنسا، ثم عاد من فرنسا.", filler.data);
	t = places_of(lx, text);
	CHECK_STR(t, "فرنسا");
	free(t);
	free(text);
	t = places_of(lx, "وصل الوزير إلى ألمانيا في زيارة رسمية.");
	CHECK_STR(t, "ألمانيا");              /* in the lead */
	free(t);
	t = places_of(lx, "التقى بالسعودية وفدا للولايات المتحدة.");
	CHECK_STR(t, "المملكة العربية السعودية|الولايات المتحدة"); /* in ISO code order */
	free(t);
	t = places_of(lx, "قدمت الهيئة الدعم المالي والفني، وزاد الدعم المالي هذا العام.");
	CHECK_STR(t, "");
	free(t);
	buf_free(&filler);
	extractor_free(x);
}

/*
 * A nisba names its country as the name does: ال + stem + ي or ية where
 * the stem (with ا, يا or ة) is a country's one-word form; a country named
 * by its name is not counted twice; an adjective of no country is none.
 */
TEST(places_include_the_country_a_nisba_names)
{
	struct extractor *x = test_extractor();
	const struct xlex *lx = extractor_lexicon(x);
	char *t;

	t = places_of(lx, "هنأت القيادة الرئيس التونسي بذكرى إعلان الجمهورية.");
	CHECK_STR(t, "تونس");
	free(t);
	t = places_of(lx, "أكد الجيش السوري والحكومة الكولومبية أن المحادثات بدأت.");
	CHECK_STR(t, "كولومبيا|سوريا");
	free(t);
	t = places_of(lx, "قال الرئيس السنغافوري إن المعرض الدولي العربي الوطني يبدأ اليوم.");
	CHECK_STR(t, "سنغافورة");
	free(t);
	extractor_free(x);
}

/* Phrase topics that are names are entities of their class; a fragment of a name is no topic. */
TEST(phrase_topics_that_are_names_are_entities)
{
	struct store *st = test_store("entity-phrases");
	char *dir = fresh_dir("entity-phrases"), *body;
	int i;

	for (i = 0; i < 8; i++) {
		body = xasprintf("أعلنت وزارة الداخلية خطة جديدة، وقالت وزارة الداخلية إن العمل بدأ. "
				 "وزار مركز الملك سلمان ثم مركز الملك فهد ومركز الملك خالد في اليوم رقم %d. "
				 "وشاركت اليابان في المعرض، وعرضت اليابان منتجاتها رقم %d. "
				 "وتوقع صندوق النقد الدولي النمو، وقال خبراء صندوق النقد الدولي إن الديون تتراجع. "
				 "وزار الوفد مملكة البحرين، ثم غادر مملكة البحرين.", i, i);
		write_article(dir, i, "خبر", "2015-07-17", "wire", body);
		free(body);
	}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE kind = 'entity' AND class = 'org' AND name = ?1",
		     "وزارة الداخلية"), 1);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE name = ?1", "وزارة الداخلية"), 8);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE name = ?1", "مركز الملك"), 0);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'entity' AND class = 'place' AND name = ?1",
		     "اليابان"), 8);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE kind = 'phrase' AND name = ?1", "وزارة الداخلية"), 0);
	/* A name of three words is not cut to its tail. */
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE name = ?1", "النقد الدولي"), 0);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE class = 'org' AND name = ?1", "صندوق النقد الدولي"), 8);
	/* A country's other form is the country's topic. */
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE name = ?1", "مملكة البحرين"), 0);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE class = 'place' AND name = ?1", "البحرين"), 8);
	store_close(st);
	free(dir);
}

/* A person to browse by has a name: "الرئيس المخلوع" describes one; "الشركة" names no one. */
TEST(entity_topics_skip_descriptions)
{
	struct extractor *x = test_extractor();
	const struct xlex *lx = extractor_lexicon(x);
	struct xspeaker p = { 0 };

	p.gaz = -1;
	p.name = "الرئيس المخلوع";
	CHECK(!extract_entity(lx, &p));
	p.name = "الرئيس السابق";
	CHECK(!extract_entity(lx, &p));
	p.name = "الرئيس عبدالفتاح السيسي";
	CHECK(extract_entity(lx, &p));
	p.name = "رامي عبد الرحمن";
	CHECK(extract_entity(lx, &p));
	p.name = "أشعة الشمس"; /* a phrase once taken for a speaker: no given name, no بن */
	CHECK(!extract_entity(lx, &p));
	p.name = "الشركة";
	p.body = true;
	CHECK(!extract_entity(lx, &p));
	p.name = "الحرس الوطني";
	CHECK(extract_entity(lx, &p));
	extractor_free(x);
}

/*
 * A phrase that is a person's name where the articles have it, though he
 * says nothing (إبراهيم البلوي: a given name and a nisba; أبو بكر: a
 * kunya; نوري المالكي: a family's nisba after a title), is a person's
 * entity topic, not a subject; one spelled like a speaker's topic but for
 * its hamza is that topic.  A subject that starts with a given name's word
 * (حسن الجوار) stays a subject, and so does what follows a title without a
 * name's shape (مدير أمن عدن) or with a country's nisba (ميلان الإيطالي).
 */
TEST(phrase_topics_that_are_person_names_are_people)
{
	struct store *st = test_store("topics-person");
	char *dir = fresh_dir("person"), *body;
	int i;

	write_article(dir, 0, "تصريح", "2015-07-16", "wire", "وقال ابراهيم البلوي إن النادي يستعد للموسم الجديد بقوة.");
	for (i = 1; i <= 6; i++) {
		body = xasprintf("كرم النادي إبراهيم البلوي في حفل كبير، وشكر الحضور إبراهيم البلوي على جهوده. "
				 "وظهر زعيم التنظيم أبو بكر البغدادي في تسجيل مصور، وطلب أبو بكر من أتباعه القتال. "
				 "وزار مدير أمن عدن الموقع، ثم عاد مدير أمن عدن إلى مكتبه. "
				 "واستقبل رئيس الوزراء العراقي السابق نوري المالكي الوفد، ثم ودع نوري المالكي الضيوف. "
				 "وتعاقد النادي مع لاعب ميلان الإيطالي السابق، وانضم لاعب ميلان الإيطالي إلى التدريب. "
				 "ودعا البيان إلى حسن الجوار بين الدول، فمبدأ حسن الجوار أساس العلاقات رقم %d.", i);
		write_article(dir, i, "النادي", "2015-07-17", "wire", body);
		free(body);
	}
	import_dir(st, dir);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE kind = 'phrase' AND khabar_fold(name) = khabar_fold(?1)",
			  "إبراهيم البلوي"), 0);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'entity' AND class = 'person' AND name = ?1",
			  "ابراهيم البلوي"), 7);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'entity' AND class = 'person' AND name = ?1",
			  "أبو بكر"), 6);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'entity' AND class = 'person' AND name = ?1",
			  "نوري المالكي"), 6);
	CHECK_INT(test_q1(st, "SELECT count(*) FROM topics WHERE class = 'person' AND name IN (?1, 'ميلان الإيطالي')",
			  "أمن عدن"), 0);
	CHECK_INT(test_q1(st, "SELECT articles FROM topics WHERE kind = 'phrase' AND name = ?1", "حسن الجوار"), 6);
	store_close(st);
	free(dir);
}

/* A person's entity topic drops a title before a full name, not before one name nor inside a title chain. */
TEST(entity_topic_names_drop_a_title_before_a_full_name)
{
	struct extractor *x = test_extractor();
	const struct xlex *lx = extractor_lexicon(x);

	CHECK(xents_title_len(lx->ents, "الرئيس عبدالفتاح السيسي") == strlen("الرئيس "));
	CHECK(xents_title_len(lx->ents, "الأمير محمد بن سلمان") == strlen("الأمير "));
	CHECK(xents_title_len(lx->ents, "الملك سلمان") == 0);
	CHECK(xents_title_len(lx->ents, "وزير الخارجية عادل الجبير") == 0);
	CHECK(xents_title_len(lx->ents, "عبدالفتاح السيسي") == 0);
	CHECK(xents_title_len(lx->ents, "محمد") == 0);
	extractor_free(x);
}
