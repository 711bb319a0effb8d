/* app.c: locating the database and the bundled data; first-run import. */
#include "config.h"
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/time.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/app.h"
#include "extract/extract.h"

/* The meta key under which the archive keeps the fingerprint of its extraction. */
#define APP_META_EXTRACTION "extraction"

/* The extractor every import of this process shares: built on first use, freed at exit. */
static struct extractor *app_extractor;

static void
app_extractor_free(void)
{
	extractor_free(app_extractor);
	app_extractor = NULL;
}

/* The shared extractor (lexicons from app_data_dir()); NULL with *cause on failure. */
static struct extractor *
app_get_extractor(char **cause)
{
	char *dir;

	if (app_extractor != NULL)
		return app_extractor;
	dir = app_data_dir();
	if (extractor_new(dir, &app_extractor, cause) == 0)
		atexit(app_extractor_free);
	free(dir);
	return app_extractor;
}

/*
 * A crash inside one article's analysis must not take the import down.
 * The analysis is pure computation (no SQL, no files), so a fault there
 * is caught with a signal handler and a jump back to app_analyse, which
 * stores the article flagged instead.  The extractor it was using may be
 * damaged, so it is dropped (not freed) and built anew.  Sanitizer builds
 * keep their own handlers: there a fault must be a loud failure.
 */
#if defined(__SANITIZE_ADDRESS__)
#define APP_GUARD 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define APP_GUARD 0
#endif
#endif
#ifndef APP_GUARD
#define APP_GUARD 1
#endif

static const int app_guard_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGVTALRM };
#define APP_NGUARD (sizeof app_guard_signals / sizeof app_guard_signals[0])
static sigjmp_buf app_guard_jump;
static volatile sig_atomic_t app_guard_signal;

static void
app_guard_handler(int sig)
{
	app_guard_signal = sig;
	siglongjmp(app_guard_jump, 1);
}

/*
 * Fault injection for tests: analysing a text that contains
 * $KHABAR_TEST_FAULT crashes, one that contains $KHABAR_TEST_HANG never
 * ends.
 */
static void
app_test_fault(const char *content)
{
	static const char *crash, *hang;
	static bool read;

	if (!read) {
		crash = getenv("KHABAR_TEST_FAULT");
		hang = getenv("KHABAR_TEST_HANG");
		read = true;
	}
	if (crash != NULL && *crash != '\0' && strstr(content, crash) != NULL)
		raise(SIGSEGV);
	if (hang != NULL && *hang != '\0' && strstr(content, hang) != NULL)
		for (;;)
			;
}

int
app_guarded(int (*fn)(void *arg, char **cause), void *arg, double seconds, char **cause)
{
	static char altstack[1 << 16];
	struct sigaction sa, old[APP_NGUARD];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
	struct itimerval limit = { { 0, 0 }, { (time_t)seconds, (suseconds_t)((seconds - (double)(time_t)seconds) * 1e6) } };
	struct itimerval off = { { 0, 0 }, { 0, 0 } };
	volatile int rc;
	size_t i;

	if (!APP_GUARD)
		return fn(arg, cause);
	sigaltstack(&ss, NULL); /* a runaway recursion overflows the stack: handle it elsewhere */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = app_guard_handler;
	sa.sa_flags = SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < APP_NGUARD; i++)
		sigaction(app_guard_signals[i], &sa, &old[i]);
	if (sigsetjmp(app_guard_jump, 1) == 0) {
		if (seconds > 0)
			setitimer(ITIMER_VIRTUAL, &limit, NULL);
		rc = fn(arg, cause);
		setitimer(ITIMER_VIRTUAL, &off, NULL);
	} else {
		setitimer(ITIMER_VIRTUAL, &off, NULL);
		if (app_guard_signal == SIGVTALRM)
			*cause = xasprintf("the analysis took more than %.0f s of CPU time and was stopped",
					   seconds);
		else
			*cause = xasprintf("the analysis crashed (signal %d: %s)", (int)app_guard_signal,
					   strsignal(app_guard_signal));
		rc = -2;
	}
	for (i = 0; i < APP_NGUARD; i++)
		sigaction(app_guard_signals[i], &old[i], NULL);
	return rc;
}

/*
 * The CPU time one article's analysis may take: generous (extraction runs
 * at megabytes a second), so that only a runaway loop meets it.
 * $KHABAR_ANALYSIS_SECONDS sets the base (tests use 1).
 */
static double
app_analysis_limit(size_t len)
{
	const char *env = getenv("KHABAR_ANALYSIS_SECONDS");
	double base = env != NULL && atof(env) > 0 ? atof(env) : 30;

	return base + (double)len / (64 * 1024);
}

