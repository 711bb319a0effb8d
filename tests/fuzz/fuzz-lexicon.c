/*
 * fuzz-lexicon.c: the lexicon parser (src/extract/lexicon.c) and speech
 * extraction with whatever gazetteer it gives (and data/'s speech words).  The input is speakers.tsv,
 * a NUL, topics.tsv, a NUL, then an article's text; all valid UTF-8, as
 * the files and stored articles are.  The topics.tsv part is also read as
 * entities.tsv (src/extract/entities.c): its countries are looked for in
 * the text and its classes asked of the text's first words.
 */
#include "config.h"

#include "extract/extract.h"
#include "tests/fuzz/fuzz.h"

static struct text_stemmer *stem;
static struct xlex words; /* the speech words of data/, loaded once */

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *cause = NULL;

	stem = text_stemmer_new();
	FUZZ_ASSERT(stem != NULL);
	FUZZ_SETUP(xlex_load_words(&words, KHABAR_SRCDATADIR, &cause) == 0, cause);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *part[3] = { "", "", "" };
	char *s, *p, *end, *cause = NULL, **terms = NULL;
	struct xlex lx;
	struct xtoks t;
	struct xresult r;
	unsigned char *named;
	size_t i, n, nterms = 0;

	if (utf8_invalid_at((const char *)data, size) >= 0)
		return 0;
	s = fuzz_cstr(data, size);
	end = s + size;
	for (i = 0, p = s; i < 3 && p <= end; i++, p += strlen(p) + 1)
		part[i] = p;
	if (xlex_parse(&lx, part[0], part[1], stem, &cause) != 0) {
		FUZZ_ASSERT(cause != NULL);
		free(cause);
		free(s);
		return 0;
	}
	if (xents_new(part[1], &lx.ents, &cause) != 0) {
		FUZZ_ASSERT(cause != NULL && lx.ents == NULL);
		free(cause);
		cause = NULL;
	}
	n = strlen(part[2]);
	memset(&r, 0, sizeof r);
	xtoks_split(&t, part[2], n);
	lx.words = words.words;
	lx.weights = words.weights;
	extract_places(lx.ents, &t, &r.places, &r.nplaces);
	for (i = 0; i < r.nplaces; i++)
		FUZZ_ASSERT(xents_country(lx.ents, r.places[i]) != NULL);
	if (lx.ents != NULL && n < 400) {
		char *f = text_fold(part[2], n);
		(void)xents_class(lx.ents, f);
		(void)xents_fragment(lx.ents, f);
		(void)xents_country_of(lx.ents, f);
		free(f);
	}
	named = xcalloc(t.n + 1, 1);
	extract_speech(&lx, &t, 2021, &r, named);
	extract_topics(&lx, stem, &t, 0, t.n, &r.topics, &r.ntopics);
	for (i = 0; i < r.ntopics; i++)
		FUZZ_ASSERT(r.topics[i] >= 0 && (size_t)r.topics[i] < lx.ntp);
	extract_phrases(&lx, &t, named, &r.phrases, &r.nphrases);
	free(named);
	extract_terms(stem, part[2], &terms, &nterms);
	for (i = 0; i < nterms; i++)
		free(terms[i]);
	free(terms);
	xtoks_free(&t);
	xresult_free(&r);
	lx.words = NULL; /* shared, not this lexicon's */
	lx.weights = NULL;
	xlex_free(&lx);
	free(s);
	return 0;
}
