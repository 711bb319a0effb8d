/*
 * related.c: related statements, found through a bounded index and
 * computed a batch at a time.
 *
 * The index (table related_index) has one row per key: a content term of
 * statements, a speaker or a topic.  Each row keeps how many statements
 * ever had the key (df) and the newest RELATED_POSTINGS of them, packed in
 * a blob (id, article, speaker, norm, kind: postings_encode).  Finding the
 * candidates of a statement reads one row per key, whatever the size of the archive, and
 * a batch reads each key once for all its statements.
 *
 * Similarity is the cosine of the statements' term sets weighted by
 * rarity (a smoothed inverse document frequency over the statements
 * indexed so far), so that common words count little and are never
 * thrown away whole; plus the same speaker and shared topics:
 *
 *   score = 0.6 cos + 0.25 [same speaker] + 0.1 min(shared topics, 2)
 *           + 0.3 [both quotes and cos >= 0.6: the same quote]
 *
 * A new statement is related to its best RELATED_KEEP candidates in other
 * articles (score at least RELATED_MIN).  A relation is stored once, from
 * the newer statement to the older (table related: statement_id above
 * other_id), and read both ways (store_list_related: a statement's best
 * RELATED_KEEP among the relations on either side).  So relating a new
 * statement writes its own rows only: the older statement's rows are not
 * touched, and nothing is cut afterwards.  Statements are handled in the
 * order they were stored, each seeing the ones stored before it (those of
 * its batch too), so the result does not depend on how the work was split
 * into batches or threads.
 *
 * A posting may name a statement deleted since it was indexed (its article
 * re-imported with another text, or deleted).  A trigger keeps every deleted
 * statement's id and article in statements_gone (migration 29), and a
 * relation to a statement found there is not stored.  A batch reads once
 * whether that table has rows; when it has none, nothing is checked.  The
 * table related has no foreign keys: their checks read an older
 * statement's page for every relation stored.
 */
#include "config.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "store/store-private.h"

#define RELATED_MIN 0.2      /* the lowest score worth keeping */
#define RELATED_POSTINGS 30  /* statements kept per key (the newest) */
#define POSTING_SIZE 29      /* bytes of one posting packed the first way (packing 0) */
#define POSTING_MAX 34       /* bytes of one posting packed with varints at most (3 of 10, 4) */

/* Kinds of key of related_index. */
enum { KEY_TERM, KEY_SPEAKER, KEY_TOPIC, KEY_COUNT };

/* One statement under a key. */
struct posting {
	int64_t id, aid, sid; /* statement, article, speaker */
	float norm;           /* length of its weighted term vector */
	bool direct;
};

/* A key of the index, loaded for a batch. */
struct rkey {
	int kind;
	char *key;            /* the term, or the id in decimal */
	int64_t df;           /* statements that ever had it */
	struct posting p[RELATED_POSTINGS];
	size_t n;
	bool dirty;
};

/* A new statement waiting for the batch's end. */
struct rnew {
	int64_t id, aid, sid;
	bool direct;
	char **terms;
	size_t nterms;
	int64_t *topics;
	size_t ntopics;
	struct rkey **keys;   /* its terms' keys, then speaker, then topics */
	size_t nkeys;
};

/* What a batch holds: its new statements and the keys they use (a hash table). */
struct related_batch {
	struct rnew *v;
	size_t n, cap;
	struct rkey **tab;
	size_t ntab, captab;
};

/* ---- Packing ---- */

static int64_t
get64(const unsigned char *b)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < 8; i++)
		v |= (uint64_t)b[i] << (8 * i);
	return (int64_t)v;
}

static void
posting_unpack(const unsigned char *b, struct posting *p)
{
	uint32_t f = (uint32_t)b[24] | (uint32_t)b[25] << 8 | (uint32_t)b[26] << 16 |
		     (uint32_t)b[27] << 24;

	p->id = get64(b);
	p->aid = get64(b + 8);
	p->sid = get64(b + 16);
	memcpy(&p->norm, &f, 4);
	p->direct = b[28] != 0;
}

/*
 * Packing 1, what is written now: per posting, newest first, varints of
 * the statement id's distance from the previous posting's (the first: the
 * id), of the article id's (zigzag: it may go either way), of the speaker
 * id (zigzag) times 2 plus direct, then the norm's 4 bytes.  About 11
 * bytes a posting against 29: the index, whose rows a batch rewrites, is
 * less than half the size.
 */
