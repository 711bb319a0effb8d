/*
 * read.c: one file or stream, decoded a chunk at a time.  Its first
 * non-blank character decides: '[' or '{' is JSON, walked record by record
 * as the chunks come (memory: the largest record, not the file); anything
 * else is one plain-text article, read whole.
 */
#include "config.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "import/import.h"

#define MAX_ARTICLE ((size_t)1 << 30)

/* Whether the text read so far (b) starts like JSON: 1 yes, 0 no, -1 not known yet (all blank). */
static int
looks_like_json(const struct buf *b)
{
	size_t k = 0;

	while (k < b->len && (b->data[k] == ' ' || b->data[k] == '\n' || b->data[k] == '\r' || b->data[k] == '\t'))
		k++;
	if (k == b->len)
		return -1;
	return b->data[k] == '[' || b->data[k] == '{';
}

/* Walk JSON: what was read already (b), then chunk after chunk. */
static int
read_json(struct import_decoder *d, struct buf *b, import_record_cb cb, void *ctx, char **cause)
{
	struct import_json *j = import_json_new(cb, ctx);
	int rc = import_json_feed(j, b->data, b->len, cause), got = 1;

	while (rc == 0 && !import_json_done(j)) {
		buf_reset(b);
		if ((got = import_decoder_read(d, b, cause)) <= 0)
			break;
		rc = import_json_feed(j, b->data, b->len, cause);
	}
	if (got < 0)
		rc = -1;
	else if (rc == 0)
		rc = import_json_end(j, cause);
	import_json_free(j);
	return rc;
}

/* Read the rest of a plain-text article into b, parse it and hand it on. */
static int
read_text(struct import_decoder *d, struct buf *b, import_record_cb cb, void *ctx, char **cause)
{
	struct article a;
	int got, rc;

	while ((got = import_decoder_read(d, b, cause)) > 0)
		if (b->len > MAX_ARTICLE) {
			*cause = xstrdup("larger than 1 GiB");
			return -1;
		}
	if (got < 0)
		return -1;
	memset(&a, 0, sizeof a);
	rc = import_parse_text(b->data, b->len, &a, cause);
	buf_free(b); /* the article holds what it needs */
	if (rc == 0)
		rc = cb(ctx, NULL, &a, NULL);
	article_clear(&a);
	return rc;
}

int
import_read(FILE *f, const char *encoding, import_record_cb cb, void *ctx, size_t *bytes,
	    char **cause)
{
	struct import_decoder *d = import_decoder_open(f, encoding);
	struct buf b;
	int got, json = -1, rc;

	buf_init(&b);
	while (json < 0 && (got = import_decoder_read(d, &b, cause)) > 0)
		json = looks_like_json(&b);
	if (got < 0)
		rc = -1;
	else if (json > 0)
		rc = read_json(d, &b, cb, ctx, cause);
	else
		rc = read_text(d, &b, cb, ctx, cause);
	*bytes = import_decoder_offset(d);
	import_decoder_close(d);
	buf_free(&b);
	return rc;
}
