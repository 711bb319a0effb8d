/*
 * src/cli: the command-line client.  One file per subcommand, dispatched
 * from the table in commands.def.  Only this layer and ui/ print.
 */
#ifndef KHABAR_CLI_H
#define KHABAR_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

#include "app/app.h"
#include "store/store.h"
#include "text/text.h"

/* Options every command takes. */
struct cli {
	const char *db;   /* --db PATH */
	bool json;        /* --json */
	const char *prog; /* argv[0] for messages */
	int bidi;         /* --bidi MODE: enum bidi_term_mode, app by default */
	bool bidi_given;  /* --bidi was on the command line (it beats the config file) */
	bool reindexing;  /* the command brings extraction up to date: no note that it is not */
};

extern struct cli cli;

#define CMD(name, fn, usage, summary) int fn(int argc, char **argv);
#include "cli/commands.def"
#undef CMD

/* Long options every command accepts, to append to a command's own. */
#define CLI_COMMON_OPTIONS                                      \
	{ "db", required_argument, NULL, 0x100 },               \
	{ "json", no_argument, NULL, 0x101 },                   \
	{ "bidi", required_argument, NULL, 0x102 },             \
	{ "help", no_argument, NULL, 'h' }

/*
 * Handle a common option (returns true when c was one).  For 'h' it prints
 * the command's help and exits 0.
 */
bool cli_common_option(int c, const char *command);
/* Print "khabar: message" to stderr; returns 1 (the usual exit status). */
int cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print the usage line of a command to stderr and return 2. */
int cli_usage(const char *command);
/* Print the help of one command to stdout. */
void cli_command_help(const char *command);

/*
 * Open the archive (importing the bundled articles into an empty one).
 * When its extraction is out of date (app_extraction_stale) a note on
 * stderr says why and to run khabar reindex.
 */
struct store *cli_open_store(void);
/*
 * cli_open_store for a command that writes: a read-only archive is one
 * error line naming it, and exit 1, before anything is tried.
 */
struct store *cli_open_store_rw(const char *command);

/*
 * Write text from an article: control characters become U+FFFD.  On a
 * terminal in --bidi app mode each line of it is laid out (visual order,
 * Arabic joined) where it stands, wrapped in the columns left of the row
 * (its further rows start at the same column; a right-to-left paragraph
 * that takes several rows is right-aligned); cli_put_para starts a row and
 * lays each line out as a paragraph in the terminal's width, right-aligning
 * right-to-left ones.  Elsewhere both write the logical text.
 */
void cli_put(FILE *f, const char *s);
void cli_put_para(FILE *f, const char *s);
/*
 * cli_put for running text rather than a field: where khabar does not lay
 * it out, its bidi controls are balanced but it is not isolated (an
 * isolate would hide its letters from the direction of its line).
 */
void cli_put_text(FILE *f, const char *s);
/*
 * "FIELD: TEXT" as one paragraph for cli_put, the field (a speaker's name)
 * isolated with its bidi controls balanced so that they cannot reach the
 * text.  NULL field: "?".  Caller frees.
 */
char *cli_field_line(const char *field, const char *text);
/*
 * s (or "undated" when NULL) made safe for cli_printf: controls become
 * U+FFFD, bidi controls are balanced.  For short fields printed with a
 * width, such as dates.  Caller frees.
 */
char *cli_clean(const char *s);
/*
 * Write a search snippet (matches between STORE_MARK_OPEN and
 * STORE_MARK_CLOSE) on one line, the matches between open and close.  On
 * a terminal in app mode it is laid out like cli_put, and the strings go
 * around the matched cells wherever reordering put them.
 */
void cli_put_marked(FILE *f, const char *s, const char *open, const char *close);
/* printf to stdout for rows that cli_put continues: it follows the column. */
void cli_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/*
 * Wait until the terminal has drawn what was written: mlterm applies its
 * bidi switch to lines not drawn yet.  Does nothing unless mlterm is true.
 */
void cli_term_sync(bool mlterm);
/* Write a JSON value to stdout, C1 controls and DEL escaped too. */
void cli_put_json(json_t *v);
/* A JSON string or null. */
json_t *cli_json_str(const char *s);
/* An annotation as `khabar annotations --json` gives it. */
json_t *cli_annotation_json(const struct store_annotation *a);
/*
 * End a listing command: on failure (rc != 0) print cause, else print arr
 * when --json.  Frees cause and arr; returns the exit status.
 */
int cli_list_done(int rc, char *cause, json_t *arr);
/* Parse a positive integer argument (the whole string); -1 when not one. */
long long cli_parse_id(const char *s);
/*
 * Parse a numeric option's value strictly: the whole string a decimal
 * integer in [min, max].  Otherwise print "khabar: WHAT: 'S' is not a whole
 * number from MIN to MAX" (sanitized) and return false: the caller exits 2.
 */
bool cli_number(const char *what, const char *s, long long min, long long max, long long *out);
/* Seconds on a monotonic clock (progress lines, the time a command took). */
double cli_now(void);
/*
 * getopt_long that never lets getopt print: an unknown option or a missing
 * value is reported here through cli_error (so sanitized, prefixed by the
 * command when not NULL) and returned as '?'.
 */
int cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts,
	       const char *command);
/* The largest --limit any command takes. */
#define CLI_LIMIT_MAX 1000000000LL

#endif