/* What one guarded analysis needs and gives. */
struct app_analysis {
	struct extractor *x;
	const char *content, *ref;
	int year;
	struct xresult r;
};

static int
app_analysis_run(void *arg, char **cause)
{
	struct app_analysis *an = arg;

	app_test_fault(an->content);
	return extract_article(an->x, an->content, an->ref, an->year, &an->r, cause);
}

int
app_extract_article(struct store *st, int64_t id, const char *content, const char *ref,
		    const char *date, char **cause)
{
	struct app_analysis an = { .content = content, .ref = ref, .year = date ? atoi(date) : 0 };
	char *why = NULL;
	int rc;

	if ((an.x = app_get_extractor(cause)) == NULL)
		return -1;
	rc = app_guarded(app_analysis_run, &an, app_analysis_limit(strlen(content)), &why);
	if (rc == -2) {
		app_extractor = NULL; /* may be damaged: leaked on purpose, built anew */
	} else if (rc == 0) {
		if (store_savepoint(st, "analysis", cause) != 0) {
			xresult_free(&an.r);
			return -1;
		}
		rc = store_put_extraction(st, id, content, &an.r, extractor_lexicon(an.x),
					  extractor_stemmer(an.x), &why);
		xresult_free(&an.r);
		if ((rc == 0 ? store_savepoint_release(st, "analysis", cause)
			     : store_savepoint_rollback(st, "analysis", cause)) != 0) {
			free(why);
			return -1;
		}
	}
	if (store_set_analysis_error(st, id, rc == 0 ? NULL : why ? why : "failed", cause) != 0) {
		free(why);
		return -1;
	}
	if (rc == 0)
		return 0;
	*cause = why ? why : xstrdup("the analysis failed");
	return 1;
}

/* import's after-callback: extract what was stored or changed. */
static int
app_after(void *ctx, struct store *st, int64_t id, const struct article *a, enum store_put what,
	  char **cause)
{
	(void)ctx;
	if (what == STORE_UNCHANGED)
		return 0;
	return app_extract_article(st, id, a->content, a->ref_date, a->date, cause);
}

/* One article of a reindex: as app_extract_article. */
static int
app_reindex_one(struct store *st, int64_t id, char **cause)
{
	struct article *a = NULL;
	int rc;

	if (store_get_article(st, id, &a, cause) != 0)
		return -1;
	if (a == NULL)
		return 0;
	/* Only the import's date is a hint; the others are what extraction finds again. */
	rc = app_extract_article(st, id, a->content, a->ref_date,
				 a->date_source && strcmp(a->date_source, "import") == 0 ? a->date : NULL,
				 cause);
	article_free(a);
	return rc;
}

/* Collect every article id. */
static int
app_collect_id(void *ctx, const struct article *a)
{
	struct buf *b = ctx;

	buf_add(b, &a->id, sizeof a->id);
	return 0;
}

int
app_reindex(struct store *st, void (*progress)(void *ctx, long done, long total),
	    void (*failed)(void *ctx, int64_t id, const char *reason), void *ctx, long *nfailed,
	    char **cause)
{
	struct store_filter f = { 0 };
	struct buf ids;
	long n, i;
	int rc;

	if (app_get_extractor(cause) == NULL)
		return -1;
	buf_init(&ids);
	rc = store_list_articles(st, &f, app_collect_id, &ids, cause);
	n = (long)(ids.len / sizeof(int64_t));
	if (rc == 0)
		rc = store_begin(st, cause);
	if (rc == 0)
		rc = store_clear_extractions(st, cause);
	*nfailed = 0;
	for (i = 0; rc == 0 && i < n; i++) {
		rc = app_reindex_one(st, ((int64_t *)ids.data)[i], cause);
		if (rc == 1) {
			++*nfailed;
			if (failed)
				failed(ctx, ((int64_t *)ids.data)[i], *cause);
			free(*cause);
			*cause = NULL;
			rc = 0;
		}
		if (rc == 0 && i % 256 == 255 && (rc = store_commit(st, cause)) == 0)
			rc = store_begin(st, cause);
		if (progress)
			progress(ctx, i + 1, n);
	}
	if (rc == 0)
		rc = store_refresh_auto_topics(st, cause);
	if (rc == 0)
		rc = store_meta_set(st, APP_META_EXTRACTION, extractor_fingerprint(app_extractor),
				    cause);
	if (rc == 0)
		rc = store_commit(st, cause);
	else
		store_rollback(st);
	buf_free(&ids);
	return rc;
}

