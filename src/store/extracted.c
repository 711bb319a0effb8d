/*
 * extracted.c: the write side of extraction.  One article's results replace
 * what was stored for it: dates (and the article's date unless the import
 * gave one), speakers merged across articles by their keys, statements with
 * their topics and terms, lexicon and automatic topics, and the related
 * statements of the new statements, found through the term, speaker and
 * topic indexes, in both directions, without touching the rest of the
 * archive.
 */
#include "config.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "store/store-private.h"

#define RELATED_KEEP 10      /* related statements kept per statement */
#define RELATED_MIN 0.2      /* the lowest score worth keeping */
#define TERM_CAP 300         /* a term in more statements than this finds nothing */

static void
xbind(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
}

/* Run a cached statement with up to two int64 and two text arguments to completion. */
static int
extracted_exec(struct store *st, enum store_stmt_id id, const char *sql, int64_t a, int64_t b,
	       const char *s3, const char *s4, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, id, sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	xbind(s, 3, s3);
	xbind(s, 4, s4);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		;
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "storing extraction results", cause);
	return 0;
}

/* Run a cached query that returns one integer (0 when no row). */
static int
extracted_int(struct store *st, enum store_stmt_id id, const char *sql, int64_t a,
	      const char *s3, int64_t *out, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, id, sql, cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, a);
	xbind(s, 3, s3);
	*out = 0;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "reading extraction results", cause);
	return 0;
}

/* Forget what extraction stored for an article (its phrase counts included). */
static int
extracted_clear(struct store *st, int64_t id, char **cause)
{
	return extracted_exec(st, STMT_X_DF_DOWN,
			      "UPDATE phrase_df SET df = df - 1 WHERE phrase IN"
			      " (SELECT phrase FROM article_phrases WHERE article_id = ?1)",
			      id, 0, NULL, NULL, cause) != 0 ||
	       extracted_exec(st, STMT_X_DEL_PHRASES, "DELETE FROM article_phrases WHERE article_id = ?1",
			      id, 0, NULL, NULL, cause) != 0 ||
	       extracted_exec(st, STMT_X_DEL_STATEMENTS, "DELETE FROM statements WHERE article_id = ?1",
			      id, 0, NULL, NULL, cause) != 0 ||
	       extracted_exec(st, STMT_X_DEL_DATES, "DELETE FROM article_dates WHERE article_id = ?1",
			      id, 0, NULL, NULL, cause) != 0 ||
	       extracted_exec(st, STMT_X_DEL_TOPICS, "DELETE FROM article_topics WHERE article_id = ?1",
			      id, 0, NULL, NULL, cause) != 0 ||
	       store_story_forget(st, id, cause) != 0
		       ? -1
		       : 0;
}

static int
extracted_dates(struct store *st, int64_t id, const char *content, const struct xdates *d,
		char **cause)
{
	sqlite3_stmt *s;
	size_t i, len = strlen(content), b0, b1, cp = 0, at = 0;

	for (i = 0; i < d->n; i++) {
		const struct xdate *x = &d->v[i];
		s = store_stmt(st, STMT_X_ADD_DATE,
			       "INSERT INTO article_dates(article_id, start, end, value, precision,"
			       " calendar, is_article_date, text) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
			       cause);
		if (s == NULL)
			return -1;
		/* Dates come in text order: walk on from the last one, not from the start. */
		if (x->start < cp)
			cp = at = 0;
		b0 = at += utf8_offset_of(content + at, len - at, x->start - cp);
		cp = x->start;
		b1 = b0 + utf8_offset_of(content + b0, len - b0, x->end - x->start);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, (int64_t)x->start);
		sqlite3_bind_int64(s, 3, (int64_t)x->end);
		xbind(s, 4, x->value[0] ? x->value : NULL);
		sqlite3_bind_int(s, 5, x->precision);
		xbind(s, 6, x->hijri ? "islamic-umalqura" : "gregorian");
		sqlite3_bind_int(s, 7, (int)i == d->article);
		sqlite3_bind_text(s, 8, content + b0, (int)(b1 - b0), SQLITE_TRANSIENT);
		if (sqlite3_step(s) != SQLITE_DONE)
			return store_fail(st->db, "storing a date", cause);
	}
	return 0;
}

