/*
 * bench-import: import the SaudiNewsNet corpus with `khabar import` as a
 * user runs it (the real binary: parsing, the index, extraction, related
 * statements, topics) and, in the same run, with plain SQLite + FTS5's
 * unicode61 tokenizer as the baseline; then search latency on both.
 * Prints figures and the targets; it is not a test.
 *
 *   bench/bench-import [CORPUS_DIR] [--imports N] [--runs N] [--jobs N] [--khabar PATH]
 *
 * CORPUS_DIR defaults to ../shared/corpus/saudinewsnet next to the source
 * tree, --jobs to 2, --khabar to ./khabar (run it from the build folder).
 * Each import runs in a child process so its peak RSS is its own.  The
 * two imports run in turn --imports times (default 3), baseline first,
 * and the ratio is taken pair by pair: on a shared machine one pair's
 * ratio moves by a tenth from one call to the next, so the target is
 * judged on the median pair.  --runs is the number of searches timed.
 */
#include "config.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "import/import.h"
#include "store/store.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Unzip every *.zip of dir into a new temporary folder; its path, or NULL. */
static char *
unzip_corpus(const char *dir, size_t *bytes, int *nfiles)
{
	char *tmp = xstrdup("/tmp/khabar-bench-XXXXXX"), *cmd;
	struct dirent *d;
	struct stat sb;
	DIR *dh;

	if (mkdtemp(tmp) == NULL || (dh = opendir(dir)) == NULL)
		return NULL;
	*bytes = 0;
	*nfiles = 0;
	while ((d = readdir(dh)) != NULL) {
		size_t n = strlen(d->d_name);
		if (n < 5 || strcmp(d->d_name + n - 4, ".zip") != 0)
			continue;
		cmd = xasprintf("unzip -q -o '%s/%s' -d '%s'", dir, d->d_name, tmp);
		if (system(cmd) != 0)
			fprintf(stderr, "bench: %s failed\n", cmd);
		free(cmd);
	}
	closedir(dh);
	dh = opendir(tmp);
	while (dh && (d = readdir(dh)) != NULL) {
		char *p = xasprintf("%s/%s", tmp, d->d_name);
		if (stat(p, &sb) == 0 && S_ISREG(sb.st_mode)) {
			*bytes += (size_t)sb.st_size;
			(*nfiles)++;
		}
		free(p);
	}
	if (dh)
		closedir(dh);
	return tmp;
}

/* ---- the baseline: the same records into plain SQLite, unicode61 ---- */

struct base {
	sqlite3 *db;
	sqlite3_stmt *ins;
	long n;
};

static const char base_schema[] =
	"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
	"CREATE TABLE articles(id INTEGER PRIMARY KEY, source TEXT, url TEXT UNIQUE, title TEXT,"
	" content TEXT NOT NULL, ref_date TEXT);"
	"CREATE VIRTUAL TABLE articles_fts USING fts5(title, content, content='articles',"
	" content_rowid='id', tokenize='unicode61');"
	"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
	" INSERT INTO articles_fts(rowid, title, content) VALUES (new.id, new.title, new.content); END;";

