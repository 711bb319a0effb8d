/*
 * find.c: find a text inside a text the way search folds words: both go
 * through text_fold_cp (after NFKC for the code points that need it), runs
 * of white space count as one space, and matches are reported as byte
 * ranges of the original text.  One streaming pass (Knuth-Morris-Pratt
 * over folded code points), no folded copy of the text.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include "text/text.h"

/* Folded code points of one source code point (NFKC first when it may change it); returns count. */
static int
find_fold_cp(int32_t cp, uint32_t out[8])
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfkc;
	UChar in[2], nf[16];
	int32_t nin = 0, n, i = 0;
	UChar32 c;
	uint32_t f;
	int k = 0;

	static uint32_t table[0x700]; /* text_fold_cp of U+0000-U+06FF, filled once */
	static bool filled;

	if (!filled) {
		for (k = 0; k < 0x700; k++)
			table[k] = text_fold_cp((uint32_t)k);
		for (k = '\t'; k <= '\r'; k++)
			table[k] = ' ';
		filled = true;
		k = 0;
	}
	if (cp < 0)
		cp = 0xFFFD;
	/* ASCII and the Arabic block (bar the four NFKC changes): most of a text, from the table */
	if (cp < 0x80 || (cp >= 0x0600 && cp <= 0x06FF && !(cp >= 0x0675 && cp <= 0x0678)))
		return (out[0] = table[cp]) != 0;
	if (u_isUWhiteSpace(cp))
		return out[0] = ' ', 1;
	if (cp < 0xA0)
		return (out[0] = text_fold_cp((uint32_t)cp)) != 0;
	nfkc = unorm2_getNFKCInstance(&err);
	U16_APPEND_UNSAFE(in, nin, cp);
	n = U_SUCCESS(err) ? unorm2_normalize(nfkc, in, nin, nf, 16, &err) : 0;
	if (U_FAILURE(err))
		return (out[0] = text_fold_cp((uint32_t)cp)) != 0;
	while (i < n && k < 8) {
		U16_NEXT(nf, i, n, c);
		if ((f = u_isUWhiteSpace(c) ? ' ' : text_fold_cp((uint32_t)c)) != 0)
			out[k++] = f;
	}
	return k;
}

/* The pattern: folded code points, spaces collapsed and trimmed, with its KMP failure table. */
struct pattern {
	uint32_t *cp;
	int *fail;
	int n;
};

static void
pattern_make(struct pattern *p, const char *q, size_t len)
{
	uint32_t f[8];
	size_t pos = 0;
	int i, k, m;

	p->cp = xmalloc((len + 1) * 8 * sizeof *p->cp);
	p->n = 0;
	while (pos < len) {
		m = find_fold_cp(utf8_next(q, len, &pos), f);
		for (i = 0; i < m; i++)
			if (f[i] != ' ' || (p->n > 0 && p->cp[p->n - 1] != ' '))
				p->cp[p->n++] = f[i];
	}
	while (p->n > 0 && p->cp[p->n - 1] == ' ')
		p->n--;
	p->fail = xmalloc(((size_t)p->n + 1) * sizeof *p->fail);
	p->fail[0] = 0;
	for (i = 1, k = 0; i < p->n; i++) {
		while (k > 0 && p->cp[i] != p->cp[k])
			k = p->fail[k - 1];
		if (p->cp[i] == p->cp[k])
			k++;
		p->fail[i] = k;
	}
}

int
text_find_each(const char *s, size_t len, const char *query, size_t qlen, text_find_cb cb, void *ctx)
{
	struct pattern p;
	uint32_t f[8];
	size_t pos = 0, at, *ring, nf = 0;
	int i, m, k = 0, rc = 0, count = 0;
	unsigned char c;
	bool space = true; /* the text so far ends in white space (leading spaces are dropped) */

	pattern_make(&p, query, qlen);
	if (p.n == 0) {
		free(p.cp);
		free(p.fail);
		return 0;
	}
	ring = xmalloc((size_t)p.n * sizeof *ring); /* where the last n folded code points came from */
	while (pos < len && rc == 0) {
		at = pos;
		c = (unsigned char)s[pos];
		if (c >= 0xC2 && c < 0xE0 && pos + 1 < len && ((unsigned char)s[pos + 1] & 0xC0) == 0x80) {
			/* two bytes (Arabic, Latin-1): decoded here, the common case */
			m = find_fold_cp((int32_t)(((c & 0x1F) << 6) | ((unsigned char)s[pos + 1] & 0x3F)), f);
			pos += 2;
		} else
			m = find_fold_cp(utf8_next(s, len, &pos), f);
		for (i = 0; i < m && rc == 0; i++) {
			if (f[i] == ' ' && space)
				continue;
			space = f[i] == ' ';
			while (k > 0 && f[i] != p.cp[k])
				k = p.fail[k - 1];
			if (f[i] == p.cp[k])
				k++;
			ring[nf++ % (size_t)p.n] = at;
			if (k == p.n) {
				count++;
				rc = cb(ctx, ring[nf % (size_t)p.n], pos);
				k = 0; /* matches do not overlap */
			}
		}
	}
	free(ring);
	free(p.cp);
	free(p.fail);
	return rc != 0 ? rc : count;
}
