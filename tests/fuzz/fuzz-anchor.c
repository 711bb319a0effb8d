/*
 * fuzz-anchor.c: re-anchoring annotations (store_anchor_find in
 * src/store/annotations.c).  Bytes 0-1 are the old start (code points);
 * the rest is content, quote, prefix and suffix separated by NUL bytes,
 * valid UTF-8 as stored text is.  A found anchor must cover the quote.
 */
#include "config.h"

#include "store/store.h"
#include "text/text.h"
#include "tests/fuzz/fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *part[4] = { "", "", "", "" };
	char *s, *p, *end;
	int64_t old, start = -1, stop = -1;
	size_t len, a, b;
	int i;

	if (size < 2)
		return 0;
	old = data[0] | data[1] << 8;
	s = fuzz_cstr(data + 2, size - 2);
	end = s + size - 2;
	for (i = 0, p = s; i < 4 && p <= end; i++, p += strlen(p) + 1)
		part[i] = p;
	for (i = 0; i < 4; i++)
		if (utf8_invalid_at(part[i], strlen(part[i])) >= 0)
			goto out;
	if (store_anchor_find(part[0], part[1], part[2], part[3], old, &start, &stop)) {
		len = strlen(part[0]);
		FUZZ_ASSERT(start >= 0 && start <= stop && (size_t)stop <= utf8_count(part[0], len));
		a = utf8_offset_of(part[0], len, (size_t)start);
		b = utf8_offset_of(part[0], len, (size_t)stop);
		FUZZ_ASSERT(b - a == strlen(part[1]) && memcmp(part[0] + a, part[1], b - a) == 0);
	}
out:
	free(s);
	return 0;
}