/*
 * The article's date, unless the import gave one: the text's ('text'), a
 * relative expression resolved ('relative'), else the reference date
 * ('reference'), else none.
 */
static int
extracted_article_date(struct store *st, int64_t id, const struct xdates *d, char **cause)
{
	const struct xdate *x = d->article >= 0 ? &d->v[d->article] : NULL;

	return extracted_exec(st, STMT_X_SET_DATE,
			      "UPDATE articles SET date = coalesce(?3, ref_date),"
			      " date_precision = CASE WHEN ?3 IS NOT NULL THEN ?2"
			      " WHEN ref_date IS NOT NULL THEN 3 ELSE 0 END,"
			      " date_origin = CASE WHEN ?3 IS NOT NULL THEN ?4"
			      " WHEN ref_date IS NOT NULL THEN 'reference' END"
			      " WHERE id = ?1 AND (date_origin IS NULL OR date_origin <> 'import')",
			      id, x ? x->precision : 0, x ? x->value : NULL,
			      x == NULL ? NULL : x->kind == XDATE_RELATIVE ? "relative" : "text", cause);
}

/* The speaker id a key belongs to (0 when none). */
static int
extracted_key_speaker(struct store *st, const char *form, int64_t *out, char **cause)
{
	char *key = extract_speaker_key(form);
	int rc = extracted_int(st, STMT_X_KEY_GET, "SELECT speaker_id FROM speaker_keys WHERE key = ?3",
			       0, key, out, cause);

	free(key);
	return rc;
}

/* Remember a form of a speaker: an alias row (unless it is the name) and its key. */
static int
extracted_alias(struct store *st, int64_t sid, const char *name, const char *form, char **cause)
{
	char *key = extract_speaker_key(form), *f = text_fold(form, strlen(form));
	int rc = extracted_exec(st, STMT_X_KEY_ADD,
				"INSERT OR IGNORE INTO speaker_keys(key, speaker_id) VALUES (?3, ?1)",
				sid, 0, key, NULL, cause);

	if (rc == 0 && strcmp(form, name) != 0)
		rc = extracted_exec(st, STMT_X_ALIAS_ADD,
				    "INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, folded)"
				    " VALUES (?1, ?3, ?4)",
				    sid, 0, form, f, cause);
	free(key);
	free(f);
	return rc;
}

/* The stored speaker for an article speaker: found by any of its forms' keys, else added. */
static int
extracted_speaker(struct store *st, const struct xspeaker *p, const struct xlex *lx, int64_t *sid,
		  char **cause)
{
	const struct xgaz_speaker *g = p->gaz >= 0 ? &lx->sp[p->gaz] : NULL;
	char *folded = text_fold(p->name, strlen(p->name));
	size_t i;
	int rc;

	rc = extracted_key_speaker(st, p->name, sid, cause);
	for (i = 0; rc == 0 && *sid == 0 && i < p->naliases; i++)
		rc = extracted_key_speaker(st, p->aliases[i], sid, cause);
	if (rc == 0 && *sid == 0)
		rc = extracted_int(st, STMT_X_SPEAKER_FOLDED, "SELECT id FROM speakers WHERE folded = ?3",
				   0, folded, sid, cause);
	if (rc == 0 && *sid == 0) {
		rc = extracted_exec(st, STMT_X_SPEAKER_ADD,
				    "INSERT INTO speakers(name, folded, kind) VALUES (?3, ?4,"
				    " CASE ?1 WHEN 1 THEN 'body' ELSE 'person' END)",
				    p->body, 0, p->name, folded, cause);
		*sid = sqlite3_last_insert_rowid(st->db);
	}
	free(folded);
	if (rc == 0)
		rc = extracted_alias(st, *sid, p->name, p->name, cause);
	for (i = 0; rc == 0 && i < p->naliases; i++)
		rc = extracted_alias(st, *sid, p->name, p->aliases[i], cause);
	for (i = 0; rc == 0 && g && i < g->naliases; i++)
		rc = extracted_alias(st, *sid, p->name, g->aliases[i], cause);
	return rc;
}

