/*
 * import.c: walking paths, reading and decoding files, and storing each
 * article whole: articles are batched in transactions, and a bad article
 * never leaves half of itself behind and never takes the others with it
 * (see struct batch).
 *
 * Three kinds of thread share the work.  A reader walks the paths and
 * parses the files, and queues what it finds (articles, failures, skipped
 * paths) in order, numbered.  Workers (opts->jobs of them) take the queued
 * articles in any order and do what needs no store: NFC, the hash's
 * inputs, the caller's prepare (extraction).  The calling thread is the
 * only one that touches the store and calls the callbacks: it takes the
 * items strictly in their order, so the archive is the same whatever the
 * threads' timing.
 */
#include "config.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#endif

#include "import/import.h"

#define QUEUE_ITEMS 1024              /* items between the reader and the writer */
#define WORKER_NICE 10                /* how far workers yield to the writer (Linux) */
#define QUEUE_BYTES ((size_t)64 << 20) /* text queued before the reader waits */
/*
 * Articles the workers may have taken ahead of the writer.  A prepared
 * article holds its analysis and its tokens (several times its text) until
 * the writer stores it: workers faster than the writer would otherwise fill
 * the queue with them.  It is also what they can do while the writer
 * commits a batch (a second or so, its full-text index): at 256 they
 * stopped then, and the writer waited for them afterwards, 5.5 s of a 33 s
 * import (sched_switch); at 512 the corpus imports in 0.92x the wall time
 * (5 pairs of whole-process timings, A/B) for some 5 MB more at the peak.
 */
#define WORKER_LEAD 512

/* What the reader found, in order. */
enum item_kind {
	ITEM_ARTICLE, /* a parsed article (workers prepare it) */
	ITEM_FAIL,    /* a failure: reason (file level when where is NULL) */
	ITEM_SKIP,    /* a path left out on purpose: file is the path, reason why */
	ITEM_FILE,    /* a file done: progress */
	ITEM_END,     /* nothing more */
};

enum item_state { ITEM_EMPTY, ITEM_QUEUED, ITEM_TAKEN, ITEM_READY };

/* One queued item: everything it says is its own copy. */
struct item {
	enum item_kind kind;
	enum item_state state;
	struct article a;     /* ITEM_ARTICLE: NFC once prepared */
	char *file, *where, *origin, *reason;
	long files;           /* files begun, as the reader counted them then */
	size_t bytes;         /* bytes read then */
	size_t size;          /* the text it holds (for QUEUE_BYTES) */
	void *prepared;       /* what opts->prepare gave */
	struct store_pretok *tokens; /* its full-text tokens, made ahead */
	char *error;          /* preparing failed (NFC): why */
};

/* The ordered queue between the reader, the workers and the writer. */
struct queue {
	pthread_mutex_t lock;
	pthread_cond_t space, work, ready;
	struct item v[QUEUE_ITEMS];
	unsigned long head, tail, next; /* next to write, next to fill, next to prepare */
	size_t bytes;
	bool stop;            /* the writer stops: the reader and workers end */
};

/*
 * The open transaction's articles.  A batch is first stored without
 * savepoints (store_savepoints): with one per article, and one more around
 * its analysis, SQLite copied every page an article touched into a
 * statement journal (spilled to a temporary file) and called FTS5's
 * savepoint hooks at every statement, for a failure that real news does
 * not bring.  Its articles are kept (their text: an analysis is several
 * times bigger) until the commit.  When one fails, the
 * whole transaction is rolled back and stored again, each article in its
 * own savepoint as before, the kept ones analysed again by the writer, and
 * the rest of the batch goes on so: the failure loses only itself, is
 * reported once, and the archive is the one a savepoint per article gives.
 */
struct kept {
	struct article a;
	char *file, *where;
};

struct batch {
	struct kept *v;
	size_t n, cap;
	size_t bytes;           /* text kept: the batch ends early past BATCH_KEPT_BYTES */
	long imported, updated, unchanged; /* of the kept, as counted in the stats */
	bool guarded;           /* a savepoint per article (after a failure, or KHABAR_TEST_GUARDED) */
};

#define BATCH_KEPT_BYTES ((size_t)16 << 20)

