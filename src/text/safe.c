/* safe.c: keep control characters from untrusted text away from terminals. */
#include "config.h"
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/text.h"

bool
text_is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

bool
text_is_blank_cp(int32_t cp)
{
	int8_t type;

	if (cp < 0x80)
		return cp <= ' ' || cp == 0x7F;
	type = u_charType(cp);
	return u_isUWhiteSpace(cp) || type == U_FORMAT_CHAR || type == U_CONTROL_CHAR;
}

bool
text_is_blank(const char *s, size_t len)
{
	size_t pos = 0;

	while (pos < len)
		if (!text_is_blank_cp(utf8_next(s, len, &pos)))
			return false;
	return true;
}

void
text_sanitize_into(struct buf *out, const char *s, size_t len, bool keep_space)
{
	size_t pos = 0;
	int32_t cp;

	while (pos < len) {
		cp = utf8_next(s, len, &pos);
		if (cp < 0)
			buf_add_cp(out, 0xFFFD);
		else if (keep_space && (cp == '\n' || cp == '\t'))
			buf_addc(out, (char)cp);
		else if (text_is_control((uint32_t)cp))
			buf_add_cp(out, 0xFFFD);
		else
			buf_add_cp(out, (uint32_t)cp);
	}
}

enum { BIDI_LRE = 0x202A, BIDI_RLE, BIDI_PDF, BIDI_LRO, BIDI_RLO };
enum { BIDI_LRI = 0x2066, BIDI_RLI, BIDI_FSI, BIDI_PDI };

static bool
bidi_is_embedding(int32_t cp)
{
	return cp == BIDI_LRE || cp == BIDI_RLE || cp == BIDI_LRO || cp == BIDI_RLO;
}

static bool
bidi_is_isolate(int32_t cp)
{
	return cp == BIDI_LRI || cp == BIDI_RLI || cp == BIDI_FSI;
}

/* Close what stack[n..] opened, innermost first. */
static void
bidi_close(struct buf *out, const bool *isolate, int *depth, int to)
{
	while (*depth > to) {
		(*depth)--;
		buf_add_cp(out, isolate[*depth] ? BIDI_PDI : BIDI_PDF);
	}
}

void
text_bidi_balance_into(struct buf *out, const char *s, size_t len, bool isolate)
{
	bool open[TEXT_BIDI_MAX_DEPTH]; /* true: an isolate, false: an embedding or override */
	int depth = 0, i;
	size_t pos = 0;
	int32_t cp;

	if (isolate)
		buf_add_cp(out, BIDI_FSI);
	while (pos < len) {
		cp = utf8_next(s, len, &pos);
		if (cp < 0 || text_is_control((uint32_t)cp)) {
			buf_add_cp(out, 0xFFFD);
		} else if (bidi_is_embedding(cp) || bidi_is_isolate(cp)) {
			if (depth == TEXT_BIDI_MAX_DEPTH)
				continue;
			open[depth++] = bidi_is_isolate(cp);
			buf_add_cp(out, (uint32_t)cp);
		} else if (cp == BIDI_PDF) {
			/* UBA: a PDF closes the innermost embedding, never across an isolate. */
			if (depth > 0 && !open[depth - 1])
				bidi_close(out, open, &depth, depth - 1);
		} else if (cp == BIDI_PDI) {
			/* A PDI closes the innermost isolate and the embeddings opened inside it. */
			for (i = depth - 1; i >= 0 && !open[i]; i--)
				continue;
			if (i >= 0)
				bidi_close(out, open, &depth, i);
		} else {
			buf_add_cp(out, (uint32_t)cp);
		}
	}
	bidi_close(out, open, &depth, 0);
	if (isolate)
		buf_add_cp(out, BIDI_PDI);
}

bool
text_uri_for_terminal(struct buf *out, const char *url)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t start = out->len;
	const unsigned char *u = (const unsigned char *)url;

	if (url == NULL || (strncasecmp(url, "http://", 7) != 0 && strncasecmp(url, "https://", 8) != 0))
		return false;
	for (; *u; u++) {
		if (*u > 0x20 && *u < 0x7f) {
			buf_addc(out, (char)*u);
		} else {
			buf_addc(out, '%');
			buf_addc(out, hex[*u >> 4]);
			buf_addc(out, hex[*u & 15]);
		}
		if (out->len - start > TEXT_URI_MAX) {
			out->len = start;
			out->data[start] = '\0';
			return false;
		}
	}
	return true;
}

const char *
text_direction(const char *s)
{
	size_t pos = 0, len = s ? strlen(s) : 0;
	int32_t cp;
	int depth = 0;

	while (pos < len) {
		if ((cp = utf8_next(s, len, &pos)) < 0)
			continue;
		switch (u_charDirection(cp)) {
		case U_LEFT_TO_RIGHT_ISOLATE: case U_RIGHT_TO_LEFT_ISOLATE: case U_FIRST_STRONG_ISOLATE:
			depth++;
			break;
		case U_POP_DIRECTIONAL_ISOLATE:
			depth -= depth > 0;
			break;
		case U_LEFT_TO_RIGHT:
			if (depth == 0)
				return "ltr";
			break;
		case U_RIGHT_TO_LEFT: case U_RIGHT_TO_LEFT_ARABIC:
			if (depth == 0)
				return "rtl";
			break;
		default:
			break;
		}
	}
	return NULL;
}

bool
text_has_arabic(const char *s)
{
	size_t pos = 0, len = s ? strlen(s) : 0;
	UErrorCode err = U_ZERO_ERROR;
	int32_t cp;

	while (pos < len)
		if ((cp = utf8_next(s, len, &pos)) >= 0 && u_isalpha(cp) &&
		    uscript_getScript(cp, &err) == USCRIPT_ARABIC)
			return true;
	return false;
}