/* A topic's id by name (added with origin when new). */
static int
extracted_topic(struct store *st, const char *name, const char *origin, int64_t *tid, char **cause)
{
	if (extracted_exec(st, STMT_X_TOPIC_ADD,
			   "INSERT OR IGNORE INTO topics(name, origin) VALUES (?3, ?4)", 0, 0, name,
			   origin, cause) != 0)
		return -1;
	return extracted_int(st, STMT_X_TOPIC_GET, "SELECT id FROM topics WHERE name = ?3", 0, name,
			     tid, cause);
}

/* One statement: the row, its lexicon topics and its terms; *xid gets its id. */
static int
extracted_statement(struct store *st, int64_t aid, int64_t sid, const struct xstatement *x,
		    const struct xlex *lx, struct text_stemmer *stem, int64_t *xid, char **cause)
{
	char **terms;
	size_t nterms, i;
	int64_t tid;
	int rc;

	sqlite3_stmt *s = store_stmt(st, STMT_X_STATEMENT_ADD,
				     "INSERT INTO statements(article_id, speaker_id, kind, start, end, text,"
				     " nterms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
				     cause);

	if (s == NULL)
		return -1;
	extract_terms(stem, x->text, &terms, &nterms);
	sqlite3_bind_int64(s, 1, aid);
	sqlite3_bind_int64(s, 2, sid);
	xbind(s, 3, x->direct ? "direct" : "reported");
	sqlite3_bind_int64(s, 4, (int64_t)x->start);
	sqlite3_bind_int64(s, 5, (int64_t)x->end);
	xbind(s, 6, x->text);
	sqlite3_bind_int64(s, 7, (int64_t)nterms);
	rc = sqlite3_step(s) == SQLITE_DONE ? 0 : store_fail(st->db, "storing a statement", cause);
	*xid = sqlite3_last_insert_rowid(st->db);
	for (i = 0; rc == 0 && i < x->ntopics; i++)
		if ((rc = extracted_topic(st, lx->tp[x->topics[i]].name, "lexicon", &tid, cause)) == 0)
			rc = extracted_exec(st, STMT_X_STATEMENT_TOPIC,
					    "INSERT OR IGNORE INTO statement_topics VALUES (?1, ?2)",
					    *xid, tid, NULL, NULL, cause);
	for (i = 0; rc == 0 && i < nterms; i++)
		rc = extracted_exec(st, STMT_X_TERM_ADD,
				    "INSERT OR IGNORE INTO statement_terms(term, statement_id) VALUES (?3, ?1)",
				    *xid, 0, terms[i], NULL, cause);
	for (i = 0; i < nterms; i++)
		free(terms[i]);
	free(terms);
	return rc;
}

/* ---- Topics of the article ---- */

static int
extracted_lexicon_topics(struct store *st, int64_t aid, const struct xresult *r,
			 const struct xlex *lx, char **cause)
{
	size_t i;
	int64_t tid;

	for (i = 0; i < r->ntopics; i++)
		if (extracted_topic(st, lx->tp[r->topics[i]].name, "lexicon", &tid, cause) != 0 ||
		    extracted_exec(st, STMT_X_ARTICLE_TOPIC,
				   "INSERT OR IGNORE INTO article_topics(article_id, topic_id, score)"
				   " VALUES (?1, ?2, 1)",
				   aid, tid, NULL, NULL, cause) != 0)
			return -1;
	return 0;
}

/*
 * Entity topics: the people and bodies the article names (its speakers,
 * by their stored names), a kind of topic apart from subjects.  A name
 * that is already a topic of another kind is left to it.
 */
