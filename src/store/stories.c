/*
 * stories.c: articles about the same event (agency copies reprinted by
 * several papers, lightly edited rewrites) grouped into stories as they
 * are imported.  Each article's min-hash signature (src/extract) is cut
 * into STORY_BANDS bands of STORY_ROWS hashes; articles that share a band
 * are candidates (locality-sensitive hashing), and the candidate whose
 * signature agrees best, at least STORY_MIN_SIM and dated within
 * STORY_DAYS, puts the article in its story.  Finding the candidates is a
 * fixed number of index lookups whatever the archive's size: importing an
 * article never looks at the rest of the archive.
 *
 * The bands are kept by week of the article's day first (story_bands:
 * week, hash, article), as a copy is never more than STORY_DAYS away: an
 * article reads the one or two weeks its window spans, and writes into its
 * own week's part of the table, not all over it (keyed by hash alone, a
 * batch of articles rewrote nearly every page of the table, the largest
 * share of what an import writes once the archive is large).  Undated
 * articles have week -1, read by every article; an undated article reads
 * them and the two newest weeks.
 */
#include "config.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "store/store-private.h"

#define STORY_ROWS 2           /* hashes per band */
#define STORY_BANDS (XSIG_K / STORY_ROWS)
#define STORY_BUCKET 16        /* candidates read per band at most (the newest) */
#define STORY_COMPARE 32       /* candidates compared at most: those sharing the most bands */
#define STORY_MIN_SIM 0.4      /* estimated Jaccard similarity of word pairs */
#define STORY_MIN_SIM_UNDATED 0.6
#define STORY_DAYS 3           /* days apart at most */
#define STORY_WEEK 7           /* days of a week of story_bands (at least 2 STORY_DAYS + 1) */
#define STORY_UNDATED (-1)     /* the week of undated articles */
#define STORY_MIN_SHINGLES 20  /* shorter texts are too short to tell copies */
#define STORY_PLACE_COMMON 20  /* a country in 1 article in 20 tells no event apart */
#define STORY_PLACE_FEW 50     /* ... unless it is in this many articles at most */

static int64_t
stories_band(const struct xsig *sig, int band)
{
	uint64_t h = extract_mix((uint64_t)band + 1);
	int r;

	for (r = 0; r < STORY_ROWS; r++)
		h = extract_mix(h ^ sig->h[band * STORY_ROWS + r]);
	return (int64_t)h;
}

/* Step a cached statement expecting no row. */
static int
stories_done(struct store *st, sqlite3_stmt *s, char **cause)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st->db, "storing stories", cause);
}

/* The article's Julian day (from its date, else its reference date); *known false when neither is a day. */
static int
stories_day(struct store *st, int64_t aid, int64_t *day, bool *known, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_S_DAY,
				     "SELECT CAST(julianday(CASE WHEN length(date) = 10 THEN date"
				     " WHEN length(ref_date) = 10 THEN ref_date END) AS INTEGER)"
				     " FROM articles WHERE id = ?1",
				     cause);
	int rc;

	*known = false;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
		*day = sqlite3_column_int64(s, 0);
		*known = true;
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st->db, "reading a date", cause);
}

/* The best earlier article to share a story with: *best 0 when none. */
struct stories_best {
	int64_t id, story;
	double sim;
	int places;     /* whether they name no other countries: 0 not asked yet, 1 yes, -1 no */
};

/* A candidate with the bands it shares (ranked most bands first, then the newest). */
struct stories_hits {
	int64_t id;
	int hits;
};

static int
stories_hits_cmp(const void *a, const void *b)
{
	const struct stories_hits *x = a, *y = b;

	if (x->hits != y->hits)
		return y->hits - x->hits;
	return (y->id > x->id) - (y->id < x->id);
}

/* Candidates similar enough: the most similar first, then the oldest. */
static int
stories_best_cmp(const void *a, const void *b)
{
	const struct stories_best *x = a, *y = b;

	if (x->sim != y->sim)
		return x->sim < y->sim ? 1 : -1;
	return (x->id > y->id) - (x->id < y->id);
}

static int follow_df(struct store *st, uint64_t h, int64_t *df, char **cause);

/*
 * Whether an article may join a candidate's story (the candidate alone
 * when it has none yet) by the countries they name: not when both name
 * some and none in common.  Agency texts written from one template (a
 * cable of congratulation on a national day, sent to a different country
 * every day) are near-copies of each other, and chained through their
 * copies they made one story of a dozen events.  The story's countries
 * are those of all its articles (story_topics), so an article that names
 * none cannot bridge two.  A country named in more than one article in
 * STORY_PLACE_COMMON (and more than STORY_PLACE_FEW articles) does not
 * count: the archive's own country (السعودية in a Saudi paper's) is in
 * every one of those cables.  The articles are those counted for
 * follow-ups (the dated ones stored before), not the archive's: reindex
 * goes through an archive that has them all, and must find what import
 * found.  The countries are read from the article's and the story's
 * topics by key, so the test costs what the two name, not what the
 * archive holds.
 */
static int
stories_places_agree(struct store *st, int64_t aid, const struct stories_best *c, bool *agree, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_S_PLACES,
				     "WITH mine(topic) AS (SELECT x.topic_id FROM article_topics x"
				     "   CROSS JOIN topics t ON t.id = x.topic_id"
				     "   WHERE x.article_id = ?1 AND t.class = 'place' AND t.articles <= ?4),"
				     " theirs(topic) AS (SELECT y.topic_id FROM story_topics y"
				     "   CROSS JOIN topics t ON t.id = y.topic_id"
				     "   WHERE ?3 != 0 AND y.story_id = ?3 AND t.class = 'place' AND t.articles <= ?4"
				     "  UNION ALL SELECT x.topic_id FROM article_topics x"
				     "   CROSS JOIN topics t ON t.id = x.topic_id"
				     "   WHERE ?3 = 0 AND x.article_id = ?2 AND t.class = 'place' AND t.articles <= ?4)"
				     " SELECT (SELECT count(*) FROM mine), (SELECT count(*) FROM theirs),"
				     " (SELECT count(*) FROM mine WHERE topic IN theirs)",
				     cause);
	int64_t common, few = STORY_PLACE_FEW;
	int rc;

	*agree = true;
	if (s == NULL || follow_df(st, 0, &common, cause) != 0)
		return -1;
	common /= STORY_PLACE_COMMON;
	sqlite3_bind_int64(s, 1, aid);
	sqlite3_bind_int64(s, 2, c->id);
	sqlite3_bind_int64(s, 3, c->story);
	sqlite3_bind_int64(s, 4, few > common ? few : common);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*agree = sqlite3_column_int64(s, 0) == 0 || sqlite3_column_int64(s, 1) == 0 ||
			 sqlite3_column_int64(s, 2) > 0;
	sqlite3_reset(s);
	return rc == SQLITE_ROW ? 0 : store_fail(st->db, "finding stories", cause);
}

