/*
 * fold.c: NFC for storage and the single Arabic folding function shared by
 * the search index and the query side.
 */
#include "config.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "text/text.h"

/* Convert UTF-8 to a malloc'd UTF-16 string; NULL on failure. */
static UChar *
to_utf16(const char *s, size_t len, int32_t *outlen)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t n = 0;
	UChar *u;

	u_strFromUTF8WithSub(NULL, 0, &n, s, (int32_t)len, 0xFFFD, NULL, &err);
	if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
		return NULL;
	err = U_ZERO_ERROR;
	u = xmalloc(sizeof(UChar) * ((size_t)n + 1));
	u_strFromUTF8WithSub(u, n + 1, outlen, s, (int32_t)len, 0xFFFD, NULL, &err);
	if (U_FAILURE(err)) {
		free(u);
		return NULL;
	}
	return u;
}

/* Normalise s with norm into a malloc'd UTF-16 string. */
static UChar *
normalize16(const UNormalizer2 *norm, const char *s, size_t len, int32_t *outlen)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t n16, n;
	UChar *u, *v;

	u = to_utf16(s, len, &n16);
	if (u == NULL)
		return NULL;
	n = unorm2_normalize(norm, u, n16, NULL, 0, &err);
	if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) {
		free(u);
		return NULL;
	}
	err = U_ZERO_ERROR;
	v = xmalloc(sizeof(UChar) * ((size_t)n + 1));
	*outlen = unorm2_normalize(norm, u, n16, v, n + 1, &err);
	free(u);
	if (U_FAILURE(err)) {
		free(v);
		return NULL;
	}
	return v;
}

/* Combining marks of the Arabic block (canonical combining class > 0). */
static bool
arabic_mark(int32_t cp)
{
	return (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
	       (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) ||
	       cp == 0x06E7 || cp == 0x06E8 || (cp >= 0x06EA && cp <= 0x06ED);
}

/*
 * True when NFC would leave s as it is, judged cheaply: only ASCII, Latin-1
 * and Arabic-block code points, no hamza or madda marks (which compose with
 * the letter before them) and never two marks in a row (which NFC might
 * reorder).  Anything else goes through ICU.
 */
static bool
nfc_trivially(const char *s, size_t len)
{
	bool prev_mark = false;
	size_t pos = 0;
	int32_t cp;

	while (pos < len) {
		if ((unsigned char)s[pos] < 0x80) {
			pos++;
			prev_mark = false;
			continue;
		}
		cp = utf8_next_inline(s, len, &pos);
		if (cp < 0 || (cp >= 0x0300 && cp < 0x0600) || cp > 0x06FF)
			return false;
		if (cp >= 0x0653 && cp <= 0x0655)
			return false;
		if (arabic_mark(cp)) {
			if (prev_mark)
				return false;
			prev_mark = true;
		} else {
			prev_mark = false;
		}
	}
	return true;
}

bool
text_nfc_needed(const char *s, size_t len)
{
	return !nfc_trivially(s, len);
}

char *
text_nfc(const char *s, size_t len, size_t *outlen, char **cause)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
	struct buf b;
	int32_t n, i = 0;
	UChar *u;
	UChar32 c;

	if (U_FAILURE(err)) {
		*cause = xasprintf("ICU NFC: %s", u_errorName(err));
		return NULL;
	}
	if (nfc_trivially(s, len)) {
		if (outlen != NULL)
			*outlen = len;
		return xstrndup(s, len);
	}
	u = normalize16(nfc, s, len, &n);
	if (u == NULL) {
		*cause = xstrdup("ICU NFC normalisation failed");
		return NULL;
	}
	buf_init(&b);
	buf_add(&b, "", 0);
	while (i < n) {
		U16_NEXT(u, i, n, c);
		buf_add_cp(&b, (uint32_t)c);
	}
	free(u);
	if (outlen != NULL)
		*outlen = b.len;
	return buf_detach(&b);
}

bool
text_is_arabic_letter(uint32_t cp)
{
	return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) ||
	       (cp >= 0x06FA && cp <= 0x06FF);
}

