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

/*
 * The same, a chunk at a time, so a file is never in memory whole.  The
 * encoding is chosen from the first chunk (64 KiB) as import_decode would;
 * offsets in messages are the file's.  import_decoder_read appends the next
 * piece of UTF-8 to out (possibly nothing): 1, then 0 at the end, -1 with
 * *cause on a read or decoding error.
 */
struct import_decoder;
struct import_decoder *import_decoder_open(FILE *f, const char *forced);
int import_decoder_read(struct import_decoder *d, struct buf *out, char **cause);
/* The encoding in use (static), and the bytes read so far. */
const char *import_decoder_encoding(const struct import_decoder *d);
size_t import_decoder_offset(const struct import_decoder *d);
void import_decoder_close(struct import_decoder *d);

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
/*
 * One record's text, as "record 0" of an array: read by the fast reader of
 * flat objects when it can (fast), else by jansson (fuzz-json compares them).
 */
int import_json_record(const char *s, size_t len, bool fast, import_record_cb cb, void *ctx);

/*
 * The same walk fed in pieces (import_parse_json is new, feed, end, free):
 * each record is handed to cb as soon as its last byte arrives, and only
 * the record being read is kept.  feed and end return what
 * import_parse_json would (non-zero stops the walk); after ']' closes an
 * array, done is true and the rest is ignored.
 */
struct import_json;
struct import_json *import_json_new(import_record_cb cb, void *ctx);
int import_json_feed(struct import_json *j, const char *s, size_t len, char **cause);
int import_json_end(struct import_json *j, char **cause);
bool import_json_done(const struct import_json *j);
void import_json_free(struct import_json *j);

/* ---- Reading a file (read.c) ---- */

/*
 * Read one file or stream: decode it a chunk at a time and hand each
 * article to cb (where is NULL for a plain-text file).  JSON is walked as
 * it comes, so memory is bounded by the largest record; a plain-text file
 * is one article and is read whole (up to 1 GiB).  *bytes counts what was
 * read.  Returns -1 with *cause when the file as a whole fails (reading,
 * decoding, not JSON, a bad plain-text header); non-zero from cb stops.
 */
int import_read(FILE *f, const char *encoding, import_record_cb cb, void *ctx, size_t *bytes,
		char **cause);

/* ---- Importing (import.c) ---- */

struct import_stats {
	long imported, updated, unchanged, failed;
	long analysis_failed; /* stored, but not analysed (also counted as imported or updated) */
	long files;
	size_t bytes;       /* bytes read so far */
	size_t total_bytes; /* bytes to read (known after the scan) */
};

/*
 * Called after each article is stored (within its transaction), with what
 * prepare gave for it (NULL without prepare): 0 when done; negative fails
 * the article (it is not stored); positive keeps it and reports *cause as
 * a failure of its analysis.
 */
typedef int (*import_after_cb)(void *ctx, struct store *st, int64_t id, const struct article *a,
			       enum store_put what, void *prepared, char **cause);

/* Articles per transaction by default (import, and reindex, which must batch as import did). */
#define IMPORT_DEFAULT_BATCH 1024

struct import_opts {
	const char *encoding;  /* force an encoding (NULL: detect) */
	int batch;             /* articles per transaction (0: default) */
	/* A failure: file, record (-1 when none) and reason. */
	void (*failure)(void *ctx, const char *file, const char *where, const char *reason);
	/*
	 * Something a folder walk left out on purpose, and why: a FIFO, socket
	 * or device found in a folder (reading it could block forever), or a
	 * link back to a folder already walked.  Not counted as a failure.
	 */
	void (*skipped)(void *ctx, const char *path, const char *why);
	/* Progress, called at most every few milliseconds' worth of work. */
	void (*progress)(void *ctx, const struct import_stats *s);
	import_after_cb after;
	/*
	 * Work on an article that needs no store (its analysis), done by the
	 * worker threads before it is stored, in any order and several at a
	 * time: a has its final (NFC) text.  What it returns goes to after,
	 * then to prepared_free.  worker is the thread's own state, made by
	 * worker_new in the thread and freed by worker_free there (NULLs: none).
	 */
	void *(*prepare)(void *ctx, void *worker, const struct article *a);
	void (*prepared_free)(void *ctx, void *prepared);
	void *(*worker_new)(void *ctx);
	void (*worker_free)(void *ctx, void *worker);
	int jobs;              /* worker threads (0: one) */
	void *ctx;
	FILE *stdin_file;      /* what "-" reads (NULL: stdin) */
};

/*
 * Import files, directories (recursively, sorted) and "-" (stdin).  Bad
 * files are reported and skipped; each article is stored whole or not at
 * all.  Files are read by a thread of their own and articles prepared by
 * opts->jobs worker threads; the store is written and every callback but
 * prepare is called by the calling thread only, in the order of the files,
 * so the archive does not depend on the threads' timing.  A folder walk follows links but never into a folder it has already
 * walked, and reads only regular files; a named FIFO is read (it may block
 * until a writer comes), other named non-regular files fail.  Returns -1
 * only when the store itself fails.
 */
int import_paths(struct store *st, const char *const *paths, int npaths,
		 const struct import_opts *opts, struct import_stats *stats, char **cause);

#endif
