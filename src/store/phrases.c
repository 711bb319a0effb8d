/*
 * phrases.c: automatic (phrase) topics.  Each article's key phrases are
 * written as article_phrases rows when it is stored and counted in memory
 * for the transaction (a batch of articles); at commit the batch is added
 * to the archive's statistics in phrase_df with one statement per distinct
 * phrase, and the articles are linked to their topics.
 *
 * Which phrases are topics is decided over the archive: a phrase seen in
 * at least PHRASE_MIN_DF articles becomes one when its C-value (Frantzi
 * and Ananiadou: its frequency less the mean frequency of the longer
 * phrases that hold it, weighted by its length) passes PHRASE_MIN_CVALUE
 * and it is not in more than one article in PHRASE_GENERAL (once it is in
 * more than PHRASE_GENERAL_MIN).  Phrases are
 * merged: a variant with a clitic (بعيد الفطر) into the phrase without it
 * when that stands in other articles too, or when the word without it is a
 * stem of the archive and the word with it is none (وقوات صالح into قوات
 * صالح: phrases_clitic_len), a phrase that mostly occurs inside a
 * longer one (الفطر المبارك in عيد الفطر المبارك) into that longer one,
 * and a longer phrase into its more frequent part (عيد الفطر المبارك into
 * عيد الفطر).  A phrase keeps the topic it was first given; the work per
 * batch is bounded by the batch's phrases, and an article is linked
 * through a phrase once (when the phrase becomes a topic, or when the
 * article arrives), so the cost per article does not grow with the archive.
 *
 * The statistics count a text once: an article stored again under another
 * url (the same source, date, title and text as an older article, whose
 * content_hash it has) is linked to the topics of its phrases like any
 * other, but adds nothing to phrase_df nor to the articles the "too
 * general" test counts, and a phrase it alone brings to a batch is not
 * decided again (nothing it is decided on has changed).  Otherwise a paper
 * that puts one text at two urls, or an archive that imports a dump twice
 * under new urls, would make a topic of a phrase found in one text only.
 * phrase_reprints names such articles (so that clearing one takes nothing
 * from phrase_df), and meta's phrase_reprints counts them (triggers).  When
 * the oldest copy of a text gets another text at its url, its counts pass
 * to the next copy (store_phrases_pass_on), which leaves phrase_reprints.
 */
#include "config.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "store/store-private.h"

#define PHRASE_MIN_DF 5          /* articles a phrase needs to be a topic */
#define PHRASE_MIN_CVALUE 7.9    /* log2(3) * 5: a pair in 5 articles, not nested */
#define PHRASE_GENERAL 10        /* in more than 1 article in this many: too general ... */
#define PHRASE_GENERAL_MIN 200   /* ... once it is in more articles than this */
#define PHRASE_NESTED 0.5        /* share of a phrase inside one longer phrase that merges it */
#define PHRASE_FRAGMENT 0.8      /* share of a pair inside its triple that makes the triple the term */
#define PHRASE_SPOKEN 5          /* statements of a person speaker that make a name without ال a person */

/*
 * The spans of 4,096 article ids that article_phrases is indexed by before
 * the phrase (article_phrases_span, schema 30: a batch writes into the last
 * span, not all over an index by phrase): a phrase's articles are read one
 * span after another, in order of article id.  The expression must be the
 * index's own for SQLite to use it.
 */
#define PHRASE_SPANS \
	"WITH RECURSIVE span(n) AS (SELECT (SELECT min(article_id) FROM article_phrases) >> 12" \
	" UNION ALL SELECT n + 1 FROM span WHERE n < (SELECT max(article_id) FROM article_phrases) >> 12) "
#define PHRASE_IN_SPAN "(p.article_id >> 12) = span.n"

/* One distinct phrase of the batch. */
struct bphrase {
	char *key;        /* folded key */
	char *text;       /* as first written */
	int64_t *aids;    /* the batch's articles that have it */
	size_t n, cap;
	int64_t nested;   /* occurrences inside the batch's longer phrases */
	int64_t persons;  /* the batch's articles where it is a person's name */
	int64_t counted;  /* the batch's articles that count (n less the reprints) */
	bool written;     /* text is as written (else the key: a pair seen only inside triples yet) */
};

/* The statements of one of the batch's articles, their text folded (read once per flush). */
struct afolds {
	int64_t aid;      /* 0: an empty slot */
	int64_t *sids;
	char **folded;
	size_t n;
};

/*
 * What store_phrases_add added to one batch phrase for the article being
 * stored: the article to its aids (and perhaps its counts), or one
 * occurrence inside a triple (nested).
 */
struct pundo {
	size_t i;         /* the phrase's index in v */
	bool nested;
	bool counted, person;
};

/* The batch: phrases in an open-addressing hash table of indexes into v. */
struct phrase_batch {
	struct bphrase *v;
	size_t n, cap;
	size_t *slots;    /* index + 1; 0 is empty */
	size_t nslots;
	struct afolds *folds; /* by article, open addressing; nfolds slots, a power of two */
	size_t nfolds, usedfolds;
	struct pundo *undo; /* the current article's additions (store_phrases_abandoned) */
	size_t nundo, capundo;
};

static void
phrases_rehash(struct phrase_batch *b)
{
	size_t i, j;

	free(b->slots);
	b->nslots = b->nslots ? b->nslots * 2 : 1024;
	b->slots = xcalloc(b->nslots, sizeof *b->slots);
	for (i = 0; i < b->n; i++) {
		for (j = extract_hash(b->v[i].key) & (b->nslots - 1); b->slots[j]; j = (j + 1) & (b->nslots - 1))
			;
		b->slots[j] = i + 1;
	}
}