/*
 * Of the candidates similar enough, the most similar that names no other
 * countries: *best (left as it is when none agrees).  Sorts good, and
 * records in each candidate whether it agrees, so that choosing again once
 * more candidates are read (stories_candidates) asks each one once.
 */
static int
stories_choose(struct store *st, int64_t aid, struct stories_best *good, size_t ngood,
	       struct stories_best *best, char **cause)
{
	size_t i;
	bool agree;
	int rc = 0;

	qsort(good, ngood, sizeof *good, stories_best_cmp);
	for (i = 0; rc == 0 && i < ngood; i++) {
		if (good[i].places == 0 && (rc = stories_places_agree(st, aid, &good[i], &agree, cause)) == 0)
			good[i].places = agree ? 1 : -1;
		if (rc == 0 && good[i].places > 0) {
			*best = good[i];
			break;
		}
	}
	return rc;
}

/* The order candidates are read in: most bands first, then the oldest. */
static int
stories_read_cmp(const void *a, const void *b)
{
	const struct stories_hits *x = a, *y = b;

	if (x->hits != y->hits)
		return y->hits - x->hits;
	return (x->id > y->id) - (x->id < y->id);
}

/*
 * The candidates worth comparing: every article sharing a band, counted by
 * the bands it shares (the more, the likelier it is a copy: a band is
 * shared with probability sim^STORY_ROWS), the STORY_COMPARE that share the
 * most (the newest when more share as many).  So an article reprinted many
 * times costs STORY_COMPARE signature reads at most, not one per article
 * of its buckets.  They are given in the order to read them
 * (stories_read_cmp).
 */
static size_t
stories_rank(int64_t *ids, size_t n, int64_t *out, int *hits)
{
	struct stories_hits h[STORY_BANDS * STORY_BUCKET];
	size_t nh = 0, i;

	qsort(ids, n, sizeof *ids, text_int64_cmp);
	for (i = 0; i < n; i++) {
		if (nh > 0 && h[nh - 1].id == ids[i])
			h[nh - 1].hits++;
		else
			h[nh++] = (struct stories_hits){ ids[i], 1 };
	}
	qsort(h, nh, sizeof *h, stories_hits_cmp);
	if (nh > STORY_COMPARE)
		nh = STORY_COMPARE;
	qsort(h, nh, sizeof *h, stories_read_cmp);
	for (i = 0; i < nh; i++) {
		out[i] = h[i].id;
		hits[i] = h[i].hits;
	}
	return nh;
}

/*
 * The most similar a candidate can be that shares hits bands counted and
 * perhaps the open ones too (bands whose bucket was full, or cut to the
 * newest STORY_BUCKET across the weeks, where it may have been left out):
 * every other band agrees on STORY_ROWS - 1 of its hashes at most.
 */
static double
stories_bound(int hits, int open)
{
	int shared = hits + open < STORY_BANDS ? hits + open : STORY_BANDS;

	return (double)(shared * STORY_ROWS + (STORY_BANDS - shared) * (STORY_ROWS - 1)) / XSIG_K;
}

/*
 * Is the candidate chosen among those read (best: the most similar, then
 * the oldest, that names no other countries) ahead of every candidate not
 * read yet (seen[from..n), sharing hits[] bands, open bands unknown)?
 */
static bool
stories_settled(const struct stories_best *best, const int64_t *seen, const int *hits, size_t from, size_t n,
		int open)
{
	size_t j;
	double most;

	if (best->id == 0)
		return false;
	for (j = from; j < n; j++) {
		most = stories_bound(hits[j], open);
		if (best->sim < most || (best->sim == most && best->id > seen[j]))
			return false;
	}
	return true;
}

/* The week of story_bands of a day. */
static int64_t
stories_week(int64_t day, bool known)
{
	return known ? day / STORY_WEEK : STORY_UNDATED;
}

/*
 * Does story_bands hold undated rows?  Most archives have none (every
 * article has a date, if only the crawl's), and then a dated article's
 * lookups skip the undated week: a third of their index seeks.  Asked
 * once a transaction; an undated row stored sets it (a rollback leaves it
 * set, which only costs the seeks).
 */
static int
stories_undated(struct store *st, bool *any, char **cause)
{
	sqlite3_stmt *s;
	int rc;

	if (st->story_undated < 0 || st->depth == 0) {
		if ((s = store_stmt(st, STMT_S_UNDATED,
				    "SELECT EXISTS (SELECT 1 FROM story_bands WHERE week = ?1)", cause)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, STORY_UNDATED);
		rc = sqlite3_step(s);
		st->story_undated = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) != 0 : 1;
		sqlite3_reset(s);
		if (rc != SQLITE_ROW)
			return store_fail(st->db, "finding stories", cause);
	}
	*any = st->story_undated != 0;
	return 0;
}

/*
 * The weeks whose bands an article reads: those its days within
 * STORY_DAYS fall in (one or two) and the undated week when there are
 * undated rows; for an undated article, the undated week and the two
 * newest.  Unused places repeat a week.
 */
static int
stories_weeks(struct store *st, int64_t day, bool known, int64_t weeks[3], char **cause)
{
	sqlite3_stmt *s;
	bool undated = true;
	int rc;

	weeks[2] = STORY_UNDATED;
	if (known) {
		weeks[0] = stories_week(day - STORY_DAYS, true);
		weeks[1] = stories_week(day + STORY_DAYS, true);
		if (stories_undated(st, &undated, cause) != 0)
			return -1;
		if (!undated)
			weeks[2] = weeks[1];
		return 0;
	}
	if ((s = store_stmt(st, STMT_S_WEEK_MAX, "SELECT max(week) FROM story_bands", cause)) == NULL)
		return -1;
	weeks[0] = weeks[1] = STORY_UNDATED;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
		weeks[0] = sqlite3_column_int64(s, 0);
		weeks[1] = weeks[0] - 1;
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st->db, "finding stories", cause);
}

