/* store-private.h: what the files of src/store share and no one else sees. */
#ifndef KHABAR_STORE_PRIVATE_H
#define KHABAR_STORE_PRIVATE_H

#include "store/store.h"
#include "text/text.h"

/* Related statements: kept per new statement, and listed per statement (related.c, browse.c). */
#define RELATED_KEEP 10

/* Cached prepared statements, one slot each. */
enum store_stmt_id {
	STMT_SOURCE_GET,
	STMT_SOURCE_ADD,
	STMT_FIND_URL,
	STMT_FIND_HASH,
	STMT_FIND_ORIGIN,
	STMT_INSERT,
	STMT_UPDATE,
	STMT_GET,
	STMT_COUNT,
	STMT_STATE,
	STMT_INDEX,
	/* extracted.c */
	STMT_X_DF_DOWN,
	STMT_X_DEL_PHRASES,
	STMT_X_REPRINT_DEL,
	STMT_X_DEL_STATEMENTS,
	STMT_X_DEL_DATES,
	STMT_X_DEL_TOPICS,
	STMT_X_ADD_DATE,
	STMT_X_SET_DATE,
	STMT_X_KEY_GET,
	STMT_X_KEY_ADD,
	STMT_X_ALIAS_ADD,
	STMT_X_SPEAKER_FORMS,
	STMT_X_SPEAKER_FOLDED,
	STMT_X_SPEAKER_ADD,
	STMT_X_TOPIC_ADD,
	STMT_X_TOPIC_GET,
	STMT_X_STATEMENT_ADD,
	STMT_X_STATEMENT_TOPIC,
	STMT_X_ARTICLE_TOPIC,
	STMT_X_PHRASE_ADD,
	STMT_X_DF_UP,
	STMT_X_AUTO_ARTICLE,
	STMT_X_AUTO_STATEMENTS,
	STMT_META_GET,
	STMT_META_SET,
	STMT_ANALYSIS_ERROR,
	STMT_X_RELATED_ADD,
	STMT_X_TOPIC_FOLDED,
	STMT_X_AUTO_KEY,
	STMT_X_ENTITY_ADD,
	STMT_X_ENTITY_NAME,
	STMT_X_ENTITY_LINK,
	/* phrases.c */
	STMT_P_DF,
	STMT_P_NSUPER,
	STMT_P_TOP,
	STMT_P_GET,
	STMT_P_MAPPED,
	STMT_P_MAP,
	STMT_P_BACKFILL,
	STMT_P_LINK,
	STMT_P_TOPIC_ADD,
	STMT_P_TOPIC_GET,
	STMT_P_NESTED,
	STMT_P_STATEMENTS,
	STMT_P_ARTICLE_STATEMENTS,
	STMT_P_STATEMENT_LINK,
	STMT_P_FIRST_DF,
	STMT_P_ENTITY_FOLDED,
	STMT_P_SPOKEN,
	STMT_P_REPRINT,
	STMT_P_REPRINT_ADD,
	STMT_P_PASS_ON,
	/* stories.c */
	STMT_S_DAY,
	STMT_S_BAND_GET,
	STMT_S_WEEK_MAX,
	STMT_S_UNDATED,
	STMT_DATA_VERSION,
	STMT_S_SIG_GET,
	STMT_S_PLACES,
	STMT_S_SIG_ADD,
	STMT_S_BAND_ADD,
	STMT_S_NEW,
	STMT_S_JOIN,
	STMT_S_UPDATE,
	STMT_S_MAX,
	STMT_S_ADD,
	STMT_S_OF,
	STMT_S_LEAVE,
	STMT_S_DEL_SIG,
	STMT_S_DEL_BANDS,
	STMT_S_DISSOLVE,
	STMT_F_COUNT,
	STMT_F_DF,
	STMT_F_POSTS,
	STMT_F_LEAD_GET,
	STMT_F_LEAD_ADD,
	STMT_F_POST_ADD,
	STMT_F_OLD,
	STMT_F_POST_DEL,
	STMT_F_LEAD_DEL,
	STMT_F_SET,
	/* related.c */
	STMT_R_GET,
	STMT_R_PUT,
	STMT_R_TOPICS,
	STMT_R_GONE,
	STMT_R_LINK_CHECKED,
	/* fts.c */
	STMT_TERM_ADD,
	/* search.c */
	STMT_TERM_RANGE,
	STORE_NSTMT
};

