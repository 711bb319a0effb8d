/* token.c: a text as words, numbers and punctuation marks with both kinds of offsets. */
#include "config.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "extract/extract.h"

/* Part of a word: letters, digits, combining marks, tatweel. */
static bool
token_word_cp(int32_t cp)
{
	if (cp < 0)
		return false;
	if (cp == 0x0640 || u_isalnum(cp))
		return true;
	return u_charType(cp) == U_NON_SPACING_MARK || u_charType(cp) == U_COMBINING_SPACING_MARK;
}

static bool
token_space_cp(int32_t cp)
{
	return cp < 0 || u_isUWhiteSpace(cp) || cp == 0x200C || cp == 0x200D || cp == 0x200E ||
	       cp == 0x200F || cp == 0xFEFF;
}

/* A word turns into a number or back (1436هـ is two tokens); marks stay. */
static bool
token_class_changes(bool digits, int32_t cp)
{
	if (cp == 0x0640 || u_charType(cp) == U_NON_SPACING_MARK)
		return false;
	return (u_isdigit(cp) != 0) != digits;
}

/*
 * The classes above of the code points below U+0700 (ASCII, Latin, the
 * Arabic block: nearly every character of an article), asked of ICU once
 * for all threads.
 */
#define TOKEN_TABLE 0x0700
enum { TOKEN_WORD = 1, TOKEN_SPACE = 2, TOKEN_DIGIT = 4, TOKEN_KEEPS = 8 };
static unsigned char token_class[TOKEN_TABLE];
static pthread_once_t token_class_once = PTHREAD_ONCE_INIT;

/* The classes of cp asked of ICU (-1: an invalid byte, a space and no word). */
static unsigned
token_classes_of(int32_t cp)
{
	return (token_word_cp(cp) ? TOKEN_WORD : 0) | (token_space_cp(cp) ? TOKEN_SPACE : 0) |
	       (cp >= 0 && u_isdigit(cp) ? TOKEN_DIGIT : 0) |
	       (cp >= 0 && !token_class_changes(false, cp) && !token_class_changes(true, cp) ? TOKEN_KEEPS : 0);
}

static void
token_class_init(void)
{
	int32_t cp;

	for (cp = 0; cp < TOKEN_TABLE; cp++)
		token_class[cp] = (unsigned char)token_classes_of(cp);
}

/* The classes of cp, from the table when it holds them. */
static inline unsigned
token_classes(int32_t cp)
{
	return cp >= 0 && cp < TOKEN_TABLE ? token_class[cp] : token_classes_of(cp);
}

static void
token_push(struct xtoks *t, size_t *cap, const struct xtok *k)
{
	if (t->n == *cap)
		t->v = xrealloc(t->v, (*cap = *cap ? *cap * 2 : 256) * sizeof *t->v);
	t->v[t->n++] = *k;
}

/*
 * Fill a token's number, and add its folded form to folds (with its NUL).
 * k->fold is set when the split is done: folds moves as it grows.
 */
static void
token_finish(struct xtoks *t, struct xtok *k, struct buf *folds)
{
	size_t at = folds->len;
	const char *f, *p;

	text_fold_into(folds, t->text + k->b0, k->b1 - k->b0);
	buf_add(folds, "", 1);
	f = folds->data + at;
	k->fold = NULL;
	k->num = k->word && f[0] != '\0';
	for (p = f; *p && k->num; p++)
		k->num = *p >= '0' && *p <= '9';
	k->value = k->num && strlen(f) < 9 ? atol(f) : -1;
}

void
xtoks_split(struct xtoks *t, const char *text, size_t len)
{
	size_t pos = 0, cp = 0, cap = 0, prev, i;
	bool nl = true, in = false;
	struct xtok k = { 0 };
	struct buf folds;
	const char *f;
	unsigned cls;
	int32_t c;

	memset(t, 0, sizeof *t);
	buf_init(&folds);
	t->text = text;
	t->len = len;
	pthread_once(&token_class_once, token_class_init);
	while (pos < len) {
		prev = pos;
		c = utf8_next_inline(text, len, &pos);
		cls = token_classes(c);
		/* token_class_changes(k.digits, c): neither a mark nor tatweel, and a digit where the word is not */
		if (in && (!(cls & TOKEN_WORD) ||
			   (!(cls & TOKEN_KEEPS) && ((cls & TOKEN_DIGIT) != 0) != k.digits))) {
			k.b1 = prev;
			k.c1 = cp;
			token_finish(t, &k, &folds);
			token_push(t, &cap, &k);
			in = false;
		}
		if (c == '\n')
			nl = true;
		if (!(cls & TOKEN_SPACE) && !in) {
			memset(&k, 0, sizeof k);
			k.b0 = prev;
			k.c0 = cp;
			k.nl = nl;
			nl = false;
			k.word = (cls & TOKEN_WORD) != 0;
			if (k.word) {
				in = true;
				k.digits = (cls & TOKEN_DIGIT) != 0;
			} else {
				k.b1 = pos;
				k.c1 = cp + 1;
				token_finish(t, &k, &folds);
				token_push(t, &cap, &k);
			}
		}
		cp++;
	}
	if (in) {
		k.b1 = len;
		k.c1 = cp;
		token_finish(t, &k, &folds);
		token_push(t, &cap, &k);
	}
	/* One allocation for the folds of every token, in token order. */
	t->folds = buf_detach(&folds);
	for (f = t->folds, i = 0; i < t->n; i++) {
		t->v[i].fold = (char *)f;
		f += strlen(f) + 1;
	}
	t->end.b0 = t->end.b1 = len;
	t->end.c0 = t->end.c1 = cp;
	t->end.fold = (char *)"";
	t->end.value = -1;
	t->end.nl = true;
}

void
xtoks_free(struct xtoks *t)
{
	free(t->folds);
	free(t->v);
	memset(t, 0, sizeof *t);
}

const char *
xtok_unprefixed(const struct xtok *k, char *buf, size_t size)
{
	const char *f = k->fold;
	size_t n = strlen(f);

	/* و ف ب ل are two bytes each in UTF-8 (U+0648 U+0641 U+0628 U+0644). */
	if (n > 4 && (strncmp(f, "و", 2) == 0 || strncmp(f, "ف", 2) == 0 ||
		      strncmp(f, "ب", 2) == 0 || strncmp(f, "ل", 2) == 0)) {
		f += 2;
		n -= 2;
	}
	if (size == 0)
		return buf;
	/* What snprintf(buf, size, "%s", f) would make, without its formatting machinery. */
	if (n >= size)
		n = size - 1;
	memcpy(buf, f, n);
	buf[n] = '\0';
	return buf;
}

bool
xtok_is(const struct xtoks *t, size_t i, const char *p)
{
	const struct xtok *k = xtok_at(t, i);

	return !k->word && strcmp(k->fold, p) == 0;
}