/* The batch's entry for key (added when new, with text). */
static struct bphrase *
phrases_get(struct phrase_batch *b, const char *key, size_t keylen, const char *text)
{
	size_t j;
	struct bphrase *p;

	if (2 * (b->n + 1) > b->nslots)
		phrases_rehash(b);
	for (j = extract_hash(key) & (b->nslots - 1); b->slots[j]; j = (j + 1) & (b->nslots - 1)) {
		p = &b->v[b->slots[j] - 1];
		if (strlen(p->key) == keylen && strncmp(p->key, key, keylen) == 0) {
			if (text != NULL && !p->written) {
				free(p->text);
				p->text = xstrdup(text);
				p->written = true;
			}
			return p;
		}
	}
	if (b->n == b->cap)
		b->v = xrealloc(b->v, (b->cap = b->cap ? b->cap * 2 : 256) * sizeof *b->v);
	p = &b->v[b->n++];
	memset(p, 0, sizeof *p);
	p->key = xstrndup(key, keylen);
	p->text = xstrdup(text ? text : p->key);
	p->written = text != NULL;
	b->slots[j] = b->n;
	return p;
}

void
store_phrases_drop(struct store *st)
{
	struct phrase_batch *b = st->phrases;
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->n; i++) {
		free(b->v[i].key);
		free(b->v[i].text);
		free(b->v[i].aids);
	}
	for (i = 0; i < b->nfolds; i++) {
		size_t k;
		for (k = 0; k < b->folds[i].n; k++)
			free(b->folds[i].folded[k]);
		free(b->folds[i].sids);
		free(b->folds[i].folded);
	}
	free(b->folds);
	free(b->undo);
	free(b->v);
	free(b->slots);
	free(b);
	st->phrases = NULL;
}

/* Words in a folded phrase. */
static int
phrases_words(const char *key)
{
	int n = 1;

	for (; *key; key++)
		n += *key == ' ';
	return n;
}

/* Remember what the current article added to phrase p (see store_phrases_abandoned). */
static void
phrases_undo_log(struct phrase_batch *b, const struct bphrase *p, bool nested, bool counted, bool person)
{
	struct pundo *u;

	if (b->nundo == b->capundo)
		b->undo = xrealloc(b->undo, (b->capundo = b->capundo ? b->capundo * 2 : 64) * sizeof *b->undo);
	u = &b->undo[b->nundo++];
	u->i = (size_t)(p - b->v);
	u->nested = nested;
	u->counted = counted;
	u->person = person;
}

void
store_phrases_next(struct store *st)
{
	if (st->phrases != NULL)
		st->phrases->nundo = 0;
}

void
store_phrases_abandoned(struct store *st)
{
	struct phrase_batch *b = st->phrases;
	struct bphrase *p;

	if (b == NULL)
		return;
	while (b->nundo > 0) {
		const struct pundo *u = &b->undo[--b->nundo];
		p = &b->v[u->i];
		p->n -= !u->nested;
		p->counted -= u->counted;
		p->persons -= u->person;
		p->nested -= u->nested;
	}
}

/* Note article aid in phrase_reprints. */
static int
phrases_reprint_add(struct store *st, int64_t aid, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_P_REPRINT_ADD,
				     "INSERT OR IGNORE INTO phrase_reprints(article_id) VALUES (?1)", cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st->db, "storing reprints", cause);
}

/* Whether article aid is a reprint (an older article has its content_hash); noted in phrase_reprints when it is. */
static int
phrases_reprint(struct store *st, int64_t aid, bool *yes, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_P_REPRINT,
				     "SELECT (SELECT min(b.id) FROM articles b WHERE b.content_hash = a.content_hash) < a.id"
				     " FROM articles a WHERE a.id = ?1",
				     cause);
	int rc;

	*yes = false;
	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*yes = sqlite3_column_int(s, 0) != 0;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "reading article hashes", cause);
	return *yes ? phrases_reprint_add(st, aid, cause) : 0;
}

int
store_phrases_pass_on(struct store *st, int64_t aid, const char *hash, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_P_PASS_ON,
				     "DELETE FROM phrase_reprints WHERE article_id ="
				     " (SELECT min(id) FROM articles WHERE content_hash = ?2 AND id != ?1)"
				     " AND NOT EXISTS (SELECT 1 FROM phrase_reprints WHERE article_id = ?1)",
				     cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, aid);
	sqlite3_bind_text(s, 2, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "storing reprints", cause);
	/* The copy counts now, and aid's counts are its: clearing aid takes nothing. */
	if (sqlite3_changes(st->db) > 0 && phrases_reprint_add(st, aid, cause) != 0)
		return -1;
	return 0;
}

