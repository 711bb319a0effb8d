/*
 * src/text: UTF-8, normalisation, Arabic folding, stemming and word
 * boundaries.  The lowest layer of khabar; it depends only on ICU and
 * libstemmer and never prints.
 *
 * Ownership: functions that return char * return a malloc'd string the
 * caller frees, unless the comment says otherwise.
 */
#ifndef KHABAR_TEXT_H
#define KHABAR_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>

/* A growable byte buffer, always NUL-terminated when data != NULL. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_init(struct buf *b);
void buf_free(struct buf *b);
void buf_reset(struct buf *b);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
void buf_add_cp(struct buf *b, uint32_t cp);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/*
 * Append everything f has left.  Returns 0, or -1 with errno set on a read
 * error, or with errno EFBIG when the buffer would pass max bytes (0: no
 * limit).  The buffer is NUL-terminated either way.
 */
int buf_read(struct buf *b, FILE *f, size_t max);
/* A whole file in a malloc'd string (length in *len); NULL with errno set. */
char *buf_read_file(const char *path, size_t *len);
/* Hand the buffer's string to the caller (never NULL); the buffer is reset. */
char *buf_detach(struct buf *b);

/* xmalloc and friends abort on out-of-memory: there is no useful recovery. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* qsort comparator of int64_t, ascending. */
int text_int64_cmp(const void *a, const void *b);
/* FNV-1a, 64 bits, of len bytes: for in-memory hash tables. */
uint64_t text_fnv1a(const char *s, size_t len);
/*
 * A 64-bit hash of len bytes, eight at a time (FNV-1a takes them one by
 * one): for the in-memory tables extraction probes for most words of an
 * article.  Never stored; its low bits are mixed, for power-of-two tables.
 */
uint64_t text_hash(const char *s, size_t len);
/* A 64-bit hash of len bytes (FNV-1a, then splitmix64's avalanche) as 16 hex digits. */
void text_hash_hex(const char *s, size_t len, char out[17]);

/* ---- UTF-8 (utf8.c) ---- */

/*
 * Decode one code point at s[*pos] (len bytes in all).  Returns the code
 * point and advances *pos; on an invalid sequence returns -1 and advances
 * *pos by one byte.  Overlong forms, surrogates and values past U+10FFFF are
 * invalid.
 */
int32_t utf8_next(const char *s, size_t len, size_t *pos);

