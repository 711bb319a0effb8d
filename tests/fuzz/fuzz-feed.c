/*
 * fuzz-feed.c: the feed parser (src/fetch/feed.c: RSS 2.0, RSS 1.0, Atom
 * through libxml2's streaming reader, with the HTML of each entry turned
 * into text), the feed date parser and the subscription-list reader.
 */
#include "config.h"

#include "fetch/fetch.h"
#include "tests/fuzz/fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct feed_doc d;
	struct fetch_sub *subs = NULL;
	size_t i, n = 0, skipped = 0;
	char *cause = NULL, *s, *date;

	if (fetch_parse_feed((const char *)data, size, "http://feed.example/a/rss.xml", 50, &d,
			     &cause) != 0) {
		FUZZ_ASSERT(cause != NULL && d.n == 0);
	} else {
		FUZZ_ASSERT(d.kind != NULL && d.n <= 50);
		for (i = 0; i < d.n; i++) /* what is stored is valid UTF-8 without controls */
			if (d.entries[i].title) {
				FUZZ_ASSERT(utf8_invalid_at(d.entries[i].title, strlen(d.entries[i].title)) < 0);
				FUZZ_ASSERT(strchr(d.entries[i].title, '\033') == NULL);
			}
		fetch_feed_doc_clear(&d);
	}
	free(cause);
	cause = NULL;
	if (fetch_read_subs((const char *)data, size, &subs, &n, &skipped, &cause) != 0)
		FUZZ_ASSERT(cause != NULL);
	fetch_subs_free(subs, n);
	free(cause);
	s = fuzz_cstr(data, size < 64 ? size : 64);
	date = fetch_parse_date(s);
	FUZZ_ASSERT(date == NULL || strlen(date) == 10);
	free(date);
	free(s);
	return 0;
}