char *
app_db_path(const char *opt)
{
	const char *env;

	if (opt != NULL && *opt != '\0')
		return xstrdup(opt);
	if ((env = getenv("KHABAR_DB")) != NULL && *env != '\0')
		return xstrdup(env);
	if ((env = getenv("XDG_DATA_HOME")) != NULL && *env == '/')
		return xasprintf("%s/khabar/khabar.db", env);
	env = getenv("HOME");
	return xasprintf("%s/.local/share/khabar/khabar.db", env ? env : ".");
}

static bool
is_dir(const char *p)
{
	struct stat sb;
	return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* True when the running binary sits in (or below) the build tree. */
static bool
running_from_build_tree(void)
{
	char exe[PATH_MAX], top[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);

	if (n <= 0 || realpath(KHABAR_BUILDDIR, top) == NULL)
		return false;
	exe[n] = '\0';
	return strncmp(exe, top, strlen(top)) == 0 && exe[strlen(top)] == '/';
}

char *
app_data_dir(void)
{
	const char *env = getenv("KHABAR_DATA_DIR");
	char *p;

	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if (running_from_build_tree() && is_dir(KHABAR_SRCDATADIR))
		return xstrdup(KHABAR_SRCDATADIR);
	p = xasprintf("%s/articles", KHABAR_DATADIR);
	if (is_dir(p)) {
		free(p);
		return xstrdup(KHABAR_DATADIR);
	}
	free(p);
	return xstrdup(KHABAR_SRCDATADIR);
}

int
app_db_check(const char *opt, const char *path, bool *fresh, char **cause)
{
	const char *env = getenv("KHABAR_DB"), *slash;
	struct stat sb;
	char *dir;

	*fresh = false;
	if ((opt == NULL && (env == NULL || *env == '\0')) || strcmp(path, ":memory:") == 0)
		return 0;
	slash = strrchr(path, '/');
	dir = slash == NULL ? xstrdup(".") : slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
	if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		*cause = xasprintf("%s%s: there is no folder %s (khabar makes folders only for its default archive)",
				   opt ? "--db " : "KHABAR_DB=", path, dir);
		free(dir);
		return -1;
	}
	free(dir);
	*fresh = stat(path, &sb) != 0;
	return 0;
}

/* mkdir -p of the folder holding path. */
static int
make_parent(const char *path, char **cause)
{
	char *d = xstrdup(path), *p;

	for (p = d + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(d, 0700) != 0 && errno != EEXIST) {
			*cause = xasprintf("%s: cannot create folder: %s", d, strerror(errno));
			free(d);
			return -1;
		}
		*p = '/';
	}
	free(d);
	return 0;
}

void
app_import_opts(struct import_opts *o)
{
	memset(o, 0, sizeof *o);
	o->after = app_after;
}

int
app_extraction_stale(struct store *st, char **why, char **cause)
{
	char *was = NULL, *now, *data;
	int stale;

	*why = NULL;
	if (store_count_articles(st) == 0)
		return 0;
	if (store_meta_get(st, APP_META_EXTRACTION, &was, cause) != 0)
		return -1;
	data = app_data_dir();
	now = extract_fingerprint_dir(data);
	free(data);
	if (was == NULL)
		*why = xstrdup("they were extracted before khabar kept track of how");
	else
		*why = extract_fingerprint_change(was, now);
	stale = *why != NULL;
	free(was);
	free(now);
	return stale;
}

int
app_open(const char *path, struct store **st, long *seeded, char **cause)
{
	struct import_opts o;
	struct import_stats s;
	char *data, *articles;
	const char *paths[1];
	int rc;

	if (seeded)
		*seeded = 0;
	if (strcmp(path, ":memory:") != 0 && make_parent(path, cause) != 0)
		return -1;
	if (store_open(path, st, cause) != 0)
		return -1;
	if (store_count_articles(*st) != 0 || store_readonly(*st))
		return 0;
	data = app_data_dir();
	articles = xasprintf("%s/articles", data);
	paths[0] = articles;
	app_import_opts(&o);
	rc = is_dir(articles) ? import_paths(*st, paths, 1, &o, &s, cause) : 0;
	if (rc == 0 && seeded)
		*seeded = s.imported;
	free(articles);
	/* A new archive: what it holds is extracted with today's extraction and lexicons. */
	if (rc == 0) {
		char *fp = extract_fingerprint_dir(data);
		rc = store_meta_set(*st, APP_META_EXTRACTION, fp, cause);
		free(fp);
	}
	free(data);
	if (rc != 0) {
		store_close(*st);
		*st = NULL;
	}
	return rc;
}
