/* words.c: the closed word classes extraction relies on (folded forms). */
#include "config.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

/* Function words: never a topic, a term or part of a name. */
static const char *const words_stop[] = {
	"في", "من", "علي", "عن", "ان", "انه", "انها", "بان", "بانه", "مع", "هذا",
	"هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "و", "او", "ثم", "لا", "لم", "لن", "ما",
	"قد", "كان", "كانت", "يكون", "هو", "هي", "هم", "نحن", "كل", "بعد", "قبل", "عند", "حول",
	"بين", "خلال", "حتي", "اي", "اذا", "لكن", "ولكن", "كما", "وقد", "ايضا", "فقط", "الا",
	"به", "بها", "له", "لها", "لهم", "منه", "منها", "فيه", "فيها", "عليه", "عليها", "ب", "ل",
	"ف", "وفي", "ومن", "وان", "فان", "انه", "اليوم", "امس", "قال", "وقال", "اضاف", "واضاف",
	"اكد", "واكد", "اشار", "واشار", "وذلك", "لذلك", "هناك", "هنا", "وهو", "وهي", "التى", "عام",
	"العام", "يوم", "منذ", "غير", "دون", "بشان", "اطار", "سياق", "جانب", "الجانب", "ضمن",
	"وكان", "يتم", "تم", "حيث", "عبر", "لدي", "الي", "انّ", "الان", "مثل", "اكثر", "اما",
	"وفق", "وفقا", "بحسب", "حسب", "بسبب", "نحو", "جميع", "بعض", "عدد", "وقت", "عبر", "كذلك",
	"ولا", "وما", "بما", "مما", "فيما", "وهذا", "بذلك", "اذ", "لقد", "سوف", "ليس", "فان", NULL
};

static int
words_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The stop words sorted, once for all threads (analyses run in several at once). */
static const char *words_sorted[sizeof words_stop / sizeof words_stop[0]];
static size_t words_longest;
static struct xkeys words_keys;
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static void
words_sort(void)
{
	size_t n;

	for (n = 0; words_stop[n]; n++) {
		words_sorted[n] = words_stop[n];
		if (strlen(words_stop[n]) > words_longest)
			words_longest = strlen(words_stop[n]);
	}
	qsort(words_sorted, n, sizeof *words_sorted, words_cmp);
	xkeys_build(&words_keys, words_sorted, n, sizeof *words_sorted, 0);
}

bool
extract_stopword(const char *folded)
{
	size_t at;

	pthread_once(&words_once, words_sort);
	/* most words are longer than any function word: no search for them */
	if (strnlen(folded, words_longest + 1) > words_longest)
		return false;
	return xkeys_find(&words_keys, folded, &at) > 0;
}