static int
extracted_entity_topics(struct store *st, int64_t aid, const int64_t *sids, const struct xresult *r,
			const struct xlex *lx, char **cause)
{
	size_t i;

	for (i = 0; i < r->nspeakers; i++) {
		if (!extract_entity(lx, &r->speakers[i]))
			continue;
		if (extracted_exec(st, STMT_X_ENTITY_ADD,
				   "INSERT OR IGNORE INTO topics(name, origin, kind)"
				   " SELECT name, 'auto', 'entity' FROM speakers WHERE id = ?1",
				   sids[i], 0, NULL, NULL, cause) != 0 ||
		    extracted_exec(st, STMT_X_ENTITY_LINK,
				   "INSERT OR IGNORE INTO article_topics(article_id, topic_id, score)"
				   " SELECT ?2, t.id, 1 FROM speakers p JOIN topics t ON t.name = p.name"
				   " AND t.kind = 'entity' WHERE p.id = ?1",
				   sids[i], aid, NULL, NULL, cause) != 0)
			return -1;
	}
	return 0;
}

/* ---- Related statements ---- */

/* A statement that may be related to the new one, and what they share. */
struct cand {
	int64_t id;
	int64_t nterms;
	int shared;        /* terms in common */
	int topics;        /* topics in common */
	bool speaker;      /* same speaker */
	bool direct;
	double score;
};

/* The candidates of one new statement. */
struct cands {
	struct cand *v;
	size_t n, cap;
};

/* Append a candidate row (duplicates are merged by cands_merge). */
static struct cand *
cands_add(struct cands *c, int64_t id, int64_t nterms, bool direct)
{
	if (c->n == c->cap)
		c->v = xrealloc(c->v, (c->cap = c->cap ? c->cap * 2 : 64) * sizeof *c->v);
	memset(&c->v[c->n], 0, sizeof *c->v);
	c->v[c->n].id = id;
	c->v[c->n].nterms = nterms;
	c->v[c->n].direct = direct;
	return &c->v[c->n++];
}

static int
cand_id_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

/* Sort by id and add up what the rows of one statement share. */
static void
cands_merge(struct cands *c)
{
	size_t i, k = 0;

	if (c->n == 0)
		return;
	qsort(c->v, c->n, sizeof *c->v, cand_id_cmp);
	for (i = 1; i < c->n; i++) {
		if (c->v[i].id == c->v[k].id) {
			c->v[k].shared += c->v[i].shared;
			c->v[k].topics += c->v[i].topics;
			c->v[k].speaker |= c->v[i].speaker;
		} else {
			c->v[++k] = c->v[i];
		}
	}
	c->n = k + 1;
}

/* Rows of (id, nterms, kind) from a prepared query; what says which count to raise. */
static int
cands_collect(struct store *st, sqlite3_stmt *s, struct cands *c, char what, int cap, char **cause)
{
	/* The rows are read first: a term with more than cap of them is dropped whole. */
	struct row { int64_t id, nterms; bool direct; } *v = xcalloc((size_t)cap + 2, sizeof *v);
	int n = 0, rc, i;

	while (n <= cap && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		v[n].id = sqlite3_column_int64(s, 0);
		v[n].nterms = sqlite3_column_int64(s, 1);
		v[n++].direct = strcmp((const char *)sqlite3_column_text(s, 2), "direct") == 0;
	}
	if (n > cap)
		rc = SQLITE_DONE;
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(v);
		return store_fail(st->db, "finding related statements", cause);
	}
	if (what == 't' && n > cap) { /* too common to tell statements apart */
		free(v);
		return 0;
	}
	for (i = 0; i < n; i++) {
		struct cand *x = cands_add(c, v[i].id, v[i].nterms, v[i].direct);
		if (what == 't')
			x->shared++;
		else if (what == 's')
			x->speaker = true;
		else
			x->topics++;
	}
	free(v);
	return 0;
}