int
store_phrases_add(struct store *st, int64_t aid, const struct xresult *r, char **cause)
{
	struct bphrase *p;
	sqlite3_stmt *s;
	size_t i, klen;
	const char *text, *sp;
	char *sub, *written;
	bool person, reprint;

	if (st->phrases == NULL)
		st->phrases = xcalloc(1, sizeof *st->phrases);
	if (phrases_reprint(st, aid, &reprint, cause) != 0)
		return -1;
	for (i = 0; i < r->nphrases; i++) {
		/* "key TAB text", and "TAB person" when it names a person here */
		klen = strcspn(r->phrases[i], "\t");
		text = r->phrases[i][klen] ? r->phrases[i] + klen + 1 : NULL;
		written = text != NULL ? xstrndup(text, strcspn(text, "\t")) : NULL;
		person = text != NULL && text[strcspn(text, "\t")] != '\0';
		s = store_stmt(st, STMT_X_PHRASE_ADD,
			       "INSERT OR IGNORE INTO article_phrases(article_id, phrase, text, person) VALUES (?1, ?2, ?3, ?4)",
			       cause);
		if (s == NULL) {
			free(written);
			return -1;
		}
		sqlite3_bind_int64(s, 1, aid);
		sqlite3_bind_text(s, 2, r->phrases[i], (int)klen, SQLITE_TRANSIENT);
		sqlite3_bind_text(s, 3, written ? written : r->phrases[i], written ? -1 : (int)klen, SQLITE_TRANSIENT);
		sqlite3_bind_int(s, 4, person);
		if (sqlite3_step(s) != SQLITE_DONE) {
			free(written);
			return store_fail(st->db, "storing key phrases", cause);
		}
		if (sqlite3_changes(st->db) == 0) {
			free(written);
			continue;
		}
		p = phrases_get(st->phrases, r->phrases[i], klen, written);
		free(written);
		if (p->n == p->cap)
			p->aids = xrealloc(p->aids, (p->cap = p->cap ? p->cap * 2 : 4) * sizeof *p->aids);
		p->aids[p->n++] = aid;
		p->counted += !reprint;
		p->persons += !reprint && person;
		phrases_undo_log(st->phrases, p, false, !reprint, !reprint && person);
		/* A triple holds two pairs: count it into both. */
		if (!reprint && phrases_words(p->key) == 3) {
			char *key = xstrdup(p->key);
			sp = strrchr(key, ' ');
			p = phrases_get(st->phrases, key, (size_t)(sp - key), NULL);
			p->nested++;
			phrases_undo_log(st->phrases, p, true, false, false);
			sub = extract_phrase_normal(strchr(key, ' ') + 1);
			p = phrases_get(st->phrases, sub, strlen(sub), NULL);
			p->nested++;
			phrases_undo_log(st->phrases, p, true, false, false);
			free(sub);
			free(key);
		}
	}
	return 0;
}

/* ---- At commit ---- */

/* A phrase's statistics in the archive (zeros when unknown). */
struct pstat {
	int64_t df, nested, nsuper, top_df;
	int64_t persons;  /* articles where it is a person's name */
	char *top, *text;
};

static void
pstat_free(struct pstat *p)
{
	free(p->top);
	free(p->text);
	memset(p, 0, sizeof *p);
}

static int
phrases_stat(struct store *st, const char *key, struct pstat *out, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_P_GET,
				     "SELECT df, nested, nsuper, top, top_df, text, persons FROM phrase_df WHERE phrase = ?1",
				     cause);
	int rc;

	memset(out, 0, sizeof *out);
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->df = sqlite3_column_int64(s, 0);
		out->nested = sqlite3_column_int64(s, 1);
		out->nsuper = sqlite3_column_int64(s, 2);
		out->top = sqlite3_column_text(s, 3) ? xstrdup((const char *)sqlite3_column_text(s, 3)) : NULL;
		out->top_df = sqlite3_column_int64(s, 4);
		out->text = sqlite3_column_text(s, 5) ? xstrdup((const char *)sqlite3_column_text(s, 5)) : NULL;
		out->persons = sqlite3_column_int64(s, 6);
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st->db, "reading phrase counts", cause);
}

/* The C-value of a phrase of n words. */
static double
phrases_cvalue(int n, const struct pstat *p)
{
	double f = (double)p->df;

	if (p->nsuper > 0)
		f -= (double)p->nested / (double)p->nsuper;
	return log2(1.0 + n) * f;
}

/* How many phrases of the archive start with the word w (n bytes), counted by their articles. */
static int
phrases_first_df(struct store *st, const char *w, size_t n, int64_t *df, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_P_FIRST_DF,
				     "SELECT coalesce(sum(df), 0) FROM phrase_df WHERE phrase >= ?1 AND phrase < ?2", cause);
	char *lo, *hi;
	int rc;

	*df = 0;
	if (s == NULL)
		return -1;
	/* Every key that starts with w and a space: from "w " up to "w!". */
	lo = xasprintf("%.*s ", (int)n, w);
	hi = xasprintf("%.*s!", (int)n, w);
	sqlite3_bind_text(s, 1, lo, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, hi, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*df = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	free(lo);
	free(hi);
	return rc == SQLITE_ROW ? 0 : store_fail(st->db, "reading phrase counts", cause);
}

/* How many phrases start with ال and the word w (n bytes). */
static int
phrases_first_df_al(struct store *st, const char *w, size_t n, int64_t *df, char **cause)
{
	char *al = xasprintf("ال%.*s", (int)n, w);
	int rc = phrases_first_df(st, al, strlen(al), df, cause);

	free(al);
	return rc;
}

/* Is the folded word w (n bytes) one of و ف ب ل ك and a word of at least three letters? */
static bool
phrases_clitic_start(const char *w, size_t n)
{
	return n >= 8 && extract_clitic(w) == 2;
}

/*
 * Is rest (n bytes), what follows the clitic c (2 bytes) of a word, a stem
 * of the archive: a content word that starts phrases bare and also with
 * the article or with the other clitics (ارتفاع: الارتفاع, بارتفاع;
 * قوات: القوات, لقوات)?  زير (وزير), اعبي (لاعبي) and اين (واين روني)
 * are no such words.
 */
static int
phrases_stem(struct store *st, const char *c, const char *rest, size_t n, bool *yes, char **cause)
{
	static const char *const clitics[] = { "و", "ف", "ب", "ل", "ك" };
	int64_t bare = 0, al = 0, df, other = 0;
	char *word;
	size_t k;

	*yes = false;
	word = xstrndup(rest, n);
	if (n < 6 || extract_stopword(word)) {
		free(word);
		return 0;
	}
	free(word);
	if (phrases_first_df(st, rest, n, &bare, cause) != 0 ||
	    (bare > 0 && phrases_first_df_al(st, rest, n, &al, cause) != 0))
		return -1;
	/* with other clitics: in two articles at least (كاين once is no evidence) */
	for (k = 0; bare > 0 && al == 0 && other < 2 && k < sizeof clitics / sizeof *clitics; k++) {
		char *with;
		int rc;

		if (strncmp(clitics[k], c, 2) == 0)
			continue;
		with = xasprintf("%s%.*s", clitics[k], (int)n, rest);
		rc = phrases_first_df(st, with, strlen(with), &df, cause);
		free(with);
		if (rc != 0)
			return -1;
		other += df;
	}
	*yes = bare > 0 && (al > 0 || other >= 2);
	return 0;
}