static uint64_t
zigzag(int64_t v)
{
	return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}

static int64_t
unzigzag(uint64_t v)
{
	return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

/* Pack n postings into b (room for n * POSTING_MAX bytes); its length. */
static size_t
postings_encode(unsigned char *b, const struct posting *p, size_t n)
{
	size_t len = 0, i;
	uint32_t f;

	for (i = 0; i < n; i++) {
		len += store_varint_put(b + len, i == 0 ? (uint64_t)p[i].id : zigzag((int64_t)((uint64_t)p[i - 1].id - (uint64_t)p[i].id)));
		len += store_varint_put(b + len, zigzag(i == 0 ? p[i].aid : (int64_t)((uint64_t)p[i - 1].aid - (uint64_t)p[i].aid)));
		len += store_varint_put(b + len, zigzag(p[i].sid) << 1 | (p[i].direct ? 1 : 0));
		memcpy(&f, &p[i].norm, 4);
		b[len++] = (unsigned char)f;
		b[len++] = (unsigned char)(f >> 8);
		b[len++] = (unsigned char)(f >> 16);
		b[len++] = (unsigned char)(f >> 24);
	}
	return len;
}

/* Unpack postings from b (len bytes), at most max; how many (a damaged blob gives those before the damage). */
static size_t
postings_decode(const unsigned char *b, size_t len, struct posting *p, size_t max)
{
	size_t at = 0, n = 0, k;
	uint64_t v[3];
	uint32_t f;
	int j;

	while (n < max && at < len) {
		for (j = 0; j < 3; j++) {
			if ((k = store_varint_get(b + at, len - at, &v[j])) == 0)
				return n;
			at += k;
		}
		if (len - at < 4)
			return n;
		/* in unsigned arithmetic: a damaged blob gives wrong ids, never an overflow */
		p[n].id = n == 0 ? (int64_t)v[0] : (int64_t)((uint64_t)p[n - 1].id - (uint64_t)unzigzag(v[0]));
		p[n].aid = n == 0 ? unzigzag(v[1]) : (int64_t)((uint64_t)p[n - 1].aid - (uint64_t)unzigzag(v[1]));
		p[n].sid = unzigzag(v[2] >> 1);
		p[n].direct = (v[2] & 1) != 0;
		f = (uint32_t)b[at] | (uint32_t)b[at + 1] << 8 | (uint32_t)b[at + 2] << 16 | (uint32_t)b[at + 3] << 24;
		memcpy(&p[n].norm, &f, 4);
		at += 4;
		n++;
	}
	return n;
}

/* Unpack a row's postings, packed the way packing says, at most max; how many. */
static size_t
postings_read(const unsigned char *b, size_t len, int packing, struct posting *p, size_t max)
{
	size_t i;

	if (b == NULL)
		return 0;
	if (packing == 1)
		return postings_decode(b, len, p, max);
	/* packing 0, rows written before migration 28 */
	for (i = 0; i < len / POSTING_SIZE && i < max; i++)
		posting_unpack(b + i * POSTING_SIZE, &p[i]);
	return i;
}

void
store_related_sql_postings(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const unsigned char *blob = sqlite3_value_blob(argv[0]);
	struct posting p[RELATED_POSTINGS];
	struct buf b;
	size_t n, i;

	(void)argc;
	n = postings_read(blob, (size_t)sqlite3_value_bytes(argv[0]), sqlite3_value_int(argv[1]), p,
			  RELATED_POSTINGS);
	buf_init(&b);
	buf_addc(&b, '[');
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s[%lld,%lld]", i ? "," : "", (long long)p[i].id, (long long)p[i].aid);
	buf_addc(&b, ']');
	sqlite3_result_text(ctx, b.data, (int)b.len, free);
}

/* ---- The batch's keys ---- */

static uint64_t
rkey_hash(int kind, const char *key)
{
	uint64_t h = 1469598103934665603ULL ^ (uint64_t)kind;

	for (; *key; key++)
		h = (h ^ (unsigned char)*key) * 1099511628211ULL;
	return h;
}

static void
batch_grow(struct related_batch *b)
{
	struct rkey **old = b->tab;
	size_t oldcap = b->captab, i, j;

	b->captab = oldcap ? oldcap * 2 : 1024;
	b->tab = xcalloc(b->captab, sizeof *b->tab);
	for (i = 0; i < oldcap; i++) {
		if (old[i] == NULL)
			continue;
		for (j = rkey_hash(old[i]->kind, old[i]->key) & (b->captab - 1); b->tab[j];
		     j = (j + 1) & (b->captab - 1))
			;
		b->tab[j] = old[i];
	}
	free(old);
}

/* Read a key's row (df 0 and no postings when it has none). */
static int
rkey_load(struct store *st, struct rkey *k, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_R_GET,
				     "SELECT df, postings, packing FROM related_index WHERE kind = ?1 AND key = ?2",
				     cause);
	const unsigned char *blob;
	size_t len;
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int(s, 1, k->kind);
	if (k->kind == KEY_TERM)
		sqlite3_bind_text(s, 2, k->key, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(s, 2, strtoll(k->key, NULL, 10));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		k->df = sqlite3_column_int64(s, 0);
		blob = sqlite3_column_blob(s, 1);
		len = (size_t)sqlite3_column_bytes(s, 1);
		k->n = postings_read(blob, len, sqlite3_column_int(s, 2), k->p, RELATED_POSTINGS);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "reading the related-statement index", cause);
	return 0;
}