/* utf8_next, with one- and two-byte sequences (ASCII, Arabic) decoded in line: for hot loops. */
static inline int32_t
utf8_next_inline(const char *s, size_t len, size_t *pos)
{
	const unsigned char *p = (const unsigned char *)s + *pos;

	if (p[0] < 0x80) {
		(*pos)++;
		return p[0];
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF && *pos + 1 < len && (p[1] & 0xC0) == 0x80) {
		*pos += 2;
		return (int32_t)(((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu));
	}
	return utf8_next(s, len, pos);
}
/* Write cp as UTF-8 into out (4 bytes room); returns the byte count. */
size_t utf8_put(uint32_t cp, char *out);
/* Byte offset of the first invalid sequence, or -1 when s is valid UTF-8. */
long utf8_invalid_at(const char *s, size_t len);
/* Number of code points in s (invalid bytes count as one each). */
size_t utf8_count(const char *s, size_t len);
/* Byte offset of code point number cp (clamped to len). */
size_t utf8_offset_of(const char *s, size_t len, size_t cp);
/* Code point index of byte offset off. */
size_t utf8_index_of(const char *s, size_t len, size_t off);

/* ---- Normalisation and folding (fold.c) ---- */

/* NFC of s; returns NULL and sets *cause on an ICU failure. */
char *text_nfc(const char *s, size_t len, size_t *outlen, char **cause);
/* False when s is surely NFC already (a quick scan, no copy): text_nfc would give s back. */
bool text_nfc_needed(const char *s, size_t len);

/*
 * The one Arabic folding function, used both when indexing and when
 * querying: NFKC; harakat U+064B-U+065F and U+0670 removed; tatweel
 * removed; format characters removed; أ إ آ ٱ -> ا; ى -> ي; ة -> ه; ؤ -> و;
 * ئ -> ي; Persian yeh and keheh -> ي ك; Arabic-Indic and Eastern
 * Arabic-Indic digits -> ASCII; presentation forms -> letters (by NFKC);
 * case folded.  Appends to out.
 */
void text_fold_into(struct buf *out, const char *s, size_t len);
char *text_fold(const char *s, size_t len);
/*
 * The collation key of s (ICU's Arabic order): keys compare with memcmp
 * as the strings sort.  Allocated; NULL when ICU has no collator.
 */
unsigned char *text_sort_key(const char *s, size_t len, size_t *keylen);
/* Fold one code point (after NFKC); returns 0 when the code point is dropped. */
uint32_t text_fold_cp(uint32_t cp);
/* True for Arabic letters U+0620-U+064A, U+066E-U+06D3, U+06FA-U+06FF. */
bool text_is_arabic_letter(uint32_t cp);

/* ---- Finding text in text (find.c) ---- */

/*
 * Find query in s as search folds it (text_fold_cp after NFKC, so الاسرى
 * finds الأسرى and case does not count; any run of white space matches
 * any other).  cb gets each match's byte range in s, in order, matches not
 * overlapping; it returns non-zero to stop, and that value is returned.
 * Otherwise returns the number of matches (0 for an empty query).
 */
typedef int (*text_find_cb)(void *ctx, size_t start, size_t end);
int text_find_each(const char *s, size_t len, const char *query, size_t qlen, text_find_cb cb,
		   void *ctx);

/* ---- Stemming (stem.c) ---- */

/* Snowball's Arabic stemmer with a cache of recent words.  Not thread-safe. */
struct text_stemmer;
struct text_stemmer *text_stemmer_new(void);
void text_stemmer_free(struct text_stemmer *st);
/*
 * Stem of a folded word.  The result is owned by the stemmer and valid until
 * the next call; *outlen gets its length.
 */
const char *text_stem(struct text_stemmer *st, const char *word, size_t len, size_t *outlen);

/* ---- Words (words.c) ---- */

/*
 * Calls cb for each word or number in s by ICU's word-break rules
 * (UAX #29); start and end are byte offsets into s.  Marks stay inside
 * their word.  cb returns non-zero to stop; that value is returned.
 * A struct text_words keeps the ICU iterator between calls (they are costly
 * to open).
 */
struct text_words;
struct text_words *text_words_new(void);
void text_words_free(struct text_words *w);
typedef int (*text_word_cb)(void *ctx, const char *s, size_t start, size_t end);
int text_words_each(struct text_words *w, const char *s, size_t len, text_word_cb cb, void *ctx);
/*
 * Sentences by ICU's sentence break iterator (UAX #29; ؟ and ! end one too),
 * with ICU's English abbreviations ("Mr.", "Jan.") and those of abbrevs
 * (data/abbreviations.tsv's text: one a line, before a TAB; # comments; may
 * be NULL) kept from ending one ("Inc.", "د."): cb gets each sentence's byte
 * range, without the spaces and line ends after it.  A sentence never goes
 * past a line end (a paragraph).  Returns cb's first non-zero value, 0, or
 * -1 when ICU fails.
 */
int text_sentences_each(const char *s, size_t len, const char *abbrevs, text_word_cb cb,
			void *ctx);

/* ---- Safety (safe.c) ---- */

/*
 * True for code points that must never reach a terminal: C0 and C1
 * controls, DEL.  (ESC is a C0 control.)
 */
bool text_is_control(uint32_t cp);
/*
 * True for code points that show nothing: white space of any kind (NBSP
 * included), controls and format characters (ZWSP, LRM, RLM, BOM ...).
 */
bool text_is_blank_cp(int32_t cp);
/* True when s has no code point that shows something (empty included). */
bool text_is_blank(const char *s, size_t len);
/*
 * Copy s into out with every control character replaced by a visible
 * substitute (U+FFFD); tab and newline are kept only when keep_space.
 * Invalid UTF-8 bytes become U+FFFD too.
 */
void text_sanitize_into(struct buf *out, const char *s, size_t len, bool keep_space);
/*
 * text_sanitize_into (keep_space false) with the bidi controls of s
 * balanced, so that none reaches past the end of s: an embedding or
 * override (LRE RLE LRO RLO) or isolate (LRI RLI FSI) left open is closed
 * at the end (PDF, PDI), a PDF or PDI that closes nothing is dropped, and
 * so are openers nested deeper than TEXT_BIDI_MAX_DEPTH.  With isolate,
 * the whole is wrapped in FSI ... PDI: a field (a title, a name) then
 * takes its own direction and cannot reorder the text around it.
 */
void text_bidi_balance_into(struct buf *out, const char *s, size_t len, bool isolate);
#define TEXT_BIDI_MAX_DEPTH 60

/*
 * A URL fit to go into a terminal escape sequence (an OSC 8 hyperlink) or a
 * Markdown autolink (<...>):
 * only http:// and https:// (any case), at most TEXT_URI_MAX bytes once
 * encoded; every byte outside printable ASCII (controls, ESC, BEL, DEL,
 * space, C1 and all non-ASCII bytes) is percent-encoded, so nothing in it
 * can end the sequence or start another.  Appends to out and returns true,
 * or leaves out as it was and returns false.
 */
bool text_uri_for_terminal(struct buf *out, const char *url);

/*
 * The direction of text by its first strong character (UAX #9 P2, isolates
 * skipped): "rtl", "ltr", or NULL when it has none.  For metadata (W3C
 * textDirection), not for layout.
 */
const char *text_direction(const char *s);
/* True when s has a letter of the Arabic script. */
bool text_has_arabic(const char *s);
#define TEXT_URI_MAX 2048

#endif
