/* safe.c: keep control characters from untrusted text away from terminals. */
#include "config.h"
#include <unicode/uchar.h>

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
