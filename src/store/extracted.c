/*
 * extracted.c: the write side of extraction.  One article's results replace
 * what was stored for it: dates (and the article's date unless the import
 * gave one), speakers merged across articles by their keys, statements with
 * their topics, lexicon and automatic topics; the new statements are
 * queued for their related statements, which the batch's commit finds
 * (related.c).
 */
#include "config.h"
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "store/store-private.h"


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
	/* A reprint's phrases were not counted (phrases.c). */
	return extracted_exec(st, STMT_X_DF_DOWN,
			      "UPDATE phrase_df SET df = df - 1, persons = persons - (SELECT person FROM article_phrases"
			      " WHERE article_id = ?1 AND phrase = phrase_df.phrase)"
			      " WHERE phrase IN (SELECT phrase FROM article_phrases WHERE article_id = ?1)"
			      " AND NOT EXISTS (SELECT 1 FROM phrase_reprints WHERE article_id = ?1)",
			      id, 0, NULL, NULL, cause) != 0 ||
	       extracted_exec(st, STMT_X_REPRINT_DEL, "DELETE FROM phrase_reprints WHERE article_id = ?1",
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
 * ('reference'), else none.  Only when that changes it: an UPDATE writes
 * the whole row again, its text with it, and most articles keep the
 * reference date they were stored with.
 */
static int
extracted_article_date(struct store *st, int64_t id, const struct xdates *d, char **cause)
{
	const struct xdate *x = d->article >= 0 ? &d->v[d->article] : NULL;

#define NEW_DATE "coalesce(?3, ref_date)"
#define NEW_PRECISION "CASE WHEN ?3 IS NOT NULL THEN ?2 WHEN ref_date IS NOT NULL THEN 3 ELSE 0 END"
#define NEW_ORIGIN "CASE WHEN ?3 IS NOT NULL THEN ?4 WHEN ref_date IS NOT NULL THEN 'reference' END"
	return extracted_exec(st, STMT_X_SET_DATE,
			      "UPDATE articles SET date = " NEW_DATE ", date_precision = " NEW_PRECISION ","
			      " date_origin = " NEW_ORIGIN
			      " WHERE id = ?1 AND (date_origin IS NULL OR date_origin <> 'import')"
			      " AND (date IS NOT " NEW_DATE " OR date_precision IS NOT " NEW_PRECISION
			      "  OR date_origin IS NOT " NEW_ORIGIN ")",
			      id, x ? x->precision : 0, x ? x->value : NULL,
			      x == NULL ? NULL : x->kind == XDATE_RELATIVE ? "relative" : "text", cause);
#undef NEW_DATE
#undef NEW_PRECISION
#undef NEW_ORIGIN
}

/* The speaker id a key belongs to (0 when none). */
static int
extracted_key_speaker(struct store *st, const struct xlex *lx, const char *form, int64_t *out, char **cause)
{
	char *key = extract_speaker_key(lx, form);
	int rc = extracted_int(st, STMT_X_KEY_GET, "SELECT speaker_id FROM speaker_keys WHERE key = ?3",
			       0, key, out, cause);

	free(key);
	return rc;
}

/* Remember a form of a speaker: an alias row (unless it is the name) and its key. */
static int
extracted_alias(struct store *st, const struct xlex *lx, int64_t sid, const char *name, const char *form, char **cause)
{
	char *key = extract_speaker_key(lx, form), *f = text_fold(form, strlen(form));
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

/* Remember a form as an alias row only, no key finds him by it (unless it is name; "" keeps every form). */
static int
extracted_alias_only(struct store *st, int64_t sid, const char *name, const char *form, char **cause)
{
	char *f = text_fold(form, strlen(form));
	int rc = 0;

	if (strcmp(form, name) != 0)
		rc = extracted_exec(st, STMT_X_ALIAS_ADD,
				    "INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, folded)"
				    " VALUES (?1, ?3, ?4)",
				    sid, 0, form, f, cause);
	free(f);
	return rc;
}

/* The speaker whose identity is folded, added (with p's name and kind) when there is none. */
static int
extracted_speaker_row(struct store *st, const struct xspeaker *p, const char *folded, int64_t *sid, char **cause)
{
	int rc = extracted_int(st, STMT_X_SPEAKER_FOLDED, "SELECT id FROM speakers WHERE folded = ?3", 0, folded,
			       sid, cause);

	if (rc == 0 && *sid == 0) {
		rc = extracted_exec(st, STMT_X_SPEAKER_ADD,
				    "INSERT INTO speakers(name, folded, kind, sortkey) VALUES (?3, ?4,"
				    " CASE ?1 WHEN 1 THEN 'body' WHEN 2 THEN 'group' ELSE 'person' END,"
				    " khabar_sortkey(?3))",
				    p->body ? 1 : p->group ? 2 : 0, 0, p->name, folded, cause);
		*sid = sqlite3_last_insert_rowid(st->db);
	}
	return rc;
}

/*
 * The speaker of article aid named by a title alone that names no one
 * office (struct xspeaker's local): a speaker of its own, whose identity
 * (folded) is the folded title, a unit separator and the article's id.
 * Unless a key found a speaker for the title, it gets no key that would
 * find it from another article; an alias row with the title's fold lets a
 * filter by the title find it with the others.
 */
static int
extracted_local_speaker(struct store *st, int64_t aid, const struct xspeaker *p, int64_t *sid, char **cause)
{
	char *f = text_fold(p->name, strlen(p->name));
	char *folded = xasprintf("%s\x1f%lld", f, (long long)aid);
	int rc = extracted_speaker_row(st, p, folded, sid, cause);

	free(folded);
	free(f);
	return rc == 0 ? extracted_alias_only(st, *sid, "", p->name, cause) : rc;
}

/*
 * Does stored speaker sid have a form with another lineage than name's
 * that leaves the same short name ("عادل بن محمد الجبير" against "عادل بن
 * أحمد الجبير")?  Then they are two people, whom the short name cannot tell
 * apart.
 */
static int
extracted_other_lineage(struct store *st, const struct xlex *lx, int64_t sid, const char *name, const char *shortkey,
			bool *other, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_X_SPEAKER_FORMS,
				     "SELECT name FROM speakers WHERE id = ?1"
				     " UNION ALL SELECT alias FROM speaker_aliases WHERE speaker_id = ?1",
				     cause);
	char *key = extract_speaker_key(lx, name);
	int rc;

	*other = false;
	if (s == NULL) {
		free(key);
		return -1;
	}
	sqlite3_bind_int64(s, 1, sid);
	while (!*other && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *form = (const char *)sqlite3_column_text(s, 0);
		char *sf = form ? extract_name_without_lineage(form) : NULL, *k1, *k2;
		if (sf == NULL)
			continue;
		k1 = extract_speaker_key(lx, sf);
		k2 = extract_speaker_key(lx, form);
		*other = strcmp(k1, shortkey) == 0 && strcmp(k2, key) != 0;
		free(k1);
		free(k2);
		free(sf);
	}
	rc = *other || rc == SQLITE_DONE ? 0 : store_fail(st->db, "reading a speaker's forms", cause);
	sqlite3_reset(s);
	free(key);
	return rc;
}

/*
 * A person named with his lineage ("عادل بن أحمد الجبير") is the one named
 * without it ("عادل الجبير"): the same given name and family name.  The
 * short name's key finds him, unless the speaker it finds has another
 * lineage; the first person named with a lineage claims the short name.
 * *sid is left 0 when no one is found.
 */
static int
extracted_lineage_speaker(struct store *st, const struct xlex *lx, const struct xspeaker *p, int64_t *sid,
			  char **shortkey, char **cause)
{
	char *sn = extract_name_without_lineage(p->name);
	bool other = false;
	int rc = 0;

	*shortkey = NULL;
	if (sn == NULL)
		return 0;
	*shortkey = extract_speaker_key(lx, sn);
	if (*sid == 0 && (rc = extracted_key_speaker(st, lx, sn, sid, cause)) == 0 && *sid != 0 &&
	    (rc = extracted_other_lineage(st, lx, *sid, p->name, *shortkey, &other, cause)) == 0 && other)
		*sid = 0;
	free(sn);
	return rc;
}

/* The stored speaker for an article speaker: found by any of its forms' keys, else added. */
static int
extracted_speaker(struct store *st, int64_t aid, const struct xspeaker *p, const struct xlex *lx, int64_t *sid,
		  char **cause)
{
	const struct xgaz_speaker *g = p->gaz >= 0 ? &lx->sp[p->gaz] : NULL;
	char *folded, *shortkey = NULL;
	size_t i;
	bool found;
	int rc;

	/*
	 * A person's one-word forms ("هورتون") are aliases, never keys to find
	 * him by: two people with one surname and different given names stay two.
	 */
	rc = extracted_key_speaker(st, lx, p->name, sid, cause);
	for (i = 0; rc == 0 && *sid == 0 && i < p->naliases; i++)
		if (g != NULL || p->body || strchr(p->aliases[i], ' ') != NULL)
			rc = extracted_key_speaker(st, lx, p->aliases[i], sid, cause);
	if (rc == 0 && *sid == 0 && p->local && g == NULL)
		return extracted_local_speaker(st, aid, p, sid, cause);
	if (rc == 0 && g == NULL && !p->body && !p->group && !p->local)
		rc = extracted_lineage_speaker(st, lx, p, sid, &shortkey, cause);
	found = *sid != 0;
	folded = text_fold(p->name, strlen(p->name));
	if (rc == 0 && *sid == 0)
		rc = extracted_speaker_row(st, p, folded, sid, cause);
	free(folded);
	if (rc == 0)
		rc = extracted_alias(st, lx, *sid, p->name, p->name, cause);
	/* found by a key: this article's name may be another form of the stored one ("عبد الرحمن" for "عبدالرحمن") */
	if (rc == 0 && found)
		rc = extracted_alias_only(st, *sid, "", p->name, cause);
	for (i = 0; rc == 0 && i < p->naliases; i++)
		rc = (g != NULL || p->body || strchr(p->aliases[i], ' ') != NULL)
			     ? extracted_alias(st, lx, *sid, p->name, p->aliases[i], cause)
			     : extracted_alias_only(st, *sid, p->name, p->aliases[i], cause);
	for (i = 0; rc == 0 && g && i < g->naliases; i++)
		rc = extracted_alias(st, lx, *sid, p->name, g->aliases[i], cause);
	if (rc == 0 && shortkey != NULL) /* the short name finds him, unless someone has it already */
		rc = extracted_exec(st, STMT_X_KEY_ADD, "INSERT OR IGNORE INTO speaker_keys(key, speaker_id) VALUES (?3, ?1)",
				    *sid, 0, shortkey, NULL, cause);
	free(shortkey);
	return rc;
}

/* A topic's id by name (added with origin when new). */
static int
extracted_topic(struct store *st, const char *name, const char *origin, int64_t *tid, char **cause)
{
	if (extracted_exec(st, STMT_X_TOPIC_ADD,
			   "INSERT OR IGNORE INTO topics(name, origin, folded, sortkey)"
			   " VALUES (?3, ?4, khabar_fold(?3), khabar_sortkey(?3))", 0, 0, name,
			   origin, cause) != 0)
		return -1;
	return extracted_int(st, STMT_X_TOPIC_GET, "SELECT id FROM topics WHERE name = ?3", 0, name,
			     tid, cause);
}

/*
 * One statement: the row and its lexicon topics; then it is queued for its
 * related statements with its content terms (given, or computed here when
 * t is NULL).  *xid gets its id.
 */
static int
extracted_statement(struct store *st, int64_t aid, int64_t sid, const struct xstatement *x,
		    const struct xlex *lx, struct text_stemmer *stem, const struct store_xterms *t,
		    int64_t *xid, char **cause)
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
	if (t != NULL) {
		terms = t->v;
		nterms = t->n;
	} else {
		extract_terms(stem, x->text, &terms, &nterms);
	}
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
	if (rc == 0)
		rc = store_related_add(st, *xid, aid, sid, x->direct, terms, nterms, cause);
	if (t == NULL) {
		for (i = 0; i < nterms; i++)
			free(terms[i]);
		free(terms);
	}
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

/* The entity topic name of class cls (made if new) on article aid; a name that is a topic of another kind is left to it. */
static int
extracted_entity_topic(struct store *st, int64_t aid, const char *name, const char *cls, char **cause)
{
	int tries;

	/*
	 * The link first: the topic is there for most names, and making it
	 * costs its fold and collation key even when it is ignored.  A new
	 * topic is linked on the second pass; a name already a topic of
	 * another kind is not linked at all.
	 */
	for (tries = 0; tries < 2; tries++) {
		if (extracted_exec(st, STMT_X_ENTITY_LINK,
				   "INSERT OR IGNORE INTO article_topics(article_id, topic_id, score)"
				   " SELECT ?2, id, 1 FROM topics WHERE name = ?3 AND kind = 'entity'",
				   0, aid, name, NULL, cause) != 0)
			return -1;
		if (tries == 1 || sqlite3_changes(st->db) > 0)
			break;
		if (extracted_exec(st, STMT_X_ENTITY_ADD,
				   "INSERT OR IGNORE INTO topics(name, origin, kind, class, folded, sortkey)"
				   " VALUES (?3, 'auto', 'entity', ?4, khabar_fold(?3), khabar_sortkey(?3))",
				   0, 0, name, cls, cause) != 0)
			return -1;
		if (sqlite3_changes(st->db) == 0)
			break;
	}
	return 0;
}

/*
 * Entity topics: the people and bodies the article names (its speakers,
 * by their stored names) and the countries it is about, a kind of topic
 * apart from subjects, each with its class (person, place, org).  A name
 * that is already a topic of another kind is left to it.
 */
static int
extracted_entity_topics(struct store *st, int64_t aid, const int64_t *sids, const struct xresult *r,
			const struct xlex *lx, char **cause)
{
	const char *cls, *name;
	sqlite3_stmt *s;
	size_t i;
	int rc;

	for (i = 0; i < r->nspeakers; i++) {
		char *f, *stored;

		if (!extract_entity(lx, &r->speakers[i]))
			continue;
		f = text_fold(r->speakers[i].name, strlen(r->speakers[i].name));
		cls = xent_name(xents_class(lx->ents, f));
		free(f);
		if (cls == NULL)
			cls = r->speakers[i].body ? "org" : "person";
		/* the speaker's stored name; a person's topic without a title before a full name */
		if ((s = store_stmt(st, STMT_X_ENTITY_NAME, "SELECT name FROM speakers WHERE id = ?1", cause)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, sids[i]);
		if ((rc = sqlite3_step(s)) != SQLITE_ROW) {
			sqlite3_reset(s);
			if (rc == SQLITE_DONE)
				continue;
			return store_fail(st->db, "reading a speaker", cause);
		}
		stored = xstrdup((const char *)sqlite3_column_text(s, 0));
		sqlite3_reset(s);
		name = stored + (r->speakers[i].body ? 0 : xents_title_len(lx->ents, stored));
		rc = extracted_entity_topic(st, aid, name, cls, cause);
		free(stored);
		if (rc != 0)
			return -1;
	}
	for (i = 0; i < r->nplaces; i++) {
		name = xents_country(lx->ents, r->places[i]);
		if (name != NULL && extracted_entity_topic(st, aid, name, "place", cause) != 0)
			return -1;
	}
	return 0;
}

/* ---- The whole article ---- */

/*
 * Fault injection for tests: storing the analysis of a text that contains
 * $KHABAR_TEST_STORE_FAULT fails at its last step that can, once all its
 * rows are written (they must be undone).
 */
static const char *extracted_test_word;
static pthread_once_t extracted_test_once = PTHREAD_ONCE_INIT;

static void
extracted_test_read(void)
{
	extracted_test_word = getenv("KHABAR_TEST_STORE_FAULT");
}

static int
extracted_test_fault(const char *content, char **cause)
{
	pthread_once(&extracted_test_once, extracted_test_read);
	if (extracted_test_word == NULL || *extracted_test_word == '\0' || strstr(content, extracted_test_word) == NULL)
		return 0;
	*cause = xstrdup("storing it failed (the test's fault)");
	return -1;
}

int
store_put_extraction(struct store *st, int64_t aid, const char *content, const struct xresult *r,
		     const struct xlead *lead, const struct xlex *lx, struct text_stemmer *stem,
		     const struct store_xterms *terms, char **cause)
{
	int64_t *sids = xcalloc(r->nspeakers + 1, sizeof *sids);
	int64_t *xids = xcalloc(r->nst + 1, sizeof *xids);
	double t0, t1, t2;
	size_t i;
	int rc;

	st->lx = lx; /* for the phrase topics chosen at the commit */
	/* The article store_put_article has just inserted has nothing to clear. */
	rc = aid == st->inserted ? 0 : extracted_clear(st, aid, cause);
	st->inserted = 0;
	if (rc == 0)
		rc = extracted_dates(st, aid, content, &r->dates, cause);
	if (rc == 0)
		rc = extracted_article_date(st, aid, &r->dates, cause);
	for (i = 0; rc == 0 && i < r->nspeakers; i++)
		rc = extracted_speaker(st, aid, &r->speakers[i], lx, &sids[i], cause);
	for (i = 0; rc == 0 && i < r->nst; i++)
		rc = extracted_statement(st, aid, sids[r->st[i].speaker], &r->st[i], lx, stem,
					 terms ? &terms[i] : NULL, &xids[i], cause);
	t0 = store_clock();
	if (rc == 0)
		rc = extracted_lexicon_topics(st, aid, r, lx, cause);
	if (rc == 0)
		rc = extracted_entity_topics(st, aid, sids, r, lx, cause);
	t1 = store_clock();
	if (rc == 0)
		rc = store_story_assign(st, aid, &r->sig, lead, cause);
	t2 = store_clock();
	if (rc == 0)
		rc = extracted_test_fault(content, cause);
	if (rc == 0)
		rc = store_phrases_add(st, aid, r, cause); /* last: nothing after it can fail */
	store_story_settle(st, rc == 0);
	st->cost_topics += (t1 - t0) + (store_clock() - t2);
	st->cost_story += t2 - t1;
	st->cost_articles++;
	free(sids);
	free(xids);
	return rc;
}

int
store_clear_extractions(struct store *st, char **cause)
{
	store_phrases_drop(st);
	store_story_drop(st);
	return store_exec(st, "clearing extraction results",
			  "DELETE FROM related; DELETE FROM related_index; DELETE FROM statement_topics;"
			  "DELETE FROM statements; DELETE FROM article_dates; DELETE FROM article_topics;"
			  /* what the trigger kept of the statements just deleted: no posting names them now */
			  "DELETE FROM statements_gone;"
			  "DELETE FROM article_phrases; DELETE FROM phrase_df; DELETE FROM auto_topic_keys;"
			  "DELETE FROM phrase_reprints;"
			  "DELETE FROM topic_phrases; DELETE FROM story_bands; DELETE FROM story_sigs;"
			  "DELETE FROM story_words; DELETE FROM story_leads; DELETE FROM story_posts;"
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
store_assign_costs(struct store *st, double *story, double *follow, double *topics, long *articles)
{
	*story = st->cost_story;
	*follow = st->cost_follow;
	*topics = st->cost_topics;
	*articles = st->cost_articles;
}

int
store_refresh_auto_topics(struct store *st, char **cause)
{
	return store_phrases_flush(st, cause);
}
