/*
 * decode.c: bytes to UTF-8.  BOMs decide first; then strict UTF-8; then ICU's
 * charset detector, trusted only for the Arabic single-byte encodings and
 * only when the text does not look like damaged UTF-8.
 */
#include "config.h"
#include <errno.h>
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

/* ---- Decoding a file a chunk at a time ---- */

#define CHUNK 65536

/* A file being turned into UTF-8 one chunk at a time. */
struct import_decoder {
	FILE *f;
	const char *forced;  /* the converter the user named, or NULL */
	const char *name;    /* the encoding in use, once chosen */
	UConverter *src, *dst; /* NULL while the input is UTF-8 */
	UChar pivot[1024], *ps, *pt;
	char raw[CHUNK];     /* bytes read and not yet decoded */
	size_t rawlen;
	size_t offset;       /* the file offset of raw[0], for messages */
	bool chosen, eof, done;
};

struct import_decoder *
import_decoder_open(FILE *f, const char *forced)
{
	struct import_decoder *d = xcalloc(1, sizeof *d);

	d->f = f;
	d->forced = forced;
	d->name = "UTF-8";
	d->ps = d->pt = d->pivot;
	return d;
}

void
import_decoder_close(struct import_decoder *d)
{
	if (d == NULL)
		return;
	if (d->src != NULL)
		ucnv_close(d->src);
	if (d->dst != NULL)
		ucnv_close(d->dst);
	free(d);
}

const char *
import_decoder_encoding(const struct import_decoder *d)
{
	return d->name;
}

size_t
import_decoder_offset(const struct import_decoder *d)
{
	return d->offset + d->rawlen;
}

/* How many bytes at the end of s begin a UTF-8 sequence that the next chunk completes. */
static size_t
partial_tail(const char *s, size_t len)
{
	size_t k, need;
	unsigned char c;

	for (k = 1; k <= 3 && k <= len; k++) {
		c = (unsigned char)s[len - k];
		if ((c & 0xC0) == 0x80)
			continue;
		need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		return need > k ? k : 0;
	}
	return 0;
}

/* Drop n decoded bytes from the front of raw. */
static void
consume(struct import_decoder *d, size_t n)
{
	memmove(d->raw, d->raw + n, d->rawlen - n);
	d->rawlen -= n;
	d->offset += n;
}

/* Open ICU converters from name to UTF-8. */
static int
open_converter(struct import_decoder *d, const char *name, char **cause)
{
	UErrorCode err = U_ZERO_ERROR;

	d->name = name;
	d->src = ucnv_open(name, &err);
	if (U_FAILURE(err)) {
		d->src = NULL;
		*cause = xasprintf("unknown encoding '%s'", name);
		return -1;
	}
	d->dst = ucnv_open("UTF-8", &err);
	ucnv_setToUCallBack(d->src, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
	return U_FAILURE(err) ? (*cause = xstrdup("ICU: cannot open a converter"), -1) : 0;
}

/*
 * Choose the encoding from the first chunk, as import_decode does from the
 * whole text: a forced one, a BOM, UTF-8, or ICU's detector (which only ever
 * looks at the first 64 KiB anyway).
 */
static int
choose(struct import_decoder *d, char **cause)
{
	const unsigned char *u = (const unsigned char *)d->raw;
	size_t n = d->rawlen;
	const char *enc;
	long bad;

	d->chosen = true;
	if (d->forced != NULL)
		return open_converter(d, d->forced, cause);
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		enc = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		consume(d, 2);
		return open_converter(d, enc, cause);
	}
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		consume(d, 3);
		d->name = "UTF-8 (BOM)";
		return 0;
	}
	n = d->rawlen - (d->eof ? 0 : partial_tail(d->raw, d->rawlen));
	if (memchr(d->raw, '\0', n) != NULL || (bad = utf8_invalid_at(d->raw, n)) < 0)
		return 0; /* UTF-8, or binary: the UTF-8 path says which byte */
	if (utf8_multibyte_count(d->raw, (size_t)bad) < 4 && (enc = detect_arabic(d->raw, n)) != NULL)
		return open_converter(d, enc, cause);
	return 0;
}

/* Check and pass on the complete UTF-8 sequences in raw. */
static int
pass_utf8(struct import_decoder *d, struct buf *out, char **cause)
{
	size_t n = d->rawlen - (d->eof ? 0 : partial_tail(d->raw, d->rawlen));
	const char *nul = memchr(d->raw, '\0', n);
	long bad;

	if (nul != NULL) {
		*cause = xasprintf("binary data: NUL byte at byte offset %zu", d->offset + (size_t)(nul - d->raw));
		return -1;
	}
	if ((bad = utf8_invalid_at(d->raw, n)) >= 0) {
		*cause = xasprintf("invalid UTF-8 at byte offset %zu", d->offset + (size_t)bad);
		return -1;
	}
	buf_add(out, d->raw, n);
	consume(d, n);
	return 0;
}

/* Convert all of raw with ICU (which keeps a split sequence for the next call). */
static int
pass_icu(struct import_decoder *d, struct buf *out, char **cause)
{
	const char *source = d->raw, *end = d->raw + d->rawlen;
	size_t room = d->rawlen * 4 + 64;
	UErrorCode err;
	char *target;

	do {
		err = U_ZERO_ERROR;
		buf_add(out, "", 0);
		if (out->cap - out->len < room) {
			out->data = xrealloc(out->data, out->len + room + 1);
			out->cap = out->len + room + 1;
		}
		target = out->data + out->len;
		ucnv_convertEx(d->dst, d->src, &target, out->data + out->cap - 1, &source, end, d->pivot, &d->ps,
			       &d->pt, d->pivot + 1024, false, d->eof, &err);
		out->len = (size_t)(target - out->data);
		out->data[out->len] = '\0';
	} while (err == U_BUFFER_OVERFLOW_ERROR);
	if (U_FAILURE(err)) {
		int8_t n = 0;
		char bad[32];
		UErrorCode e2 = U_ZERO_ERROR;
		ucnv_getInvalidChars(d->src, bad, &n, &e2);
		*cause = xasprintf("byte offset %zu is not valid %s",
				   d->offset + (size_t)(source - d->raw) - (size_t)(n > 0 ? n : 0), d->name);
		return -1;
	}
	consume(d, (size_t)(source - d->raw));
	return 0;
}

int
import_decoder_read(struct import_decoder *d, struct buf *out, char **cause)
{
	size_t want = CHUNK - d->rawlen, got;

	if (d->done)
		return 0;
	got = fread(d->raw + d->rawlen, 1, want, d->f);
	d->rawlen += got;
	if (got < want) {
		if (ferror(d->f)) {
			*cause = xasprintf("read error: %s", strerror(errno));
			return -1;
		}
		d->eof = true;
	}
	if (!d->chosen) {
		if (d->rawlen == 0) {
			*cause = xstrdup("empty file");
			return -1;
		}
		if (choose(d, cause) != 0)
			return -1;
	}
	if ((d->src == NULL ? pass_utf8(d, out, cause) : pass_icu(d, out, cause)) != 0)
		return -1;
	d->done = d->eof && d->rawlen == 0;
	return 1;
}