static int
base_record(void *ctx, const char *where, const struct article *a, const char *error)
{
	struct base *b = ctx;

	if (a == NULL)
		return 0;
	sqlite3_reset(b->ins);
	sqlite3_bind_text(b->ins, 1, a->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(b->ins, 2, a->url, -1, SQLITE_STATIC);
	sqlite3_bind_text(b->ins, 3, a->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(b->ins, 4, a->content, -1, SQLITE_STATIC);
	sqlite3_bind_text(b->ins, 5, a->ref_date, -1, SQLITE_STATIC);
	sqlite3_step(b->ins);
	if (++b->n % 256 == 0)
		sqlite3_exec(b->db, "COMMIT; BEGIN", NULL, NULL, NULL);
	return 0;
}

/* Import every file of dir into a baseline database; returns articles. */
static long
base_import(const char *dir, const char *path)
{
	struct base b = { 0 };
	struct dirent *d;
	char *cause = NULL;
	DIR *dh;

	sqlite3_open(path, &b.db);
	sqlite3_exec(b.db, base_schema, NULL, NULL, NULL);
	sqlite3_prepare_v2(b.db,
			   "INSERT OR IGNORE INTO articles(source, url, title, content, ref_date)"
			   " VALUES (?1, ?2, ?3, ?4, ?5)",
			   -1, &b.ins, NULL);
	sqlite3_exec(b.db, "BEGIN", NULL, NULL, NULL);
	dh = opendir(dir);
	while (dh && (d = readdir(dh)) != NULL) {
		char *p = xasprintf("%s/%s", dir, d->d_name), *data = NULL;
		size_t len;

		if (d->d_name[0] != '.')
			data = buf_read_file(p, &len);
		free(p);
		if (data == NULL)
			continue;
		import_parse_json(data, len, base_record, &b, &cause);
		free(cause);
		cause = NULL;
		free(data);
	}
	if (dh)
		closedir(dh);
	sqlite3_exec(b.db, "COMMIT", NULL, NULL, NULL);
	sqlite3_finalize(b.ins);
	sqlite3_close(b.db);
	return b.n;
}

static const char *khabar_bin = "./khabar";
static const char *khabar_jobs = "2";

/* Import with khabar itself: `khabar --db PATH import --jobs N DIR`, as a user runs it. */
static long
khabar_import(const char *dir, const char *path)
{
	struct store *st;
	char *cause = NULL;
	long n = -1;
	pid_t pid;
	int status;

	fflush(NULL); /* what is buffered is printed once, by the parent */
	pid = fork();
	if (pid == 0) {
		if (freopen("/dev/null", "w", stdout) == NULL || freopen("/dev/null", "w", stderr) == NULL)
			_exit(127);
		execl(khabar_bin, khabar_bin, "--db", path, "import", "--jobs", khabar_jobs, dir,
		      (char *)NULL);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) > 1)
		return -1; /* 1: records with empty content were refused, as in SaudiNewsNet */
	if (store_open(path, &st, &cause) == 0) {
		n = store_count_articles(st);
		store_close(st);
	}
	free(cause);
	return n;
}

/* Run fn in a child; its wall time, CPU time, peak RSS (KiB) and result. */
static void
in_child(long (*fn)(const char *, const char *), const char *dir, const char *db, double *secs,
	 double *cpu, long *rss, long *result)
{
	int fds[2], status;
	struct rusage ru;
	double t0 = now();
	pid_t pid;

	if (pipe(fds) != 0)
		exit(1);
	fflush(NULL);
	pid = fork();
	if (pid == 0) {
		long r = fn(dir, db);
		if (write(fds[1], &r, sizeof r) != sizeof r)
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	if (read(fds[0], result, sizeof *result) != sizeof *result)
		*result = -1;
	close(fds[0]);
	wait4(pid, &status, 0, &ru);
	*secs = now() - t0;
	*cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
	       ru.ru_stime.tv_usec / 1e6;
	*rss = ru.ru_maxrss;
}

/* Remove an archive and its WAL files (a fresh import each time). */
static void
remove_db(const char *path)
{
	char *p;

	unlink(path);
	p = xasprintf("%s-wal", path);
	unlink(p);
	free(p);
	p = xasprintf("%s-shm", path);
	unlink(p);
	free(p);
}

static long
file_size(const char *path)
{
	struct stat sb;
	char *wal = xasprintf("%s-wal", path);
	long n = stat(path, &sb) == 0 ? (long)sb.st_size : 0;

	if (stat(wal, &sb) == 0)
		n += (long)sb.st_size;
	free(wal);
	return n;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static int
count_hit(void *ctx, const struct store_hit *h)
{
	(*(long *)ctx)++;
	return 0;
}

/* Median and p95 (ms) of runs searches; *hits gets the last run's hit count. */
static void
time_khabar(struct store *st, const char *q, int runs, double *med, double *p95, long *hits)
{
	double *t = xcalloc((size_t)runs, sizeof *t), t0;
	char *cause = NULL;
	int i;

	for (i = 0; i < runs; i++) {
		*hits = 0;
		t0 = now();
		store_search(st, q, 0, 20, count_hit, hits, &cause);
		t[i] = (now() - t0) * 1000;
	}
	qsort(t, (size_t)runs, sizeof *t, cmp_double);
	*med = t[runs / 2];
	*p95 = t[(runs * 95) / 100];
	free(t);
}

static void
time_base(sqlite3 *db, const char *q, int runs, double *med, double *p95, long *hits)
{
	double *t = xcalloc((size_t)runs, sizeof *t), t0;
	sqlite3_stmt *s;
	int i;

	sqlite3_prepare_v2(db,
			   /* The same shape as khabar's query: rank, then snippets for the top 20. */
			   "SELECT a.id, a.title, snippet(articles_fts, -1, '[', ']', '…', 20), top.score"
			   " FROM (SELECT rowid AS r, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts"
			   "       WHERE articles_fts MATCH ?1 ORDER BY score LIMIT 20) AS top"
			   " JOIN articles_fts ON articles_fts.rowid = top.r AND articles_fts MATCH ?1"
			   " JOIN articles a ON a.id = top.r ORDER BY top.score",
			   -1, &s, NULL);
	for (i = 0; i < runs; i++) {
		*hits = 0;
		t0 = now();
		sqlite3_reset(s);
		sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
		while (sqlite3_step(s) == SQLITE_ROW)
			(*hits)++;
		t[i] = (now() - t0) * 1000;
	}
	sqlite3_finalize(s);
	qsort(t, (size_t)runs, sizeof *t, cmp_double);
	*med = t[runs / 2];
	*p95 = t[(runs * 95) / 100];
	free(t);
}

/* Total matches (not just the first 20), to show what folding and stems add. */
static long
khabar_total(struct store *st, const char *q)
{
	char *cause = NULL;
	long n = 0;

	store_search(st, q, 0, 0, count_hit, &n, &cause);
	return n;
}

static long
base_total(sqlite3 *db, const char *q)
{
	sqlite3_stmt *s;
	long n = 0;

	sqlite3_prepare_v2(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1", -1, &s,
			   NULL);
	sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n;
}

int
main(int argc, char **argv)
{
	const char *corpus = KHABAR_SRCDATADIR "/../../shared/corpus/saudinewsnet";
	static const char *const queries[][3] = {
		/* label, khabar query, baseline query (same text) */
		{ "word", "الرياض", "الرياض" },
		{ "phrase", "\"ولي العهد\"", "\"ولي العهد\"" },
		{ "prefix", "اقتصا*", "اقتصا*" },
	};
	double ks, bs, kcpu, bcpu, med, p95, bmed, bp95, load[3], *ratios;
	long krss, brss, kn, bn, hits = 0, bhits = 0, maxrss = 0;
	char kdb[512], bdb[512];
	struct store *st;
	char *dir, *cause = NULL;
	size_t bytes;
	int nfiles, runs = 1000, imports = 3, i, n;
	sqlite3 *db;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
			runs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--imports") == 0 && i + 1 < argc)
			imports = atoi(argv[++i]);
		else if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc)
			khabar_jobs = argv[++i];
		else if (strcmp(argv[i], "--khabar") == 0 && i + 1 < argc)
			khabar_bin = argv[++i];
		else
			corpus = argv[i];
	}
	if (runs < 1 || imports < 1) {
		printf("usage: bench-import [CORPUS_DIR] [--imports N] [--runs N] [--jobs N] [--khabar PATH]\n");
		return 2;
	}
	if (access(corpus, R_OK) != 0) {
		printf("bench-import: no corpus at %s: skipped\n", corpus);
		return 0;
	}
	dir = unzip_corpus(corpus, &bytes, &nfiles);
	if (dir == NULL || nfiles == 0) {
		printf("bench-import: could not unzip %s (is unzip installed?)\n", corpus);
		return 1;
	}
	printf("corpus: %d JSON files, %.1f MB\n", nfiles, bytes / 1e6);
	snprintf(kdb, sizeof kdb, "%s/khabar.db", dir);
	snprintf(bdb, sizeof bdb, "%s/baseline.db", dir);

	getloadavg(load, 3);
	printf("load average before: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
	ratios = xcalloc((size_t)imports, sizeof *ratios);
	for (n = 0; n < imports; n++) {
		remove_db(bdb);
		remove_db(kdb);
		in_child(base_import, dir, bdb, &bs, &bcpu, &brss, &bn);
		getloadavg(load, 3);
		printf("%d. baseline (SQLite + FTS5 unicode61): %ld articles in %.2f s (CPU %.2f s): %.0f articles/s,"
		       " %.2f MB/s, db %.1f MB, peak RSS %.1f MB; load %.2f\n",
		       n + 1, bn, bs, bcpu, bn / bs, bytes / 1e6 / bs, file_size(bdb) / 1e6, brss / 1024.0, load[0]);
		in_child(khabar_import, dir, kdb, &ks, &kcpu, &krss, &kn);
		getloadavg(load, 3);
		printf("%d. khabar import --jobs %s (index, extraction, related, topics): %ld articles in %.2f s"
		       " (CPU %.2f s): %.0f articles/s, %.2f MB/s, db %.1f MB, peak RSS %.1f MB; load %.2f\n",
		       n + 1, khabar_jobs, kn, ks, kcpu, kn / ks, bytes / 1e6 / ks, file_size(kdb) / 1e6,
		       krss / 1024.0, load[0]);
		printf("%d. ratio khabar/baseline: wall %.2fx, CPU %.2fx\n", n + 1, ks / bs, kcpu / bcpu);
		ratios[n] = ks / bs;
		if (krss > maxrss)
			maxrss = krss;
	}
	qsort(ratios, (size_t)imports, sizeof *ratios, cmp_double);
	med = ratios[imports / 2];
	printf("import ratio khabar/baseline, median of %d pairs: wall %.2fx (%.2fx to %.2fx; target <= 3x with"
	       " --jobs 2; later 1.5x) %s; peak RSS at most %.1f MB (target < 200 MB) %s\n",
	       imports, med, ratios[0], ratios[imports - 1], med <= 3 ? "ok" : "MISSED", maxrss / 1024.0,
	       maxrss < 200 * 1024 ? "ok" : "MISSED");
	free(ratios);

	if (store_open(kdb, &st, &cause) != 0 || sqlite3_open(bdb, &db) != SQLITE_OK) {
		printf("bench-import: cannot reopen the databases: %s\n", cause);
		return 1;
	}
	printf("search latency over %d runs, first 20 hits ranked by bm25 with a snippet (ms):\n", runs);
	for (i = 0; i < 3; i++) {
		time_khabar(st, queries[i][1], runs, &med, &p95, &hits);
		time_base(db, queries[i][2], runs, &bmed, &bp95, &bhits);
		printf("  %-6s %-14s khabar median %.3f p95 %.3f (%ld of %ld matches) | baseline median %.3f"
		       " p95 %.3f (%ld of %ld) | p95 ratio %.2fx (target <= 1.5x)\n",
		       queries[i][0], queries[i][1], med, p95, hits, khabar_total(st, queries[i][1]), bmed,
		       bp95, bhits, base_total(db, queries[i][2]), p95 / bp95);
	}
	store_close(st);
	sqlite3_close(db);
	cause = xasprintf("rm -rf '%s'", dir);
	if (system(cause) != 0)
		fprintf(stderr, "bench: could not remove %s\n", dir);
	free(cause);
	free(dir);
	return 0;
}
