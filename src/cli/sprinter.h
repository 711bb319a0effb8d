/*
 * sprinter.h: one printer for a command's records (after notmuch's
 * sprinter).  A command describes each record once, field by field: its
 * JSON key and value, and how the field reads in the text form (a printf
 * format, text from an article, or nothing).  With --json the printer
 * builds one array of objects and writes it at the end; without, it writes
 * each text row as the record is described.  So the two forms cannot drift
 * apart: a field added to a record is in both, or said to be in one.
 *
 *	struct sprinter p;
 *	sprinter_init(&p);
 *	... for each record:
 *		sp_int(&p, "id", a->id, "%5lld ");
 *		sp_text(&p, "title", a->title, NULL, NULL);
 *		sp_end(&p);
 *	return sp_done(&p, rc, cause);
 */
#ifndef KHABAR_SPRINTER_H
#define KHABAR_SPRINTER_H

#include <stdbool.h>

#include <jansson.h>

struct sprinter {
	bool json;   /* --json: records are objects of one array */
	json_t *arr; /* the array (json) */
	json_t *obj; /* the record being described (json), NULL between records */
};

/* A printer for --json or text, as the command line asked. */
void sprinter_init(struct sprinter *p);
/*
 * A printer of one record (a command's summary): sp_one ends it, writing the
 * JSON object or ending the text row.
 */
void sprinter_init_one(struct sprinter *p);
void sp_one(struct sprinter *p);

/* An integer; the text form prints it with fmt (one %lld), none when fmt is NULL. */
void sp_int(struct sprinter *p, const char *key, long long v, const char *fmt);
/* A real number; text as fmt (one %f-style conversion) or none. */
void sp_real(struct sprinter *p, const char *key, double v, const char *fmt);
/* true or false; the text form prints yes or no (either may be NULL or ""). */
void sp_bool(struct sprinter *p, const char *key, bool v, const char *yes, const char *no);
/*
 * A short string (a date, a kind, a source) or null; the text form prints
 * it cleaned (controls made safe, bidi balanced; NULL as "undated" unless
 * none is given) with fmt (one %s), none when fmt is NULL.
 */
void sp_str(struct sprinter *p, const char *key, const char *v, const char *fmt);
void sp_str_or(struct sprinter *p, const char *key, const char *v, const char *fmt, const char *none);
/*
 * Text from an article or a feed (a title, a name, a statement) or null:
 * the text form writes it as a field of the row (cli_put: laid out in app
 * mode, isolated otherwise), between before and after, nothing when it is
 * NULL or empty.  sp_text_pad writes none for NULL and pads it to pad code
 * points.
 */
void sp_text(struct sprinter *p, const char *key, const char *v, const char *before, const char *after);
void sp_text_pad(struct sprinter *p, const char *key, const char *v, int pad, const char *none);
/*
 * A list joined by U+001F (aliases, sources, topics): an array of strings;
 * the text form writes its items joined by sep between before and after,
 * nothing when the list is empty or sep is NULL.
 */
void sp_list(struct sprinter *p, const char *key, const char *joined, const char *before, const char *sep,
	     const char *after);
/*
 * A search snippet, its matches between STORE_MARK_OPEN and STORE_MARK_CLOSE:
 * in --json one line with the matches in [ ]; in text on one line between
 * open and close (cli_put_marked).
 */
void sp_marked(struct sprinter *p, const char *key, const char *snippet, const char *open, const char *close);
/* A JSON value of the record only (the reference is taken). */
void sp_json(struct sprinter *p, const char *key, json_t *v);
/* Text of the row only: a literal, or a line of article text written as one paragraph (cli_put). */
void sp_lit(struct sprinter *p, const char *s);
void sp_para(struct sprinter *p, const char *s);
/* The record is complete: the text row ends, the object joins the array. */
void sp_end(struct sprinter *p);
/*
 * The listing is over: on failure (rc != 0) print cause, else with --json
 * the array.  Frees cause and what the printer holds; the exit status.
 */
int sp_done(struct sprinter *p, int rc, char *cause);

#endif