/*
 * The bytes of clitics to drop from the folded first word w (n bytes) of a
 * phrase, 0 for none: a conjunction or preposition (و ف ب ل ك, or two:
 * وب ول فل ...) whose remainder is a stem of the archive (phrases_stem),
 * on a word the archive never writes with the article.  وقوات -> قوات,
 * وارتفاع -> ارتفاع, وبمدينة -> مدينة; but وزير, بطاقة, لجنة, وادي are
 * words of their own (الوزير, البطاقة, اللجنة, الوادي), and a given name
 * (فيصل) is never cut.
 */
static int
phrases_clitic_len(struct store *st, const char *w, size_t n, size_t *len, char **cause)
{
	const struct xwords *words = st->lx != NULL ? st->lx->words : NULL;
	char *word = xstrndup(w, n);
	int64_t al = 0;
	bool stem = false;
	int rc = 0;

	*len = 0;
	if (!phrases_clitic_start(w, n) || xwords_is(words, XW_GIVEN, word) ||
	    (rc = phrases_first_df_al(st, w, n, &al, cause)) != 0 || al > 0) {
		free(word);
		return rc;
	}
	free(word);
	if (phrases_stem(st, w, w + 2, n - 2, &stem, cause) != 0)
		return -1;
	if (stem) {
		*len = 2;
		return 0;
	}
	/* وب ول فب فل وك فك: a second clitic after و or ف, when the first alone left no stem */
	if ((strncmp(w, "و", 2) == 0 || strncmp(w, "ف", 2) == 0) && n >= 10 &&
	    (strncmp(w + 2, "ب", 2) == 0 || strncmp(w + 2, "ل", 2) == 0 || strncmp(w + 2, "ك", 2) == 0)) {
		if (phrases_first_df_al(st, w + 2, n - 2, &al, cause) != 0)
			return -1;
		if (al == 0 && phrases_stem(st, w + 2, w + 4, n - 4, &stem, cause) != 0)
			return -1;
		if (al == 0 && stem)
			*len = 4;
	}
	return 0;
}

/*
 * The other reading of a phrase whose first word was written with لل (its
 * text), which extraction keys as ل + ال (للجنة الأولمبية -> الجنه
 * الاولمبيه): ل + ال + a word starting with ل (اللجنه الاولمبيه) or ل + a
 * word starting with ل (للجنة الاحتراف -> لجنه الاحتراف), whichever stands
 * in more articles than the key itself and in two at least; NULL for none
 * (للمسجد الحرام stays المسجد الحرام).  Caller frees.
 */
static int
phrases_unlam(struct store *st, const char *key, char **out, char **cause)
{
	struct pstat k, q;
	char *alt[2], *f;
	int64_t best;
	int i, rc;

	*out = NULL;
	if (strncmp(key, "ال", 4) != 0 || strcspn(key, " ") < 8)
		return 0;
	if (phrases_stat(st, key, &k, cause) != 0)
		return -1;
	f = k.text != NULL ? text_fold(k.text, strcspn(k.text, " ")) : NULL;
	if (f == NULL || strncmp(f, "لل", 4) != 0) {
		free(f);
		pstat_free(&k);
		return 0;
	}
	free(f);
	alt[0] = xasprintf("ال%s", key + 2); /* ل + ال + لW: اللجنه */
	alt[1] = xstrdup(key + 2);            /* ل + لW: لجنه */
	best = k.df > 1 ? k.df : 1;
	for (i = 0, rc = 0; rc == 0 && i < 2; i++) {
		if ((rc = phrases_stat(st, alt[i], &q, cause)) == 0 && q.df > best) {
			best = q.df;
			free(*out);
			*out = xstrdup(alt[i]);
		}
		pstat_free(&q);
	}
	free(alt[0]);
	free(alt[1]);
	pstat_free(&k);
	return rc;
}

/*
 * The phrase without a clitic on its first word; else key itself (caller
 * frees).  A first word written with لل may be read again
 * (phrases_unlam).  Dropped when the phrase without it stands in two
 * articles or more (بعيد الفطر -> عيد الفطر; وزارة never becomes زارة: no such
 * phrase), or when the first word is a clitic on a stem of the archive
 * (phrases_clitic_len: وقوات صالح -> قوات صالح, وارتفاع الموج -> ارتفاع
 * الموج, though the press writes those mostly after a noun and و).
 */
static int
phrases_unclitic(struct store *st, const char *key, char **out, char **cause)
{
	struct pstat q;
	size_t first = strcspn(key, " "), len = 0;

	*out = NULL;
	if (key[first] == ' ' && phrases_unlam(st, key, out, cause) != 0)
		return -1;
	if (*out == NULL && key[first] == ' ' && first >= 8 &&
	    (strncmp(key, "و", 2) == 0 || strncmp(key, "ف", 2) == 0 || strncmp(key, "ب", 2) == 0 ||
	     strncmp(key, "ل", 2) == 0 || strncmp(key, "ك", 2) == 0)) {
		if (phrases_stat(st, key + 2, &q, cause) != 0)
			return -1;
		if (q.df >= 2)
			*out = xstrdup(key + 2);
		pstat_free(&q);
	}
	if (*out == NULL && key[first] == ' ') {
		if (phrases_clitic_len(st, key, first, &len, cause) != 0)
			return -1;
		if (len > 0)
			*out = xstrdup(key + len);
	}
	if (*out == NULL)
		*out = xstrdup(key);
	return 0;
}