static int
stories_candidates(struct store *st, int64_t aid, const struct xsig *sig, int64_t day, bool known,
		   struct stories_best *best, char **cause)
{
	int64_t all[STORY_BANDS * STORY_BUCKET], seen[STORY_COMPARE], weeks[3], got[3 * STORY_BUCKET];
	struct stories_best good[STORY_COMPARE];
	size_t nall = 0, nseen, ngood = 0, nweeks = 0, ngot, i, w;
	int hits[STORY_COMPARE], band, open = 0, rc = 0;
	double top = 0;

	memset(best, 0, sizeof *best);
	if (stories_weeks(st, day, known, weeks, cause) != 0)
		return -1;
	for (i = 0; i < 3; i++) { /* the distinct weeks */
		for (w = 0; w < nweeks && weeks[w] != weeks[i]; w++)
			;
		if (w == nweeks)
			weeks[nweeks++] = weeks[i];
	}
	/*
	 * A band's newest STORY_BUCKET articles across the weeks: read week by
	 * week, each from its end of the primary key (a query over all the
	 * weeks at once builds a table for its IN list and one for its order
	 * at every call).
	 */
	for (band = 0; rc == 0 && band < STORY_BANDS; band++) {
		int64_t hash = stories_band(sig, band);
		bool full = false;

		ngot = 0;
		for (w = 0; rc == 0 && w < nweeks; w++) {
			sqlite3_stmt *s = store_stmt(st, STMT_S_BAND_GET,
						     "SELECT article_id FROM story_bands WHERE week = ?1 AND hash = ?2"
						     " AND article_id != ?3 ORDER BY article_id DESC LIMIT ?4",
						     cause);
			size_t before = ngot;
			if (s == NULL)
				return -1;
			sqlite3_bind_int64(s, 1, weeks[w]);
			sqlite3_bind_int64(s, 2, hash);
			sqlite3_bind_int64(s, 3, aid);
			sqlite3_bind_int(s, 4, STORY_BUCKET);
			while ((rc = sqlite3_step(s)) == SQLITE_ROW)
				got[ngot++] = sqlite3_column_int64(s, 0);
			sqlite3_reset(s);
			rc = rc == SQLITE_DONE ? 0 : store_fail(st->db, "finding stories", cause);
			full = full || ngot - before == STORY_BUCKET;
		}
		if (nweeks > 1 && ngot > STORY_BUCKET) { /* the newest across the weeks */
			full = true; /* the oldest are left out */
			qsort(got, ngot, sizeof *got, text_int64_cmp);
			memmove(got, got + ngot - STORY_BUCKET, STORY_BUCKET * sizeof *got);
			ngot = STORY_BUCKET;
		}
		open += full;
		for (i = 0; i < ngot && nall < sizeof all / sizeof all[0]; i++)
			all[nall++] = got[i];
	}
	/*
	 * Once the candidate chosen among those read is ahead of any the rest
	 * could be (the oldest copy of the article, agreeing on every hash),
	 * the rest are not read: an article reprinted N times reads one
	 * signature, not N, as long as no band is open.
	 */
	nseen = stories_rank(all, nall, seen, hits);
	for (i = 0; rc == 0 && i < nseen; i++) {
		sqlite3_stmt *s = store_stmt(st, STMT_S_SIG_GET,
					     "SELECT g.day, g.sig, a.story_id FROM story_sigs g"
					     " JOIN articles a INDEXED BY articles_story_of ON a.id = g.article_id"
					     " WHERE g.article_id = ?1",
					     cause);
		struct xsig other;
		double sim, need;
		bool oknown;
		int64_t oday;

		if (s == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, seen[i]);
		if ((rc = sqlite3_step(s)) == SQLITE_ROW && sqlite3_column_bytes(s, 1) == (int)sizeof other.h) {
			memcpy(other.h, sqlite3_column_blob(s, 1), sizeof other.h);
			other.shingles = 1;
			oknown = sqlite3_column_type(s, 0) != SQLITE_NULL;
			oday = sqlite3_column_int64(s, 0);
			sim = extract_sig_similarity(sig, &other);
			need = known && oknown ? STORY_MIN_SIM : STORY_MIN_SIM_UNDATED;
			if (sim >= need && (!known || !oknown || llabs(day - oday) <= STORY_DAYS)) {
				good[ngood++] = (struct stories_best){ seen[i], sqlite3_column_int64(s, 2), sim, 0 };
				top = sim > top ? sim : top;
			}
		}
		sqlite3_reset(s);
		rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st->db, "finding stories", cause);
		if (rc == 0 && i + 1 < nseen && top >= stories_bound(hits[i + 1], open)) {
			if ((rc = stories_choose(st, aid, good, ngood, best, cause)) != 0 ||
			    stories_settled(best, seen, hits, i + 1, nseen, open))
				return rc;
			memset(best, 0, sizeof *best);
		}
	}
	return rc == 0 ? stories_choose(st, aid, good, ngood, best, cause) : rc;
}

/* Remember an article's signature and bands. */
static int
stories_remember(struct store *st, int64_t aid, const struct xsig *sig, int64_t day, bool known,
		 char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_S_SIG_ADD,
				     "INSERT OR REPLACE INTO story_sigs(article_id, day, sig) VALUES (?1, ?2, ?3)", cause);
	int band, rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	if (known)
		sqlite3_bind_int64(s, 2, day);
	sqlite3_bind_blob(s, 3, sig->h, (int)sizeof sig->h, SQLITE_STATIC);
	rc = stories_done(st, s, cause);
	if (!known)
		st->story_undated = 1;
	for (band = 0; rc == 0 && band < STORY_BANDS; band++) {
		if ((s = store_stmt(st, STMT_S_BAND_ADD,
				    "INSERT OR IGNORE INTO story_bands(week, hash, article_id) VALUES (?1, ?2, ?3)", cause)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, stories_week(day, known));
		sqlite3_bind_int64(s, 2, stories_band(sig, band));
		sqlite3_bind_int64(s, 3, aid);
		rc = stories_done(st, s, cause);
	}
	return rc;
}

/* ---- Follow-ups ---- */

