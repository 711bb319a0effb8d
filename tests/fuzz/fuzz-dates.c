/*
 * fuzz-dates.c: date extraction (src/extract/dates.c).  Byte 0 picks the
 * reference date (none, an ordinary day, a leap day, a year's last day).
 * Content is valid UTF-8, as stored articles are.
 */
#include "config.h"

#include "extract/extract.h"
#include "tests/fuzz/fuzz.h"

static struct xcal *cal;
static const char *const refs[] = { NULL, "2021-08-31", "2020-02-29", "1999-12-31" };

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *cause = NULL;

	FUZZ_ASSERT(xcal_new(&cal, &cause) == 0);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xdates d;
	const char *ref = NULL;
	char *s, *cause = NULL;
	size_t i, n;

	if (size > 0) {
		ref = refs[data[0] % 4];
		data++;
		size--;
	}
	if (utf8_invalid_at((const char *)data, size) >= 0)
		return 0;
	s = fuzz_cstr(data, size);
	size = strlen(s);
	n = utf8_count(s, size);
	memset(&d, 0, sizeof d);
	if (extract_dates(cal, s, size, ref, &d, &cause) == 0) {
		FUZZ_ASSERT(d.article >= -1 && (d.article < 0 || (size_t)d.article < d.n));
		for (i = 0; i < d.n; i++) {
			FUZZ_ASSERT(d.v[i].start <= d.v[i].end && d.v[i].end <= n);
			FUZZ_ASSERT(memchr(d.v[i].value, '\0', sizeof d.v[i].value) != NULL);
		}
		xdates_free(&d);
	} else {
		FUZZ_ASSERT(cause != NULL);
		free(cause);
	}
	free(s);
	return 0;
}