#define STORE_NSAVEPOINT 8
#define STORE_WAL_AUTO 65536 /* WAL pages at which a commit checkpoints (unless checkpoint.c does) */
#define STORE_WAL_LIMIT 67108864 /* bytes the WAL is cut back to when it starts over (not while checkpoint.c runs) */
#define STORE_STR_(x) #x
#define STORE_STR(x) STORE_STR_(x)

struct store {
	sqlite3 *db;
	char *path;
	int depth; /* transaction nesting */
	bool readonly; /* opened read-only: the file or its folder cannot be written */
	long search_ms; /* a search's time limit; 0: STORE_SEARCH_TIMEOUT_MS */
	sqlite3_stmt *stmt[STORE_NSTMT];
	sqlite3_stmt *sp[STORE_NSAVEPOINT]; /* savepoint statements, by their SQL (store_savepoint) */
	char *spsql[STORE_NSAVEPOINT];
	bool nosavepoints;   /* store_savepoints(st, false) */
	int64_t *pending; /* new articles not yet in the full-text index */
	size_t npending, cappending;
	struct phrase_batch *phrases; /* key phrases of this transaction's articles (phrases.c) */
	struct follow_counts *follow; /* story words counted in this transaction (stories.c) */
	double cost_story, cost_topics; /* seconds spent assigning stories and topics (bench/) */
	double cost_follow;         /* of cost_story, in the follow-up step (stories.c) */
	int64_t inserted;           /* the article store_put_article inserted last (0: none) */
	int story_undated;          /* story_bands has undated rows: -1 not known yet, 0, 1 (stories.c) */
	int64_t data_version;       /* PRAGMA data_version at the last transaction's start */
	long cost_articles;
	struct related_batch *related; /* new statements whose relations wait for the commit */
	const struct xlex *lx; /* the lexicons of the last extraction stored (phrases.c) */
	struct fts_cache *tokcache; /* tokens made ahead, words for the word list (fts.c) */
	bool word_list; /* the archive has its word list (search_terms; not at an older version) */
	struct store_checkpoints *checkpoints; /* the checkpoint thread, or NULL (checkpoint.c) */
};
/* checkpoint.c: a transaction begins (it may wait for a checkpoint), a commit has been made. */
void store_checkpoints_begin(struct store *st);
void store_checkpoints_commit(struct store *st);
/* Seconds on a monotonic clock. */
double store_clock(void);

int store_fail(sqlite3 *db, const char *what, char **cause);
/*
 * Key phrases (phrases.c): store_phrases_add counts an article's phrases
 * into the transaction's batch (its article_phrases rows are written at
 * once); store_phrases_flush adds the batch to the archive's statistics
 * and links the articles to the phrase topics (at every commit);
 * store_phrases_drop forgets the batch (rollback).
 */
struct xresult;
int store_phrases_add(struct store *st, int64_t aid, const struct xresult *r, char **cause);
int store_phrases_flush(struct store *st, char **cause);
void store_phrases_drop(struct store *st);
/*
 * store_phrases_next says a new article begins (store_put_article), and
 * store_phrases_abandoned takes back what store_phrases_add put in the
 * batch for it (its savepoint was rolled back: store_article_abandoned).
 * store_phrases_pass_on: article aid, which had the text of hash, is
 * getting another text; when it counted for that text and a reprint of it
 * is left, the counts pass to the oldest (phrase_reprints).
 */
void store_phrases_next(struct store *st);
void store_phrases_abandoned(struct store *st);
int store_phrases_pass_on(struct store *st, int64_t aid, const char *hash, char **cause);
/* Stories (stories.c): put an article in its story, or take it out. */
struct xsig;
struct xlead;
int store_story_assign(struct store *st, int64_t aid, const struct xsig *sig, const struct xlead *lead,
		       char **cause);