/* The batch's copy of a key, read from the index on first use; NULL on failure. */
static struct rkey *
batch_key(struct store *st, struct related_batch *b, int kind, const char *key, char **cause)
{
	size_t j;
	struct rkey *k;

	if (b->ntab * 2 >= b->captab)
		batch_grow(b);
	for (j = rkey_hash(kind, key) & (b->captab - 1); (k = b->tab[j]) != NULL;
	     j = (j + 1) & (b->captab - 1))
		if (k->kind == kind && strcmp(k->key, key) == 0)
			return k;
	k = xcalloc(1, sizeof *k);
	k->kind = kind;
	k->key = xstrdup(key);
	b->tab[j] = k;
	b->ntab++;
	return rkey_load(st, k, cause) == 0 ? k : NULL;
}

/* Write the keys the batch changed. */
static int
batch_write_keys(struct store *st, struct related_batch *b, char **cause)
{
	unsigned char blob[RELATED_POSTINGS * POSTING_MAX];
	sqlite3_stmt *s;
	size_t j, len;
	struct rkey *k;

	for (j = 0; j < b->captab; j++) {
		if ((k = b->tab[j]) == NULL || !k->dirty)
			continue;
		s = store_stmt(st, STMT_R_PUT,
			       "INSERT OR REPLACE INTO related_index(kind, key, df, postings, packing)"
			       " VALUES (?1, ?2, ?3, ?4, 1)",
			       cause);
		if (s == NULL)
			return -1;
		len = postings_encode(blob, k->p, k->n);
		sqlite3_bind_int(s, 1, k->kind);
		if (k->kind == KEY_TERM)
			sqlite3_bind_text(s, 2, k->key, -1, SQLITE_STATIC);
		else
			sqlite3_bind_int64(s, 2, strtoll(k->key, NULL, 10));
		sqlite3_bind_int64(s, 3, k->df);
		sqlite3_bind_blob(s, 4, blob, (int)len, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_DONE)
			return store_fail(st->db, "writing the related-statement index", cause);
		sqlite3_reset(s);
	}
	return 0;
}

/* Put a statement at the head of a key's postings (the oldest falls off). */
static void
rkey_push(struct rkey *k, const struct posting *p)
{
	memmove(&k->p[1], &k->p[0], (RELATED_POSTINGS - 1) * sizeof k->p[0]);
	k->p[0] = *p;
	if (k->n < RELATED_POSTINGS)
		k->n++;
	k->df++;
	k->dirty = true;
}

/* ---- Scoring ---- */

/* A statement that may be related to the new one, and what they share. */
struct cand {
	int64_t id, aid;
	double dot;        /* weighted terms in common */
	float norm;
	int topics;        /* topics in common */
	bool speaker;      /* same speaker */
	bool direct;
	double score, cos;
	size_t slot;       /* its place in the table by id */
};