/* One import run. */
struct run {
	struct store *st;
	const struct import_opts *o;
	struct import_stats *stats;
	const char *file;   /* the file being read, as the user named it */
	char *origin;       /* its absolute path */
	int in_batch;       /* articles in the open transaction */
	struct batch batch; /* what it holds, to store it again */
	bool guarded;       /* every batch guarded (KHABAR_TEST_GUARDED: what the tests compare with) */
	char *fatal;        /* a store failure that stops everything */
	bool sizing;        /* the first pass, which only adds up sizes */
	FILE *f;            /* the file being read */
	size_t base;        /* bytes of the files before it */
	struct queue *q;    /* the reader's way to the writer */
	long files;         /* the reader's count of files */
	size_t bytes;       /* the reader's count of bytes */
	struct seen *seen;  /* folders walked so far (this pass), so links cannot loop */
	size_t nseen, seen_cap;
};

/* A folder by identity: links to it share its device and inode. */
struct seen {
	dev_t dev;
	ino_t ino;
};

/* ---- The queue ---- */

/* Queue an item (the reader); false when the writer has stopped. */
static bool
queue_put(struct run *r, struct item *it)
{
	struct queue *q = r->q;
	struct item *slot;
	bool ok;

	it->files = r->files;
	it->bytes = r->bytes;
	pthread_mutex_lock(&q->lock);
	while (!q->stop && (q->tail - q->head == QUEUE_ITEMS ||
			    (q->bytes + it->size > QUEUE_BYTES && q->tail != q->head)))
		pthread_cond_wait(&q->space, &q->lock);
	ok = !q->stop;
	if (ok) {
		slot = &q->v[q->tail++ % QUEUE_ITEMS];
		*slot = *it;
		q->bytes += it->size;
		slot->state = it->kind == ITEM_ARTICLE ? ITEM_QUEUED : ITEM_READY;
		pthread_cond_broadcast(slot->state == ITEM_QUEUED ? &q->work : &q->ready);
	}
	pthread_mutex_unlock(&q->lock);
	if (!ok) {
		article_clear(&it->a);
		free(it->file);
		free(it->where);
		free(it->origin);
		free(it->reason);
	}
	return ok;
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* A failure, in its place in the order. */
static void
fail(struct run *r, const char *where, const char *reason)
{
	struct item it = { .kind = ITEM_FAIL };

	it.file = dup_or_null(r->file);
	it.where = dup_or_null(where);
	it.reason = xstrdup(reason ? reason : "failed");
	queue_put(r, &it);
}

/* Something left out on purpose: not a failure, but the user hears of it. */
static void
skip(struct run *r, const char *path, const char *why)
{
	struct item it = { .kind = ITEM_SKIP };

	if (r->sizing)
		return;
	it.file = xstrdup(path);
	it.reason = xstrdup(why);
	queue_put(r, &it);
}

/* Has the writer stopped (a store failure)? */
static bool
stopped(struct run *r)
{
	bool stop;

	if (r->q == NULL)
		return false;
	pthread_mutex_lock(&r->q->lock);
	stop = r->q->stop;
	pthread_mutex_unlock(&r->q->lock);
	return stop;
}

/* What a file type is called in a message about skipping it. */
static const char *
kind_of(mode_t m)
{
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISSOCK(m))
		return "a socket";
	if (S_ISCHR(m) || S_ISBLK(m))
		return "a device";
	return "not a regular file";
}

/* Count words as runs of non-space characters (cheap; good enough for "words"). */
static int64_t
count_words(const char *s)
{
	int64_t n = 0;
	bool in = false;

	for (; *s; s++) {
		bool sp = *s == ' ' || *s == '\n' || *s == '\t';
		n += !sp && !in;
		in = !sp;
	}
	return n;
}

/* Copy an article's fields (the parser's are gone once its callback returns). */
static void
article_copy(struct article *d, const struct article *a)
{
	memset(d, 0, sizeof *d);
	d->title = dup_or_null(a->title);
	d->source = dup_or_null(a->source);
	d->url = dup_or_null(a->url);
	d->date = dup_or_null(a->date);
	d->ref_date = dup_or_null(a->ref_date);
	d->author = dup_or_null(a->author);
	d->content = dup_or_null(a->content);
}

/* Queue one parsed article (the reader); where is NULL or "record N". */
static void
queue_article(struct run *r, const struct article *in, const char *where)
{
	struct item it = { .kind = ITEM_ARTICLE };

	article_copy(&it.a, in);
	if (r->origin[0] != '\0') /* stdin has no identity but its content */
		it.a.origin = where ? xasprintf("%s#%s", r->origin, where) : xstrdup(r->origin);
	it.file = dup_or_null(r->file);
	it.where = dup_or_null(where);
	it.size = (in->content ? strlen(in->content) : 0) + (in->title ? strlen(in->title) : 0);
	queue_put(r, &it);
}

