/* fuzz-json.c: the JSON array / NDJSON record walker (src/import/json.c). */
#include "config.h"

#include "import/import.h"
#include "tests/fuzz/fuzz.h"

/* Touch every field so that a bad string is seen by ASan here. */
static int
record(void *ctx, const char *where, const struct article *a, const char *error)
{
	size_t *n = ctx;

	FUZZ_ASSERT(where != NULL);
	FUZZ_ASSERT((a == NULL) != (error == NULL));
	if (a == NULL) {
		*n += strlen(error);
		return 0;
	}
	*n += strlen(where);
	*n += a->title ? strlen(a->title) : 0;
	*n += a->source ? strlen(a->source) : 0;
	*n += a->url ? strlen(a->url) : 0;
	*n += a->date ? strlen(a->date) : 0;
	*n += a->ref_date ? strlen(a->ref_date) : 0;
	*n += a->author ? strlen(a->author) : 0;
	*n += a->content ? strlen(a->content) : 0;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *cause = NULL;
	size_t n = 0;

	/* The exact-size buffer: a read past the end is a finding. */
	if (import_parse_json((const char *)data, size, record, &n, &cause) != 0)
		FUZZ_ASSERT(cause != NULL);
	free(cause);
	return 0;
}
