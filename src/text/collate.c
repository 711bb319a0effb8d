/*
 * collate.c: Arabic collation keys (ICU's "ar" collator).  A key compares
 * with memcmp as the names compare in the reader's order, so an index on
 * keys lists names alphabetically a page at a time instead of sorting
 * them all (the speaker view of a large archive).
 */
#include "config.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include "text/text.h"

static UCollator *collator;
static pthread_once_t collator_once = PTHREAD_ONCE_INIT;

static void
collator_open(void)
{
	UErrorCode e = U_ZERO_ERROR;

	collator = ucol_open("ar", &e);
	if (U_FAILURE(e)) {
		if (collator != NULL)
			ucol_close(collator);
		collator = NULL;
	}
}

unsigned char *
text_sort_key(const char *s, size_t len, size_t *keylen)
{
	UErrorCode e = U_ZERO_ERROR;
	UChar stack[256], *u = stack;
	int32_t ulen = 0, n;
	unsigned char *key;

	pthread_once(&collator_once, collator_open);
	*keylen = 0;
	if (collator == NULL || len > INT32_MAX / 2)
		return NULL;
	u_strFromUTF8Lenient(u, 256, &ulen, s, (int32_t)len, &e);
	if (e == U_BUFFER_OVERFLOW_ERROR) {
		u = xmalloc(((size_t)ulen + 1) * sizeof *u);
		e = U_ZERO_ERROR;
		u_strFromUTF8Lenient(u, ulen + 1, &ulen, s, (int32_t)len, &e);
	}
	if (U_FAILURE(e)) {
		if (u != stack)
			free(u);
		return NULL;
	}
	/* A collation key is about one to three bytes per code unit and level. */
	n = ucol_getSortKey(collator, u, ulen, NULL, 0);
	key = xmalloc(n > 0 ? (size_t)n : 1);
	if (n > 0)
		ucol_getSortKey(collator, u, ulen, key, n);
	if (u != stack)
		free(u);
	*keylen = n > 0 ? (size_t)n - 1 : 0; /* without its terminating 0 */
	return key;
}
