/*
 * extract-candidates: every candidate statement of every article of a
 * JSON file (as `khabar import` reads it), with its features and score,
 * for training the statement scorer (scripts/train-extract.py).
 *
 *   extract-candidates DATADIR FILE.json
 *
 * One line per candidate: "url TAB kept TAB score TAB cue TAB start TAB end
 * TAB speaker TAB direct TAB features TAB text" (line breaks in the text become spaces; it may hold tabs).
 * Articles are analysed as the import analyses them: NFC, the record's
 * reference date and year.
 */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "import/import.h"

static int
candidates_record(void *ctx, const char *where, const struct article *a, const char *error)
{
	struct extractor *x = ctx;
	struct xresult r;
	char *cause = NULL, *nfc, *p;
	size_t i;

	if (a == NULL) {
		fprintf(stderr, "extract-candidates: %s: %s\n", where ? where : "?", error ? error : "bad record");
		return 0;
	}
	if (a->content == NULL)
		return 0;
	nfc = text_nfc(a->content, strlen(a->content), NULL, &cause);
	if (nfc == NULL) {
		fprintf(stderr, "extract-candidates: %s: %s\n", where ? where : "?", cause);
		free(cause);
		return 0;
	}
	if (extract_article(x, nfc, a->ref_date, a->date ? atoi(a->date) : 0, &r, &cause) != 0) {
		fprintf(stderr, "extract-candidates: %s: %s\n", where ? where : "?", cause);
		free(cause);
		free(nfc);
		return 0;
	}
	for (i = 0; i < r.ncand; i++) {
		for (p = r.cand[i]; *p; p++) /* the text is the last field: its line breaks are spaces */
			if (*p == '\n' || *p == '\r')
				*p = ' ';
		printf("%s\t%s\n", a->url ? a->url : "", r.cand[i]);
	}
	xresult_free(&r);
	free(nfc);
	return 0;
}

int
main(int argc, char **argv)
{
	struct extractor *x;
	char *cause = NULL;
	size_t bytes = 0;
	FILE *f;

	if (argc != 3 || (f = fopen(argv[2], "rb")) == NULL) {
		fprintf(stderr, "usage: extract-candidates DATADIR FILE.json\n");
		return 2;
	}
	if (extractor_new(argv[1], &x, &cause) != 0) {
		fprintf(stderr, "extract-candidates: %s\n", cause);
		return 1;
	}
	extractor_list_candidates(x, true);
	if (import_read(f, NULL, candidates_record, x, &bytes, &cause) != 0) {
		fprintf(stderr, "extract-candidates: %s: %s\n", argv[2], cause);
		return 1;
	}
	fclose(f);
	extractor_free(x);
	return 0;
}
