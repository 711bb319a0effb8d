/* test-annotations.c: storing annotations and finding them again after edits. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/helpers.h"
#include "tests/tap.h"

/* A one-line dump of every annotation: "start-end quote [note] (orphan)". */
static int
dump_one(void *ctx, const struct store_annotation *a)
{
	buf_printf(ctx, "%lld-%lld %s%s%s%s;", (long long)a->start, (long long)a->end, a->quote,
		   a->note ? " [" : "", a->note ? a->note : "", a->note ? "]" : "");
	if (a->orphan)
		buf_adds(ctx, "(orphan);");
	return 0;
}

static char *
dump(struct store *st, int64_t article)
{
	struct buf b;
	char *cause = NULL;

	buf_init(&b);
	buf_add(&b, "", 0);
	if (store_list_annotations(st, article, dump_one, &b, &cause) != 0)
		buf_printf(&b, "ERROR %s", cause);
	free(cause);
	return buf_detach(&b);
}

/* Store an article with this content (same origin: an edit of the same file). */
static int64_t
put(struct store *st, const char *content, enum store_put *what)
{
	struct article a = { .title = "عنوان", .content = (char *)content, .origin = "/x/a.txt" };
	char *cause = NULL;
	int64_t id = 0;

	if (store_put_article(st, &a, &id, what, &cause) != 0) {
		printf("# %s\n", cause);
		free(cause);
	}
	return id;
}

TEST(annotation_add_list_note_delete)
{
	struct store *st = test_store("ann1");
	enum store_put w;
	int64_t id = put(st, "قال لافروف إن النتيجة الرئيسة هي الهزيمة.", &w), n1 = 0, n2 = 0;
	char *cause = NULL, *d;

	CHECK(store_add_annotation(st, id, 4, 10, NULL, &n1, &cause) == 0);
	CHECK(store_add_annotation(st, id, 0, 3, "ملاحظة", &n2, &cause) == 0);
	d = dump(st, id);
	CHECK_STR(d, "0-3 قال [ملاحظة];4-10 لافروف;");
	free(d);
	CHECK(store_set_annotation_note(st, n1, "تصريح", &cause) == 0);
	CHECK(store_delete_annotation(st, n2, &cause) == 0);
	d = dump(st, 0);
	CHECK_STR(d, "4-10 لافروف [تصريح];");
	free(d);
	/* Out of range and missing ids are errors, not silent no-ops. */
	CHECK(store_add_annotation(st, id, 5, 500, NULL, NULL, &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "outside") != NULL);
	free(cause);
	cause = NULL;
	CHECK(store_delete_annotation(st, 999, &cause) == -1);
	free(cause);
	store_close(st);
}

TEST(annotation_context_is_32_characters)
{
	struct store *st = test_store("ann2");
	enum store_put w;
	int64_t id = put(st, "0123456789012345678901234567890123456789ABC0123456789012345678901234567890123456789", &w);
	char *cause = NULL;
	sqlite3_stmt *s;

	CHECK(store_add_annotation(st, id, 40, 43, NULL, NULL, &cause) == 0);
	sqlite3_prepare_v2(store_db(st), "SELECT prefix, suffix, quote FROM annotations", -1, &s, NULL);
	CHECK(sqlite3_step(s) == SQLITE_ROW);
	CHECK_STR((const char *)sqlite3_column_text(s, 0), "89012345678901234567890123456789");
	CHECK_STR((const char *)sqlite3_column_text(s, 1), "01234567890123456789012345678901");
	CHECK_STR((const char *)sqlite3_column_text(s, 2), "ABC");
	sqlite3_finalize(s);
	store_close(st);
}

TEST(anchor_find_by_position_quote_and_context)
{
	int64_t a = 0, b = 0;

	/* Unchanged position. */
	CHECK(store_anchor_find("aa XY bb XY cc", "XY", "aa ", " bb", 3, &a, &b));
	CHECK_INT(a, 3);
	CHECK_INT(b, 5);
	/* Moved: the context picks the second XY though the first is nearer. */
	CHECK(store_anchor_find("zzzz XY qq XY cc", "XY", "bb ", " cc", 3, &a, &b));
	CHECK_INT(a, 11);
	/* Arabic, counted in code points. */
	CHECK(store_anchor_find("مقدمة جديدة. قال لافروف", "لافروف", "قال ", "", 4, &a, &b));
	CHECK_INT(a, 17);
	CHECK_INT(b, 23);
	CHECK(!store_anchor_find("لا شيء هنا", "لافروف", "", "", 0, &a, &b));
}

TEST(reimport_reanchors_or_orphans_never_loses)
{
	struct store *st = test_store("ann3");
	enum store_put w;
	int64_t id = put(st, "قال لافروف إن النتيجة الرئيسة هي الهزيمة.\nوأضاف بوتين كلاما.", &w);
	char *cause = NULL, *d;

	CHECK(store_add_annotation(st, id, 4, 10, NULL, NULL, &cause) == 0);  /* لافروف */
	CHECK(store_add_annotation(st, id, 48, 53, "ب", NULL, &cause) == 0); /* بوتين */
	/* The edit adds a paragraph before: the first moves, the second is removed. */
	CHECK_INT(put(st, "مقدمة.\nقال لافروف إن النتيجة الرئيسة هي الهزيمة.", &w), id);
	CHECK_INT(w, STORE_UPDATED);
	d = dump(st, id);
	CHECK_STR(d, "11-17 لافروف;48-53 بوتين [ب];(orphan);");
	free(d);
	store_close(st);
}