uint32_t
text_fold_cp(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640)
		return 0; /* harakat, superscript alef, tatweel */
	switch (cp) {
	case 0x0623: case 0x0625: case 0x0622: case 0x0671:
		return 0x0627; /* alef with hamza or madda, wasla -> alef */
	case 0x0649: return 0x064A; /* alef maqsura -> yeh */
	case 0x0629: return 0x0647; /* teh marbuta -> heh */
	case 0x0624: return 0x0648; /* waw with hamza -> waw */
	case 0x0626: return 0x064A; /* yeh with hamza -> yeh */
	case 0x06CC: return 0x064A; /* Persian yeh */
	case 0x06A9: return 0x0643; /* keheh -> kaf */
	}
	if (cp >= 0x0621 && cp <= 0x064A)
		return cp; /* letters (those folded are above): no ICU lookup for most of a text */
	if (cp >= 0x0660 && cp <= 0x0669)
		return '0' + (cp - 0x0660);
	if (cp >= 0x06F0 && cp <= 0x06F9)
		return '0' + (cp - 0x06F0);
	if (u_charType((UChar32)cp) == U_FORMAT_CHAR)
		return 0; /* ZWJ, ZWNJ, LRM, RLM, ALM, isolates, BOM */
	if (cp >= 0x0600 && cp <= 0x06FF)
		return cp;
	return (uint32_t)u_foldCase((UChar32)cp, U_FOLD_CASE_DEFAULT);
}

/*
 * Code points that NFKC leaves alone (or whose NFKC change folding makes
 * moot): ASCII and the basic Arabic block, whose only NFKC effects are mark
 * reordering and composition of hamza/madda marks, both erased by folding.
 */
static bool
nfkc_stable(uint32_t cp)
{
	return cp < 0xA0 || (cp >= 0x0600 && cp <= 0x06FF && !(cp >= 0x0675 && cp <= 0x0678));
}

/*
 * The Arabic block (U+0600..U+06FF, two bytes each in UTF-8, most of an
 * article) folded ahead, once for all threads: text_fold_cp of each code
 * point, or FOLD_NFKC for those NFKC might change.  Read by the fast path
 * of text_fold_into, which then neither decodes nor encodes them one call
 * at a time.
 */
#define FOLD_NFKC 0xFFFFu
static uint16_t fold_arabic[256];
static pthread_once_t fold_arabic_once = PTHREAD_ONCE_INIT;

static void
fold_arabic_init(void)
{
	uint32_t cp;

	for (cp = 0x0600; cp <= 0x06FF; cp++)
		fold_arabic[cp - 0x0600] = nfkc_stable(cp) ? (uint16_t)text_fold_cp(cp) : FOLD_NFKC;
}

/* Add the folded code point f (0: nothing) of the fast path to out. */
static inline void
fold_put(struct buf *out, uint32_t f)
{
	if (f >= 0x80 && f < 0x800 && out->len + 3 <= out->cap) {
		out->data[out->len++] = (char)(0xC0 | (f >> 6));
		out->data[out->len++] = (char)(0x80 | (f & 0x3F));
		out->data[out->len] = '\0';
	} else if (f != 0) {
		buf_add_cp(out, f);
	}
}

void
text_fold_into(struct buf *out, const char *s, size_t len)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfkc;
	size_t pos = 0, start = out->len;
	int32_t cp, n, i;
	uint32_t f;
	UChar *u;
	UChar32 c;

	/*
	 * Fast path: nothing NFKC would change.  Folded as it is read; at the
	 * first code point NFKC might change, what it added is taken back.
	 */
	pthread_once(&fold_arabic_once, fold_arabic_init);
	while (pos < len) {
		const unsigned char *p = (const unsigned char *)s + pos;
		if (p[0] >= 0xD8 && p[0] <= 0xDB && pos + 1 < len && (p[1] & 0xC0) == 0x80) {
			/* U+0600..U+06FF */
			f = fold_arabic[((p[0] & 0x03u) << 6) | (p[1] & 0x3Fu)];
			if (f == FOLD_NFKC)
				break;
			pos += 2;
		} else if (p[0] < 0x80) { /* text_fold_cp of ASCII */
			f = p[0] >= 'A' && p[0] <= 'Z' ? p[0] + 32u : p[0];
			pos++;
		} else {
			cp = utf8_next(s, len, &pos);
			if (cp < 0 || !nfkc_stable((uint32_t)cp))
				break;
			f = text_fold_cp((uint32_t)cp);
		}
		fold_put(out, f);
		if (pos == len)
			return;
	}
	if (len == 0)
		return;
	out->len = start;
	if (out->data != NULL)
		out->data[start] = '\0';
	nfkc = unorm2_getNFKCInstance(&err);
	u = U_SUCCESS(err) ? normalize16(nfkc, s, len, &n) : NULL;
	if (u == NULL)
		return;
	i = 0;
	while (i < n) {
		U16_NEXT(u, i, n, c);
		if ((f = text_fold_cp((uint32_t)c)) != 0)
			buf_add_cp(out, f);
	}
	free(u);
}

char *
text_fold(const char *s, size_t len)
{
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	text_fold_into(&b, s, len);
	return buf_detach(&b);
}
