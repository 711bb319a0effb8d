/*
 * import.c: walking paths, reading and decoding files, and storing each
 * article whole: articles are batched in transactions, each inside its own
 * savepoint, so a bad article never leaves half of itself behind and never
 * takes the others with it.
 */
#include "config.h"
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import/import.h"

#define DEFAULT_BATCH 256
#define MAX_FILE_SIZE ((size_t)1 << 30)

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
};

static void
fail(struct run *r, const char *where, const char *reason)
{
	r->stats->failed++;
	if (r->o->failure)
		r->o->failure(r->o->ctx, r->file, where, reason);
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

/* *out = the NFC of s (NULL for NULL); -1 with *cause if ICU fails. */
static int
nfc_copy(const char *s, char **out, char **cause)
{
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
	free(a.title);
	free(a.content);
	free(a.origin);
}

static int
json_record(void *ctx, const char *where, const struct article *a, const char *error)
{
	struct run *r = ctx;

	if (a == NULL)
		fail(r, where, error);
	else
		store_one(r, a, where);
	return r->fatal != NULL;
}

/* Parse decoded text by its shape: JSON when it starts with '[' or '{'. */
static void
import_text(struct run *r, const char *s, size_t len)
{
	struct article a;
	char *cause = NULL;
	size_t i = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
		i++;
	if (i < len && (s[i] == '[' || s[i] == '{')) {
		if (import_parse_json(s, len, json_record, r, &cause) < 0 && r->fatal == NULL)
			fail(r, NULL, cause);
		free(cause);
		return;
	}
	memset(&a, 0, sizeof a);
	if (import_parse_text(s, len, &a, &cause) != 0)
		fail(r, NULL, cause);
	else
		store_one(r, &a, NULL);
	free(cause);
	article_clear(&a);
}

/* Read all of f; NULL with *cause on failure. */
static char *
slurp(FILE *f, size_t *len, char **cause)
{
	struct buf b;

	buf_init(&b);
	if (buf_read(&b, f, MAX_FILE_SIZE) != 0) {
		*cause = errno == EFBIG ? xstrdup("larger than 1 GiB")
					: xasprintf("read error: %s", strerror(errno));
		buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return buf_detach(&b);
}

static void
import_stream(struct run *r, FILE *f)
{
	struct buf utf8;
	const char *enc;
	char *data, *cause = NULL;
	size_t len;

	r->stats->files++;
	data = slurp(f, &len, &cause);
	if (data == NULL) {
		fail(r, NULL, cause);
		free(cause);
		return;
	}
	buf_init(&utf8);
	if (import_decode(data, len, r->o->encoding, &utf8, &enc, &cause) != 0)
		fail(r, NULL, cause);
	else
		import_text(r, utf8.data, utf8.len);
	r->stats->bytes += len;
	if (r->o->progress)
		r->o->progress(r->o->ctx, r->stats);
	free(cause);
	free(data);
	buf_free(&utf8);
}

static void
import_file(struct run *r, const char *path)
{
	char abs[PATH_MAX];
	FILE *f;

	r->file = path;
	r->origin = xstrdup(realpath(path, abs) ? abs : path);
	f = fopen(path, "rb");
	if (f == NULL) {
		r->stats->files++;
		fail(r, NULL, strerror(errno));
	} else {
		import_stream(r, f);
		fclose(f);
	}
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

/* Call fn on every path below dir (sorted), or on the path itself. */
static void
walk(struct run *r, const char *path, bool named, void (*fn)(struct run *, const char *))
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
		fn(r, path);
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
	(void)named;
}

static void
add_size(struct run *r, const char *path)
{
	struct stat sb;

	if (stat(path, &sb) == 0)
		r->stats->total_bytes += (size_t)sb.st_size;
}

int
import_paths(struct store *st, const char *const *paths, int npaths,
	     const struct import_opts *opts, struct import_stats *stats, char **cause)
{
	struct run r = { st, opts, stats, NULL, NULL, 0, NULL, true };
	int i;

	memset(stats, 0, sizeof *stats);
	for (i = 0; i < npaths; i++)
		if (strcmp(paths[i], "-") != 0)
			walk(&r, paths[i], true, add_size);
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
	}
	if (r.in_batch > 0 && r.fatal == NULL && store_commit(st, &r.fatal) != 0)
		store_rollback(st);
	if (r.fatal != NULL) {
		store_rollback(st);
		*cause = r.fatal;
		return -1;
	}
	return 0;
}
