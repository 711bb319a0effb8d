/* width.c: how many cells a code point takes as drawn, and which are marks. */
#include "config.h"
#include <unicode/uchar.h>

#include "bidi/bidi-private.h"

int
bidi_char_width(uint32_t cp)
{
	int8_t t;
	int ea;

	if (cp < 0x300)
		return cp == 0xAD ? 0 : 1; /* soft hyphen is a format character */
	t = u_charType((UChar32)cp);
	if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_FORMAT_CHAR)
		return 0;
	if (cp < 0x1100)
		return 1; /* no East Asian wide characters below Hangul Jamo */
	ea = u_getIntPropertyValue((UChar32)cp, UCHAR_EAST_ASIAN_WIDTH);
	return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

bool
bidi_char_is_mark(uint32_t cp)
{
	int8_t t;

	if (cp < 0x300)
		return false;
	t = u_charType((UChar32)cp);
	return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK;
}