/*
 * The phrase key stands for (caller frees): the same key, or the phrase it
 * merges into (see the top of this file).  *from (caller frees) is the
 * phrase *out was cut a clitic from, else *out: its counts stand for
 * *out's when *out was never counted alone (phrases_counts_of: قوات صالح
 * is written only as وقوات صالح).
 */
static int
phrases_canonical(struct store *st, const char *key, char **out, char **from, char **cause)
{
	struct pstat c, a, b, t;
	const char *sp;
	char *cur = NULL, *s3 = NULL, *k1, *k2, *best;
	bool variant = false; /* cur, cut from key, is merged as key would be */
	int rc;

	*out = NULL;
	*from = NULL;
	if (phrases_unclitic(st, key, &cur, cause) != 0)
		return -1;
	rc = phrases_stat(st, cur, &c, cause);
	/*
	 * A phrase cut from key that stands in two articles of its own is
	 * merged by its own counts (شمال أفريقيا, not the الأوسط وشمال أفريقيا
	 * its variant with و is joined to); one in fewer (قوات صالح, written
	 * as وقوات صالح) as key would be, then cut.
	 */
	if (rc == 0 && strcmp(cur, key) != 0 && c.df < 2) {
		pstat_free(&c);
		rc = phrases_stat(st, key, &c, cause);
		variant = true;
	}
	if (rc != 0) {
		free(cur);
		return -1;
	}
	if (phrases_words(cur) == 3)
		s3 = xstrdup(variant ? key : cur);
	else if (c.top && (double)c.top_df >= PHRASE_NESTED * (double)c.df)
		s3 = xstrdup(c.top); /* mostly a fragment of a longer phrase */
	pstat_free(&c);
	if (s3 == NULL) {
		*out = cur;
		*from = xstrdup(key);
		return 0;
	}
	free(cur);
	/* A triple stands for its more frequent pair when that pair is at least as frequent. */
	sp = strrchr(s3, ' ');
	k1 = xstrndup(s3, (size_t)(sp - s3));
	k2 = extract_phrase_normal(strchr(s3, ' ') + 1);
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	memset(&t, 0, sizeof t);
	rc = phrases_stat(st, k1, &a, cause);
	if (rc == 0)
		rc = phrases_stat(st, k2, &b, cause);
	if (rc == 0)
		rc = phrases_stat(st, s3, &t, cause);
	if (rc == 0) {
		const struct xents *e = st->lx != NULL ? st->lx->ents : NULL;

		best = a.df >= b.df && a.df >= t.df && a.df > 0 ? k1 : b.df > a.df && b.df >= t.df ? k2 : s3;
		/*
		 * A triple that is a whole name (صندوق النقد الدولي, مركز الملك سلمان)
		 * does not stand for its tail unless the tail is a name too (منطقة
		 * مكة المكرمة: مكة المكرمة), nor for its head pair when that pair is
		 * cut from a name (مركز الملك) or the weaker term by C-value.
		 */
		if (e != NULL && xents_class(e, s3) != XENT_NONE && !xents_fragment(e, s3) &&
		    ((best == k2 && xents_class(e, k2) == XENT_NONE) ||
		     (best == k1 && (xents_fragment(e, k1) || phrases_cvalue(2, &a) < phrases_cvalue(3, &t)))))
			best = s3;
		/*
		 * ... but a pair found almost only inside the triple is a fragment
		 * of it (باريس سان of باريس سان جيرمان, دوري ابطال of دوري ابطال
		 * اوروبا): the triple is the term.
		 */
		if (best != s3 && t.df > 0 && (double)t.df >= PHRASE_FRAGMENT * (double)(best == k1 ? a.df : b.df))
			best = s3;
		rc = phrases_unclitic(st, best, out, cause);
		if (rc == 0)
			*from = xstrdup(best);
	}
	pstat_free(&a);
	pstat_free(&b);
	pstat_free(&t);
	free(k1);
	free(k2);
	free(s3);
	return rc;
}

/* The topic a phrase is linked to (0: none yet). */
static int
phrases_mapped(struct store *st, const char *key, int64_t *tid, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_P_MAPPED, "SELECT topic_id FROM topic_phrases WHERE phrase = ?1", cause);
	int rc;

	*tid = 0;
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*tid = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st->db, "reading phrase topics", cause);
}

/*
 * Link the statements of every article that has a phrase, and contain it,
 * to its topic (the phrase has just become one; phrases_article_statements
 * does the same for one of the batch's articles).
 */
static int
phrases_statements(struct store *st, const char *key, int64_t tid, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_P_STATEMENTS,
				     "INSERT OR IGNORE INTO statement_topics(statement_id, topic_id) " PHRASE_SPANS
				     " SELECT x.id, ?2 FROM span CROSS JOIN article_phrases p"
				     " ON " PHRASE_IN_SPAN " AND p.phrase = ?1"
				     " JOIN statements x ON x.article_id = p.article_id"
				     " WHERE instr(khabar_fold(x.text), ?1) > 0",
				     cause);

	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, tid);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st->db, "linking statements to topics", cause);
	sqlite3_reset(s);
	return 0;
}