/*
 * The candidates of one statement, each once: a posting of a statement
 * already there adds to it (in the order of the keys, so sums do not
 * depend on anything else).  slot is an open-addressing table of
 * index + 1 by id, emptied after each statement through the slots used.
 */
struct cands {
	struct cand *v;
	size_t n, cap;
	uint32_t *slot;
	size_t nslot;
	struct cand *best;  /* those worth keeping */
	size_t nbest, capbest;
};

/* Where a statement's probe in the table of nslot slots starts. */
static size_t
cands_home(int64_t id, size_t nslot)
{
	return (size_t)((uint64_t)id * 0x9E3779B97F4A7C15ULL >> 20) & (nslot - 1);
}

static void
cands_reset(struct cands *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		c->slot[c->v[i].slot] = 0;
	c->n = 0;
}

static void
cands_grow(struct cands *c)
{
	size_t i, j;

	free(c->slot);
	c->nslot = c->nslot ? c->nslot * 2 : 1024;
	c->slot = xcalloc(c->nslot, sizeof *c->slot);
	for (i = 0; i < c->n; i++) {
		for (j = cands_home(c->v[i].id, c->nslot); c->slot[j] != 0; j = (j + 1) & (c->nslot - 1))
			;
		c->slot[j] = (uint32_t)i + 1;
		c->v[i].slot = j;
	}
}

/* The candidate of a posting's statement, new (all zero but what the posting gives) or already there. */
static struct cand *
cands_add(struct cands *c, const struct posting *p, bool *fresh)
{
	struct cand *y;
	size_t j;

	if (c->n * 2 >= c->nslot)
		cands_grow(c);
	for (j = cands_home(p->id, c->nslot); c->slot[j] != 0; j = (j + 1) & (c->nslot - 1))
		if (c->v[c->slot[j] - 1].id == p->id) {
			*fresh = false;
			return &c->v[c->slot[j] - 1];
		}
	if (c->n == c->cap)
		c->v = xrealloc(c->v, (c->cap = c->cap ? c->cap * 2 : 256) * sizeof *c->v);
	y = &c->v[c->n];
	memset(y, 0, sizeof *y);
	y->id = p->id;
	y->aid = p->aid;
	y->norm = p->norm;
	y->direct = p->direct;
	y->slot = j;
	c->slot[j] = (uint32_t)++c->n;
	*fresh = true;
	return y;
}

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	return x->score < y->score ? 1 : x->score > y->score ? -1 : (x->id < y->id ? 1 : -1);
}

/* A term's weight: rarer is heavier (df statements of n have it). */
static double
term_weight(int64_t df, int64_t n)
{
	return log(1.0 + (double)(n + 1) / (double)(df + 1));
}

/* Score a candidate of a new statement whose weighted norm is norm. */
static void
cand_score(struct cand *x, double norm, bool direct)
{
	x->cos = norm > 0 && x->norm > 0 ? x->dot / (norm * x->norm) : 0;
	if (x->cos > 1)
		x->cos = 1;
	x->score = 0.6 * x->cos + (x->speaker ? 0.25 : 0) + (x->topics > 2 ? 2 : x->topics) * 0.1;
	if (direct && x->direct && x->cos >= 0.6)
		x->score += 0.3;
}

/* The reason for a relation, in words. */
static void
cand_reason(const struct cand *x, bool direct, struct buf *reason)
{
	buf_reset(reason);
	buf_add(reason, "", 0);
	if (direct && x->direct && x->cos >= 0.6)
		buf_adds(reason, "same quote, ");
	if (x->speaker)
		buf_adds(reason, "same speaker, ");
	if (x->topics > 0)
		buf_printf(reason, "%d shared topic%s, ", x->topics, x->topics > 1 ? "s" : "");
	if (x->cos >= 0.1)
		buf_printf(reason, "similar text %.2f, ", x->cos);
	if (reason->len >= 2)
		reason->data[reason->len -= 2] = '\0';
}

/*
 * Store a relation, from the new statement to the older one.  A posting of
 * the index may name a statement deleted since it was indexed (its article
 * re-imported with another text, or deleted): when the archive has deleted
 * any (check), the older one must not be in statements_gone, unless a
 * statement with its id and article was stored again since (statements
 * has no AUTOINCREMENT: when the newest statements are deleted, the next
 * ones get their ids).  Without deleted statements there is nothing to
 * check, and nothing is read.
 */
