/*
 * fuzz-fold.c: Arabic folding (src/text/fold.c) and khabar's FTS5
 * tokenizer (src/store/fts.c).  The tokenizer is found through FTS5 on an
 * in-memory connection, created once and its xTokenize called directly on
 * documents, queries and exact queries (U+E000 first); the tokens'
 * offsets must lie within the text.  The record an import's worker makes
 * of a document's tokens (store_pretokenize) must replay them exactly.
 */
#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"
#include "text/text.h"
#include "tests/fuzz/fuzz.h"

static sqlite3 *db;
static fts5_tokenizer tok;
static Fts5Tokenizer *ktok;
static struct store_pretokenizer *pretok;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fts5_api *api = NULL;
	sqlite3_stmt *s = NULL;
	char *cause = NULL;
	void *ud = NULL;

	FUZZ_ASSERT(sqlite3_open(":memory:", &db) == SQLITE_OK);
	FUZZ_ASSERT(store_fts_register(db, &cause) == 0);
	FUZZ_ASSERT(sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, NULL) == SQLITE_OK);
	sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(s);
	sqlite3_finalize(s);
	FUZZ_ASSERT(api != NULL);
	FUZZ_ASSERT(api->xFindTokenizer(api, "khabar", &ud, &tok) == SQLITE_OK);
	FUZZ_ASSERT(tok.xCreate(ud, NULL, 0, &ktok) == SQLITE_OK);
	FUZZ_ASSERT((pretok = store_pretokenizer_new(NULL)) != NULL);
	return 0;
}

static int
token(void *ctx, int flags, const char *t, int len, int start, int end)
{
	int n = *(int *)ctx, i;
	volatile unsigned char sum = 0;

	FUZZ_ASSERT(len >= 0 && t != NULL);
	FUZZ_ASSERT(start >= 0 && start <= end && end <= n);
	for (i = 0; i < len; i++) /* every byte of the token is readable */
		sum ^= (unsigned char)t[i];
	return SQLITE_OK;
}

static void
tokens(const char *s, int n, int flags)
{
	FUZZ_ASSERT(tok.xTokenize(ktok, &n, flags, s, n, token) == SQLITE_OK);
}

/* A token as a line of text, from the tokenizer and from a record's replay. */
static int
told(void *ctx, int flags, const char *t, int len, int start, int end)
{
	buf_printf(ctx, "%d %d %d %d:", flags & FTS5_TOKEN_COLOCATED, start, end, len);
	buf_add(ctx, t, (size_t)len);
	buf_addc(ctx, '\n');
	return SQLITE_OK;
}

static void
replayed(void *ctx, const char *t, int len, int start, int end, bool colocated)
{
	told(ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, t, len, start, end);
}

static void
records(const char *s, size_t size)
{
	char *z = strndup(s, size); /* the text a C string, as import has it */
	struct store_pretok *pt;
	struct buf want, got;

	FUZZ_ASSERT(z != NULL);
	buf_init(&want);
	buf_init(&got);
	buf_add(&want, "", 0);
	buf_add(&got, "", 0);
	FUZZ_ASSERT(tok.xTokenize(ktok, &want, FTS5_TOKENIZE_DOCUMENT, z, (int)strlen(z), told) == SQLITE_OK);
	pt = store_pretokenize(pretok, NULL, z);
	FUZZ_ASSERT(pt != NULL);
	if (*z != '\0') {
		FUZZ_ASSERT(store_pretok_replay(pt, z, replayed, &got) >= 0);
		FUZZ_ASSERT(want.len == got.len && memcmp(want.data, got.data, want.len) == 0);
	}
	store_pretok_free(pt);
	buf_free(&want);
	buf_free(&got);
	free(z);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	char *f, *n, *cause = NULL, *exact;
	size_t nlen = 0;
	struct buf b;

	f = text_fold(s, size);
	free(f);
	n = text_nfc(s, size, &nlen, &cause);
	free(n);
	free(cause);
	tokens(s, (int)size, FTS5_TOKENIZE_DOCUMENT);
	records(s, size);
	tokens(s, (int)size, FTS5_TOKENIZE_QUERY);
	tokens(s, (int)size, FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX);
	exact = malloc(size + 3);
	FUZZ_ASSERT(exact != NULL);
	memcpy(exact, "\xee\x80\x80", 3); /* U+E000: an exact query */
	memcpy(exact + 3, s, size);
	tokens(exact, (int)size + 3, FTS5_TOKENIZE_QUERY);
	free(exact);
	buf_init(&b);
	text_sanitize_into(&b, s, size, size % 2);
	buf_free(&b);
	return 0;
}
