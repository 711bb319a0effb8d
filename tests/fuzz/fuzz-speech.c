/*
 * fuzz-speech.c: speakers and statements (src/extract/speech.c) through
 * the whole analysis of an article, with the bundled lexicons.  Byte 0 is
 * the year hint (0 or 1990..2044); content is valid UTF-8 like stored
 * articles.  Statement spans must lie within the text.
 */
#include "config.h"

#include "extract/extract.h"
#include "tests/fuzz/fuzz.h"

static struct extractor *ex;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *cause = NULL;

	FUZZ_SETUP(extractor_new(KHABAR_SRCDATADIR, &ex, &cause) == 0, cause);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xresult r;
	char *s, *cause = NULL;
	int year = 0;
	size_t i, n;

	if (size > 0) {
		year = data[0] < 200 ? 0 : 1990 + (data[0] - 200);
		data++;
		size--;
	}
	if (utf8_invalid_at((const char *)data, size) >= 0)
		return 0;
	s = fuzz_cstr(data, size);
	n = utf8_count(s, strlen(s));
	if (extract_article(ex, s, year % 2 ? "2021-08-31" : NULL, year, &r, &cause) == 0) {
		for (i = 0; i < r.nst; i++) {
			FUZZ_ASSERT(r.st[i].start <= r.st[i].end && r.st[i].end <= n);
			FUZZ_ASSERT(r.st[i].speaker >= -1 && (r.st[i].speaker < 0 ||
							     (size_t)r.st[i].speaker < r.nspeakers));
			FUZZ_ASSERT(r.st[i].text != NULL);
		}
		xresult_free(&r);
	} else {
		FUZZ_ASSERT(cause != NULL);
		free(cause);
	}
	free(s);
	return 0;
}