int store_story_forget(struct store *st, int64_t aid, char **cause);
/*
 * The follow-up step's word counts (story_words) are kept in memory for a
 * transaction, and those read for the next ones (stories.c): store_story_settle counts the words of the
 * article just analysed (ok) or forgets them (its analysis was rolled
 * back); store_story_next says a new article begins (store_put_article);
 * store_article_abandoned (store.h) takes back the counts of an article
 * whose savepoint was rolled back after its analysis; store_story_flush
 * writes the counts at the commit; store_story_drop forgets them (a
 * rollback).
 */
void store_story_settle(struct store *st, bool ok);
void store_story_next(struct store *st);
int store_story_flush(struct store *st, bool keep, char **cause);
void store_story_drop(struct store *st);
/*
 * Related statements (related.c).  store_related_add queues a new statement
 * (its content terms are copied); store_related_flush relates every queued
 * statement, in order, to what was indexed before it and indexes it; the
 * commit of a transaction calls it.  Outside a transaction, add flushes at
 * once.  store_related_discard forgets the queue (a rollback).
 */
int store_related_add(struct store *st, int64_t id, int64_t aid, int64_t sid, bool direct,
		      char *const *terms, size_t nterms, char **cause);
int store_related_flush(struct store *st, char **cause);
void store_related_discard(struct store *st);
/* khabar_postings(postings, packing): a related_index row's postings, [[id, article], ...] in JSON. */
void store_related_sql_postings(sqlite3_context *ctx, int argc, sqlite3_value **argv);
/* Index the new articles of this transaction (see store.c). */
int store_index_pending(struct store *st, char **cause);
/* Queue a new article for the index (indexed now outside a transaction). */
int store_index_later(struct store *st, int64_t id, char **cause);
/* Run SQL without values (several statements); on failure *cause says what failed. */
int store_exec(struct store *st, const char *what, const char *sql, char **cause);
/*
 * A cached statement, reset and unbound.  Reset it again after use: one left
 * mid-way keeps a read snapshot open, and BEGIN IMMEDIATE then fails at once
 * (SQLITE_BUSY_SNAPSHOT) instead of waiting for another writer.
 */
sqlite3_stmt *store_stmt(struct store *st, enum store_stmt_id id, const char *sql, char **cause);
/* Register khabar_snippet() with FTS5. */
int store_snippet_register(fts5_api *api, char **cause);
/* khabar_rank(): best match first, bounded (rank.c). */
int store_rank_register(fts5_api *api, char **cause);
/* Register khabar_fold() and the FTS5 tokenizer on a connection. */
int store_functions_register(sqlite3 *db, struct fts_cache *cache, char **cause);
/*
 * The tokenizer's cache (fts.c): records offered by store_pretok_offer,
 * replayed when FTS5 tokenizes the same text, and the words the word list
 * (search_terms) does not have yet.  flush adds those words and forgets
 * the records (after each batch's index); clear forgets everything.
 */
struct fts_cache;
struct fts_cache *store_fts_cache_new(void);
void store_fts_cache_clear(struct fts_cache *c);
void store_fts_cache_free(struct fts_cache *c);
int store_fts_cache_flush(struct store *st, char **cause);
int store_fts_register_cache(sqlite3 *db, struct fts_cache *cache, char **cause);
/*
 * Varints (7 bits a byte, low first, the high bit set on all but the last):
 * the related index's postings (related.c) and the tokens made ahead
 * (fts.c).  store_varint_put writes v at b (10 bytes room) and gives the
 * bytes written; store_varint_get reads one at b (len bytes left) into *v
 * and gives the bytes read, 0 when it runs past them.
 */
static inline size_t
store_varint_put(unsigned char *b, uint64_t v)
{
	size_t n = 0;

	while (v >= 0x80) {
		b[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	b[n++] = (unsigned char)v;
	return n;
}

static inline size_t
store_varint_get(const unsigned char *b, size_t len, uint64_t *v)
{
	size_t n = 0;
	int shift = 0;

	*v = 0;
	while (n < len && shift < 64) {
		*v |= (uint64_t)(b[n] & 0x7f) << shift;
		if ((b[n++] & 0x80) == 0)
			return n;
		shift += 7;
	}
	return 0;
}

static inline struct fts_cache *
store_fts_cache(struct store *st)
{
	return st->tokcache;
}

#endif
