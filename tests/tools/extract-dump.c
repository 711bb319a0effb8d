/* extract-dump: text in, extraction results out (a driver for the pure layer). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

int
main(int argc, char **argv)
{
	struct extractor *x;
	struct xresult r;
	struct buf b;
	char *cause = NULL;
	size_t i;
	FILE *f = argc > 2 ? fopen(argv[2], "rb") : stdin;

	if (argc < 2 || f == NULL || extractor_new(argv[1], &x, &cause) != 0) {
		fprintf(stderr, "usage: extract-dump DATADIR [FILE] [REF]: %s\n", cause ? cause : "");
		return 2;
	}
	buf_init(&b);
	buf_read(&b, f, 0);
	extract_article(x, b.data, argc > 3 ? argv[3] : NULL, 0, &r, &cause);
	for (i = 0; i < r.dates.n; i++)
		printf("date %zu-%zu %s p%d%s%s%s w%d\n", r.dates.v[i].start, r.dates.v[i].end,
		       r.dates.v[i].value, r.dates.v[i].precision, r.dates.v[i].hijri ? " hijri" : "",
		       (int)i == r.dates.article ? " ARTICLE" : "", r.dates.v[i].dateline ? " dateline" : "",
		       r.dates.v[i].weekday);
	for (i = 0; i < r.nspeakers; i++)
		printf("speaker %zu %s%s\n", i, r.speakers[i].name,
		       r.speakers[i].body ? " (body)" : r.speakers[i].group ? " (group)" : "");
	for (i = 0; i < r.nst; i++)
		printf("st %s %s [%zu-%zu] %s\n", r.speakers[r.st[i].speaker].name,
		       r.st[i].direct ? "D" : "R", r.st[i].start, r.st[i].end, r.st[i].text);
	for (i = 0; i < r.ntopics; i++)
		printf("topic %s\n", extractor_lexicon(x)->tp[r.topics[i]].name);
	for (i = 0; i < r.nphrases; i++)
		printf("phrase %s\n", r.phrases[i]);
	xresult_free(&r);
	extractor_free(x);
	buf_free(&b);
	return 0;
}