static int
related_link(struct store *st, const struct rnew *x, const struct cand *c, const char *reason,
	     bool check, char **cause)
{
	sqlite3_stmt *s =
		check ? store_stmt(st, STMT_R_LINK_CHECKED,
				   "INSERT OR REPLACE INTO related(statement_id, other_id, score, reason)"
				   " SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM statements_gone g"
				   " WHERE g.id = ?2 AND g.article_id = ?5 AND NOT EXISTS"
				   " (SELECT 1 FROM statements s WHERE s.id = ?2 AND s.article_id = ?5))",
				   cause)
		      : store_stmt(st, STMT_X_RELATED_ADD,
				   "INSERT OR REPLACE INTO related(statement_id, other_id, score, reason)"
				   " VALUES (?1, ?2, ?3, ?4)",
				   cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, x->id);
	sqlite3_bind_int64(s, 2, c->id);
	sqlite3_bind_double(s, 3, c->score);
	sqlite3_bind_text(s, 4, reason, -1, SQLITE_STATIC);
	if (check)
		sqlite3_bind_int64(s, 5, c->aid);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st->db, "storing a relation", cause);
}

/* Has the archive deleted statements that postings may still name (statements_gone has rows)? */
static int
related_gone(struct store *st, bool *any, char **cause)
{
	sqlite3_stmt *s =
		store_stmt(st, STMT_R_GONE, "SELECT EXISTS (SELECT 1 FROM statements_gone)", cause);
	int rc;

	if (s == NULL)
		return -1;
	rc = sqlite3_step(s);
	*any = rc != SQLITE_ROW || sqlite3_column_int(s, 0) != 0;
	sqlite3_reset(s);
	return rc == SQLITE_ROW ? 0 : store_fail(st->db, "reading the deleted statements", cause);
}

/* Relate one new statement to what was indexed before it, then index it. */
static int
related_one(struct store *st, struct rnew *x, struct rkey *count, struct cands *c, struct buf *reason,
	    bool check, char **cause)
{
	struct posting me = { x->id, x->aid, x->sid, 0, x->direct };
	double norm = 0, w;
	size_t i, j;
	int rc = 0;

	cands_reset(c);
	for (i = 0; i < x->nkeys; i++) {
		struct rkey *k = x->keys[i];
		w = k->kind == KEY_TERM ? term_weight(k->df, count->df) : 0;
		norm += w * w;
		for (j = 0; j < k->n; j++) {
			struct cand *y;
			bool fresh;
			if (k->p[j].aid == x->aid)
				continue;
			y = cands_add(c, &k->p[j], &fresh);
			y->dot = fresh ? w * w : y->dot + w * w;
			y->speaker |= x->sid != 0 && k->p[j].sid == x->sid;
			y->topics += k->kind == KEY_TOPIC;
		}
	}
	norm = sqrt(norm);
	/* Only those worth keeping are sorted, into a second array. */
	for (i = 0; i < c->n; i++) {
		cand_score(&c->v[i], norm, x->direct);
		if (c->v[i].score >= RELATED_MIN) {
			if (c->nbest == c->capbest)
				c->best = xrealloc(c->best, (c->capbest = c->capbest ? c->capbest * 2 : 64) *
								    sizeof *c->best);
			c->best[c->nbest++] = c->v[i];
		}
	}
	if (c->nbest > 1)
		qsort(c->best, c->nbest, sizeof *c->best, cand_cmp);
	for (i = 0; rc == 0 && i < c->nbest && i < RELATED_KEEP; i++) {
		cand_reason(&c->best[i], x->direct, reason);
		rc = related_link(st, x, &c->best[i], reason->data, check, cause);
	}
	c->nbest = 0;
	me.norm = (float)norm;
	for (i = 0; i < x->nkeys; i++)
		rkey_push(x->keys[i], &me);
	count->df++;
	count->dirty = true;
	return rc;
}

/* ---- The batch ---- */

static void
rnew_free(struct rnew *x)
{
	size_t i;

	for (i = 0; i < x->nterms; i++)
		free(x->terms[i]);
	free(x->terms);
	free(x->topics);
	free(x->keys);
}

