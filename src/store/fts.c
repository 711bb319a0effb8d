/*
 * fts.c: khabar's FTS5 tokenizer.  ICU word boundaries; every word folded
 * by text_fold_into (the same function the query side uses); the Snowball
 * stem added as a colocated token "~STEM" in its own namespace, so that
 * exact (folded) and stem searches never mix.
 *
 * Index time: word W -> "W" and, colocated, "~S" where S = stem(W).
 * Query time: a query string starting with U+E000 asks for exact forms:
 *   W -> "W".  Otherwise W -> "~S".  Prefix queries match folded forms only.
 * No query ever uses colocated (synonym) tokens: FTS5 merges synonym
 * position lists slowly, minutes on an article with millions of hits.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "store/store-private.h"

#define EXACT_MARK "\xee\x80\x80" /* U+E000 */

struct ktok {
	struct text_words *words;
	struct text_stemmer *stemmer;
	struct buf fold, tok;
};

/* State for one xTokenize call. */
struct ktok_run {
	struct ktok *t;
	void *ctx;
	int (*emit)(void *, int, const char *, int, int, int);
	int flags;
	bool exact;
	size_t base; /* byte offset of the segmented text within pText */
};

static int
ktok_create(void *unused, const char **argv, int argc, Fts5Tokenizer **out)
{
	struct ktok *t = xcalloc(1, sizeof *t);

	t->words = text_words_new();
	t->stemmer = text_stemmer_new();
	if (t->words == NULL || t->stemmer == NULL) {
		text_words_free(t->words);
		text_stemmer_free(t->stemmer);
		free(t);
		return SQLITE_ERROR;
	}
	buf_init(&t->fold);
	buf_init(&t->tok);
	*out = (Fts5Tokenizer *)t;
	return SQLITE_OK;
}

static void
ktok_delete(Fts5Tokenizer *p)
{
	struct ktok *t = (struct ktok *)p;

	text_words_free(t->words);
	text_stemmer_free(t->stemmer);
	buf_free(&t->fold);
	buf_free(&t->tok);
	free(t);
}

static int
emit_stem(struct ktok_run *r, const char *stem, size_t n, int start, int end, int colo)
{
	struct ktok *t = r->t;

	buf_reset(&t->tok);
	buf_addc(&t->tok, '~');
	buf_add(&t->tok, stem, n);
	return r->emit(r->ctx, colo, t->tok.data, (int)t->tok.len, start, end);
}

static int
ktok_word(void *ctx, const char *s, size_t start, size_t end)
{
	struct ktok_run *r = ctx;
	struct ktok *t = r->t;
	int is = (int)(r->base + start), ie = (int)(r->base + end), rc;
	const char *stem;
	size_t slen;
	char *w;

	buf_reset(&t->fold);
	text_fold_into(&t->fold, s + start, end - start);
	if (t->fold.len == 0)
		return 0;
	w = t->fold.data;
	/*
	 * An auxiliary function (khabar_snippet) tokenizes a hit's text to find
	 * where its tokens are: their stems, colocated, take no position and
	 * are not needed, and stemming every word up to a hit deep in an
	 * article was most of a search's snippet time.
	 */
	if (r->exact || (r->flags & (FTS5_TOKENIZE_PREFIX | FTS5_TOKENIZE_AUX)))
		return r->emit(r->ctx, 0, w, (int)t->fold.len, is, ie);
	stem = text_stem(t->stemmer, w, t->fold.len, &slen);
	if (r->flags & FTS5_TOKENIZE_QUERY)
		return emit_stem(r, stem, slen, is, ie, 0);
	rc = r->emit(r->ctx, 0, w, (int)t->fold.len, is, ie);
	if (rc == SQLITE_OK)
		rc = emit_stem(r, stem, slen, is, ie, FTS5_TOKEN_COLOCATED);
	return rc;
}

static int
ktok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int ntext,
	      int (*emit)(void *, int, const char *, int, int, int))
{
	struct ktok_run r = { (struct ktok *)p, ctx, emit, flags, false, 0 };
	size_t mark = strlen(EXACT_MARK);
	int rc;

	if ((flags & FTS5_TOKENIZE_QUERY) && (size_t)ntext >= mark &&
	    memcmp(text, EXACT_MARK, mark) == 0) {
		r.exact = true;
		r.base = mark;
		text += mark;
		ntext -= (int)mark;
	}
	rc = text_words_each(r.t->words, text, (size_t)ntext, ktok_word, &r);
	return rc < 0 ? SQLITE_ERROR : rc;
}

static fts5_api *
fts5_api_of(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(s);
	sqlite3_finalize(s);
	return api;
}

int
store_fts_register(sqlite3 *db, char **cause)
{
	static fts5_tokenizer tok = { ktok_create, ktok_delete, ktok_tokenize };
	fts5_api *api = fts5_api_of(db);

	if (api == NULL || api->iVersion < 2) {
		*cause = xstrdup("this SQLite has no FTS5");
		return -1;
	}
	if (api->xCreateTokenizer(api, "khabar", NULL, &tok, NULL) != SQLITE_OK)
		return store_fail(db, "registering the khabar tokenizer", cause);
	return store_snippet_register(api, cause);
}

/* store_tokens: run the tokenizer outside SQLite, for dumps and tests. */
struct dump_ctx {
	store_token_cb cb;
	void *ctx;
};

static int
dump_emit(void *ctx, int flags, const char *tok, int n, int start, int end)
{
	struct dump_ctx *d = ctx;

	d->cb(d->ctx, tok, n, start, end, (flags & FTS5_TOKEN_COLOCATED) != 0);
	return SQLITE_OK;
}

int
store_tokens(const char *text, bool query, store_token_cb cb, void *ctx, char **cause)
{
	struct dump_ctx d = { cb, ctx };
	Fts5Tokenizer *t;
	int rc;

	if (ktok_create(NULL, NULL, 0, &t) != SQLITE_OK) {
		*cause = xstrdup("cannot create the tokenizer (ICU or libstemmer failed)");
		return -1;
	}
	rc = ktok_tokenize(t, &d, query ? FTS5_TOKENIZE_QUERY : FTS5_TOKENIZE_DOCUMENT, text,
			   (int)strlen(text), dump_emit);
	ktok_delete(t);
	if (rc != SQLITE_OK) {
		*cause = xstrdup("tokenizer failed");
		return -1;
	}
	return 0;
}