/*
 * A follow-up, a different text about the same event on a later day (or
 * an earlier one: articles do not come in date order), is found by its
 * title and lead (extract_lead): a dated article 1 to FOLLOW_DAYS days
 * apart that shares a title word found in at most FOLLOW_RARE articles,
 * whose title and lead words have a TF-IDF cosine of FOLLOW_MIN_SIM at
 * least with its own, and whose title does not tell another report of a
 * recurring kind (extract_lead_recurring: other numbers, a rise against a
 * fall, another ordinal).  Document frequencies are those of the articles
 * stored before it and itself, counted in the order articles are stored,
 * so import and reindex find the same.  A title word's postings are
 * written only while it is rare, so none has more than about FOLLOW_RARE,
 * and they are read by word and day: a fixed number of index lookups per
 * article whatever the archive's size.
 */
#define FOLLOW_KEEP (1 << 19) /* word counts kept in memory between transactions at most */
#define FOLLOW_RARE 60         /* a title word in at most this many articles makes candidates */
#define FOLLOW_DAYS 3          /* days apart at most (and 1 at least) */
#define FOLLOW_COMPARE 16      /* candidates compared at most: those sharing the most rare title words */
#define FOLLOW_MIN_SIM 0.6     /* TF-IDF cosine of the title and lead words */
#define FOLLOW_TERM 9          /* bytes of a word in story_leads.terms: its hash, then tf * 2 + title */

/*
 * An article's marks and words as story_leads.terms keeps them: the
 * counts of numbers and ordinals and the direction + 1 (a byte each, and
 * one unused), the numbers' and ordinals' hashes, then each word.
 * Native byte order, as story_sigs: the archive is not moved between
 * machines of another order.  Caller frees.
 */
static unsigned char *
follow_encode(const struct xlead *l, int *len)
{
	size_t n = 4 + 8 * (l->nnums + l->nords) + FOLLOW_TERM * l->n, i;
	unsigned char *b = xmalloc(n), *p = b + 4;

	b[0] = (unsigned char)l->nnums;
	b[1] = (unsigned char)l->nords;
	b[2] = (unsigned char)(l->dir + 1);
	b[3] = 0;
	memcpy(p, l->nums, 8 * l->nnums);
	p += 8 * l->nnums;
	memcpy(p, l->ords, 8 * l->nords);
	p += 8 * l->nords;
	for (i = 0; i < l->n; i++, p += FOLLOW_TERM) {
		memcpy(p, &l->v[i].h, 8);
		p[8] = (unsigned char)((l->v[i].tf < 127 ? l->v[i].tf : 127) * 2 + l->v[i].title);
	}
	*len = (int)n;
	return b;
}

/* Read what follow_encode wrote: -1 when it is not that. */
static int
follow_decode(const unsigned char *b, size_t n, struct xlead *l)
{
	size_t i, head;

	memset(l, 0, sizeof *l);
	if (b == NULL || n < 4 || b[0] > XLEAD_MARKS || b[1] > XLEAD_MARKS || b[2] > 2)
		return -1;
	head = 4 + 8 * ((size_t)b[0] + b[1]);
	if (n < head || (n - head) % FOLLOW_TERM != 0)
		return -1;
	l->nnums = b[0];
	l->nords = b[1];
	l->dir = b[2] - 1;
	memcpy(l->nums, b + 4, 8 * l->nnums);
	memcpy(l->ords, b + 4 + 8 * l->nnums, 8 * l->nords);
	l->n = (n - head) / FOLLOW_TERM;
	l->v = xcalloc(l->n + 1, sizeof *l->v);
	for (i = 0, b += head; i < l->n; i++, b += FOLLOW_TERM) {
		memcpy(&l->v[i].h, b, 8);
		l->v[i].tf = b[8] / 2;
		l->v[i].title = b[8] & 1;
	}
	return 0;
}

/* Add delta to a word's document frequency in the archive (hash 0: the articles counted); *df its new value. */
static int
follow_count(struct store *st, uint64_t h, int delta, int64_t *df, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_F_COUNT,
				     "INSERT INTO story_words(hash, df) VALUES (?1, ?2)"
				     " ON CONFLICT DO UPDATE SET df = df + ?2 RETURNING df",
				     cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, (int64_t)h);
	sqlite3_bind_int(s, 2, delta);
	*df = 0;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*df = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return rc == SQLITE_ROW ? 0 : store_fail(st->db, "counting story words", cause);
}

/*
 * The word counts of a transaction, in memory: an open-addressing table
 * from a word's hash to its document frequency, read from story_words on
 * first use and written back at the commit, so that an article costs a
 * hash lookup per word, not a statement.  The article being stored has its
 * words in pend (counted, once its analysis is kept, by
 * store_story_settle); last holds those of the article settled last, to
 * take back if its savepoint is rolled back.
 */
struct follow_counts {
	uint64_t *key;
	int64_t *df;
	unsigned char *state;  /* 0 empty, 1 as in story_words, 2 changed */
	size_t n, cap;         /* cap a power of two, or 0 */
	uint64_t *pend, *last;
	size_t npend, nlast, cappend, caplast;
	bool pending;
};

static struct follow_counts *
follow_counts(struct store *st)
{
	if (st->follow == NULL)
		st->follow = xcalloc(1, sizeof *st->follow);
	return st->follow;
}

/* The slot of h: where it is, or the empty one where it goes. */
static size_t
follow_slot(const struct follow_counts *c, uint64_t h)
{
	size_t i = (size_t)extract_mix(h) & (c->cap - 1);

	while (c->state[i] != 0 && c->key[i] != h)
		i = (i + 1) & (c->cap - 1);
	return i;
}

static void
follow_grow(struct follow_counts *c)
{
	struct follow_counts old = *c;
	size_t i, j;

	c->cap = old.cap ? old.cap * 2 : 1024;
	c->key = xcalloc(c->cap, sizeof *c->key);
	c->df = xcalloc(c->cap, sizeof *c->df);
	c->state = xcalloc(c->cap, 1);
	for (i = 0; i < old.cap; i++) {
		if (old.state[i] == 0)
			continue;
		j = follow_slot(c, old.key[i]);
		c->key[j] = old.key[i];
		c->df[j] = old.df[i];
		c->state[j] = old.state[i];
	}
	free(old.key);
	free(old.df);
	free(old.state);
}

/* h's slot, filled from story_words when it is not in memory yet. */
static int
follow_get(struct store *st, uint64_t h, size_t *slot, char **cause)
{
	struct follow_counts *c = follow_counts(st);
	sqlite3_stmt *s;
	size_t i;
	int rc;

	if (c->cap > 0 && c->state[i = follow_slot(c, h)] != 0) {
		*slot = i;
		return 0;
	}
	if ((c->n + 1) * 2 > c->cap)
		follow_grow(c);
	if ((s = store_stmt(st, STMT_F_DF, "SELECT df FROM story_words WHERE hash = ?1", cause)) == NULL)
		return -1;
	i = follow_slot(c, h);
	sqlite3_bind_int64(s, 1, (int64_t)h);
	c->df[i] = 0;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		c->df[i] = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "reading story words", cause);
	c->key[i] = h;
	c->state[i] = 1;
	c->n++;
	*slot = i;
	return 0;
}