/* Gather candidates by terms, speaker and topics, all from other articles. */
static int
related_candidates(struct store *st, int64_t aid, int64_t xid, int64_t sid, char **terms,
		   size_t nterms, struct cands *c, char **cause)
{
	sqlite3_stmt *s;
	size_t i;
	int rc = 0;

	s = store_stmt(st, STMT_X_CAND_TERM,
		       "SELECT s.id, s.nterms, s.kind FROM statement_terms t JOIN statements s"
		       " ON s.id = t.statement_id WHERE t.term = ?1 AND s.article_id != ?2 LIMIT ?3",
		       cause);
	for (i = 0; s && rc == 0 && i < nterms; i++) {
		sqlite3_bind_text(s, 1, terms[i], -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, aid);
		sqlite3_bind_int(s, 3, TERM_CAP + 1);
		rc = cands_collect(st, s, c, 't', TERM_CAP, cause);
	}
	if (s == NULL)
		return -1;
	s = store_stmt(st, STMT_X_CAND_SPEAKER,
		       "SELECT id, nterms, kind FROM statements WHERE speaker_id = ?1 AND article_id != ?2"
		       " ORDER BY id DESC LIMIT 200",
		       cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, sid);
	sqlite3_bind_int64(s, 2, aid);
	if (rc == 0)
		rc = cands_collect(st, s, c, 's', 200, cause);
	s = store_stmt(st, STMT_X_CAND_TOPIC,
		       "SELECT s.id, s.nterms, s.kind FROM statement_topics a JOIN statement_topics b"
		       " ON b.topic_id = a.topic_id JOIN statements s ON s.id = b.statement_id"
		       " WHERE a.statement_id = ?1 AND s.article_id != ?2 ORDER BY b.rowid DESC LIMIT 400",
		       cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, xid);
	sqlite3_bind_int64(s, 2, aid);
	return rc == 0 ? cands_collect(st, s, c, 'p', 400, cause) : rc;
}

/* Score a candidate: cosine of the term sets, plus speaker and topics; reason in words. */
static void
related_score(struct cand *x, int64_t nterms, bool direct, struct buf *reason)
{
	double cos = 0;

	if (x->shared > 0 && nterms > 0 && x->nterms > 0)
		cos = x->shared / sqrt((double)nterms * (double)x->nterms);
	x->score = 0.6 * cos + (x->speaker ? 0.25 : 0) + (x->topics > 2 ? 2 : x->topics) * 0.1;
	buf_reset(reason);
	buf_add(reason, "", 0);
	if (direct && x->direct && cos >= 0.6) {
		x->score += 0.3;
		buf_adds(reason, "same quote, ");
	}
	if (x->speaker)
		buf_adds(reason, "same speaker, ");
	if (x->topics > 0)
		buf_printf(reason, "%d shared topic%s, ", x->topics, x->topics > 1 ? "s" : "");
	if (cos >= 0.1)
		buf_printf(reason, "similar text %.2f, ", cos);
	if (reason->len >= 2)
		reason->data[reason->len -= 2] = '\0';
}

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	return x->score < y->score ? 1 : x->score > y->score ? -1 : (x->id < y->id ? 1 : -1);
}

/* Store a relation both ways, and keep the other statement's list to its best. */
static int
related_link(struct store *st, int64_t a, int64_t b, double score, const char *reason, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_X_RELATED_ADD,
				     "INSERT OR REPLACE INTO related(statement_id, other_id, score, reason)"
				     " VALUES (?1, ?2, ?3, ?4)",
				     cause);
	int k;

	for (k = 0; k < 2 && s; k++) {
		sqlite3_reset(s);
		sqlite3_bind_int64(s, 1, k ? b : a);
		sqlite3_bind_int64(s, 2, k ? a : b);
		sqlite3_bind_double(s, 3, score);
		sqlite3_bind_text(s, 4, reason, -1, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_DONE)
			return store_fail(st->db, "storing a relation", cause);
	}
	if (s == NULL)
		return -1;
	return extracted_exec(st, STMT_X_RELATED_PRUNE,
			      "DELETE FROM related WHERE statement_id = ?1 AND other_id NOT IN"
			      " (SELECT other_id FROM related WHERE statement_id = ?1"
			      "  ORDER BY score DESC, other_id DESC LIMIT ?2)",
			      b, RELATED_KEEP, NULL, NULL, cause);
}

/* Relate one new statement to the best candidates in other articles. */
static int
related_one(struct store *st, int64_t aid, int64_t xid, int64_t sid, bool direct, const char *text,
	    struct text_stemmer *stem, char **cause)
{
	struct cands c = { NULL, 0, 0 };
	struct buf reason;
	char **terms;
	size_t nterms, i, kept = 0;
	int rc;

