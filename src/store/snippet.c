/*
 * snippet.c: khabar_snippet(), an FTS5 auxiliary function.  FTS5's own
 * snippet() scores every window around every hit, which takes minutes on a
 * 20 MB article with millions of hits.  This one costs one pass over the
 * hits and tokenizes only up to the end of the window it shows: the window
 * of NTOKENS tokens that starts a few tokens before the first hit of the
 * best column (the title when it matches, else the content).
 *
 *   khabar_snippet(fts, open, close, ellipsis, ntokens)
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "store/store-private.h"

#define LEAD_TOKENS 4 /* tokens shown before the first hit */

/* What the tokenizer callback collects: byte ranges of tokens first..last. */
struct snip {
	int first, last; /* token indexes wanted */
	int n;           /* tokens seen */
	int *start, *end;
};

static int
snip_token(void *ctx, int flags, const char *tok, int ntok, int start, int end)
{
	struct snip *s = ctx;

	if (flags & FTS5_TOKEN_COLOCATED)
		return SQLITE_OK;
	if (s->n >= s->first && s->n <= s->last) {
		s->start[s->n - s->first] = start;
		s->end[s->n - s->first] = end;
	}
	s->n++;
	return s->n > s->last ? SQLITE_DONE : SQLITE_OK;
}

static void
khabar_snippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc,
	       sqlite3_value **argv)
{
	const char *open, *close, *ell, *text;
	int ninst, i, phrase, col, off, best_col = -1, first_off = 0, ntext, ntok, k, rc;
	unsigned char *hit;
	struct snip s;
	struct buf out;

	if (argc != 4) {
		sqlite3_result_error(ctx, "khabar_snippet: wants open, close, ellipsis, ntokens", -1);
		return;
	}
	open = (const char *)sqlite3_value_text(argv[0]);
	close = (const char *)sqlite3_value_text(argv[1]);
	ell = (const char *)sqlite3_value_text(argv[2]);
	ntok = sqlite3_value_int(argv[3]);
	if (ntok < 4)
		ntok = 4;
	if (api->xInstCount(fts, &ninst) != SQLITE_OK)
		return;
	/* The earliest hit in the lowest-numbered column (title before content). */
	for (i = 0; i < ninst; i++) {
		if (api->xInst(fts, i, &phrase, &col, &off) != SQLITE_OK)
			break;
		if (best_col < 0 || col < best_col || (col == best_col && off < first_off)) {
			best_col = col;
			first_off = off;
		}
	}
	if (best_col < 0)
		best_col = api->xColumnCount(fts) - 1;
	if (api->xColumnText(fts, best_col, &text, &ntext) != SQLITE_OK || text == NULL) {
		sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
		return;
	}
	s.first = first_off > LEAD_TOKENS ? first_off - LEAD_TOKENS : 0;
	s.last = s.first + ntok - 1;
	s.n = 0;
	s.start = xcalloc((size_t)ntok, sizeof(int));
	s.end = xcalloc((size_t)ntok, sizeof(int));
	hit = xcalloc((size_t)ntok, 1);
	rc = api->xTokenize(fts, text, ntext, &s, snip_token);
	(void)rc; /* SQLITE_DONE when the window filled before the end */
	/* Mark the tokens of the hits that fall in the window, every token of a phrase. */
	for (i = 0; i < ninst; i++) {
		if (api->xInst(fts, i, &phrase, &col, &off) != SQLITE_OK)
			break;
		for (k = off; col == best_col && k < off + api->xPhraseSize(fts, phrase); k++)
			if (k >= s.first && k <= s.last && k < s.n)
				hit[k - s.first] = 1;
	}
	buf_init(&out);
	buf_add(&out, "", 0);
	k = (s.n < s.last + 1 ? s.n : s.last + 1) - s.first; /* tokens in the window */
	if (k > 0) {
		if (s.first > 0)
			buf_adds(&out, ell);
		/* Text between tokens is copied as is; each run of hit tokens is wrapped. */
		for (i = 0; i < k; i++) {
			if (i > 0)
				buf_add(&out, text + s.end[i - 1], (size_t)(s.start[i] - s.end[i - 1]));
			if (hit[i] && (i == 0 || !hit[i - 1]))
				buf_adds(&out, open);
			buf_add(&out, text + s.start[i], (size_t)(s.end[i] - s.start[i]));
			if (hit[i] && (i + 1 == k || !hit[i + 1]))
				buf_adds(&out, close);
		}
		if (s.n > s.last)
			buf_adds(&out, ell);
	}
	sqlite3_result_text(ctx, out.data, (int)out.len, free);
	out.data = NULL;
	free(s.start);
	free(s.end);
	free(hit);
}

char *
store_snippet_marks(const char *s, const char *open, const char *close)
{
	size_t no = strlen(STORE_MARK_OPEN), nc = strlen(STORE_MARK_CLOSE);
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	while (*s) {
		if (strncmp(s, STORE_MARK_OPEN, no) == 0) {
			buf_adds(&b, open);
			s += no;
		} else if (strncmp(s, STORE_MARK_CLOSE, nc) == 0) {
			buf_adds(&b, close);
			s += nc;
		} else {
			buf_addc(&b, *s++);
		}
	}
	return buf_detach(&b);
}

int
store_snippet_register(fts5_api *api, char **cause)
{
	if (api->xCreateFunction(api, "khabar_snippet", NULL, khabar_snippet, NULL) != SQLITE_OK) {
		*cause = xstrdup("cannot register khabar_snippet");
		return -1;
	}
	return 0;
}