/* Link a phrase to a topic and every article that has it to the topic. */
static int
phrases_map(struct store *st, const char *key, int64_t tid, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_P_MAP, "INSERT OR IGNORE INTO topic_phrases(phrase, topic_id) VALUES (?1, ?2)", cause);

	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, tid);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st->db, "storing phrase topics", cause);
	sqlite3_reset(s);
	s = store_stmt(st, STMT_P_BACKFILL,
		       "INSERT OR IGNORE INTO article_topics(article_id, topic_id, score) " PHRASE_SPANS
		       " SELECT p.article_id, ?2, 1 FROM span CROSS JOIN article_phrases p"
		       " ON " PHRASE_IN_SPAN " AND p.phrase = ?1",
		       cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, tid);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st->db, "linking articles to topics", cause);
	sqlite3_reset(s);
	return phrases_statements(st, key, tid, cause);
}

/*
 * The topic of phrase key named name (added when new): a phrase topic, or
 * an entity topic of key's class (وزارة الداخلية: org, منطقة عسير: place,
 * الملك سلمان: person), or a person's when key has no class and person is
 * true; an entity of the same name found as a speaker, or of the same
 * folded name (ابراهيم البلوي for إبراهيم البلوي), is the same topic; 0
 * when a lexicon topic has that name.
 */
static int
phrases_topic(struct store *st, const char *key, const char *name, bool person, int64_t *tid, char **cause)
{
	const char *cls = st->lx != NULL ? xent_name(xents_class(st->lx->ents, key)) : NULL;
	sqlite3_stmt *s;
	int rc;

	*tid = 0;
	if (cls == NULL && person)
		cls = xent_name(XENT_PERSON);
	if (cls != NULL) {
		s = store_stmt(st, STMT_P_ENTITY_FOLDED,
			       "SELECT id FROM topics WHERE folded = khabar_fold(?1) AND kind = 'entity' ORDER BY id LIMIT 1",
			       cause);
		if (s == NULL)
			return -1;
		sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(s)) == SQLITE_ROW)
			*tid = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return store_fail(st->db, "reading topics", cause);
		if (*tid != 0)
			return 0;
	}
	s = store_stmt(st, STMT_P_TOPIC_ADD,
		       "INSERT OR IGNORE INTO topics(name, origin, kind, class, folded, sortkey)"
		       " VALUES (?1, 'auto', CASE WHEN ?2 IS NULL THEN 'phrase' ELSE 'entity' END, ?2,"
		       " khabar_fold(?1), khabar_sortkey(?1))",
		       cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	if (cls != NULL)
		sqlite3_bind_text(s, 2, cls, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, 2);
	if (sqlite3_step(s) != SQLITE_DONE)
		return store_fail(st->db, "storing a topic", cause);
	sqlite3_reset(s);
	s = store_stmt(st, STMT_P_TOPIC_GET,
		       "SELECT id FROM topics WHERE name = ?1 AND kind IN ('phrase', 'entity')", cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*tid = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st->db, "reading topics", cause);
}

/*
 * A topic's name: the phrase as written, without the clitic its first word
 * may have where it was first seen (للمسجد الحرام -> المسجد الحرام, like its
 * key); NULL when text is not key written with clitics (its first word
 * another, or another number of words).  Caller frees.
 */
static char *
phrases_name(const char *text, const char *key)
{
	size_t wlen = strcspn(text, " "), klen = strcspn(key, " "), i, pos;
	char *f;
	int k;

	if (phrases_words(text) != phrases_words(key))
		return NULL;
	for (i = 0, k = 0; k <= 3 && i < wlen; k++) {
		f = text_fold(text + i, wlen - i);
		if (strlen(f) == klen && strncmp(f, key, klen) == 0) {
			free(f);
			return xstrdup(text + i);
		}
		/* ل + ال written لل: the article's alef comes back. */
		if (klen > 2 && strncmp(key, "ا", 2) == 0 && strlen(f) == klen - 2 && strncmp(f, key + 2, klen - 2) == 0) {
			free(f);
			return xasprintf("ا%s", text + i);
		}
		free(f);
		pos = i;
		utf8_next(text, wlen, &pos);
		i = pos;
	}
	return NULL;
}

/*
 * The name of the topic of canon: as its own phrase was written, else as
 * the variant that made it was (وقوات صالح names قوات صالح when that was
 * never counted alone), else canon itself.  Caller frees.
 */
static char *
phrases_topic_name(const char *canon, const struct pstat *cs, const struct pstat *ps)
{
	char *name = cs->text != NULL ? phrases_name(cs->text, canon) : NULL;

	if (name == NULL && ps->text != NULL)
		name = phrases_name(ps->text, canon);
	return name != NULL ? name : xstrdup(cs->text != NULL ? cs->text : canon);
}

/* The counts of canon, or of from, the variant it was cut from, when canon was never counted alone. */
static int
phrases_counts_of(struct store *st, const char *canon, const char *from, struct pstat *out, char **cause)
{
	if (phrases_stat(st, canon, out, cause) != 0)
		return -1;
	if (out->df > 0 || strcmp(canon, from) == 0)
		return 0;
	pstat_free(out);
	return phrases_stat(st, from, out, cause);
}

/*
 * Is the phrase key, none of its words with ال, the name of a person who
 * speaks in PHRASE_SPOKEN statements of the archive at least?  A foreign
 * name has no given name extraction knows (هيلاري كلينتون, لويس انريكي),
 * so its shape does not tell it is a person's, but what it says does.
 */
static int
phrases_spoken(struct store *st, const char *key, bool *yes, char **cause)
{
	sqlite3_stmt *s;
	const char *w;
	int rc;

	*yes = false;
	for (w = key; *w; w += strcspn(w, " "), w += *w == ' ')
		if (strncmp(w, "ال", 4) == 0)
			return 0;
	/* One noun in both genders (طالب وطالبة, مواطن ومواطنة) is no name. */
	if (strncmp(key + strcspn(key, " "), " و", 3) == 0 &&
	    strncmp(key + strcspn(key, " ") + 3, key, strcspn(key, " ")) == 0)
		return 0;
	s = store_stmt(st, STMT_P_SPOKEN,
		       "SELECT c.statements FROM speakers p JOIN speaker_counts c ON c.speaker_id = p.id"
		       " WHERE p.folded = ?1 AND p.kind = 'person'",
		       cause);
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*yes = sqlite3_column_int64(s, 0) >= PHRASE_SPOKEN;
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st->db, "reading speakers", cause);
}

