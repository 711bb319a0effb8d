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
 *
 * Tokens made ahead: an import's workers run this same tokenizer over each
 * article (store_pretokenize) and record what it emits; the writer hands
 * the record to the store (store_pretok_offer), and when FTS5 asks to
 * tokenize a document whose text is byte for byte one of the offered
 * texts, the record is replayed instead of tokenizing again.  The index is
 * the same either way (tests/import-jobs.sh compares fts5vocab).
 *
 * The word list (search_terms): every exact (folded) word the index holds,
 * for prefix searches (search.c).  The workers find the words of an
 * article that it does not hold yet (through a read-only connection, and a
 * set of the words each has seen); the writer adds those when the batch is
 * indexed.  A document tokenized without a record (an update, a text no
 * worker saw) adds its words itself.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "store/store-private.h"

#define EXACT_MARK "\xee\x80\x80" /* U+E000 */

/* A set of strings (open addressing; the strings are copies). */
struct termset {
	char **v;
	size_t n, cap;
};

/* One text tokenized ahead: a copy of it and what the tokenizer emitted. */
struct pretext {
	char *text;
	size_t len;
	uint64_t hash;
	struct buf toks; /* the tokens emitted (struct record) */
};

/* An article tokenized ahead (title, content) and the words new to the word list. */
struct store_pretok {
	struct pretext t[2];
	int nt;
	struct buf terms; /* NUL-terminated, one after the other */
	struct store_pretok *next;
};

/* What the store holds for its tokenizer: the offered records and the words to add. */
struct fts_cache {
	struct store_pretok *held;    /* offered, not yet indexed */
	struct pretext **tab;         /* the held texts by hash */
	size_t ntab, captab;
	struct termset missed;        /* words of documents tokenized without a record */
	size_t bytes;                 /* held: texts and records */
};

/*
 * A document word as the tokenizer last saw it: its bytes as written, its
 * folded form and its stem.  News text repeats its words (Zipf), so most
 * words of a document are found here and neither folded nor stemmed again:
 * both are functions of the bytes alone.  seen is the terms generation
 * (struct ktok) whose set the folded form went into.
 */
#define KMEMO_SLOTS 16384 /* a power of two */
#define KMEMO_WORD 40     /* longest form (bytes) worth keeping */
struct kmemo {
	uint64_t hash;            /* text_hash of raw */
	uint64_t seen;
	unsigned char rlen, flen, slen;
	char raw[KMEMO_WORD], fold[KMEMO_WORD], stem[KMEMO_WORD];
};

