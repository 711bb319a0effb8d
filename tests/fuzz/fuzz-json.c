/*
 * fuzz-json.c: the JSON array / NDJSON record walker (src/import/json.c),
 * and its two readers of one record compared: the input read as a record
 * by the fast reader of flat objects (falling back to jansson where it
 * gives up) must give the article, or the error, that jansson alone gives.
 */
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

/* What one record gave, as one string: its error, or every field (NULL and "" told apart). */
static int
outcome(void *ctx, const char *where, const struct article *a, const char *error)
{
	char **out = ctx;
	const char *f[7];
	size_t i, len = 2;
	char *s;

	(void)where;
	FUZZ_ASSERT(*out == NULL);
	if (a == NULL) {
		*out = fuzz_cstr((const uint8_t *)error, strlen(error));
		return 0;
	}
	f[0] = a->title, f[1] = a->source, f[2] = a->url, f[3] = a->date;
	f[4] = a->ref_date, f[5] = a->author, f[6] = a->content;
	for (i = 0; i < 7; i++)
		len += (f[i] ? strlen(f[i]) : 0) + 2;
	s = malloc(len);
	FUZZ_ASSERT(s != NULL);
	strcpy(s, "A");
	for (i = 0; i < 7; i++) {
		strcat(s, f[i] ? "\x01" : "\x02");
		strcat(s, f[i] ? f[i] : "");
	}
	*out = s;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *cause = NULL, *fast = NULL, *slow = NULL;
	size_t n = 0;

	/* The exact-size buffer: a read past the end is a finding. */
	if (import_parse_json((const char *)data, size, record, &n, &cause) != 0)
		FUZZ_ASSERT(cause != NULL);
	free(cause);
	import_json_record((const char *)data, size, true, outcome, &fast);
	import_json_record((const char *)data, size, false, outcome, &slow);
	FUZZ_ASSERT(fast != NULL && slow != NULL);
	FUZZ_ASSERT(strcmp(fast, slow) == 0); /* the flat reader and jansson disagree */
	free(fast);
	free(slow);
	return 0;
}
