/* utf8.c: strict UTF-8 decoding and offset conversions. */
#include "config.h"
#include "text/text.h"

int32_t
utf8_next(const char *str, size_t len, size_t *pos)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = *pos;
	uint32_t cp, min;
	int n, k;

	if (s[i] < 0x80) {
		*pos = i + 1;
		return s[i];
	}
	if (s[i] >= 0xC2 && s[i] <= 0xDF) {
		n = 1; cp = s[i] & 0x1F; min = 0x80;
	} else if (s[i] >= 0xE0 && s[i] <= 0xEF) {
		n = 2; cp = s[i] & 0x0F; min = 0x800;
	} else if (s[i] >= 0xF0 && s[i] <= 0xF4) {
		n = 3; cp = s[i] & 0x07; min = 0x10000;
	} else {
		*pos = i + 1;
		return -1;
	}
	for (k = 1; k <= n; k++) {
		if (i + (size_t)k >= len || (s[i + k] & 0xC0) != 0x80) {
			*pos = i + 1;
			return -1;
		}
		cp = (cp << 6) | (s[i + k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
		*pos = i + 1;
		return -1;
	}
	*pos = i + (size_t)n + 1;
	return (int32_t)cp;
}

size_t
utf8_put(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

long
utf8_invalid_at(const char *s, size_t len)
{
	size_t pos = 0, at;

	while (pos < len) {
		/* Fast path over ASCII. */
		if ((unsigned char)s[pos] < 0x80) {
			pos++;
			continue;
		}
		at = pos;
		if (utf8_next(s, len, &pos) < 0)
			return (long)at;
	}
	return -1;
}

size_t
utf8_count(const char *s, size_t len)
{
	size_t pos = 0, n = 0;

	while (pos < len) {
		utf8_next(s, len, &pos);
		n++;
	}
	return n;
}

size_t
utf8_offset_of(const char *s, size_t len, size_t cp)
{
	size_t pos = 0;

	while (cp > 0 && pos < len) {
		utf8_next(s, len, &pos);
		cp--;
	}
	return pos;
}

size_t
utf8_index_of(const char *s, size_t len, size_t off)
{
	size_t pos = 0, n = 0;

	if (off > len)
		off = len;
	while (pos < off) {
		utf8_next(s, len, &pos);
		n++;
	}
	return n;
}
