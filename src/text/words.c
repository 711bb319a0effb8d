/*
 * words.c: word boundaries by ICU's break iterator (UAX #29), run directly
 * over UTF-8 through UText so boundaries come back as byte offsets.
 */
#include "config.h"
#include <stdlib.h>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "text/text.h"

struct text_words {
	UBreakIterator *bi;
	UText *ut;
};

struct text_words *
text_words_new(void)
{
	UErrorCode err = U_ZERO_ERROR;
	struct text_words *w = xcalloc(1, sizeof *w);

	w->bi = ubrk_open(UBRK_WORD, "ar", NULL, 0, &err);
	if (U_FAILURE(err)) {
		free(w);
		return NULL;
	}
	return w;
}

void
text_words_free(struct text_words *w)
{
	if (w == NULL)
		return;
	ubrk_close(w->bi);
	if (w->ut != NULL)
		utext_close(w->ut);
	free(w);
}

int
text_words_each(struct text_words *w, const char *s, size_t len, text_word_cb cb, void *ctx)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t start, end, status;
	int rc = 0;

	w->ut = utext_openUTF8(w->ut, s, (int64_t)len, &err);
	if (U_FAILURE(err))
		return -1;
	ubrk_setUText(w->bi, w->ut, &err);
	if (U_FAILURE(err))
		return -1;
	start = ubrk_first(w->bi);
	while ((end = ubrk_next(w->bi)) != UBRK_DONE) {
		status = ubrk_getRuleStatus(w->bi);
		if (status >= UBRK_WORD_NONE_LIMIT) {
			rc = cb(ctx, s, (size_t)start, (size_t)end);
			if (rc != 0)
				break;
		}
		start = end;
	}
	return rc;
}