struct ktok {
	struct text_words *words;
	struct text_stemmer *stemmer;
	struct buf fold, tok;
	struct fts_cache *cache;      /* the store's, or NULL */
	struct buf *record;           /* store_pretokenize: where emitted tokens go */
	struct termset *terms;        /* exact words seen, when collecting */
	uint64_t terms_gen;           /* raised by each tokenize that collects into terms */
	struct kmemo *memo;           /* KMEMO_SLOTS, made on the first document (NULL before) */
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

static uint64_t
fnv64(const char *s, size_t n)
{
	uint64_t h = text_fnv1a(s, n);

	return h ^ (h >> 31);
}

/* Add s (n bytes) to the set; true when it was not there. */
static bool
termset_add(struct termset *ts, const char *s, size_t n)
{
	size_t i, j;
	char **old;

	if (ts->n * 2 >= ts->cap) {
		old = ts->v;
		j = ts->cap;
		ts->cap = ts->cap ? ts->cap * 2 : 1024;
		ts->v = xcalloc(ts->cap, sizeof *ts->v);
		for (ts->n = 0; j-- > 0;)
			if (old[j] != NULL) {
				for (i = fnv64(old[j], strlen(old[j])) & (ts->cap - 1); ts->v[i];
				     i = (i + 1) & (ts->cap - 1))
					;
				ts->v[i] = old[j];
				ts->n++;
			}
		free(old);
	}
	for (i = fnv64(s, n) & (ts->cap - 1); ts->v[i]; i = (i + 1) & (ts->cap - 1))
		if (strncmp(ts->v[i], s, n) == 0 && ts->v[i][n] == '\0')
			return false;
	ts->v[i] = xmalloc(n + 1);
	memcpy(ts->v[i], s, n);
	ts->v[i][n] = '\0';
	ts->n++;
	return true;
}

static void
termset_clear(struct termset *ts)
{
	size_t i;

	for (i = 0; i < ts->cap; i++)
		free(ts->v[i]);
	free(ts->v);
	memset(ts, 0, sizeof *ts);
}

/* The varint at *p (before end), *p moved past it; at a cut record, to end. */
static uint64_t
get_varint(const unsigned char **p, const unsigned char *end)
{
	uint64_t v;
	size_t k = store_varint_get(*p, (size_t)(end - *p), &v);

	*p = k > 0 ? *p + k : end;
	return v;
}

static int
ktok_create(void *cache, const char **argv, int argc, Fts5Tokenizer **out)
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
	t->cache = cache;
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
	free(t->memo);
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

/*
 * The slot of a document word's bytes s (n bytes) in the memo, filled with
 * its folded form and stem when it held another word; NULL when the word
 * or either form is too long to keep.
 */
static struct kmemo *
kmemo_word(struct ktok *t, const char *s, size_t n)
{
	struct kmemo *m;
	const char *stem;
	size_t slen;
	uint64_t h;

	if (n >= KMEMO_WORD)
		return NULL;
	if (t->memo == NULL)
		t->memo = xcalloc(KMEMO_SLOTS, sizeof *t->memo);
	h = text_hash(s, n);
	m = &t->memo[h & (KMEMO_SLOTS - 1)];
	if (m->hash == h && m->rlen == n && memcmp(m->raw, s, n) == 0)
		return m;
	buf_reset(&t->fold);
	text_fold_into(&t->fold, s, n);
	stem = t->fold.len > 0 ? text_stem(t->stemmer, t->fold.data, t->fold.len, &slen) : "";
	if (t->fold.len == 0)
		slen = 0;
	if (t->fold.len >= KMEMO_WORD || slen >= KMEMO_WORD)
		return NULL;
	m->hash = h;
	m->seen = 0;
	m->rlen = (unsigned char)n;
	m->flen = (unsigned char)t->fold.len;
	m->slen = (unsigned char)slen;
	memcpy(m->raw, s, n);
	memcpy(m->fold, t->fold.data, t->fold.len);
	memcpy(m->stem, stem, slen);
	return m;
}

/* A document word (the index's own tokens) through the memo. */
static int
ktok_doc_word(struct ktok_run *r, struct kmemo *m, int is, int ie)
{
	struct ktok *t = r->t;
	int rc;

	if (m->flen == 0)
		return 0;
	if (t->terms != NULL && m->seen != t->terms_gen) {
		termset_add(t->terms, m->fold, m->flen);
		m->seen = t->terms_gen;
	}
	rc = r->emit(r->ctx, 0, m->fold, (int)m->flen, is, ie);
	if (rc == SQLITE_OK)
		rc = emit_stem(r, m->stem, m->slen, is, ie, FTS5_TOKEN_COLOCATED);
	return rc;
}

static int
ktok_word(void *ctx, const char *s, size_t start, size_t end)
{
	struct ktok_run *r = ctx;
	struct ktok *t = r->t;
	int is = (int)(r->base + start), ie = (int)(r->base + end), rc;
	struct kmemo *m;
	const char *stem;
	size_t slen;
	char *w;

	if (r->flags == FTS5_TOKENIZE_DOCUMENT && !r->exact &&
	    (m = kmemo_word(t, s + start, end - start)) != NULL)
		return ktok_doc_word(r, m, is, ie);
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
	if (t->terms != NULL)
		termset_add(t->terms, w, t->fold.len);
	rc = r->emit(r->ctx, 0, w, (int)t->fold.len, is, ie);
	if (rc == SQLITE_OK)
		rc = emit_stem(r, stem, slen, is, ie, FTS5_TOKEN_COLOCATED);
	return rc;
}

/*
 * A record of tokens made ahead holds, per token, three varints and what
 * the third asks for:
 *   - the distance of its start from the previous token's (zigzag: 2d for
 *     d >= 0, -2d - 1 below), times two, plus one when it is colocated;
 *   - its end's distance from its start;
 *   - where its bytes are: 0, the text's own bytes from start to end (a
 *     word that folds to itself); 1, "~" then a stretch of the previous
 *     token's bytes, at the offset and of the length of the two varints
 *     that follow (a stem inside its folded word); n + 2, the n bytes
 *     that follow.
 * Most words' two tokens take 8 to 15 bytes, and a record about the room of
 * its text.  Written out whole (flags, start, end, length, bytes), a
 * batch's records took about four times its text, and, held until the
 * batch is indexed, a tenth of an import's peak memory.
 */
struct record {
	struct pretext *x;    /* the text tokenized, and the record (x->toks) */
	int start;            /* the previous token's start */
	struct buf prev;      /* the previous token's bytes */
};

static uint64_t
zigzag(int d)
{
	return d >= 0 ? 2 * (uint64_t)d : 2 * (uint64_t)(-(int64_t)d) - 1;
}

static int
unzigzag(uint64_t z)
{
	return z & 1 ? -(int)((z + 1) / 2) : (int)(z / 2);
}

/*
 * Where tok (n bytes) is in the previous token p, after a "~" (a stem); -1:
 * not there.  A stem drops a few letters in front (وال، بال، لل) if any, so
 * only the first RECORD_STEM_AT offsets are tried: a long word costs no more.
 */
#define RECORD_STEM_AT 16
static long
record_stem_at(const struct buf *p, const char *tok, int n)
{
	size_t i;

	if (n < 1 || tok[0] != '~' || (size_t)(n - 1) > p->len)
		return -1;
	for (i = 0; i <= RECORD_STEM_AT && i + (size_t)(n - 1) <= p->len; i++)
		if (memcmp(p->data + i, tok + 1, (size_t)(n - 1)) == 0)
			return (long)i;
	return -1;
}

/* The emit of store_pretokenize: record the token (its varints made apart, then added at once). */
static int
record_emit(void *ctx, int flags, const char *tok, int n, int start, int end)
{
	struct record *r = ctx;
	struct buf *b = &r->x->toks;
	unsigned char head[50];
	size_t h = 0;
	long at;

	if ((flags & ~FTS5_TOKEN_COLOCATED) != 0 || n < 0 || end < start)
		return SQLITE_ERROR; /* not what the tokenizer makes: no record, the writer tokenizes */
	h += store_varint_put(head + h, zigzag(start - r->start) * 2 + (flags ? 1 : 0));
	h += store_varint_put(head + h, (uint64_t)(end - start));
	if (start >= 0 && (size_t)end <= r->x->len && end - start == n &&
	    memcmp(r->x->text + start, tok, (size_t)n) == 0) {
		head[h++] = 0;
		buf_add(b, head, h);
	} else if ((at = record_stem_at(&r->prev, tok, n)) >= 0) {
		head[h++] = 1;
		h += store_varint_put(head + h, (uint64_t)at);
		h += store_varint_put(head + h, (uint64_t)(n - 1));
		buf_add(b, head, h);
	} else {
		h += store_varint_put(head + h, (uint64_t)n + 2);
		buf_add(b, head, h);
		buf_add(b, tok, (size_t)n);
	}
	r->start = start;
	buf_reset(&r->prev);
	buf_add(&r->prev, tok, (size_t)n);
	return SQLITE_OK;
}

/* The record of text offered to the store, or NULL. */
static struct pretext *
cache_find(struct fts_cache *c, const char *text, size_t len)
{
	struct pretext *p;
	uint64_t h;
	size_t i;

	if (c == NULL || c->ntab == 0)
		return NULL;
	h = fnv64(text, len);
	for (i = h & (c->captab - 1); (p = c->tab[i]) != NULL; i = (i + 1) & (c->captab - 1))
		if (p->hash == h && p->len == len && memcmp(p->text, text, len) == 0)
			return p;
	return NULL;
}

/* Emit a record's tokens again (see struct record); SQLITE_CORRUPT when it does not read right. */
static int
replay(const struct pretext *p, void *ctx, int (*emit)(void *, int, const char *, int, int, int))
{
	const unsigned char *q = (const unsigned char *)p->toks.data, *end = q != NULL ? q + p->toks.len : q;
	const char *tok, *prev = NULL;
	char *stem[2] = { NULL, NULL };
	size_t cap[2] = { 0, 0 }, nprev = 0;
	uint64_t a, len, src, at;
	int rc = SQLITE_OK, start = 0, stop, n, k = 0;

	while (rc == SQLITE_OK && q < end) {
		a = get_varint(&q, end);
		len = get_varint(&q, end);
		src = get_varint(&q, end);
		start += unzigzag(a / 2);
		if (start < 0 || len > p->len || (size_t)start > p->len - len)
			break;
		stop = start + (int)len;
		if (src == 0) {
			tok = p->text + start;
			n = (int)len;
		} else if (src == 1) {
			at = get_varint(&q, end);
			len = get_varint(&q, end);
			if (at > nprev || len > nprev - at)
				break;
			k = !k; /* the previous token may be in the other buffer */
			if (cap[k] < len + 1) {
				cap[k] = len + 1 > 64 ? len + 1 : 64;
				stem[k] = xrealloc(stem[k], cap[k]);
			}
			stem[k][0] = '~';
			memcpy(stem[k] + 1, prev + at, len);
			tok = stem[k];
			n = (int)len + 1;
		} else {
			if (src - 2 > (uint64_t)(end - q))
				break;
			tok = (const char *)q;
			n = (int)(src - 2);
			q += n;
		}
		rc = emit(ctx, (a & 1) ? FTS5_TOKEN_COLOCATED : 0, tok, n, start, stop);
		prev = tok;
		nprev = (size_t)n;
	}
	free(stem[0]);
	free(stem[1]);
	return rc == SQLITE_OK && q < end ? SQLITE_CORRUPT : rc;
}

static int
ktok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int ntext,
	      int (*emit)(void *, int, const char *, int, int, int))
{
	struct ktok_run r = { (struct ktok *)p, ctx, emit, flags, false, 0 };
	size_t mark = strlen(EXACT_MARK);
	struct pretext *pre;
	int rc;

	if (flags == FTS5_TOKENIZE_DOCUMENT && r.t->cache != NULL) {
		if ((pre = cache_find(r.t->cache, text, (size_t)ntext)) != NULL)
			return replay(pre, ctx, emit);
		r.t->terms = &r.t->cache->missed;
	}
	if (r.t->terms != NULL) /* the memo's words go into this set again, once */
		r.t->terms_gen++;
	if ((flags & FTS5_TOKENIZE_QUERY) && (size_t)ntext >= mark &&
	    memcmp(text, EXACT_MARK, mark) == 0) {
		r.exact = true;
		r.base = mark;
		text += mark;
		ntext -= (int)mark;
	}
	rc = text_words_each(r.t->words, text, (size_t)ntext, ktok_word, &r);
	if (r.t->cache != NULL)
		r.t->terms = NULL;
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

/* Register the tokenizer on db, replaying what is offered to cache (NULL: nothing is). */
int
store_fts_register_cache(sqlite3 *db, struct fts_cache *cache, char **cause)
{
	static fts5_tokenizer tok = { ktok_create, ktok_delete, ktok_tokenize };
	fts5_api *api = fts5_api_of(db);

	if (api == NULL || api->iVersion < 2) {
		*cause = xstrdup("this SQLite has no FTS5");
		return -1;
	}
	if (api->xCreateTokenizer(api, "khabar", cache, &tok, NULL) != SQLITE_OK)
		return store_fail(db, "registering the khabar tokenizer", cause);
	if (store_rank_register(api, cause) != 0)
		return -1;
	return store_snippet_register(api, cause);
}

int
store_fts_register(sqlite3 *db, char **cause)
{
	return store_fts_register_cache(db, NULL, cause);
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

long
store_pretok_replay(const struct store_pretok *pt, const char *text, store_token_cb cb, void *ctx)
{
	struct dump_ctx d = { cb, ctx };
	int i;

	for (i = 0; pt != NULL && i < pt->nt; i++)
		if (strcmp(pt->t[i].text, text) == 0)
			return replay(&pt->t[i], &d, dump_emit) == SQLITE_OK ? (long)pt->t[i].toks.len : -1;
	return -1;
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

/* ---- Tokens made ahead, and the word list ---- */

/* A worker's tokenizer and its view of the word list. */
struct store_pretokenizer {
	Fts5Tokenizer *tok;
	sqlite3 *db;          /* read-only, or NULL: every word counts as new */
	sqlite3_stmt *has;
	struct termset known; /* in the word list, or reported already */
	struct termset words; /* the article's words (reset for each) */
};

/*
 * Bounds on what is made ahead: a text longer than PRETOK_TEXT_MAX is left
 * to the writer's tokenizer (its record would be several times its size),
 * and the store holds at most PRETOK_HELD_MAX bytes of records (more are
 * dropped, and tokenized by the writer), whatever the batch.
 */
#define PRETOK_TEXT_MAX ((size_t)1 << 20)
#define PRETOK_HELD_MAX ((size_t)48 << 20)

/* Known words a worker keeps before it starts its set again. */
#define PRETOK_KNOWN_MAX ((size_t)1 << 19)

struct store_pretokenizer *
store_pretokenizer_new(const char *path)
{
	struct store_pretokenizer *p = xcalloc(1, sizeof *p);

	if (ktok_create(NULL, NULL, 0, &p->tok) != SQLITE_OK) {
		free(p);
		return NULL;
	}
	if (path != NULL && strcmp(path, ":memory:") != 0 &&
	    (sqlite3_open_v2(path, &p->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(p->db, "SELECT 1 FROM search_terms WHERE term = ?1", -1, &p->has,
				NULL) != SQLITE_OK)) {
		sqlite3_finalize(p->has);
		sqlite3_close(p->db);
		p->has = NULL;
		p->db = NULL;
	}
	if (p->db != NULL)
		sqlite3_busy_timeout(p->db, 1000);
	return p;
}

void
store_pretokenizer_free(struct store_pretokenizer *p)
{
	if (p == NULL)
		return;
	ktok_delete(p->tok);
	sqlite3_finalize(p->has);
	sqlite3_close(p->db);
	termset_clear(&p->known);
	termset_clear(&p->words);
	free(p);
}

/* Is word in the archive's word list (as committed)? */
static bool
listed(struct store_pretokenizer *p, const char *word)
{
	bool yes;

	if (p->has == NULL)
		return false;
	sqlite3_bind_text(p->has, 1, word, -1, SQLITE_STATIC);
	yes = sqlite3_step(p->has) == SQLITE_ROW;
	sqlite3_reset(p->has);
	return yes;
}

static void
pretext_add(struct store_pretokenizer *p, struct store_pretok *pt, const char *text)
{
	struct record rec = { 0 };
	struct pretext *x;

	if (text == NULL || *text == '\0' || strlen(text) > PRETOK_TEXT_MAX)
		return;
	x = &pt->t[pt->nt++];
	x->len = strlen(text);
	x->text = xmalloc(x->len + 1);
	memcpy(x->text, text, x->len + 1);
	x->hash = fnv64(text, x->len);
	buf_init(&x->toks);
	rec.x = x;
	buf_init(&rec.prev);
	((struct ktok *)p->tok)->terms = &p->words;
	if (ktok_tokenize(p->tok, &rec, FTS5_TOKENIZE_DOCUMENT, text, (int)x->len,
			  record_emit) != SQLITE_OK) {
		buf_free(&x->toks);
		free(x->text);
		pt->nt--;
	} else if (x->toks.cap > x->toks.len + 1) { /* held until the batch is indexed: no room to spare */
		x->toks.data = xrealloc(x->toks.data, x->toks.len + 1);
		x->toks.cap = x->toks.len + 1;
	}
	buf_free(&rec.prev);
	((struct ktok *)p->tok)->terms = NULL;
}

struct store_pretok *
store_pretokenize(struct store_pretokenizer *p, const char *title, const char *content)
{
	struct store_pretok *pt;
	size_t i;
	char *w;

	if (p == NULL)
		return NULL;
	pt = xcalloc(1, sizeof *pt);
	buf_init(&pt->terms);
	pretext_add(p, pt, title);
	pretext_add(p, pt, content);
	if (p->known.n > PRETOK_KNOWN_MAX)
		termset_clear(&p->known);
	for (i = 0; i < p->words.cap; i++)
		if ((w = p->words.v[i]) != NULL && termset_add(&p->known, w, strlen(w)) && !listed(p, w))
			buf_add(&pt->terms, w, strlen(w) + 1);
	termset_clear(&p->words);
	return pt;
}

void
store_pretok_free(struct store_pretok *pt)
{
	int i;

	if (pt == NULL)
		return;
	for (i = 0; i < pt->nt; i++) {
		free(pt->t[i].text);
		buf_free(&pt->t[i].toks);
	}
	buf_free(&pt->terms);
	free(pt);
}

struct fts_cache *
store_fts_cache_new(void)
{
	return xcalloc(1, sizeof(struct fts_cache));
}

/* Forget everything offered and every word waiting. */
void
store_fts_cache_clear(struct fts_cache *c)
{
	struct store_pretok *pt, *next;

	if (c == NULL)
		return;
	for (pt = c->held; pt != NULL; pt = next) {
		next = pt->next;
		store_pretok_free(pt);
	}
	c->held = NULL;
	c->bytes = 0;
	free(c->tab);
	c->tab = NULL;
	c->ntab = c->captab = 0;
	termset_clear(&c->missed);
}

void
store_fts_cache_free(struct fts_cache *c)
{
	store_fts_cache_clear(c);
	free(c);
}

static void
cache_put(struct fts_cache *c, struct pretext *x)
{
	struct pretext **old = c->tab;
	size_t i, n = c->captab;

	if ((c->ntab + 1) * 2 > c->captab) {
		c->captab = c->captab ? c->captab * 2 : 256;
		c->tab = xcalloc(c->captab, sizeof *c->tab);
		for (c->ntab = 0; n-- > 0;)
			if (old[n] != NULL)
				cache_put(c, old[n]);
		free(old);
	}
	for (i = x->hash & (c->captab - 1); c->tab[i]; i = (i + 1) & (c->captab - 1))
		;
	c->tab[i] = x;
	c->ntab++;
}

void
store_pretok_offer(struct store *st, struct store_pretok *pt)
{
	struct fts_cache *c = store_fts_cache(st);
	size_t size;
	int i;

	if (pt == NULL)
		return;
	if (c == NULL) {
		store_pretok_free(pt);
		return;
	}
	for (i = 0, size = pt->terms.cap; i < pt->nt; i++)
		size += pt->t[i].len + pt->t[i].toks.cap;
	if (c->bytes + size > PRETOK_HELD_MAX) { /* the writer tokenizes it; its words too */
		store_pretok_free(pt);
		return;
	}
	c->bytes += size;
	pt->next = c->held;
	c->held = pt;
	for (i = 0; i < pt->nt; i++)
		cache_put(c, &pt->t[i]);
}

/* Add a word to the word list. */
static int
term_add(struct store *st, sqlite3_stmt *s, const char *w, char **cause)
{
	int rc;

	sqlite3_bind_text(s, 1, w, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_fail(store_db(st), "adding to the word list", cause);
}

/* After the index: the new words of what was indexed into the word list; then forget it all. */
int
store_fts_cache_flush(struct store *st, char **cause)
{
	struct fts_cache *c = store_fts_cache(st);
	struct store_pretok *pt;
	sqlite3_stmt *s;
	const char *w;
	size_t i;
	int ret = 0;

	if (c == NULL || (c->held == NULL && c->missed.n == 0))
		return 0;
	if (!st->word_list) { /* an archive opened at a version before the word list */
		store_fts_cache_clear(c);
		return 0;
	}
	s = store_stmt(st, STMT_TERM_ADD, "INSERT OR IGNORE INTO search_terms(term) VALUES (?1)", cause);
	if (s == NULL)
		ret = -1;
	for (pt = c->held; ret == 0 && pt != NULL; pt = pt->next)
		for (w = pt->terms.data; ret == 0 && w != NULL && w < pt->terms.data + pt->terms.len;
		     w += strlen(w) + 1)
			ret = term_add(st, s, w, cause);
	for (i = 0; ret == 0 && i < c->missed.cap; i++)
		if (c->missed.v[i] != NULL)
			ret = term_add(st, s, c->missed.v[i], cause);
	store_fts_cache_clear(c);
	return ret;
}
