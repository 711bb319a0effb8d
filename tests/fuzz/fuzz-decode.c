/*
 * fuzz-decode.c: charset detection and decoding (src/import/decode.c).  The
 * first byte picks detection or one of the encodings users force.
 */
#include "config.h"

#include "import/import.h"
#include "tests/fuzz/fuzz.h"

static const char *const forced[] = { NULL, "windows-1256", "ISO-8859-6", "UTF-16LE", "UTF-8" };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *enc = NULL, *detected = NULL;
	struct buf out;
	char *cause = NULL;

	if (size > 0) {
		if (data[0] < sizeof forced / sizeof *forced)
			enc = forced[data[0]];
		data++;
		size--;
	}
	buf_init(&out);
	if (import_decode((const char *)data, size, enc, &out, &detected, &cause) == 0) {
		FUZZ_ASSERT(detected != NULL);
		/* What comes out is UTF-8, whatever came in. */
		FUZZ_ASSERT(utf8_invalid_at(out.data ? out.data : "", out.len) < 0);
	} else {
		FUZZ_ASSERT(cause != NULL);
	}
	free(cause);
	buf_free(&out);
	return 0;
}