/* NFC in place: s is replaced by its NFC when it is not NFC already.  -1 with *cause. */
static int
nfc_in_place(char **s, char **cause)
{
	char *n;

	if (*s == NULL || !text_nfc_needed(*s, strlen(*s)))
		return 0;
	if ((n = text_nfc(*s, strlen(*s), NULL, cause)) == NULL)
		return -1;
	free(*s);
	*s = n;
	return 0;
}

/*
 * What a worker does to an article: everything that needs no store.  An
 * article the archive holds unchanged (as far as peek sees) is not
 * prepared: the writer will leave it alone.
 */
static void
prepare_item(const struct import_opts *o, void *worker, struct store_peek *peek,
	     struct store_pretokenizer *ptk, struct item *it)
{
	char *cause = NULL;

	if (nfc_in_place(&it->a.title, &cause) != 0 || nfc_in_place(&it->a.content, &cause) != 0) {
		it->error = cause;
		return;
	}
	it->a.words = count_words(it->a.content ? it->a.content : "");
	if (store_peek_unchanged(peek, &it->a))
		return;
	it->tokens = store_pretokenize(ptk, it->a.title, it->a.content);
	if (o->prepare)
		it->prepared = o->prepare(o->ctx, worker, &it->a);
}

/* Report a failure in file, at where (the writer). */
static void
report(struct run *r, const char *file, const char *where, const char *reason)
{
	r->stats->failed++;
	if (r->o->failure)
		r->o->failure(r->o->ctx, file, where, reason);
}

/* Forget the batch's kept articles (the transaction is over). */
static void
batch_forget(struct run *r)
{
	size_t i;

	for (i = 0; i < r->batch.n; i++) {
		article_clear(&r->batch.v[i].a);
		free(r->batch.v[i].file);
		free(r->batch.v[i].where);
	}
	r->batch.n = 0;
	r->batch.bytes = 0;
	r->batch.imported = r->batch.updated = r->batch.unchanged = 0;
	r->batch.guarded = r->guarded;
}

/* Keep the item's article for the rest of the transaction (taken from it). */
static void
batch_keep(struct run *r, struct item *it)
{
	struct batch *b = &r->batch;
	struct kept *k;

	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->v = xrealloc(b->v, b->cap * sizeof *b->v);
	}
	k = &b->v[b->n++];
	k->a = it->a;
	k->file = it->file;
	k->where = it->where;
	memset(&it->a, 0, sizeof it->a);
	it->file = it->where = NULL;
	b->bytes += it->size;
}

/* Count a stored article. */
static void
count_stored(struct run *r, enum store_put what)
{
	if (what == STORE_INSERTED)
		r->stats->imported++;
	else if (what == STORE_UPDATED)
		r->stats->updated++;
	else
		r->stats->unchanged++;
}

/*
 * Store one article inside its own savepoint (the writer), and report
 * what failed: the article is left out, or kept without its analysis.
 */
static void
store_guarded(struct run *r, const struct article *a, const char *file, const char *where, void *prepared)
{
	enum store_put what;
	char *cause = NULL, *ignored = NULL;
	int64_t id;
	int after = 0;

	if (store_savepoint(r->st, "article", &cause) != 0) {
		r->fatal = cause;
		return;
	}
	if (store_put_article(r->st, a, &id, &what, &cause) != 0 ||
	    (r->o->after && (after = r->o->after(r->o->ctx, r->st, id, a, what, prepared, &cause)) < 0)) {
		if (store_savepoint_rollback(r->st, "article", &ignored) != 0)
			free(ignored);
		store_article_abandoned(r->st);
		report(r, file, where, cause ? cause : "could not be stored");
		free(cause);
		return;
	}
	if (store_savepoint_release(r->st, "article", &ignored) != 0)
		free(ignored);
	if (after > 0) { /* stored, but its analysis failed: say so and go on */
		char *why = xasprintf("analysis failed, article stored without it"
				      " (khabar reindex tries again): %s", cause);
		r->stats->analysis_failed++;
		if (r->o->failure)
			r->o->failure(r->o->ctx, file, where, why);
		free(why);
	}
	free(cause);
	count_stored(r, what);
}