void
store_related_discard(struct store *st)
{
	struct related_batch *b = st->related;
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->n; i++)
		rnew_free(&b->v[i]);
	for (i = 0; i < b->captab; i++)
		if (b->tab[i] != NULL) {
			free(b->tab[i]->key);
			free(b->tab[i]);
		}
	free(b->tab);
	free(b->v);
	free(b);
	st->related = NULL;
}

int
store_related_add(struct store *st, int64_t id, int64_t aid, int64_t sid, bool direct,
		  char *const *terms, size_t nterms, char **cause)
{
	struct related_batch *b = st->related;
	struct rnew *x;
	size_t i;

	if (b == NULL)
		b = st->related = xcalloc(1, sizeof *b);
	if (b->n == b->cap)
		b->v = xrealloc(b->v, (b->cap = b->cap ? b->cap * 2 : 256) * sizeof *b->v);
	x = &b->v[b->n++];
	memset(x, 0, sizeof *x);
	x->id = id;
	x->aid = aid;
	x->sid = sid;
	x->direct = direct;
	x->terms = xcalloc(nterms + 1, sizeof *x->terms);
	for (i = 0; i < nterms; i++)
		x->terms[i] = xstrdup(terms[i]);
	x->nterms = nterms;
	return st->depth == 0 ? store_related_flush(st, cause) : 0;
}

/* The topics of a new statement (lexicon and automatic); *gone when it was rolled back. */
static int
rnew_topics(struct store *st, struct rnew *x, bool *gone, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_R_TOPICS,
				     "SELECT t.topic_id FROM statements s LEFT JOIN statement_topics t"
				     " ON t.statement_id = s.id WHERE s.id = ?1 AND s.article_id = ?2"
				     " ORDER BY t.topic_id",
				     cause);
	int rc;

	if (s == NULL)
		return -1;
	*gone = true;
	sqlite3_bind_int64(s, 1, x->id);
	sqlite3_bind_int64(s, 2, x->aid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*gone = false;
		if (sqlite3_column_type(s, 0) == SQLITE_NULL)
			continue;
		x->topics = xrealloc(x->topics, (x->ntopics + 1) * sizeof *x->topics);
		x->topics[x->ntopics++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st->db, "reading a statement's topics", cause);
}

/* Find the keys of a new statement (read from the index on first use). */
static int
rnew_keys(struct store *st, struct related_batch *b, struct rnew *x, char **cause)
{
	char num[32];
	size_t i;

	x->keys = xcalloc(x->nterms + x->ntopics + 2, sizeof *x->keys);
	for (i = 0; i < x->nterms; i++)
		if ((x->keys[x->nkeys++] = batch_key(st, b, KEY_TERM, x->terms[i], cause)) == NULL)
			return -1;
	if (x->sid != 0) {
		snprintf(num, sizeof num, "%lld", (long long)x->sid);
		if ((x->keys[x->nkeys++] = batch_key(st, b, KEY_SPEAKER, num, cause)) == NULL)
			return -1;
	}
	for (i = 0; i < x->ntopics; i++) {
		snprintf(num, sizeof num, "%lld", (long long)x->topics[i]);
		if ((x->keys[x->nkeys++] = batch_key(st, b, KEY_TOPIC, num, cause)) == NULL)
			return -1;
	}
	return 0;
}

int
store_related_flush(struct store *st, char **cause)
{
	struct related_batch *b = st->related;
	struct cands c = { 0 };
	struct rkey *count;
	struct buf reason;
	bool gone, check = false;
	size_t i;
	int rc = 0;

	if (b == NULL || b->n == 0)
		return 0;
	buf_init(&reason);
	count = batch_key(st, b, KEY_COUNT, "0", cause);
	if (count == NULL || related_gone(st, &check, cause) != 0)
		rc = -1;
	for (i = 0; rc == 0 && i < b->n; i++) {
		struct rnew *x = &b->v[i];
		if ((rc = rnew_topics(st, x, &gone, cause)) != 0 || gone)
			continue; /* rolled back since it was stored */
		if ((rc = rnew_keys(st, b, x, cause)) == 0)
			rc = related_one(st, x, count, &c, &reason, check, cause);
	}
	if (rc == 0)
		rc = batch_write_keys(st, b, cause);
	buf_free(&reason);
	free(c.v);
	free(c.slot);
	free(c.best);
	store_related_discard(st);
	return rc;
}
