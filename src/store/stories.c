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
 */
#include "config.h"
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
};

/* A candidate with the bands it shares: most bands first, then the newest. */
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
 * every one of those cables.  The archive's size is the one at the start
 * of the transaction (a batch of an import), counted once for it, and the
 * countries are read from the article's and the story's topics by key, so
 * the test costs what the two name, not what the archive holds.
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
	int64_t common = store_count_at_begin(st) / STORY_PLACE_COMMON, few = STORY_PLACE_FEW;
	int rc;

	*agree = true;
	if (s == NULL)
		return -1;
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
 * The candidates worth comparing: every article sharing a band, counted by
 * the bands it shares (the more, the likelier it is a copy: a band is
 * shared with probability sim^STORY_ROWS), the STORY_COMPARE that share the
 * most.  So an article reprinted many times costs STORY_COMPARE signature
 * reads, not one per article of its buckets.
 */
static size_t
stories_rank(int64_t *ids, size_t n, int64_t *out)
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
	for (i = 0; i < nh; i++)
		out[i] = h[i].id;
	return nh;
}

static int
stories_candidates(struct store *st, int64_t aid, const struct xsig *sig, int64_t day, bool known,
		   struct stories_best *best, char **cause)
{
	int64_t all[STORY_BANDS * STORY_BUCKET], seen[STORY_COMPARE];
	struct stories_best good[STORY_COMPARE];
	size_t nall = 0, nseen, ngood = 0, i;
	int band, rc = 0;

	memset(best, 0, sizeof *best);
	for (band = 0; rc == 0 && band < STORY_BANDS; band++) {
		sqlite3_stmt *s = store_stmt(st, STMT_S_BAND_GET,
					     "SELECT article_id FROM story_bands WHERE hash = ?1 AND article_id != ?2"
					     " ORDER BY article_id DESC LIMIT ?3",
					     cause);
		if (s == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, stories_band(sig, band));
		sqlite3_bind_int64(s, 2, aid);
		sqlite3_bind_int(s, 3, STORY_BUCKET);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW && nall < sizeof all / sizeof all[0])
			all[nall++] = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		rc = rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : store_fail(st->db, "finding stories", cause);
	}
	nseen = stories_rank(all, nall, seen);
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
			if (sim >= need && (!known || !oknown || llabs(day - oday) <= STORY_DAYS))
				good[ngood++] = (struct stories_best){ seen[i], sqlite3_column_int64(s, 2), sim };
		}
		sqlite3_reset(s);
		rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st->db, "finding stories", cause);
	}
	/* The most similar that names no other countries. */
	qsort(good, ngood, sizeof *good, stories_best_cmp);
	for (i = 0; rc == 0 && i < ngood; i++) {
		bool agree;
		if ((rc = stories_places_agree(st, aid, &good[i], &agree, cause)) == 0 && agree) {
			*best = good[i];
			break;
		}
	}
	return rc;
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
	for (band = 0; rc == 0 && band < STORY_BANDS; band++) {
		if ((s = store_stmt(st, STMT_S_BAND_ADD,
				    "INSERT OR IGNORE INTO story_bands(hash, article_id) VALUES (?1, ?2)", cause)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, stories_band(sig, band));
		sqlite3_bind_int64(s, 2, aid);
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

int
store_story_assign(struct store *st, int64_t aid, const struct xsig *sig, char **cause)
{
	struct stories_best best;
	int64_t day = 0, story;
	bool known;
	int rc;

	if (sig->shingles < STORY_MIN_SHINGLES)
		return 0;
	rc = stories_day(st, aid, &day, &known, cause);
	if (rc == 0)
		rc = stories_candidates(st, aid, sig, day, known, &best, cause);
	if (rc == 0)
		rc = stories_remember(st, aid, sig, day, known, cause);
	if (rc != 0 || best.id == 0)
		return rc;
	story = best.story;
	if (story == 0) {
		sqlite3_stmt *s = store_stmt(st, STMT_S_NEW, "INSERT INTO stories(label) VALUES ('')", cause);
		if (s == NULL || stories_done(st, s, cause) != 0)
			return -1;
		story = sqlite3_last_insert_rowid(st->db);
		rc = stories_join(st, best.id, story, cause);
	} else {
		/* The usual case, a new article joining a story: no recount (its cost grew with the story). */
		int64_t max;
		if ((rc = stories_max_id(st, story, &max, cause)) == 0 && max > 0 && aid > max)
			return stories_join(st, aid, story, cause) != 0 ? -1 : stories_add_newest(st, story, aid, cause);
	}
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