/* Store one article without a savepoint: 0, or -1 when the batch must be stored again. */
static int
store_unguarded(struct run *r, const struct article *a, void *prepared)
{
	enum store_put what;
	char *cause = NULL;
	int64_t id;
	int rc = 0;

	store_savepoints(r->st, false);
	if (store_put_article(r->st, a, &id, &what, &cause) != 0 ||
	    (r->o->after && r->o->after(r->o->ctx, r->st, id, a, what, prepared, &cause) != 0))
		rc = -1;
	store_savepoints(r->st, true);
	free(cause);
	if (rc != 0)
		return -1;
	count_stored(r, what);
	r->batch.imported += what == STORE_INSERTED;
	r->batch.updated += what == STORE_UPDATED;
	r->batch.unchanged += what == STORE_UNCHANGED;
	return 0;
}

/*
 * The batch failed at the item's article: roll it all back and store it
 * again, guarded, the kept articles analysed again here, then that one.
 */
static void
batch_replay(struct run *r, struct item *it)
{
	char *cause = NULL;
	size_t i;

	store_rollback(r->st);
	r->stats->imported -= r->batch.imported;
	r->stats->updated -= r->batch.updated;
	r->stats->unchanged -= r->batch.unchanged;
	r->batch.guarded = true;
	r->in_batch = 0;
	if (store_begin(r->st, &cause) != 0) {
		r->fatal = cause;
		return;
	}
	for (i = 0; i < r->batch.n && r->fatal == NULL; i++, r->in_batch++)
		store_guarded(r, &r->batch.v[i].a, r->batch.v[i].file, r->batch.v[i].where, NULL);
	if (r->fatal == NULL) {
		store_guarded(r, &it->a, it->file, it->where, it->prepared);
		r->in_batch++;
	}
}

/* Store one prepared article (the writer). */
static void
store_item(struct run *r, struct item *it)
{
	char *cause = NULL;

	if (it->error != NULL) {
		report(r, it->file, it->where, it->error);
		return;
	}
	if (r->in_batch == 0) {
		if (store_begin(r->st, &cause) != 0) {
			r->fatal = cause;
			return;
		}
		batch_forget(r);
	}
	store_pretok_offer(r->st, it->tokens);
	it->tokens = NULL;
	if (r->batch.guarded) {
		store_guarded(r, &it->a, it->file, it->where, it->prepared);
		r->in_batch++;
	} else if (store_unguarded(r, &it->a, it->prepared) == 0) {
		batch_keep(r, it);
		r->in_batch++;
	} else {
		batch_replay(r, it);
	}
	if (r->fatal == NULL &&
	    (r->in_batch >= (r->o->batch > 0 ? r->o->batch : IMPORT_DEFAULT_BATCH) ||
	     r->batch.bytes > BATCH_KEPT_BYTES)) {
		if (store_commit(r->st, &cause) != 0)
			r->fatal = cause;
		r->in_batch = 0;
		batch_forget(r);
	}
}

/* Where the reader is in the file (a FIFO has no position). */
static void
record_progress(struct run *r)
{
	off_t at;

	if (r->f != NULL && (at = ftello(r->f)) >= 0)
		r->bytes = r->base + (size_t)at;
}

static int
json_record(void *ctx, const char *where, const struct article *a, const char *error)
{
	struct run *r = ctx;

	record_progress(r);
	if (a == NULL)
		fail(r, where, error);
	else
		queue_article(r, a, where);
	return stopped(r);
}

static void
import_stream(struct run *r, FILE *f)
{
	struct item done = { .kind = ITEM_FILE };
	char *cause = NULL;
	size_t len = 0;

	r->files++;
	r->f = f;
	r->base = r->bytes;
	if (import_read(f, r->o->encoding, json_record, r, &len, &cause) < 0 && !stopped(r))
		fail(r, NULL, cause);
	r->f = NULL;
	r->bytes = r->base + len;
	queue_put(r, &done);
	free(cause);
}

/*
 * Open path for reading without ever blocking on it: only regular files, and
 * a FIFO the user named (reading it is what they asked for), get read.
 */