/* Decide whether an unlinked phrase of the archive (now) names a topic, and link it. */
static int
phrases_decide(struct store *st, const char *key, int64_t narchive, char **cause)
{
	struct pstat ps, cs;
	char *canon = NULL, *from = NULL;
	int64_t tid = 0;
	int rc;

	if ((rc = phrases_stat(st, key, &ps, cause)) != 0 || ps.df < PHRASE_MIN_DF) {
		pstat_free(&ps);
		return rc;
	}
	rc = phrases_canonical(st, key, &canon, &from, cause);
	if (rc == 0 && (rc = phrases_mapped(st, canon, &tid, cause)) == 0 && tid == 0 &&
	    (rc = phrases_counts_of(st, canon, from, &cs, cause)) == 0) {
		/*
		 * The topic is a person's name when the phrase it is named after
		 * is one by its shape in a third of its articles at least:
		 * elsewhere the press names him without what shows it (أبو بكر
		 * alone, no title), while a subject is never one.  It is as strong
		 * as the variants that merge into it: the most frequent counts.
		 */
		bool person = cs.persons > 0 && cs.persons * 3 >= cs.df;

		if (!person)
			rc = phrases_spoken(st, canon, &person, cause);
		if (rc == 0 && ps.df > cs.df)
			cs.df = ps.df;
		/* A phrase cut from a longer name (مركز الملك, رئيس مجلس) is not a topic. */
		if (rc == 0 && (cs.df <= PHRASE_GENERAL_MIN || cs.df * PHRASE_GENERAL <= narchive) &&
		    phrases_cvalue(phrases_words(canon), &cs) >= PHRASE_MIN_CVALUE &&
		    (st->lx == NULL || !xents_fragment(st->lx->ents, canon))) {
			/* A country's other form (مملكة البحرين) is the country's topic. */
			int country = st->lx != NULL ? xents_country_of(st->lx->ents, canon) : -1;
			char *name = country >= 0 ? xstrdup(xents_country(st->lx->ents, country))
						  : phrases_topic_name(canon, &cs, &ps);
			rc = phrases_topic(st, canon, name, person, &tid, cause);
			free(name);
		}
		if (rc == 0 && tid != 0)
			rc = phrases_map(st, canon, tid, cause);
		pstat_free(&cs);
	}
	if (rc == 0 && tid != 0 && strcmp(canon, key) != 0)
		rc = phrases_map(st, key, tid, cause);
	if (rc == 0 && tid != 0 && strcmp(from, canon) != 0 && strcmp(from, key) != 0)
		rc = phrases_map(st, from, tid, cause);
	free(canon);
	free(from);
	pstat_free(&ps);
	return rc;
}

/* Add one batch phrase to phrase_df; *df gets its new count. */
static int
phrases_count(struct store *st, const struct bphrase *p, int64_t *df, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_P_DF,
				     "INSERT INTO phrase_df(phrase, df, text, nested, persons) VALUES (?1, ?2, ?3, ?4, ?5)"
				     " ON CONFLICT(phrase) DO UPDATE SET df = df + ?2, nested = nested + ?4,"
				     " persons = persons + ?5, text = coalesce(text, ?3) RETURNING df",
				     cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, p->key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, p->counted);
	if (p->written)
		sqlite3_bind_text(s, 3, p->text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 4, p->nested);
	sqlite3_bind_int64(s, 5, p->persons);
	*df = 0;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*df = sqlite3_column_int64(s, 0);
	while (rc == SQLITE_ROW)
		rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st->db, "counting key phrases", cause);
}

/* A triple now in df articles: its pairs learn it holds them (and whether it is their most frequent holder). */
static int
phrases_nest(struct store *st, const struct bphrase *p, int64_t df, char **cause)
{
	const char *sp = strrchr(p->key, ' ');
	char *k[2], *first;
	int i, rc = 0, skip;

	k[0] = xstrndup(p->key, (size_t)(sp - p->key));
	k[1] = extract_phrase_normal(strchr(p->key, ' ') + 1);
	/*
	 * A triple that starts with a head noun in a construct (مطار الملك فهد)
	 * holds no count of its tail pair: a name after its head is no
	 * candidate (extract_phrases), so الملك فهد counts elsewhere only.
	 */
	first = xstrndup(p->key, strcspn(p->key, " "));
	skip = st->lx != NULL && xents_construct_head(st->lx->ents, first);
	free(first);
	for (i = 0; rc == 0 && i < 2 - skip; i++) {
		sqlite3_stmt *s = store_stmt(st, STMT_P_TOP,
					     "UPDATE phrase_df SET nsuper = nsuper + ?4,"
					     " top = CASE WHEN top_df < ?3 THEN ?2 ELSE top END,"
					     " top_df = max(top_df, ?3) WHERE phrase = ?1",
					     cause);
		if (s == NULL) {
			rc = -1;
			break;
		}
		sqlite3_bind_text(s, 1, k[i], -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, p->key, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 3, df);
		sqlite3_bind_int(s, 4, df == p->counted); /* new to the archive */
		rc = sqlite3_step(s) == SQLITE_DONE ? 0 : store_fail(st->db, "counting key phrases", cause);
		sqlite3_reset(s);
	}
	free(k[0]);
	free(k[1]);
	return rc;
}

