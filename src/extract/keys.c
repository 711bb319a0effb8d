/*
 * keys.c: the runs of equal keys of a sorted array, hashed.  The lexicons
 * keep sorted arrays (gazetteer names by first word, country forms by core,
 * name words, stop words) and extraction asks, for most words of every
 * article, which entries have a word as their key: a binary search costs a
 * dozen string comparisons where a hash probe costs one.  Built once, after
 * the array is sorted; read-only afterwards, so threads may share it.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

/* The key of element i of an array of n elements of size bytes whose key is the char * at off. */
static const char *
xkeys_key(const void *base, size_t size, size_t off, size_t i)
{
	const char *p;

	memcpy(&p, (const char *)base + i * size + off, sizeof p);
	return p;
}

void
xkeys_build(struct xkeys *k, const void *base, size_t n, size_t size, size_t off)
{
	size_t i, a, slot;
	const char *key;
	uint64_t h;

	memset(k, 0, sizeof *k);
	for (k->slots = 16; k->slots < 2 * n; k->slots *= 2)
		;
	k->v = xcalloc(k->slots, sizeof *k->v);
	for (i = 0; i < n; i = a) {
		key = xkeys_key(base, size, off, i);
		for (a = i + 1; a < n && strcmp(xkeys_key(base, size, off, a), key) == 0; a++)
			;
		h = text_hash(key, strlen(key));
		for (slot = h & (k->slots - 1); k->v[slot].key != NULL; slot = (slot + 1) & (k->slots - 1))
			;
		k->v[slot] = (struct xkey){ h, key, i, a - i };
	}
}

size_t
xkeys_find(const struct xkeys *k, const char *w, size_t *at)
{
	uint64_t h;
	size_t slot;

	if (k->slots == 0)
		return 0;
	h = text_hash(w, strlen(w));
	for (slot = h & (k->slots - 1); k->v[slot].key != NULL; slot = (slot + 1) & (k->slots - 1))
		if (k->v[slot].hash == h && strcmp(k->v[slot].key, w) == 0) {
			*at = k->v[slot].at;
			return k->v[slot].n;
		}
	return 0;
}

void
xkeys_free(struct xkeys *k)
{
	free(k->v);
	memset(k, 0, sizeof *k);
}