static void
follow_add(struct follow_counts *c, uint64_t h, int delta)
{
	size_t i = follow_slot(c, h);

	if (c->state[i] != 0) { /* always: settled words were read first */
		c->df[i] += delta;
		c->state[i] = 2;
	}
}

/*
 * A word's document frequency (0: never counted), the article being
 * stored counted in the articles (hash 0) once its words are.
 */
static int
follow_df(struct store *st, uint64_t h, int64_t *df, char **cause)
{
	size_t i;

	*df = 0;
	if (follow_get(st, h, &i, cause) != 0)
		return -1;
	*df = st->follow->df[i] + (h == 0 && st->follow->pending);
	return 0;
}

/* Forget the counts in memory that are as in story_words (none is changed). */
static void
follow_forget_clean(struct follow_counts *c)
{
	memset(c->state, 0, c->cap);
	c->n = 0;
}

int
store_story_flush(struct store *st, bool keep, char **cause)
{
	struct follow_counts *c = st->follow;
	size_t i;

	if (c == NULL)
		return 0;
	for (i = 0; i < c->cap; i++) {
		sqlite3_stmt *s;
		if (c->state[i] != 2)
			continue;
		if ((s = store_stmt(st, STMT_F_SET, "INSERT INTO story_words(hash, df) VALUES (?1, ?2)"
				    " ON CONFLICT DO UPDATE SET df = ?2", cause)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, (int64_t)c->key[i]);
		sqlite3_bind_int64(s, 2, c->df[i]);
		if (stories_done(st, s, cause) != 0)
			return -1;
		c->state[i] = 1; /* written: as the archive holds it now */
	}
	/*
	 * The counts read stay for the next transaction (store_begin drops them
	 * if another connection has written since), up to
	 * FOLLOW_KEEP words: reading them again was most of the step's lookups.
	 */
	if (!keep || c->n > FOLLOW_KEEP)
		follow_forget_clean(c);
	c->npend = c->nlast = 0;
	c->pending = false;
	return 0;
}

void
store_story_drop(struct store *st)
{
	struct follow_counts *c = st->follow;

	if (c == NULL)
		return;
	free(c->key);
	free(c->df);
	free(c->state);
	free(c->pend);
	free(c->last);
	free(c);
	st->follow = NULL;
}

void
store_story_settle(struct store *st, bool ok)
{
	struct follow_counts *c = st->follow;
	uint64_t *t;
	size_t i;
	char *cause = NULL;

	if (c == NULL)
		return;
	c->nlast = 0;
	if (c->pending && ok) {
		for (i = 0; i < c->npend; i++)
			follow_add(c, c->pend[i], 1);
		t = c->last, c->last = c->pend, c->pend = t;
		i = c->caplast, c->caplast = c->cappend, c->cappend = i;
		c->nlast = c->npend;
	}
	c->npend = 0;
	c->pending = false;
	/*
	 * No transaction to wait for: write now.  A failed write keeps the
	 * counts changed in memory, for the next flush to write.
	 */
	if (st->depth == 0 && store_story_flush(st, false, &cause) != 0)
		free(cause);
}

void
store_story_next(struct store *st)
{
	if (st->follow != NULL)
		st->follow->nlast = 0;
}

void
store_article_abandoned(struct store *st)
{
	struct follow_counts *c = st->follow;
	size_t i;

	store_phrases_abandoned(st);
	if (c == NULL)
		return;
	for (i = 0; i < c->nlast; i++)
		follow_add(c, c->last[i], -1);
	c->nlast = 0;
}

/* A word's TF-IDF weight among n articles; 0 for a word of one article, which tells nothing. */
static double
follow_weight(unsigned tf, int64_t df, int64_t n)
{
	return df < 2 || tf == 0 || n <= df ? 0 : (1 + log((double)tf)) * log((double)n / (double)df);
}

/*
 * The cosine of a (whose words have the frequencies adf, its norm anorm)
 * and b, among n articles, when it may reach FOLLOW_MIN_SIM (else 0).
 * The words they share are read first, without a lookup: the cosine is at
 * most the share of a's norm that they hold (Cauchy-Schwarz), so most
 * candidates end there.  Then b's other words are looked up, and the
 * reading stops once the cosine falls below FOLLOW_MIN_SIM (b's norm only
 * grows): what it finds is what the whole cosine would.
 */
static int
follow_cosine(struct store *st, const struct xlead *a, const int64_t *adf, double anorm, const struct xlead *b,
	      int64_t n, double *cos, char **cause)
{
	double dot = 0, shared = 0, bnorm = 0, w;
	size_t i = 0, k;
	int64_t df;

	*cos = 0;
	for (k = 0; k < b->n; k++) {
		while (i < a->n && a->v[i].h < b->v[k].h)
			i++;
		if (i < a->n && a->v[i].h == b->v[k].h) {
			w = follow_weight(a->v[i].tf, adf[i], n);
			shared += w * w;
			w = follow_weight(b->v[k].tf, adf[i], n);
			dot += w * follow_weight(a->v[i].tf, adf[i], n);
			bnorm += w * w;
		}
	}
	if (anorm <= 0 || dot <= 0 || sqrt(shared) < FOLLOW_MIN_SIM * anorm)
		return 0;
	for (i = 0, k = 0; k < b->n && dot >= FOLLOW_MIN_SIM * anorm * sqrt(bnorm); k++) {
		while (i < a->n && a->v[i].h < b->v[k].h)
			i++;
		if (i < a->n && a->v[i].h == b->v[k].h)
			continue;
		if (follow_df(st, b->v[k].h, &df, cause) != 0)
			return -1;
		w = follow_weight(b->v[k].tf, df, n);
		bnorm += w * w;
	}
	*cos = dot / (anorm * sqrt(bnorm));
	return 0;
}

/*
 * The articles 1 to FOLLOW_DAYS days from day that share a rare title word
 * with the article (adf: its words' frequencies), the FOLLOW_COMPARE that
 * share the most.
 */
static int
follow_posted(struct store *st, int64_t aid, const struct xlead *l, const int64_t *adf, int64_t day,
	      int64_t *out, size_t *nout, char **cause)
{
	struct stories_hits *h = NULL;
	int64_t *all = NULL;
	size_t n = 0, cap = 0, nh = 0, i;
	int rc = SQLITE_DONE;

	for (i = 0; rc == SQLITE_DONE && i < l->n; i++) {
		sqlite3_stmt *s;
		if (!l->v[i].title || adf[i] > FOLLOW_RARE)
			continue;
		if ((s = store_stmt(st, STMT_F_POSTS,
				    "SELECT article_id FROM story_posts WHERE hash = ?1 AND day BETWEEN ?2 - ?3 AND ?2 + ?3"
				    " AND day != ?2 AND article_id != ?4 LIMIT ?5",
				    cause)) == NULL) {
			free(all);
			return -1;
		}
		sqlite3_bind_int64(s, 1, (int64_t)l->v[i].h);
		sqlite3_bind_int64(s, 2, day);
		sqlite3_bind_int(s, 3, FOLLOW_DAYS);
		sqlite3_bind_int64(s, 4, aid);
		sqlite3_bind_int(s, 5, 2 * FOLLOW_RARE);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			if (n == cap)
				all = xrealloc(all, (cap = cap ? cap * 2 : 64) * sizeof *all);
			all[n++] = sqlite3_column_int64(s, 0);
		}
		sqlite3_reset(s);
	}
	if (rc != SQLITE_DONE) {
		free(all);
		return store_fail(st->db, "finding follow-ups", cause);
	}
	if (n > 0) /* all is NULL when no word is rare */
		qsort(all, n, sizeof *all, text_int64_cmp);
	h = xcalloc(n + 1, sizeof *h);
	for (i = 0; i < n; i++) {
		if (nh > 0 && h[nh - 1].id == all[i])
			h[nh - 1].hits++;
		else
			h[nh++] = (struct stories_hits){ all[i], 1 };
	}
	qsort(h, nh, sizeof *h, stories_hits_cmp);
	for (*nout = 0; *nout < nh && *nout < FOLLOW_COMPARE; (*nout)++)
		out[*nout] = h[*nout].id;
	free(h);
	free(all);
	return 0;
}

