/*
 * width.c: how many cells a code point takes as drawn, and which are marks.
 * ICU answers; the answers for the Basic Multilingual Plane are kept in a
 * table filled on first use (layout asks several times per character).
 */
#include "config.h"
#include <unicode/uchar.h>

#include "bidi/bidi-private.h"

uint8_t bidi_width_cache[0x10000];

uint8_t
bidi_width_lookup(uint32_t cp)
{
	int8_t t = u_charType((UChar32)cp);
	int ea;

	if (cp < 0x300)
		return cp == 0xAD ? 8 : 8 | 1; /* soft hyphen is a format character */
	if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK)
		return 8 | 4;
	if (t == U_FORMAT_CHAR)
		return 8;
	ea = u_getIntPropertyValue((UChar32)cp, UCHAR_EAST_ASIAN_WIDTH);
	return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 8 | 2 : 8 | 1;
}

int
bidi_char_width(uint32_t cp)
{
	return bidi_width_bits(cp) & 3;
}

bool
bidi_char_is_mark(uint32_t cp)
{
	return (bidi_width_bits(cp) & 4) != 0;
}
