/*
 * src/app: what both clients (the CLI and the ncurses UI) need to start:
 * where the database and the bundled data are, and opening the archive
 * (importing the bundled articles into an empty one).  No printing.
 */
#ifndef KHABAR_APP_H
#define KHABAR_APP_H

#include "import/import.h"
#include "store/store.h"

/*
 * The database path: opt (--db) if given, else $KHABAR_DB, else
 * $XDG_DATA_HOME/khabar/khabar.db, else ~/.local/share/khabar/khabar.db.
 * Caller frees.
 */
char *app_db_path(const char *opt);
/*
 * For an archive named by --db (opt) or $KHABAR_DB, not the default: its
 * folder must exist (khabar makes no folders for it), -1 with *cause
 * otherwise; *fresh says whether there is no archive there yet (the caller
 * says so).  0 and *fresh false for the default archive.
 */
int app_db_check(const char *opt, const char *path, bool *fresh, char **cause);

/*
 * The bundled data folder (articles/, lexicons): $KHABAR_DATA_DIR, else the
 * source tree's data/ when running from the build tree, else the installed
 * one.  Caller frees.
 */
char *app_data_dir(void);

/* Fill import options with what every import does: extraction. */
void app_import_opts(struct import_opts *o);

/*
 * Run extraction over one stored article and store the results (title:
 * its stored title or NULL, for follow-ups in stories; ref: a
 * reference date for relative dates or NULL; date: the date the import
 * gave, or NULL).  The lexicons come from app_data_dir().  0 when done;
 * 1 when the analysis failed or crashed: nothing of it is stored, the
 * article is flagged with *cause (khabar reindex tries it again); -1 when
 * the store failed.
 */
int app_extract_article(struct store *st, int64_t id, const char *title, const char *content,
			const char *ref, const char *date, char **cause);
/*
 * Run fn(arg, cause) with a crash in it (SIGSEGV, SIGBUS, SIGFPE, SIGILL),
 * or more than seconds of CPU time (0: no limit), turned into the return
 * value -2 and a *cause saying which.  For pure computation only: nothing
 * fn was doing is cleaned up.  Sanitizer builds run fn unguarded, so that
 * their reports still stop the program.
 */
int app_guarded(int (*fn)(void *arg, char **cause), void *arg, double seconds, char **cause);
/*
 * Re-run extraction over the whole archive in one transaction; progress
 * (may be NULL) is called after each article, failed (may be NULL) for
 * each article whose analysis failed (it is flagged and the rest go on);
 * *nfailed counts them.
 */
int app_reindex(struct store *st, void (*progress)(void *ctx, long done, long total),
		void (*failed)(void *ctx, int64_t id, const char *reason), void *ctx,
		long *nfailed, char **cause);

/*
 * Whether the archive's dates, speakers, statements and topics are out of date:
 * extracted by another version of khabar's extraction or with other
 * lexicons than app_data_dir()'s (khabar reindex brings them up to date).
 * 0 when current (or the archive is empty); 1 when not, *why saying what
 * changed (caller frees); -1 with *cause.
 */
int app_extraction_stale(struct store *st, char **why, char **cause);

/*
 * Open the archive at path (directories created as needed).  With seed, an
 * empty archive gets the bundled articles (unless it is read-only); *seeded
 * (if not NULL) says how many.  Only the reader seeds, and only the default
 * archive (app_db_is_default): an archive named with --db or $KHABAR_DB,
 * or one that `import` makes, holds what was put in it.
 */
int app_open(const char *path, struct store **st, bool seed, long *seeded, char **cause);
/* True when neither opt (--db) nor $KHABAR_DB names the archive. */
bool app_db_is_default(const char *opt);

#endif