/* A candidate's words and story: 1 when it has them, 0 when not. */
static int
follow_lead(struct store *st, int64_t id, struct xlead *l, int64_t *story, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_F_LEAD_GET,
				     "SELECT l.terms, a.story_id FROM story_leads l"
				     " JOIN articles a INDEXED BY articles_story_of ON a.id = l.article_id"
				     " WHERE l.article_id = ?1",
				     cause);
	int rc, got = 0;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		got = follow_decode(sqlite3_column_blob(s, 0), (size_t)sqlite3_column_bytes(s, 0), l) == 0;
		*story = sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? got : store_fail(st->db, "finding follow-ups", cause);
}

/*
 * The best earlier article the article (aid, dated day, with words l whose
 * frequencies are adf among n articles) follows up: the most similar that
 * names no other countries.  *best 0 when none.
 */
static int
follow_best(struct store *st, int64_t aid, const struct xlead *l, const int64_t *adf, int64_t n, int64_t day,
	    struct stories_best *best, char **cause)
{
	struct stories_best good[FOLLOW_COMPARE];
	int64_t seen[FOLLOW_COMPARE];
	size_t nseen = 0, ngood = 0, i;
	double anorm = 0, w, cos;
	int rc;

	memset(best, 0, sizeof *best);
	for (i = 0; i < l->n; i++) {
		w = follow_weight(l->v[i].tf, adf[i], n);
		anorm += w * w;
	}
	anorm = sqrt(anorm);
	rc = follow_posted(st, aid, l, adf, day, seen, &nseen, cause);
	for (i = 0; rc == 0 && i < nseen; i++) {
		struct xlead other;
		int64_t story = 0;
		if ((rc = follow_lead(st, seen[i], &other, &story, cause)) <= 0)
			continue;
		rc = 0;
		if (!extract_lead_recurring(l, &other) &&
		    (rc = follow_cosine(st, l, adf, anorm, &other, n, &cos, cause)) == 0 && cos >= FOLLOW_MIN_SIM)
			good[ngood++] = (struct stories_best){ seen[i], story, cos, 0 };
		xlead_free(&other);
	}
	return rc == 0 ? stories_choose(st, aid, good, ngood, best, cause) : rc;
}

/*
 * Keep the article's words (and the article it follows up, 0: none), and
 * post its title words that are rare, for the articles to come.
 */
static int
follow_remember(struct store *st, int64_t aid, const struct xlead *l, const int64_t *adf, int64_t day,
		int64_t follows, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_F_LEAD_ADD,
				     "INSERT OR REPLACE INTO story_leads(article_id, day, terms, follows)"
				     " VALUES (?1, ?2, ?3, nullif(?4, 0))",
				     cause);
	unsigned char *blob;
	size_t i;
	int len, rc;

	if (s == NULL)
		return -1;
	blob = follow_encode(l, &len);
	sqlite3_bind_int64(s, 1, aid);
	sqlite3_bind_int64(s, 2, day);
	sqlite3_bind_blob(s, 3, blob, len, free);
	sqlite3_bind_int64(s, 4, follows);
	rc = stories_done(st, s, cause);
	for (i = 0; rc == 0 && i < l->n; i++) {
		if (!l->v[i].title || adf[i] > FOLLOW_RARE)
			continue;
		if ((s = store_stmt(st, STMT_F_POST_ADD,
				    "INSERT OR IGNORE INTO story_posts(hash, day, article_id) VALUES (?1, ?2, ?3)",
				    cause)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, (int64_t)l->v[i].h);
		sqlite3_bind_int64(s, 2, day);
		sqlite3_bind_int64(s, 3, aid);
		rc = stories_done(st, s, cause);
	}
	return rc;
}

/*
 * The follow-up step of a dated article: count its words, find the article
 * it follows up when search is set (it is in no story by its copies), and
 * keep its words for the articles to come.
 */
static int
follow_step(struct store *st, int64_t aid, const struct xlead *l, int64_t day, bool search,
	    struct stories_best *best, char **cause)
{
	struct follow_counts *c = follow_counts(st);
	int64_t *adf = xcalloc(l->n + 1, sizeof *adf), n = 0;
	size_t i, slot;
	int rc = follow_get(st, 0, &slot, cause);

