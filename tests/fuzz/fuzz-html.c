/*
 * fuzz-html.c: HTML to paragraphs of text and the readability-style main
 * text (src/fetch/html.c) on tag soup.  Byte 0 picks the encoding given:
 * none (the page's own <meta>), UTF-8 or windows-1256.
 */
#include "config.h"

#include "fetch/fetch.h"
#include "tests/fuzz/fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const encodings[] = { NULL, "UTF-8", "windows-1256" };
	const char *enc, *html;
	struct fetch_page p;
	char *t;

	if (size < 1)
		return 0;
	enc = encodings[data[0] % 3];
	html = (const char *)data + 1;
	size--;
	t = fetch_html_text(html, size, enc);
	FUZZ_ASSERT(t != NULL && utf8_invalid_at(t, strlen(t)) < 0);
	for (const char *c = t; *c; c++) /* no control but the paragraph breaks */
		FUZZ_ASSERT((unsigned char)*c >= 0x20 || *c == '\n');
	free(t);
	fetch_html_main(html, size, enc, &p);
	FUZZ_ASSERT(p.text == NULL || utf8_invalid_at(p.text, strlen(p.text)) < 0);
	FUZZ_ASSERT(p.date == NULL || strlen(p.date) == 10);
	fetch_page_clear(&p);
	return 0;
}
