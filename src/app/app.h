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
 * The bundled data folder (articles/, lexicons): $KHABAR_DATA_DIR, else the
 * source tree's data/ when running from the build tree, else the installed
 * one.  Caller frees.
 */
char *app_data_dir(void);

/* Fill import options with what every import does (extraction, when built). */
void app_import_opts(struct import_opts *o);

/*
 * Open the archive at path (directories created as needed).  An empty
 * archive gets the bundled articles; *seeded (if not NULL) says how many.
 */
int app_open(const char *path, struct store **st, long *seeded, char **cause);

#endif
