/*
 * checkpoint.c: WAL checkpoints on a thread of their own during a long
 * import.  SQLite checkpoints in the thread that commits, once the WAL
 * passes wal_autocheckpoint pages: the writer, the import's critical path,
 * spent a tenth of its time copying pages from the WAL into the archive
 * and waiting for them to reach the disk.  While store_checkpoints_start
 * is in effect the writer's connection does not checkpoint.  Once the WAL
 * holds as many pages as made the commits checkpoint (STORE_WAL_AUTO), a
 * second connection to the same archive runs a passive checkpoint, which
 * never waits for the writer nor makes it wait, while the writer goes on
 * with the next transaction.
 *
 * SQLite starts the WAL over only when a write transaction begins with all
 * of the WAL copied, and the writer begins the next transaction as soon as
 * it commits.  So the commit after the big checkpoint asks for a second
 * one, of that one transaction's pages, and the transaction after it
 * begins once that is done.  The writer waits for one transaction's pages
 * where it used to copy all of them; the WAL starts over at about the
 * size it did.
 *
 * While the thread runs, the WAL is not cut back when it starts over
 * (journal_size_limit): each new frame then overwrites one the file
 * already has, where a WAL cut to 64 MB had to grow by about 200 MB a
 * round, and the file system allocated and zeroed every block of it
 * again (a fifth of the writer's commits on the corpus, half of them on
 * its third copy).  The limit comes back when the thread stops; the last
 * connection to close removes the WAL.
 */
#include "config.h"
#include <pthread.h>
#include <stdlib.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "store/store-private.h"

struct store_checkpoints {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;  /* the thread: a checkpoint is asked for, or stop */
	pthread_cond_t idle;  /* the writer: a checkpoint is done */
	sqlite3 *db;          /* the checkpointer's own connection */
	unsigned long asked;  /* checkpoints asked for */
	unsigned long done;   /* of them, those that have run */
	bool stop;
	int frames;           /* in the WAL after the last commit (the WAL hook) */
	int phase;            /* 0; 1 the big checkpoint asked; 2 the second: wait at the next begin */
	int pages;            /* the WAL's size that asks for the big one */
};

/*
 * How far the thread yields to the writer (Linux), as the import's workers
 * do: copying pages is work that can wait, and on a large archive it took
 * a share of the CPU the writer, the import's critical path, was waiting
 * for (the third copy of the corpus into two: wall 0.93x, the first into
 * an empty archive unchanged; 3 pairs of whole-process timings, A/B).
 */
#define CHECKPOINT_NICE 10

static void *
checkpoints_main(void *arg)
{
	struct store_checkpoints *c = arg;
	unsigned long asked;

#ifdef __linux__
	(void)setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), CHECKPOINT_NICE);
#endif
	pthread_mutex_lock(&c->lock);
	for (;;) {
		while (!c->stop && c->done == c->asked)
			pthread_cond_wait(&c->wake, &c->lock);
		if (c->done == c->asked) /* stopped, nothing left to do */
			break;
		asked = c->asked;
		pthread_mutex_unlock(&c->lock);
		/* A failure (the archive busy) leaves the pages in the WAL for the next one. */
		(void)sqlite3_wal_checkpoint_v2(c->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		pthread_mutex_lock(&c->lock);
		c->done = asked;
		pthread_cond_broadcast(&c->idle);
	}
	pthread_mutex_unlock(&c->lock);
	return NULL;
}

/* The writer's WAL hook, in place of SQLite's automatic checkpoint: remember the WAL's size. */
static int
checkpoints_hook(void *arg, sqlite3 *db, const char *name, int frames)
{
	(void)db;
	(void)name;
	((struct store_checkpoints *)arg)->frames = frames;
	return SQLITE_OK;
}

int
store_checkpoints_start(struct store *st, int pages, char **cause)
{
	struct store_checkpoints *c;

	if (st->checkpoints != NULL || st->readonly)
		return 0;
	c = xcalloc(1, sizeof *c);
	/* (a connection knows the archive is in WAL mode once it has read it) */
	if (sqlite3_open_v2(st->path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
	    sqlite3_busy_timeout(c->db, 5000) != SQLITE_OK ||
	    sqlite3_exec(c->db, "PRAGMA schema_version", NULL, NULL, NULL) != SQLITE_OK) {
		store_fail(c->db, "opening the archive for checkpoints", cause);
		sqlite3_close(c->db);
		free(c);
		return -1;
	}
	pthread_mutex_init(&c->lock, NULL);
	pthread_cond_init(&c->wake, NULL);
	pthread_cond_init(&c->idle, NULL);
	if (pthread_create(&c->thread, NULL, checkpoints_main, c) != 0) {
		pthread_mutex_destroy(&c->lock);
		pthread_cond_destroy(&c->wake);
		pthread_cond_destroy(&c->idle);
		sqlite3_close(c->db);
		free(c);
		*cause = xstrdup("cannot start the checkpoint thread");
		return -1;
	}
	c->pages = pages > 0 ? pages : STORE_WAL_AUTO;
	(void)sqlite3_exec(st->db, "PRAGMA journal_size_limit=-1", NULL, NULL, NULL);
	sqlite3_wal_hook(st->db, checkpoints_hook, c);
	st->checkpoints = c;
	return 1;
}

static void
checkpoints_ask(struct store_checkpoints *c)
{
	pthread_mutex_lock(&c->lock);
	c->asked++;
	pthread_cond_signal(&c->wake);
	pthread_mutex_unlock(&c->lock);
}

void
store_checkpoints_commit(struct store *st)
{
	struct store_checkpoints *c = st->checkpoints;

	if (c == NULL)
		return;
	if (c->phase == 1) {
		checkpoints_ask(c);
		c->phase = 2;
	} else if (c->phase == 0 && c->frames >= c->pages) {
		checkpoints_ask(c);
		c->phase = 1;
	}
}

void
store_checkpoints_begin(struct store *st)
{
	struct store_checkpoints *c = st->checkpoints;

	if (c == NULL || c->phase != 2)
		return;
	pthread_mutex_lock(&c->lock);
	while (c->done != c->asked)
		pthread_cond_wait(&c->idle, &c->lock);
	pthread_mutex_unlock(&c->lock);
	c->phase = 0;
}

void
store_checkpoints_stop(struct store *st)
{
	struct store_checkpoints *c = st->checkpoints;

	if (c == NULL)
		return;
	pthread_mutex_lock(&c->lock);
	c->stop = true;
	pthread_cond_signal(&c->wake);
	pthread_mutex_unlock(&c->lock);
	pthread_join(c->thread, NULL);
	pthread_mutex_destroy(&c->lock);
	pthread_cond_destroy(&c->wake);
	pthread_cond_destroy(&c->idle);
	sqlite3_close(c->db);
	free(c);
	st->checkpoints = NULL;
	sqlite3_wal_autocheckpoint(st->db, STORE_WAL_AUTO);
	(void)sqlite3_exec(st->db, "PRAGMA journal_size_limit=" STORE_STR(STORE_WAL_LIMIT), NULL, NULL, NULL);
}