static FILE *
open_file(const char *path, bool named, char **cause)
{
	struct stat sb;
	int fd, flags = O_RDONLY | O_NOCTTY | O_NONBLOCK;
	FILE *f;

	if (named && stat(path, &sb) == 0 && S_ISFIFO(sb.st_mode))
		flags &= ~O_NONBLOCK; /* wait for its writer, as cat would */
	if ((fd = open(path, flags)) < 0) {
		*cause = xstrdup(strerror(errno));
		return NULL;
	}
	if (fstat(fd, &sb) != 0 || !(S_ISREG(sb.st_mode) || (named && S_ISFIFO(sb.st_mode)))) {
		*cause = xasprintf("not a regular file (%s)", kind_of(sb.st_mode));
		close(fd);
		return NULL;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	if ((f = fdopen(fd, "rb")) == NULL) {
		*cause = xstrdup(strerror(errno));
		close(fd);
	}
	return f;
}

static void
import_file(struct run *r, const char *path, bool named)
{
	char abs[PATH_MAX], *cause = NULL;
	FILE *f;

	r->file = path;
	r->origin = xstrdup(realpath(path, abs) ? abs : path);
	f = open_file(path, named, &cause);
	if (f == NULL) {
		r->files++;
		fail(r, NULL, cause);
	} else {
		import_stream(r, f);
		fclose(f);
	}
	free(cause);
	free(r->origin);
	r->origin = NULL;
}

/* Files a directory walk picks up (named files are always read). */
static bool
wanted_in_dir(const char *name)
{
	static const char *const exts[] = { ".txt", ".text", ".json", ".ndjson", ".jsonl", NULL };
	size_t n = strlen(name), e;
	int i;

	if (name[0] == '.')
		return false;
	for (i = 0; exts[i]; i++) {
		e = strlen(exts[i]);
		if (n > e && strcasecmp(name + n - e, exts[i]) == 0)
			return true;
	}
	return false;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Record a folder as walked; false when it already was (a link back to it). */
static bool
first_visit(struct run *r, const struct stat *sb)
{
	size_t i;

	for (i = 0; i < r->nseen; i++)
		if (r->seen[i].dev == sb->st_dev && r->seen[i].ino == sb->st_ino)
			return false;
	if (r->nseen == r->seen_cap)
		r->seen = xrealloc(r->seen, (r->seen_cap = r->seen_cap ? r->seen_cap * 2 : 16) * sizeof *r->seen);
	r->seen[r->nseen].dev = sb->st_dev;
	r->seen[r->nseen++].ino = sb->st_ino;
	return true;
}

/*
 * Call fn on every file below a folder (sorted), or on the path itself.
 * Links are followed, but never into a folder already walked; inside a
 * folder, anything but regular files and folders (FIFOs, sockets, devices)
 * is skipped and reported, since reading it could block forever.
 */
static void
walk(struct run *r, const char *path, bool named, void (*fn)(struct run *, const char *, bool))
{
	struct dirent *d;
	struct stat sb;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	DIR *dir;

	if (!r->sizing && stopped(r))
		return;
	if (stat(path, &sb) != 0) {
		if (r->sizing)
			return;
		r->file = path;
		r->files++;
		fail(r, NULL, strerror(errno));
		return;
	}
	if (!S_ISDIR(sb.st_mode)) {
		if (S_ISREG(sb.st_mode) || (named && S_ISFIFO(sb.st_mode)))
			fn(r, path, named);
		else if (named && !r->sizing) {
			char *why = xasprintf("not a regular file (%s)", kind_of(sb.st_mode));
			r->file = path;
			r->files++;
			fail(r, NULL, why);
			free(why);
		} else
			skip(r, path, kind_of(sb.st_mode));
		return;
	}
	if (!first_visit(r, &sb)) {
		skip(r, path, "a folder already walked (a link loop)");
		return;
	}
	if ((dir = opendir(path)) == NULL) {
		if (r->sizing)
			return;
		r->file = path;
		fail(r, NULL, strerror(errno));
		return;
	}
	while ((d = readdir(dir)) != NULL) {
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0 || d->d_name[0] == '.')
			continue;
		if (n == cap)
			names = xrealloc(names, (cap = cap ? cap * 2 : 32) * sizeof *names);
		names[n++] = xasprintf("%s/%s", path, d->d_name);
	}
	closedir(dir);
	qsort(names, n, sizeof *names, cmp_str);
	for (i = 0; i < n; i++) {
		const char *base = strrchr(names[i], '/') + 1;
		if (stat(names[i], &sb) == 0 && (S_ISDIR(sb.st_mode) || wanted_in_dir(base)))
			walk(r, names[i], false, fn);
		free(names[i]);
	}
	free(names);
}

static void
add_size(struct run *r, const char *path, bool named)
{
	struct stat sb;

	(void)named;
	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		r->stats->total_bytes += (size_t)sb.st_size;
}

/* The reader thread: walk every path, queue what it finds, then the end. */
struct reader {
	struct run *r;
	const char *const *paths;
	int npaths;
};

static void *
reader_main(void *arg)
{
	struct reader *rd = arg;
	struct run *r = rd->r;
	struct item end = { .kind = ITEM_END };
	int i;

	for (i = 0; i < rd->npaths && !stopped(r); i++) {
		if (strcmp(rd->paths[i], "-") == 0) {
			r->file = "<stdin>";
			r->origin = xstrdup("");
			import_stream(r, r->o->stdin_file ? r->o->stdin_file : stdin);
			free(r->origin);
			r->origin = NULL;
		} else {
			walk(r, rd->paths[i], true, import_file);
		}
		r->nseen = 0; /* a folder named twice is imported twice, as before */
	}
	queue_put(r, &end);
	return NULL;
}

/* Take the next queued article to prepare, waiting for one; NULL at the end. */
static struct item *
queue_take(struct queue *q)
{
	struct item *it = NULL;

	pthread_mutex_lock(&q->lock);
	for (;;) {
		while (q->next < q->tail && q->v[q->next % QUEUE_ITEMS].state != ITEM_QUEUED)
			q->next++;
		/* (the writer may have passed next: a failure is ready as soon as it is queued) */
		if (q->stop || (q->next < q->tail && q->next < q->head + WORKER_LEAD))
			break;
		pthread_cond_wait(&q->work, &q->lock);
	}
	if (!q->stop) {
		it = &q->v[q->next++ % QUEUE_ITEMS];
		it->state = ITEM_TAKEN;
	}
	pthread_mutex_unlock(&q->lock);
	return it;
}

/* A worker thread: prepare articles until the writer stops. */
struct worker {
	pthread_t thread;
	struct queue *q;
	const struct import_opts *o;
	const char *path;     /* the archive, for a read-only look at it */
};

static void *
worker_main(void *arg)
{
	struct worker *w = arg;
	void *state = w->o->worker_new ? w->o->worker_new(w->o->ctx) : NULL;
	struct store_peek *peek = store_peek_open(w->path);
	struct store_pretokenizer *ptk = store_pretokenizer_new(w->path);
	struct item *it;

#ifdef __linux__
	/*
	 * The writer is the one thread that cannot be split: when the workers
	 * are as many as the cores, an even share of the CPU leaves it two
	 * thirds of a core and the import waits on it.  Workers yield to it.
	 */
	(void)setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), WORKER_NICE);