	extract_terms(stem, text, &terms, &nterms);
	rc = related_candidates(st, aid, xid, sid, terms, nterms, &c, cause);
	cands_merge(&c);
	buf_init(&reason);
	for (i = 0; i < c.n; i++)
		related_score(&c.v[i], (int64_t)nterms, direct, &reason);
	if (c.n > 0)
		qsort(c.v, c.n, sizeof *c.v, cand_cmp);
	for (i = 0; rc == 0 && i < c.n && kept < RELATED_KEEP; i++) {
		if (c.v[i].score < RELATED_MIN)
			break;
		related_score(&c.v[i], (int64_t)nterms, direct, &reason);
		rc = related_link(st, xid, c.v[i].id, c.v[i].score, reason.data, cause);
		kept++;
	}
	buf_free(&reason);
	for (i = 0; i < nterms; i++)
		free(terms[i]);
	free(terms);
	free(c.v);
	return rc;
}

/* ---- The whole article ---- */

int
store_put_extraction(struct store *st, int64_t aid, const char *content, const struct xresult *r,
		     const struct xlex *lx, struct text_stemmer *stem, char **cause)
{
	int64_t *sids = xcalloc(r->nspeakers + 1, sizeof *sids);
	int64_t *xids = xcalloc(r->nst + 1, sizeof *xids);
	double t0, t1, t2;
	size_t i;
	int rc;

	rc = extracted_clear(st, aid, cause);
	if (rc == 0)
		rc = extracted_dates(st, aid, content, &r->dates, cause);
	if (rc == 0)
		rc = extracted_article_date(st, aid, &r->dates, cause);
	for (i = 0; rc == 0 && i < r->nspeakers; i++)
		rc = extracted_speaker(st, &r->speakers[i], lx, &sids[i], cause);
	for (i = 0; rc == 0 && i < r->nst; i++)
		rc = extracted_statement(st, aid, sids[r->st[i].speaker], &r->st[i], lx, stem, &xids[i],
					 cause);
	t0 = store_clock();
	if (rc == 0)
		rc = extracted_lexicon_topics(st, aid, r, lx, cause);
	if (rc == 0)
		rc = extracted_entity_topics(st, aid, sids, r, lx, cause);
	t1 = store_clock();
	if (rc == 0)
		rc = store_story_assign(st, aid, &r->sig, cause);
	t2 = store_clock();
	if (rc == 0)
		rc = store_phrases_add(st, aid, r, cause); /* last: nothing after it can fail */
	st->cost_topics += (t1 - t0) + (store_clock() - t2);
	st->cost_story += t2 - t1;
	st->cost_articles++;
	for (i = 0; rc == 0 && i < r->nst; i++)
		rc = related_one(st, aid, xids[i], sids[r->st[i].speaker], r->st[i].direct,
				 r->st[i].text, stem, cause);
	free(sids);
	free(xids);
	return rc;
}

int
store_clear_extractions(struct store *st, char **cause)
{
	store_phrases_drop(st);
	return store_exec(st, "clearing extraction results",
			  "DELETE FROM related; DELETE FROM statement_terms; DELETE FROM statement_topics;"
			  "DELETE FROM statements; DELETE FROM article_dates; DELETE FROM article_topics;"
			  "DELETE FROM article_phrases; DELETE FROM phrase_df; DELETE FROM auto_topic_keys;"
			  "DELETE FROM topic_phrases; DELETE FROM story_bands; DELETE FROM story_sigs;"
			  "UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL; DELETE FROM stories;"
			  "DELETE FROM topics; DELETE FROM speaker_aliases; DELETE FROM speaker_keys;"
			  "DELETE FROM speakers;"
			  "UPDATE articles SET date = ref_date,"
			  " date_precision = CASE WHEN ref_date IS NULL THEN 0 ELSE 3 END,"
			  " date_origin = CASE WHEN ref_date IS NOT NULL THEN 'reference' END"
			  " WHERE date_origin IS NOT NULL AND date_origin <> 'import';",
			  cause);
}

void
store_assign_costs(struct store *st, double *story, double *topics, long *articles)
{
	*story = st->cost_story;
	*topics = st->cost_topics;
	*articles = st->cost_articles;
}

int
store_refresh_auto_topics(struct store *st, char **cause)
{
	return store_phrases_flush(st, cause);
}