/* The slot of an article in the batch's folded statements (n slots): where it is, or the empty one where it goes. */
static size_t
afolds_slot(const struct afolds *v, size_t n, int64_t aid)
{
	size_t j = (size_t)((uint64_t)aid * 0x9E3779B97F4A7C15ULL >> 24) & (n - 1);

	while (v[j].aid != 0 && v[j].aid != aid)
		j = (j + 1) & (n - 1);
	return j;
}

/* An article's statements with their text folded, read on first use in the flush; NULL on failure. */
static const struct afolds *
phrases_article_folds(struct store *st, struct phrase_batch *b, int64_t aid, char **cause)
{
	struct afolds *a;
	sqlite3_stmt *s;
	size_t j, cap = 0;
	int rc;

	if ((b->usedfolds + 1) * 2 > b->nfolds) {
		struct afolds *old = b->folds;
		size_t oldn = b->nfolds;
		b->nfolds = oldn ? oldn * 2 : 1024;
		b->folds = xcalloc(b->nfolds, sizeof *b->folds);
		for (j = 0; j < oldn; j++)
			if (old[j].aid != 0)
				b->folds[afolds_slot(b->folds, b->nfolds, old[j].aid)] = old[j];
		free(old);
	}
	a = &b->folds[afolds_slot(b->folds, b->nfolds, aid)];
	if (a->aid == aid)
		return a;
	a->aid = aid;
	b->usedfolds++;
	s = store_stmt(st, STMT_P_ARTICLE_STATEMENTS, "SELECT id, text FROM statements WHERE article_id = ?1", cause);
	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, aid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(s, 1);
		if (a->n == cap) {
			cap = cap ? cap * 2 : 8;
			a->sids = xrealloc(a->sids, cap * sizeof *a->sids);
			a->folded = xrealloc(a->folded, cap * sizeof *a->folded);
		}
		a->sids[a->n] = sqlite3_column_int64(s, 0);
		a->folded[a->n++] = text_fold(t ? t : "", (size_t)sqlite3_column_bytes(s, 1));
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_fail(st->db, "reading statements", cause);
		return NULL;
	}
	return a;
}

/* Link an article's statements that contain the phrase key to its topic (phrases_statements for one article). */
static int
phrases_article_statements(struct store *st, struct phrase_batch *b, const char *key, int64_t tid, int64_t aid,
			   char **cause)
{
	const struct afolds *a = phrases_article_folds(st, b, aid, cause);
	size_t k;

	if (a == NULL)
		return -1;
	for (k = 0; k < a->n; k++) {
		sqlite3_stmt *s;
		if (strstr(a->folded[k], key) == NULL)
			continue;
		s = store_stmt(st, STMT_P_STATEMENT_LINK,
			       "INSERT OR IGNORE INTO statement_topics(statement_id, topic_id) VALUES (?1, ?2)", cause);
		if (s == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, a->sids[k]);
		sqlite3_bind_int64(s, 2, tid);
		if (sqlite3_step(s) != SQLITE_DONE)
			return store_fail(st->db, "linking statements to topics", cause);
		sqlite3_reset(s);
	}
	return 0;
}

/* Link the batch's articles that have a phrase to its topic. */
static int
phrases_link(struct store *st, const struct bphrase *p, int64_t tid, char **cause)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		sqlite3_stmt *s = store_stmt(st, STMT_P_LINK,
					     "INSERT OR IGNORE INTO article_topics(article_id, topic_id, score) VALUES (?1, ?2, 1)",
					     cause);
		if (s == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, p->aids[i]);
		sqlite3_bind_int64(s, 2, tid);
		if (sqlite3_step(s) != SQLITE_DONE)
			return store_fail(st->db, "linking articles to topics", cause);
		sqlite3_reset(s);
		if (phrases_article_statements(st, st->phrases, p->key, tid, p->aids[i], cause) != 0)
			return -1;
	}
	return 0;
}

int
store_phrases_flush(struct store *st, char **cause)
{
	struct phrase_batch *b = st->phrases;
	int64_t df, tid, narchive = 0;
	double t0 = store_clock();
	size_t i;
	int pass, rc = 0;
	sqlite3_stmt *s;

	if (b == NULL || b->n == 0) {
		store_phrases_drop(st);
		return 0;
	}
	/* Pairs first, then triples (which update their pairs), then the topics. */
	for (pass = 2; rc == 0 && pass <= 3; pass++)
		for (i = 0; rc == 0 && i < b->n; i++) {
			if (phrases_words(b->v[i].key) != pass || (b->v[i].counted == 0 && b->v[i].nested == 0))
				continue;
			rc = phrases_count(st, &b->v[i], &df, cause);
			if (rc == 0 && pass == 3 && b->v[i].counted > 0)
				rc = phrases_nest(st, &b->v[i], df, cause);
		}
	/* The articles that count: every article stored, less the reprints. */
	if (rc == 0 && (s = store_stmt(st, STMT_P_NESTED,
				       "SELECT coalesce((SELECT max(id) FROM articles), 0)"
				       " - coalesce((SELECT value FROM meta WHERE key = 'phrase_reprints'), 0)",
				       cause)) != NULL) {
		if (sqlite3_step(s) == SQLITE_ROW)
			narchive = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
	} else if (rc == 0) {
		rc = -1;
	}
	for (i = 0; rc == 0 && i < b->n; i++) {
		if (b->v[i].n == 0)
			continue;
		rc = phrases_mapped(st, b->v[i].key, &tid, cause);
		if (rc == 0 && tid != 0)
			rc = phrases_link(st, &b->v[i], tid, cause);
		else if (rc == 0 && b->v[i].counted > 0)
			rc = phrases_decide(st, b->v[i].key, narchive, cause);
	}
	store_phrases_drop(st);
	st->cost_topics += store_clock() - t0;
	return rc;
}