#endif
	while ((it = queue_take(w->q)) != NULL) {
		prepare_item(w->o, state, peek, ptk, it);
		pthread_mutex_lock(&w->q->lock);
		it->state = ITEM_READY;
		pthread_cond_broadcast(&w->q->ready);
		pthread_mutex_unlock(&w->q->lock);
	}
	if (w->o->worker_free)
		w->o->worker_free(w->o->ctx, state);
	store_pretokenizer_free(ptk);
	store_peek_close(peek);
	return NULL;
}

/* Free what an item holds. */
static void
item_clear(const struct import_opts *o, struct item *it)
{
	article_clear(&it->a);
	free(it->file);
	free(it->where);
	free(it->origin);
	free(it->reason);
	free(it->error);
	store_pretok_free(it->tokens);
	if (it->prepared != NULL && o->prepared_free)
		o->prepared_free(o->ctx, it->prepared);
	memset(it, 0, sizeof *it);
}

/* Handle one item in its turn (the writer); false at the end. */
static bool
write_item(struct run *r, struct item *it)
{
	r->stats->files = it->files;
	r->stats->bytes = it->bytes;
	switch (it->kind) {
	case ITEM_ARTICLE:
		store_item(r, it);
		break;
	case ITEM_FAIL:
		report(r, it->file, it->where, it->reason);
		break;
	case ITEM_SKIP:
		if (r->o->skipped)
			r->o->skipped(r->o->ctx, it->file, it->reason);
		break;
	case ITEM_FILE:
	case ITEM_END:
		break;
	}
	if (r->o->progress && it->kind != ITEM_SKIP)
		r->o->progress(r->o->ctx, r->stats);
	return it->kind != ITEM_END;
}