	memset(best, 0, sizeof *best);
	if (c->cappend < l->n + 1)
		c->pend = xrealloc(c->pend, (c->cappend = l->n + 1) * sizeof *c->pend);
	c->npend = 0;
	if (rc == 0) {
		n = c->df[slot] + 1;
		c->pend[c->npend++] = 0;
	}
	for (i = 0; rc == 0 && i < l->n; i++) {
		if ((rc = follow_get(st, l->v[i].h, &slot, cause)) == 0) {
			adf[i] = c->df[slot] + 1;
			c->pend[c->npend++] = l->v[i].h;
		}
	}
	c->pending = rc == 0; /* counted when its analysis is kept (store_story_settle) */
	if (rc == 0 && search)
		rc = follow_best(st, aid, l, adf, n, day, best, cause);
	if (rc == 0)
		rc = follow_remember(st, aid, l, adf, day, best->id, cause);
	free(adf);
	return rc;
}

/* Forget an article's words: its counts, postings and row. */
static int
follow_forget(struct store *st, int64_t aid, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_F_OLD, "SELECT day, terms FROM story_leads WHERE article_id = ?1", cause);
	struct xlead l;
	int64_t day = 0, df;
	size_t i;
	int rc, got = 0;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		day = sqlite3_column_int64(s, 0);
		got = follow_decode(sqlite3_column_blob(s, 1), (size_t)sqlite3_column_bytes(s, 1), &l) == 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "reading stories", cause);
	if (!got)
		return 0;
	/* The counts in memory go to the archive first, then these are taken back there. */
	if (store_story_flush(st, false, cause) != 0) { /* (and forgotten: the counts change below) */
		xlead_free(&l);
		return -1;
	}
	rc = follow_count(st, 0, -1, &df, cause);
	for (i = 0; rc == 0 && i < l.n; i++) {
		rc = follow_count(st, l.v[i].h, -1, &df, cause);
		if (rc == 0 && l.v[i].title) {
			if ((s = store_stmt(st, STMT_F_POST_DEL,
					    "DELETE FROM story_posts WHERE hash = ?1 AND day = ?2 AND article_id = ?3",
					    cause)) == NULL) {
				rc = -1;
				break;
			}
			sqlite3_bind_int64(s, 1, (int64_t)l.v[i].h);
			sqlite3_bind_int64(s, 2, day);
			sqlite3_bind_int64(s, 3, aid);
			rc = stories_done(st, s, cause);
		}
	}
	xlead_free(&l);
	if (rc == 0 && (s = store_stmt(st, STMT_F_LEAD_DEL, "DELETE FROM story_leads WHERE article_id = ?1", cause)) == NULL)
		rc = -1;
	if (rc == 0) {
		sqlite3_bind_int64(s, 1, aid);
		rc = stories_done(st, s, cause);
	}
	return rc;
}

/* Count a story's articles again, and take its dates and label from them. */
static int
stories_update(struct store *st, int64_t story, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_S_UPDATE,
				     "UPDATE stories SET articles = (SELECT count(*) FROM articles WHERE story_id = ?1),"
				     " first = (SELECT min(date) FROM articles WHERE story_id = ?1),"
				     " last = (SELECT max(date) FROM articles WHERE story_id = ?1),"
				     " label = coalesce((SELECT coalesce(title, substr(content, 1, 80)) FROM articles"
				     "  WHERE story_id = ?1 ORDER BY date IS NULL, date, id LIMIT 1), label)"
				     " WHERE id = ?1",
				     cause);

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, story);
	return stories_done(st, s, cause);
}

/*
 * A story after its newest article (aid, above every id it had) joined
 * it, without reading its articles again: one more article, the dates
 * widened, and the label taken from it when it is dated before all the
 * others (the label is the earliest article's, the lowest id among equals).
 */
static int
stories_add_newest(struct store *st, int64_t story, int64_t aid, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_S_ADD,
				     "UPDATE stories SET articles = articles + 1,"
				     " first = CASE WHEN a.date IS NOT NULL AND (first IS NULL OR a.date < first)"
				     "  THEN a.date ELSE first END,"
				     " last = CASE WHEN a.date IS NOT NULL AND (last IS NULL OR a.date > last)"
				     "  THEN a.date ELSE last END,"
				     " label = CASE WHEN a.date IS NOT NULL AND (first IS NULL OR a.date < first)"
				     "  THEN coalesce(a.title, substr(a.content, 1, 80)) ELSE label END"
				     " FROM (SELECT date, title, content FROM articles WHERE id = ?2) AS a"
				     " WHERE stories.id = ?1",
				     cause);

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, story);
	sqlite3_bind_int64(s, 2, aid);
	return stories_done(st, s, cause);
}

/* The highest article id in a story (0: none), from the index of articles by story. */
static int
stories_max_id(struct store *st, int64_t story, int64_t *max, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_S_MAX, "SELECT max(id) FROM articles WHERE story_id = ?1", cause);
	int rc;

	*max = 0;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, story);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*max = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st->db, "reading stories", cause);
}

/* Put an article in a story. */
static int
stories_join(struct store *st, int64_t aid, int64_t story, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_S_JOIN, "UPDATE articles SET story_id = ?2 WHERE id = ?1", cause);

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	sqlite3_bind_int64(s, 2, story);
	return stories_done(st, s, cause);
}

/* A new story of one article (more join it next); *story its id. */
static int
stories_new(struct store *st, int64_t aid, int64_t *story, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_S_NEW, "INSERT INTO stories(label) VALUES ('')", cause);

	if (s == NULL || stories_done(st, s, cause) != 0)
		return -1;
	*story = sqlite3_last_insert_rowid(st->db);
	return stories_join(st, aid, *story, cause);
}

/*
 * An article's story: that of its most similar copy (best); else, when it
 * follows up an earlier article (follow), that article's story, which the
 * copy joins too; else a new one with its copy.  Two stories are never
 * merged: that would rewrite every article of one of them.
 */
