/*
 * words.c: word boundaries by ICU's break iterator (UAX #29), run directly
 * over UTF-8 through UText so boundaries come back as byte offsets.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

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

/* True for the bytes a sentence does not end with: spaces, tabs, line ends. */
static bool
sentence_trail(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * True when s[start, e) ends with an abbreviation of list (lines, the
 * abbreviation before a TAB, # comments) standing as a word of its own.
 */
static bool
sentence_abbrev(const char *s, size_t start, size_t e, const char *list)
{
	const char *l, *end, *tab;
	size_t n;
	char c;

	for (l = list; l != NULL && *l != '\0'; l = *end ? end + 1 : end) {
		end = strchr(l, '\n');
		end = end ? end : l + strlen(l);
		tab = memchr(l, '\t', (size_t)(end - l));
		n = (size_t)((tab ? tab : end) - l);
		if (*l == '#' || n == 0 || n > e - start || memcmp(s + e - n, l, n) != 0)
			continue;
		if (e - n == start)
			return true;
		c = s[e - n - 1];
		if (c == ' ' || c == '(' || c == '"' || c == '\n' || c == '\t')
			return true;
	}
	return false;
}

int
text_sentences_each(const char *s, size_t len, const char *abbrevs, text_word_cb cb, void *ctx)
{
	UErrorCode err = U_ZERO_ERROR;
	UBreakIterator *bi;
	UText *ut;
	int32_t start, end;
	size_t e;
	int rc = 0;

	/* Root's sentence rules (Arabic has no tailoring) with the English
	 * abbreviations ICU knows ("Inc.", "Mr.", "U.S.") kept from ending one. */
	bi = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &err);
	if (U_FAILURE(err))
		return -1;
	ut = utext_openUTF8(NULL, s, (int64_t)len, &err);
	if (!U_FAILURE(err))
		ubrk_setUText(bi, ut, &err);
	if (U_FAILURE(err)) {
		utext_close(ut);
		ubrk_close(bi);
		return -1;
	}
	start = ubrk_first(bi);
	while (rc == 0 && (end = ubrk_next(bi)) != UBRK_DONE) {
		for (e = (size_t)end; e > (size_t)start && sentence_trail(s[e - 1]); e--)
			;
		if ((size_t)end < len && s[end - 1] != '\n' && sentence_abbrev(s, (size_t)start, e, abbrevs))
			continue; /* "Inc." goes on: the sentence ends later */
		if (e > (size_t)start)
			rc = cb(ctx, s, (size_t)start, e);
		start = end;
	}
	utext_close(ut);
	ubrk_close(bi);
	return rc;
}
