/*
 * rank.c: khabar_rank(), best match first at a bounded cost.
 *
 *   khabar_rank(fts, max_rowid, weight_title, weight_content)
 *
 * Okapi BM25 as FTS5's own bm25() computes it (k1 = 1.2, b = 0.75, each
 * column's hits weighted, the document's length against the average), but
 * for one thing: bm25() learns how rare each phrase is by walking every
 * article that has it, which at a million articles costs a second for a
 * word such as في.  khabar_rank walks at most RANK_DF_SAMPLE of them (the
 * oldest, in id order) once a query: a phrase with fewer has its exact
 * count; one with more is counted as that many times the share of the
 * ids walked, RANK_DF_SAMPLE * max_rowid / (id of its RANK_DF_SAMPLE-th
 * article), which is what its density among the archive's oldest articles
 * says.  So a query costs at most RANK_DF_SAMPLE rows per phrase before
 * its first score, whatever the size of the archive.
 */
#include "config.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store/store-private.h"

#define RANK_DF_SAMPLE 1000
#define RANK_K1 1.2
#define RANK_B 0.75

/* What a query computes once: each phrase's rarity, the average length. */
struct rank_data {
	int nphrase;
	double avgdl;
	double *idf;
};

/* xQueryPhrase's callback: count up to the sample, noting the last id. */
struct df_count {
	int64_t n, last;
};

static int
df_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx)
{
	struct df_count *c = ctx;

	c->last = api->xRowid(fts);
	return ++c->n >= RANK_DF_SAMPLE ? SQLITE_DONE : SQLITE_OK;
}

static struct rank_data *
rank_data_new(const Fts5ExtensionApi *api, Fts5Context *fts, int64_t max_rowid, int *rc)
{
	struct rank_data *d;
	sqlite3_int64 nrow = 0, ntok = 0;
	double n, df;
	int i;

	*rc = api->xRowCount(fts, &nrow);
	if (*rc == SQLITE_OK)
		*rc = api->xColumnTotalSize(fts, -1, &ntok);
	if (*rc != SQLITE_OK)
		return NULL;
	d = xcalloc(1, sizeof *d);
	d->nphrase = api->xPhraseCount(fts);
	d->idf = xcalloc((size_t)d->nphrase + 1, sizeof *d->idf);
	d->avgdl = nrow > 0 ? (double)ntok / (double)nrow : 1.0;
	n = (double)nrow;
	for (i = 0; i < d->nphrase && *rc == SQLITE_OK; i++) {
		struct df_count c = { 0, 0 };
		*rc = api->xQueryPhrase(fts, i, &c, df_row);
		df = (double)c.n;
		if (c.n >= RANK_DF_SAMPLE && c.last > 0 && max_rowid > c.last)
			df = df * (double)max_rowid / (double)c.last;
		if (df > n)
			df = n;
		d->idf[i] = log((n - df + 0.5) / (df + 0.5));
		if (d->idf[i] <= 0.0)
			d->idf[i] = 1e-6; /* as bm25(): a word in most articles still counts a little */
	}
	return d;
}

static void
rank_data_free(void *p)
{
	struct rank_data *d = p;

	if (d == NULL)
		return;
	free(d->idf);
	free(d);
}

static void
khabar_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc,
	    sqlite3_value **argv)
{
	struct rank_data *d = api->xGetAuxdata(fts, 0);
	int rc = SQLITE_OK, ninst = 0, i, phrase, col, off, ncol = api->xColumnCount(fts);
	double *freq, score = 0.0, dl = 0.0, w;
	int64_t max_rowid = argc > 0 ? sqlite3_value_int64(argv[0]) : 0;

	if (d == NULL) {
		d = rank_data_new(api, fts, max_rowid, &rc);
		if (d == NULL || rc != SQLITE_OK ||
		    (rc = api->xSetAuxdata(fts, d, rank_data_free)) != SQLITE_OK) {
			if (rc == SQLITE_OK)
				rc = SQLITE_NOMEM;
			if (d != NULL && api->xGetAuxdata(fts, 0) != d)
				rank_data_free(d);
			sqlite3_result_error_code(ctx, rc);
			return;
		}
	}
	freq = xcalloc((size_t)d->nphrase + 1, sizeof *freq);
	rc = api->xInstCount(fts, &ninst);
	for (i = 0; rc == SQLITE_OK && i < ninst; i++) {
		rc = api->xInst(fts, i, &phrase, &col, &off);
		w = col + 1 < argc ? sqlite3_value_double(argv[col + 1]) : 1.0;
		if (rc == SQLITE_OK && phrase >= 0 && phrase < d->nphrase)
			freq[phrase] += w;
	}
	for (i = 0; rc == SQLITE_OK && i < ncol; i++) {
		int n = 0;
		rc = api->xColumnSize(fts, i, &n);
		dl += n;
	}
	for (i = 0; rc == SQLITE_OK && i < d->nphrase; i++)
		score += d->idf[i] * freq[i] * (RANK_K1 + 1.0) /
			 (freq[i] + RANK_K1 * (1.0 - RANK_B + RANK_B * dl / d->avgdl));
	free(freq);
	if (rc == SQLITE_OK)
		sqlite3_result_double(ctx, -score);
	else
		sqlite3_result_error_code(ctx, rc);
}

int
store_rank_register(fts5_api *api, char **cause)
{
	if (api->xCreateFunction(api, "khabar_rank", NULL, khabar_rank, NULL) != SQLITE_OK) {
		*cause = xstrdup("cannot register khabar_rank");
		return -1;
	}
	return 0;
}
