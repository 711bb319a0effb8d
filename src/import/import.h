/*
 * src/import: reading articles from files.  Plain text (with optional
 * front matter), JSON arrays and NDJSON (SaudiNewsNet's layout included);
 * UTF-8, UTF-16 with BOM, Windows-1256 and ISO-8859-6 (detected by ICU).
 *
 * Nothing here prints: progress and failures go to callbacks.
 */
#ifndef KHABAR_IMPORT_H
#define KHABAR_IMPORT_H

#include <stddef.h>
#include <stdio.h>

#include "store/store.h"
#include "text/text.h"

/* ---- Decoding (decode.c) ---- */

/*
 * Turn raw bytes into UTF-8 (BOM removed, CRLF kept as is).  forced names an
 * ICU converter (e.g. "windows-1256") or is NULL to detect.  *detected gets a
 * static name of the encoding used.  On failure *cause says what and where
 * (e.g. "invalid UTF-8 at byte offset 123").
 */
int import_decode(const char *data, size_t len, const char *forced, struct buf *out,
		  const char **detected, char **cause);

/* ---- Parsing (plain.c, json.c) ---- */

/*
 * Parse a plain-text article (UTF-8): front matter, headline, boilerplate,
 * paragraphs.  Fills a's title, source, url, date, content (one paragraph
 * a line; not yet NFC).  On a bad header *cause names the line.
 */
int import_parse_text(const char *s, size_t len, struct article *a, char **cause);

/* Normalise a date written YYYY-MM-DD[...], YYYY/MM/DD, YYYY-MM or YYYY. */
char *import_parse_date(const char *s);

/*
 * Called for each JSON record; where is "record N" (0-based index in an
 * array) or "line N" (NDJSON).  On a bad record a is NULL and error says why.
 */
typedef int (*import_record_cb)(void *ctx, const char *where, const struct article *a,
				const char *error);
/*
 * Walk a JSON array or NDJSON text, one record at a time (the whole array
 * is never parsed into memory at once).  A bad record is reported through
 * cb with error set and a NULL article; a truncated file stops the walk.
 * Returns -1 with *cause when the text is not JSON at all.
 */
int import_parse_json(const char *s, size_t len, import_record_cb cb, void *ctx, char **cause);

/* ---- Importing (import.c) ---- */

struct import_stats {
	long imported, updated, unchanged, failed;
	long analysis_failed; /* stored, but not analysed (also counted as imported or updated) */
	long files;
	size_t bytes;       /* bytes read so far */
	size_t total_bytes; /* bytes to read (known after the scan) */
};

/*
 * Called after each article is stored (within its transaction): 0 when
 * done; negative fails the article (it is not stored); positive keeps it
 * and reports *cause as a failure of its analysis.
 */
typedef int (*import_after_cb)(void *ctx, struct store *st, int64_t id, const struct article *a,
			       enum store_put what, char **cause);

struct import_opts {
	const char *encoding;  /* force an encoding (NULL: detect) */
	int batch;             /* articles per transaction (0: default) */
	/* A failure: file, record (-1 when none) and reason. */
	void (*failure)(void *ctx, const char *file, const char *where, const char *reason);
	/* Progress, called at most every few milliseconds' worth of work. */
	void (*progress)(void *ctx, const struct import_stats *s);
	import_after_cb after;
	void *ctx;
	FILE *stdin_file;      /* what "-" reads (NULL: stdin) */
};

/*
 * Import files, directories (recursively, sorted) and "-" (stdin).  Bad
 * files are reported and skipped; each article is stored whole or not at
 * all.  Returns -1 only when the store itself fails.
 */
int import_paths(struct store *st, const char *const *paths, int npaths,
		 const struct import_opts *opts, struct import_stats *stats, char **cause);

#endif