int
store_story_assign(struct store *st, int64_t aid, const struct xsig *sig, const struct xlead *lead, char **cause)
{
	struct stories_best best, follow;
	int64_t day = 0, story, max;
	bool known, others = false;
	double t;
	int rc;

	memset(&best, 0, sizeof best);
	memset(&follow, 0, sizeof follow);
	rc = stories_day(st, aid, &day, &known, cause);
	if (rc == 0 && sig->shingles >= STORY_MIN_SHINGLES) {
		rc = stories_candidates(st, aid, sig, day, known, &best, cause);
		if (rc == 0)
			rc = stories_remember(st, aid, sig, day, known, cause);
	}
	t = store_clock();
	if (rc == 0 && known && lead != NULL && lead->n > 0)
		rc = follow_step(st, aid, lead, day, best.story == 0, &follow, cause);
	st->cost_follow += store_clock() - t;
	if (rc != 0 || (best.id == 0 && follow.id == 0))
		return rc;
	story = best.story != 0 ? best.story : follow.story;
	if (story == 0) {
		rc = stories_new(st, follow.id != 0 ? follow.id : best.id, &story, cause);
		others = true;
	}
	if (rc == 0 && best.story == 0 && best.id != 0 && follow.id != 0) {
		rc = stories_join(st, best.id, story, cause); /* the copy had no story */
		others = true;
	}
	/* The usual case, a new article joining a story: no recount (its cost grew with the story). */
	if (rc == 0 && !others && (rc = stories_max_id(st, story, &max, cause)) == 0 && max > 0 && aid > max)
		return stories_join(st, aid, story, cause) != 0 ? -1 : stories_add_newest(st, story, aid, cause);
	if (rc == 0)
		rc = stories_join(st, aid, story, cause);
	return rc == 0 ? stories_update(st, story, cause) : rc;
}

int
store_story_forget(struct store *st, int64_t aid, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_S_OF, "SELECT story_id FROM articles INDEXED BY articles_story_of WHERE id = ?1", cause);
	int64_t story = 0;
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		story = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "reading stories", cause);
	if (follow_forget(st, aid, cause) != 0)
		return -1;
	if ((s = store_stmt(st, STMT_S_DEL_SIG, "DELETE FROM story_sigs WHERE article_id = ?1", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	if (stories_done(st, s, cause) != 0)
		return -1;
	if ((s = store_stmt(st, STMT_S_DEL_BANDS, "DELETE FROM story_bands WHERE article_id = ?1", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	if (stories_done(st, s, cause) != 0 || story == 0)
		return story == 0 ? 0 : -1;
	if ((s = store_stmt(st, STMT_S_LEAVE, "UPDATE articles SET story_id = NULL WHERE id = ?1", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	if (stories_done(st, s, cause) != 0 || stories_update(st, story, cause) != 0)
		return -1;
	/* A story of one article is no story: its last article leaves it. */
	s = store_stmt(st, STMT_S_DISSOLVE,
		       "UPDATE articles SET story_id = NULL WHERE story_id = ?1"
		       " AND (SELECT articles FROM stories WHERE id = ?1) < 2",
		       cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, story);
	if (stories_done(st, s, cause) != 0)
		return -1;
	return store_exec(st, "storing stories", "DELETE FROM stories WHERE articles < 2", cause);
}

/* ---- Read side ---- */

static const char *
stories_text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

int
store_list_stories(struct store *st, const struct store_story_filter *f, store_story_cb cb, void *ctx,
		   char **cause)
{
	/* The page first: outlets and speakers only for the stories shown. */
#define STORIES_PAGE_TAIL \
		" SELECT p.id, p.label, p.first, p.last, p.articles," \
		" CASE WHEN ?5 THEN '' ELSE (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT o.name" \
		"   FROM articles a JOIN sources o ON o.id = a.source_id WHERE a.story_id = p.id ORDER BY o.name)) END," \
		" CASE WHEN ?5 THEN '' ELSE (SELECT group_concat(name, char(31)) FROM (SELECT q.name, count(*) AS n" \
		"   FROM articles a JOIN statements x ON x.article_id = a.id JOIN speakers q ON q.id = x.speaker_id" \
		"   WHERE a.story_id = p.id GROUP BY q.id ORDER BY n DESC, q.name LIMIT 5)) END" \
		" FROM page p ORDER BY p.last IS NULL, p.last DESC, p.id DESC"
	/* One story, by its id or one of its articles. */
	static const char sql_one[] =
		"WITH chosen AS ("
		"  SELECT ?2 AS id WHERE ?2 > 0"
		"  UNION SELECT story_id FROM articles WHERE id = ?3 AND ?3 > 0 AND story_id IS NOT NULL)"
		", page AS (SELECT s.id, s.label, s.first, s.last, s.articles FROM chosen c"
		"  JOIN stories s ON s.id = c.id ORDER BY s.last IS NULL, s.last DESC, s.id DESC LIMIT ?4)"
		STORIES_PAGE_TAIL;
	/* Every story: the newest page read in order from stories_order. */
	static const char sql_all[] =
		"WITH page AS (SELECT s.id, s.label, s.first, s.last, s.articles FROM stories s"
		"  ORDER BY s.last IS NULL, s.last DESC, s.id DESC LIMIT ?4)"
		STORIES_PAGE_TAIL;
	/*
	 * A topic's stories are read newest first from story_topics' index
	 * (its copy of each story's last date): a page costs a page, however
	 * many stories the topic has.
	 */
	static const char sql_topic[] =
		"WITH page AS (SELECT s.id, s.label, s.first, s.last, s.articles FROM story_topics y"
		"  CROSS JOIN stories s ON s.id = y.story_id"
		"  WHERE y.topic_id = (SELECT id FROM topics WHERE name = ?1)"
		"  ORDER BY y.last IS NULL, y.last DESC, y.story_id DESC LIMIT ?4)"
		STORIES_PAGE_TAIL;
#undef STORIES_PAGE_TAIL
	struct store_story x;
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(st->db, f->topic ? sql_topic : f->id > 0 || f->article > 0 ? sql_one : sql_all, -1,
			       &s, NULL) != SQLITE_OK)
		return store_fail(st->db, "listing stories", cause);
	if (f->topic)
		sqlite3_bind_text(s, 1, f->topic, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, f->id);
	sqlite3_bind_int64(s, 3, f->article);
	sqlite3_bind_int64(s, 4, f->limit > 0 ? f->limit : -1);
	sqlite3_bind_int(s, 5, f->brief);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		x.id = sqlite3_column_int64(s, 0);
		x.label = stories_text(s, 1);
		x.first = stories_text(s, 2);
		x.last = stories_text(s, 3);
		x.articles = sqlite3_column_int64(s, 4);
		x.sources = stories_text(s, 5) ? stories_text(s, 5) : "";
		x.speakers = stories_text(s, 6) ? stories_text(s, 6) : "";
		if (cb(ctx, &x) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st->db, "listing stories", cause);
}
