/*
 * scorer.c: the weights of the statement scorer (data/speech-weights.tsv,
 * written by scripts/train-extract.py).  A candidate statement is a set of
 * named binary features; its score is the sum of their weights, and it is
 * kept when the score reaches the file's threshold.  The table is built
 * once per extractor and only read after that, so threads may share it.
 *
 * speech-weights.tsv: "threshold TAB T", then "feature TAB weight" lines.
 */
#include "config.h"
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

struct xweight {
	char *name;
	double w;
};

/* Open addressing: slots a power of two, at most half full. */
struct xweights {
	struct xweight *v;
	size_t slots, n;
	double threshold;
};

static uint64_t
xweights_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static struct xweight *
xweights_slot(const struct xweights *x, const char *name)
{
	size_t i = (size_t)xweights_hash(name) & (x->slots - 1);

	while (x->v[i].name != NULL && strcmp(x->v[i].name, name) != 0)
		i = (i + 1) & (x->slots - 1);
	return &x->v[i];
}

static void
xweights_grow(struct xweights *x)
{
	struct xweights old = *x;
	size_t i;

	x->slots = old.slots ? old.slots * 2 : 64;
	x->v = xcalloc(x->slots, sizeof *x->v);
	for (i = 0; i < old.slots; i++)
		if (old.v[i].name != NULL)
			*xweights_slot(x, old.v[i].name) = old.v[i];
	free(old.v);
}

/* A number that fills the field p..eol (strtod stops at the end). */
static int
xweights_number(const char *p, const char *eol, double *out)
{
	char buf[64], *end;
	size_t n = (size_t)(eol - p);

	if (n > 0 && p[n - 1] == '\r')
		n--;
	if (n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, p, n);
	buf[n] = '\0';
	errno = 0;
	*out = strtod(buf, &end);
	return *end == '\0' && errno == 0 && isfinite(*out) ? 0 : -1;
}

int
xweights_parse(struct xweights **out, const char *text, char **cause)
{
	struct xweights *x = xcalloc(1, sizeof *x);
	const char *p = text, *eol, *tab;
	bool have_threshold = false;
	int lineno = 0;
	double w;

	xweights_grow(x);
	while (p != NULL && *p != '\0') {
		eol = p + strcspn(p, "\n");
		lineno++;
		if (*p != '#' && eol > p && !(eol == p + 1 && *p == '\r')) {
			tab = memchr(p, '\t', (size_t)(eol - p));
			if (tab == NULL || tab == p || xweights_number(tab + 1, eol, &w) != 0) {
				*cause = xasprintf("speech-weights.tsv: line %d: want a feature TAB a number", lineno);
				xweights_free(x);
				*out = NULL;
				return -1;
			}
			if ((size_t)(tab - p) == 9 && strncmp(p, "threshold", 9) == 0) {
				x->threshold = w;
				have_threshold = true;
			} else {
				char *name = xstrndup(p, (size_t)(tab - p));
				struct xweight *e;
				if ((x->n + 1) * 2 > x->slots)
					xweights_grow(x);
				e = xweights_slot(x, name);
				if (e->name == NULL) {
					e->name = name;
					x->n++;
				} else {
					free(name);
				}
				e->w = w;
			}
		}
		p = *eol ? eol + 1 : eol;
	}
	if (!have_threshold) {
		*cause = xstrdup("speech-weights.tsv: no threshold line");
		xweights_free(x);
		*out = NULL;
		return -1;
	}
	*out = x;
	return 0;
}

void
xweights_free(struct xweights *x)
{
	size_t i;

	if (x == NULL)
		return;
	for (i = 0; i < x->slots; i++)
		free(x->v[i].name);
	free(x->v);
	free(x);
}

double
xweights_get(const struct xweights *x, const char *feature)
{
	const struct xweight *e;

	if (x == NULL)
		return 0;
	e = xweights_slot(x, feature);
	return e->name != NULL ? e->w : 0;
}

double
xweights_threshold(const struct xweights *x)
{
	return x == NULL ? 0 : x->threshold;
}

size_t
xweights_size(const struct xweights *x)
{
	return x == NULL ? 0 : x->n;
}
