/*
 * import.c: walking paths, reading and decoding files, and storing each
 * article whole: articles are batched in transactions, each inside its own
 * savepoint, so a bad article never leaves half of itself behind and never
 * takes the others with it.
 */
#include "config.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import/import.h"

#define DEFAULT_BATCH 256

/* One import run. */
struct run {
	struct store *st;
	const struct import_opts *o;
	struct import_stats *stats;
	const char *file;   /* the file being read, as the user named it */
	char *origin;       /* its absolute path */
	int in_batch;       /* articles in the open transaction */
	char *fatal;        /* a store failure that stops everything */
	bool sizing;        /* the first pass, which only adds up sizes */
	FILE *f;            /* the file being read */
	size_t base;        /* bytes of the files before it */
	struct seen *seen;  /* folders walked so far (this pass), so links cannot loop */
	size_t nseen, seen_cap;
};

/* A folder by identity: links to it share its device and inode. */
struct seen {
	dev_t dev;
	ino_t ino;
};

static void
fail(struct run *r, const char *where, const char *reason)
{
	r->stats->failed++;
	if (r->o->failure)
		r->o->failure(r->o->ctx, r->file, where, reason);
}

/* Something left out on purpose: not a failure, but the user hears of it. */
static void
skip(struct run *r, const char *path, const char *why)
{
	if (!r->sizing && r->o->skipped)
		r->o->skipped(r->o->ctx, path, why);
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

static int
exec_sql(struct store *st, const char *sql, char **cause)
{
	char *err = NULL;

	if (sqlite3_exec(store_db(st), sql, NULL, NULL, &err) != SQLITE_OK) {
		*cause = xasprintf("%s", err ? err : "database error");
		sqlite3_free(err);
		return -1;
	}
	return 0;
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

/*
 * *out = the NFC of s (NULL for NULL), or s itself when it is NFC already:
 * a huge article is not copied for nothing.  Free *out only when it is not
 * s.  -1 with *cause if ICU fails.
 */
static int
nfc_copy(const char *s, char **out, char **cause)
{
	if (s != NULL && !text_nfc_needed(s, strlen(s))) {
		*out = (char *)s;
		return 0;
	}
	*out = s ? text_nfc(s, strlen(s), NULL, cause) : NULL;
	return s != NULL && *out == NULL ? -1 : 0;
}

/* Store one parsed article; where is NULL or "record N". */
static void
store_one(struct run *r, const struct article *in, const char *where)
{
	struct article a = *in;
	enum store_put what;
	char *cause = NULL;
	int64_t id;
	int after = 0;

	a.title = a.content = NULL;
	a.origin = where ? xasprintf("%s#%s", r->origin, where) : xstrdup(r->origin);
	if (r->origin[0] == '\0') { /* stdin has no identity but its content */
		free(a.origin);
		a.origin = NULL;
	}
	if (nfc_copy(in->title, &a.title, &cause) != 0 || nfc_copy(in->content, &a.content, &cause) != 0) {
		fail(r, where, cause);
		goto out;
	}
	a.words = count_words(a.content);
	if (r->in_batch == 0 && store_begin(r->st, &cause) != 0) {
		r->fatal = cause;
		cause = NULL;
		goto out;
	}
	r->in_batch++;
	if (exec_sql(r->st, "SAVEPOINT article", &cause) != 0) {
		r->fatal = cause;
		cause = NULL;
		goto out;
	}
	if (store_put_article(r->st, &a, &id, &what, &cause) != 0 ||
	    (r->o->after && (after = r->o->after(r->o->ctx, r->st, id, &a, what, &cause)) < 0)) {
		exec_sql(r->st, "ROLLBACK TO article; RELEASE article", NULL);
		fail(r, where, cause ? cause : "could not be stored");
		goto out;
	}
	exec_sql(r->st, "RELEASE article", NULL);
	if (after > 0) { /* stored, but its analysis failed: say so and go on */
		char *why = xasprintf("analysis failed, article stored without it"
				      " (khabar reindex tries again): %s", cause);
		r->stats->analysis_failed++;
		if (r->o->failure)
			r->o->failure(r->o->ctx, r->file, where, why);
		free(why);
	}
	if (what == STORE_INSERTED)
		r->stats->imported++;
	else if (what == STORE_UPDATED)
		r->stats->updated++;
	else
		r->stats->unchanged++;
	if (r->in_batch >= (r->o->batch > 0 ? r->o->batch : DEFAULT_BATCH)) {
		if (store_commit(r->st, &cause) != 0) {
			r->fatal = cause;
			cause = NULL;
		}
		r->in_batch = 0;
	}
out:
	free(cause);
	if (a.title != in->title)
		free(a.title);
	if (a.content != in->content)
		free(a.content);
	free(a.origin);
}

/* Progress inside a file: where the reader is in it (a FIFO has no position). */
static void
record_progress(struct run *r)
{
	off_t at;

	if (r->o->progress == NULL || r->f == NULL || (at = ftello(r->f)) < 0)
		return;
	r->stats->bytes = r->base + (size_t)at;
	r->o->progress(r->o->ctx, r->stats);
}

static int
json_record(void *ctx, const char *where, const struct article *a, const char *error)
{
	struct run *r = ctx;

	if (a == NULL)
		fail(r, where, error);
	else
		store_one(r, a, where);
	record_progress(r);
	return r->fatal != NULL;
}

static void
import_stream(struct run *r, FILE *f)
{
	char *cause = NULL;
	size_t len = 0;

	r->stats->files++;
	r->f = f;
	r->base = r->stats->bytes;
	if (import_read(f, r->o->encoding, json_record, r, &len, &cause) < 0 && r->fatal == NULL)
		fail(r, NULL, cause);
	r->f = NULL;
	r->stats->bytes = r->base + len;
	if (r->o->progress)
		r->o->progress(r->o->ctx, r->stats);
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
		r->stats->files++;
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

	if (r->fatal != NULL)
		return;
	if (stat(path, &sb) != 0) {
		if (r->sizing)
			return;
		r->file = path;
		r->stats->files++;
		fail(r, NULL, strerror(errno));
		return;
	}
	if (!S_ISDIR(sb.st_mode)) {
		if (S_ISREG(sb.st_mode) || (named && S_ISFIFO(sb.st_mode)))
			fn(r, path, named);
		else if (named && !r->sizing) {
			char *why = xasprintf("not a regular file (%s)", kind_of(sb.st_mode));
			r->file = path;
			r->stats->files++;
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

int
import_paths(struct store *st, const char *const *paths, int npaths,
	     const struct import_opts *opts, struct import_stats *stats, char **cause)
{
	struct run r = { .st = st, .o = opts, .stats = stats, .sizing = true };
	int i;

	memset(stats, 0, sizeof *stats);
	for (i = 0; i < npaths; i++) {
		if (strcmp(paths[i], "-") != 0)
			walk(&r, paths[i], true, add_size);
		r.nseen = 0;
	}
	r.sizing = false;
	for (i = 0; i < npaths && r.fatal == NULL; i++) {
		if (strcmp(paths[i], "-") == 0) {
			r.file = "<stdin>";
			r.origin = xstrdup("");
			import_stream(&r, opts->stdin_file ? opts->stdin_file : stdin);
			free(r.origin);
			r.origin = NULL;
		} else {
			walk(&r, paths[i], true, import_file);
		}
		r.nseen = 0; /* a folder named twice is imported twice, as before */
	}
	free(r.seen);
	if (r.in_batch > 0 && r.fatal == NULL && store_commit(st, &r.fatal) != 0)
		store_rollback(st);
	if (r.fatal != NULL) {
		store_rollback(st);
		*cause = r.fatal;
		return -1;
	}
	return 0;
}
