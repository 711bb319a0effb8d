/*
 * decode.c: bytes to UTF-8.  BOMs decide first; then strict UTF-8; then ICU's
 * charset detector, trusted only for the Arabic single-byte encodings and
 * only when the text does not look like damaged UTF-8.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include "import/import.h"

/* Convert with ICU, stopping at the first byte the converter cannot map. */
static int
convert(const char *from, const char *data, size_t len, struct buf *out, char **cause)
{
	UErrorCode err = U_ZERO_ERROR;
	UConverter *src, *dst;
	char *target, *tstart;
	const char *source = data;
	UChar pivot[1024], *ps = pivot, *pt = pivot;
	size_t cap = len * 4 + 16;

	src = ucnv_open(from, &err);
	if (U_FAILURE(err)) {
		*cause = xasprintf("unknown encoding '%s'", from);
		return -1;
	}
	dst = ucnv_open("UTF-8", &err);
	ucnv_setToUCallBack(src, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
	tstart = target = xmalloc(cap);
	ucnv_convertEx(dst, src, &target, tstart + cap, &source, data + len, pivot, &ps, &pt,
		       pivot + 1024, true, true, &err);
	if (U_FAILURE(err)) {
		/* The source pointer stops just after the offending bytes. */
		int8_t n = 0;
		char bad[32];
		UErrorCode e2 = U_ZERO_ERROR;
		ucnv_getInvalidChars(src, bad, &n, &e2);
		*cause = xasprintf("byte offset %zu is not valid %s",
				   (size_t)(source - data) - (size_t)(n > 0 ? n : 0), from);
		free(tstart);
		ucnv_close(src);
		ucnv_close(dst);
		return -1;
	}
	buf_add(out, tstart, (size_t)(target - tstart));
	free(tstart);
	ucnv_close(src);
	ucnv_close(dst);
	return 0;
}

/* How many valid multi-byte UTF-8 sequences come before offset end. */
static long
utf8_multibyte_count(const char *s, size_t end)
{
	size_t pos = 0;
	long n = 0;
	int32_t cp;

	while (pos < end) {
		if ((unsigned char)s[pos] < 0x80) {
			pos++;
			continue;
		}
		cp = utf8_next(s, end, &pos);
		if (cp > 0)
			n++;
	}
	return n;
}

/* The best Arabic single-byte encoding ICU sees in data, or NULL. */
static const char *
detect_arabic(const char *data, size_t len)
{
	UErrorCode err = U_ZERO_ERROR;
	UCharsetDetector *d = ucsdet_open(&err);
	const UCharsetMatch **all;
	const char *best = NULL, *name;
	int32_t n, i;

	if (U_FAILURE(err))
		return NULL;
	ucsdet_setText(d, data, (int32_t)(len > 65536 ? 65536 : len), &err);
	all = ucsdet_detectAll(d, &n, &err);
	for (i = 0; U_SUCCESS(err) && i < n; i++) {
		name = ucsdet_getName(all[i], &err);
		if (ucsdet_getConfidence(all[i], &err) < 10)
			continue;
		if (strcmp(name, "windows-1256") == 0) {
			best = "windows-1256";
			break;
		}
		if (strcmp(name, "ISO-8859-6") == 0) {
			best = "ISO-8859-6";
			break;
		}
	}
	ucsdet_close(d);
	return best;
}

int
import_decode(const char *data, size_t len, const char *forced, struct buf *out,
	      const char **detected, char **cause)
{
	const unsigned char *u = (const unsigned char *)data;
	const char *enc;
	long bad;
	void *nul;

	*detected = "UTF-8";
	if (len == 0) {
		*cause = xstrdup("empty file");
		return -1;
	}
	if (forced != NULL) {
		*detected = forced;
		return convert(forced, data, len, out, cause);
	}
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		*detected = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		return convert(*detected, data + 2, len - 2, out, cause);
	}
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		data += 3;
		len -= 3;
		*detected = "UTF-8 (BOM)";
	}
	if ((nul = memchr(data, '\0', len)) != NULL) {
		*cause = xasprintf("binary data: NUL byte at byte offset %zu",
				   (size_t)((const char *)nul - data) + (data != (const char *)u ? 3 : 0));
		return -1;
	}
	bad = utf8_invalid_at(data, len);
	if (bad < 0) {
		buf_add(out, data, len);
		return 0;
	}
	/* Real Arabic UTF-8 has many multi-byte sequences; a single-byte text none. */
	if (utf8_multibyte_count(data, (size_t)bad) < 4 && (enc = detect_arabic(data, len)) != NULL) {
		*detected = enc;
		return convert(enc, data, len, out, cause);
	}
	*cause = xasprintf("invalid UTF-8 at byte offset %ld", bad + (data != (const char *)u ? 3 : 0));
	return -1;
}
