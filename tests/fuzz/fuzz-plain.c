/*
 * fuzz-plain.c: the plain-text article parser (src/import/plain.c): front
 * matter, headline, boilerplate; also the date normaliser it uses.
 */
#include "config.h"

#include "import/import.h"
#include "tests/fuzz/fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	char *cause = NULL, *s, *d;

	/* import_decode hands only valid UTF-8 on (NUL bytes may come from UTF-16). */
	if (utf8_invalid_at((const char *)data, size) >= 0)
		return 0;
	memset(&a, 0, sizeof a);
	if (import_parse_text((const char *)data, size, &a, &cause) != 0)
		FUZZ_ASSERT(cause != NULL);
	else
		FUZZ_ASSERT(a.content != NULL);
	free(cause);
	article_clear(&a);
	s = fuzz_cstr(data, size < 64 ? size : 64);
	d = import_parse_date(s);
	free(d);
	free(s);
	return 0;
}