/* The writer: take the items in order until the end or a store failure. */
static void
writer_loop(struct run *r, struct queue *q)
{
	struct item it, *slot;
	bool more = true;

	while (more && r->fatal == NULL) {
		pthread_mutex_lock(&q->lock);
		slot = &q->v[q->head % QUEUE_ITEMS];
		while (q->head == q->tail || slot->state != ITEM_READY)
			pthread_cond_wait(&q->ready, &q->lock);
		it = *slot;
		slot->state = ITEM_EMPTY;
		q->head++;
		q->bytes -= it.size;
		pthread_cond_broadcast(&q->space);
		if (q->next + 1 == q->head + WORKER_LEAD) /* a worker may be waiting for the writer */
			pthread_cond_broadcast(&q->work);
		pthread_mutex_unlock(&q->lock);
		more = write_item(r, &it);
		item_clear(r->o, &it);
	}
	pthread_mutex_lock(&q->lock);
	q->stop = true;
	pthread_cond_broadcast(&q->space);
	pthread_cond_broadcast(&q->work);
	pthread_mutex_unlock(&q->lock);
}

/* The items left in the queue once every thread has ended. */
static void
queue_drain(const struct import_opts *o, struct queue *q)
{
	for (; q->head != q->tail; q->head++)
		item_clear(o, &q->v[q->head % QUEUE_ITEMS]);
}

int
import_paths(struct store *st, const char *const *paths, int npaths,
	     const struct import_opts *opts, struct import_stats *stats, char **cause)
{
	struct run r = { .st = st, .o = opts, .stats = stats, .sizing = true };
	struct queue *q = xcalloc(1, sizeof *q);
	struct reader rd = { &r, paths, npaths };
	int i, nworkers = opts->jobs > 0 ? opts->jobs : 1, checkpoints = 0;
	struct worker *w = xcalloc((size_t)nworkers, sizeof *w);
	pthread_t reader;

	memset(stats, 0, sizeof *stats);
	r.guarded = r.batch.guarded = getenv("KHABAR_TEST_GUARDED") != NULL;
	for (i = 0; i < npaths; i++) {
		if (strcmp(paths[i], "-") != 0)
			walk(&r, paths[i], true, add_size);
		r.nseen = 0;
	}
	r.sizing = false;
	if (nworkers > 1) { /* the writer is the critical path: copying the WAL goes to a thread */
		char *why = NULL;
		if ((checkpoints = store_checkpoints_start(st, 0, &why)) < 0)
			free(why); /* the commits checkpoint, as without */
	}
	pthread_mutex_init(&q->lock, NULL);
	pthread_cond_init(&q->space, NULL);
	pthread_cond_init(&q->work, NULL);
	pthread_cond_init(&q->ready, NULL);
	r.q = q;
	for (i = 0; i < nworkers; i++) {
		w[i].q = q;
		w[i].o = opts;
		w[i].path = store_path(st);
		if (pthread_create(&w[i].thread, NULL, worker_main, &w[i]) != 0) {
			r.fatal = xstrdup("cannot start a worker thread");
			nworkers = i;
			break;
		}
	}
	if (r.fatal == NULL && pthread_create(&reader, NULL, reader_main, &rd) != 0)
		r.fatal = xstrdup("cannot start the reader thread");
	else if (r.fatal == NULL) {
		writer_loop(&r, q);
		pthread_join(reader, NULL);
	}
	if (r.fatal != NULL) { /* the workers may wait for work that never comes */
		pthread_mutex_lock(&q->lock);
		q->stop = true;
		pthread_cond_broadcast(&q->work);
		pthread_mutex_unlock(&q->lock);
	}
	for (i = 0; i < nworkers; i++)
		pthread_join(w[i].thread, NULL);
	queue_drain(opts, q);
	pthread_mutex_destroy(&q->lock);
	pthread_cond_destroy(&q->space);
	pthread_cond_destroy(&q->work);
	pthread_cond_destroy(&q->ready);
	free(q);
	free(w);
	free(r.seen);
	if (r.in_batch > 0 && r.fatal == NULL && store_commit(st, &r.fatal) != 0)
		store_rollback(st);
	batch_forget(&r);
	free(r.batch.v);
	if (checkpoints > 0)
		store_checkpoints_stop(st);
	if (r.fatal != NULL) {
		store_rollback(st);
		*cause = r.fatal;
		return -1;
	}
	return 0;
}
