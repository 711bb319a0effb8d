/*
 * stem.c: Snowball's Arabic stemmer (libstemmer) behind a small cache.
 * Words in news text follow Zipf's law, so a few thousand cached entries
 * answer most lookups without running the stemmer.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "text/text.h"

#define STEM_CACHE_SIZE 16384 /* slots; a power of two */
#define STEM_CACHE_WORD 48    /* longest word (bytes) worth caching */

/* One cache slot: a folded word and its stem. */
struct stem_slot {
	uint32_t hash;
	unsigned char wlen, slen;
	char word[STEM_CACHE_WORD];
	char stem[STEM_CACHE_WORD];
};

struct text_stemmer {
	struct sb_stemmer *sb;
	struct stem_slot *cache;
	struct buf out;
};

struct text_stemmer *
text_stemmer_new(void)
{
	struct text_stemmer *st = xcalloc(1, sizeof *st);

	st->sb = sb_stemmer_new("arabic", "UTF_8");
	if (st->sb == NULL) {
		free(st);
		return NULL;
	}
	st->cache = xcalloc(STEM_CACHE_SIZE, sizeof *st->cache);
	buf_init(&st->out);
	return st;
}

void
text_stemmer_free(struct text_stemmer *st)
{
	if (st == NULL)
		return;
	sb_stemmer_delete(st->sb);
	free(st->cache);
	buf_free(&st->out);
	free(st);
}

/* FNV-1a. */
static uint32_t
hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/*
 * Snowball's Arabic stemmer strips ال، بال، كال، لل but not وال or فال, and
 * its suffix rules depend on whether a prefix came off, so "والرياض",
 * "الرياض" and "رياض" would not meet.  Take the article clusters off first
 * (as Lucene's light stemmer does), keeping at least three letters.
 */
static const char *const article_prefixes[] = {
	"\xd9\x88\xd8\xa7\xd9\x84", /* وال */
	"\xd9\x81\xd8\xa7\xd9\x84", /* فال */
	"\xd8\xa8\xd8\xa7\xd9\x84", /* بال */
	"\xd9\x83\xd8\xa7\xd9\x84", /* كال */
	"\xd9\x84\xd9\x84",           /* لل */
	"\xd8\xa7\xd9\x84",           /* ال */
	NULL,
};

static size_t
strip_article(const char *word, size_t len)
{
	size_t n;
	int i;

	for (i = 0; article_prefixes[i]; i++) {
		n = strlen(article_prefixes[i]);
		/* Arabic letters are two bytes: keep three or more after the prefix. */
		if (len >= n + 6 && memcmp(word, article_prefixes[i], n) == 0)
			return n;
	}
	return 0;
}

const char *
text_stem(struct text_stemmer *st, const char *word, size_t len, size_t *outlen)
{
	const char *orig = word;
	size_t origlen = len, skip;

	struct stem_slot *slot = NULL;
	const sb_symbol *r;
	uint32_t h;
	int n;

	if (len < STEM_CACHE_WORD) {
		h = hash_bytes(word, len);
		slot = &st->cache[h & (STEM_CACHE_SIZE - 1)];
		if (slot->hash == h && slot->wlen == len && memcmp(slot->word, word, len) == 0) {
			*outlen = slot->slen;
			return slot->stem;
		}
	}
	skip = strip_article(word, len);
	r = sb_stemmer_stem(st->sb, (const sb_symbol *)word + skip, (int)(len - skip));
	if (r == NULL) { /* out of memory inside the stemmer: no stem */
		*outlen = len;
		return word;
	}
	n = sb_stemmer_length(st->sb);
	buf_reset(&st->out);
	buf_add(&st->out, r, (size_t)n);
	if (slot != NULL && (size_t)n < STEM_CACHE_WORD) {
		slot->hash = hash_bytes(orig, origlen);
		slot->wlen = (unsigned char)origlen;
		slot->slen = (unsigned char)n;
		memcpy(slot->word, orig, origlen);
		memcpy(slot->stem, r, (size_t)n);
	}
	*outlen = (size_t)n;
	return st->out.data;
}
