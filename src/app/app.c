/* app.c: locating the database and the bundled data; first-run import. */
#include "config.h"
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/time.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
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
 * is caught with a signal handler and a jump back to app_guarded, which
 * stores the article flagged instead.  The extractor it was using may be
 * damaged, so it is dropped (not freed) and built anew.  Sanitizer builds
 * keep their own handlers: there a fault must be a loud failure.
 *
 * Analyses run in several threads at once, so everything is per thread:
 * the jump target, the alternate signal stack (a runaway recursion
 * overflows the stack), and the CPU-time limit, a timer on the thread's
 * own CPU clock that signals that thread alone.  The handlers are
 * installed once for the process; a fault in a thread that is not inside
 * app_guarded gets the default action (the process stops, as it would
 * have without them).
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
#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid
#endif

static const int app_guard_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGVTALRM };
#define APP_NGUARD (sizeof app_guard_signals / sizeof app_guard_signals[0])
#define APP_ALTSTACK (1 << 16)

/* One thread's guard. */
struct app_guard {
	sigjmp_buf jump;
	volatile sig_atomic_t active, signal;
	timer_t timer;
	bool timer_ok;
	char *altstack;
};
static _Thread_local struct app_guard *app_guard_mine;
static pthread_once_t app_guard_once = PTHREAD_ONCE_INIT;
static pthread_key_t app_guard_key; /* frees a thread's guard when it ends */

static void
app_guard_handler(int sig)
{
	struct app_guard *g = app_guard_mine;

	if (g == NULL || !g->active) {
		if (sig == SIGVTALRM)
			return; /* a timer that fired as its analysis ended */
		signal(sig, SIG_DFL); /* not ours: what would have happened without us */
		raise(sig);
		return;
	}
	g->active = 0;
	g->signal = sig;
	siglongjmp(g->jump, 1);
}

/* A thread ends: its timer, its signal stack and the guard go. */
static void
app_guard_end(void *arg)
{
	struct app_guard *g = arg;
	stack_t ss = { .ss_flags = SS_DISABLE };

	if (g->timer_ok)
		timer_delete(g->timer);
	sigaltstack(&ss, NULL);
	free(g->altstack);
	free(g);
	app_guard_mine = NULL;
}

static void
app_guard_install(void)
{
	struct sigaction sa;
	size_t i;

	pthread_key_create(&app_guard_key, app_guard_end);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = app_guard_handler;
	sa.sa_flags = SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < APP_NGUARD; i++)
		sigaction(app_guard_signals[i], &sa, NULL);
}

/* This thread's guard, set up on first use: its signal stack and CPU-time timer. */
static struct app_guard *
app_guard_thread(void)
{
	struct app_guard *g = app_guard_mine;
	struct sigevent ev;
	stack_t ss;

	if (g != NULL)
		return g;
	pthread_once(&app_guard_once, app_guard_install);
	g = xcalloc(1, sizeof *g);
	g->altstack = xmalloc(APP_ALTSTACK);
	ss.ss_sp = g->altstack;
	ss.ss_size = APP_ALTSTACK;
	ss.ss_flags = 0;
	sigaltstack(&ss, NULL);
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_THREAD_ID;
	ev.sigev_signo = SIGVTALRM;
	ev.sigev_notify_thread_id = gettid();
	g->timer_ok = timer_create(CLOCK_THREAD_CPUTIME_ID, &ev, &g->timer) == 0;
	app_guard_mine = g;
	pthread_setspecific(app_guard_key, g);
	return g;
}

/* Arm (seconds > 0) or disarm (0) this thread's CPU-time limit. */
static void
app_guard_timer(struct app_guard *g, double seconds)
{
	struct itimerspec t = { { 0, 0 }, { (time_t)seconds, (long)((seconds - (double)(time_t)seconds) * 1e9) } };

	if (g->timer_ok)
		timer_settime(g->timer, 0, &t, NULL);
}

/*
 * Fault injection for tests: analysing a text that contains
 * $KHABAR_TEST_FAULT crashes, one that contains $KHABAR_TEST_HANG never
 * ends.
 */
static const char *app_test_crash, *app_test_hang;
static pthread_once_t app_test_once = PTHREAD_ONCE_INIT;

static void
app_test_read(void)
{
	app_test_crash = getenv("KHABAR_TEST_FAULT");
	app_test_hang = getenv("KHABAR_TEST_HANG");
}

static void
app_test_fault(const char *content)
{
	pthread_once(&app_test_once, app_test_read);
	if (app_test_crash != NULL && *app_test_crash != '\0' && strstr(content, app_test_crash) != NULL)
		raise(SIGSEGV);
	if (app_test_hang != NULL && *app_test_hang != '\0' && strstr(content, app_test_hang) != NULL)
		for (;;)
			;
}

int
app_guarded(int (*fn)(void *arg, char **cause), void *arg, double seconds, char **cause)
{
	struct app_guard *volatile g;
	volatile int rc;

	if (!APP_GUARD)
		return fn(arg, cause);
	g = app_guard_thread();
	if (sigsetjmp(g->jump, 1) == 0) {
		g->active = 1;
		if (seconds > 0)
			app_guard_timer(g, seconds);
		rc = fn(arg, cause);
		g->active = 0;
		app_guard_timer(g, 0);
	} else {
		app_guard_timer(g, 0);
		if (g->signal == SIGVTALRM)
			*cause = xasprintf("the analysis took more than %.0f s of CPU time and was stopped",
					   seconds);
		else
			*cause = xasprintf("the analysis crashed (signal %d: %s)", (int)g->signal,
					   strsignal(g->signal));
		rc = -2;
	}
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

/* One article's analysis: what it needs and gives (done ahead in a worker thread, or in place). */
struct app_analysis {
	struct extractor *x;
	const char *title, *content, *ref;
	int year;
	int rc;                     /* 0 done, -2 crashed or stopped, -1 failed (why says) */
	bool no_extractor;          /* the lexicons could not be read: nothing was analysed */
	char *why;
	struct xresult r;
	struct xlead lead;          /* title and lead words, for follow-ups in stories */
	struct store_xterms *terms; /* each statement's content terms (r.nst) */
};

static int
app_analysis_run(void *arg, char **cause)
{
	struct app_analysis *an = arg;
	size_t i;

	app_test_fault(an->content);
	if (extract_article(an->x, an->content, an->ref, an->year, &an->r, cause) != 0)
		return -1;
	extract_lead(extractor_lexicon(an->x), an->title, an->content, &an->lead);
	an->terms = xcalloc(an->r.nst + 1, sizeof *an->terms);
	for (i = 0; i < an->r.nst; i++)
		extract_terms(extractor_stemmer(an->x), an->r.st[i].text, &an->terms[i].v,
			      &an->terms[i].n);
	return 0;
}

/*
 * Analyse an article with *x, guarded.  When the analysis crashed or ran
 * away, *x may be damaged: it is dropped (leaked on purpose) and set to
 * NULL, to be built anew.
 */
static void
app_analyse(struct extractor **x, struct app_analysis *an, const char *title, const char *content,
	    const char *ref, const char *date)
{
	an->x = *x;
	an->title = title;
	an->content = content;
	an->ref = ref;
	an->year = date ? atoi(date) : 0;
	an->rc = app_guarded(app_analysis_run, an, app_analysis_limit(strlen(content)), &an->why);
	if (an->rc == -2) {
		*x = NULL;
		memset(&an->r, 0, sizeof an->r); /* what it held may be damaged too: leaked */
		memset(&an->lead, 0, sizeof an->lead);
		an->terms = NULL;
	}
}

static void
app_analysis_free(struct app_analysis *an)
{
	size_t i, k;

	if (an->terms != NULL)
		for (i = 0; i < an->r.nst; i++) {
			for (k = 0; k < an->terms[i].n; k++)
				free(an->terms[i].v[k]);
			free(an->terms[i].v);
		}
	free(an->terms);
	xresult_free(&an->r);
	xlead_free(&an->lead);
	free(an->why);
}

/*
 * Store an analysis of article id (the writer): its results, or the
 * article flagged with why it failed.  As app_extract_article returns.
 */
static int
app_store_analysis(struct store *st, int64_t id, struct app_analysis *an, char **cause)
{
	struct extractor *x;
	char *why = NULL;
	int rc = an->rc;

	if (rc == 0) {
		if ((x = app_get_extractor(cause)) == NULL) /* the lexicons the indexes refer to */
			return -1;
		if (store_savepoint(st, "analysis", cause) != 0)
			return -1;
		rc = store_put_extraction(st, id, an->content, &an->r, &an->lead, extractor_lexicon(x),
					  extractor_stemmer(x), an->terms, &why);
		if ((rc == 0 ? store_savepoint_release(st, "analysis", cause)
			     : store_savepoint_rollback(st, "analysis", cause)) != 0) {
			free(why);
			return -1;
		}
	} else { /* an analysis may be stored twice (import's replay): its why stays */
		why = an->why != NULL ? xstrdup(an->why) : NULL;
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

int
app_extract_article(struct store *st, int64_t id, const char *title, const char *content, const char *ref,
		    const char *date, char **cause)
{
	struct app_analysis an;
	int rc;

	memset(&an, 0, sizeof an);
	if (app_get_extractor(cause) == NULL)
		return -1;
	app_analyse(&app_extractor, &an, title, content, ref, date);
	rc = app_store_analysis(st, id, &an, cause);
	app_analysis_free(&an);
	return rc;
}

/* A worker thread's own extractor (built on first use). */
struct app_worker {
	struct extractor *x;
};

static void *
app_worker_new(void *ctx)
{
	(void)ctx;
	return xcalloc(1, sizeof(struct app_worker));
}

static void
app_worker_free(void *ctx, void *worker)
{
	struct app_worker *w = worker;

	(void)ctx;
	extractor_free(w->x);
	free(w);
}

/* import's prepare-callback (a worker thread): analyse the article ahead. */
static void *
app_prepare(void *ctx, void *worker, const struct article *a)
{
	struct app_worker *w = worker;
	struct app_analysis *an = xcalloc(1, sizeof *an);
	char *dir;

	(void)ctx;
	if (w->x == NULL) {
		dir = app_data_dir();
		if (extractor_new(dir, &w->x, &an->why) != 0) {
			an->rc = -1;
			an->no_extractor = true;
			free(dir);
			return an;
		}
		free(dir);
	}
	app_analyse(&w->x, an, a->title, a->content ? a->content : "", a->ref_date, a->date);
	return an;
}

static void
app_prepared_free(void *ctx, void *prepared)
{
	(void)ctx;
	app_analysis_free(prepared);
	free(prepared);
}

/* import's after-callback: store the analysis of what was stored or changed. */
static int
app_after(void *ctx, struct store *st, int64_t id, const struct article *a, enum store_put what,
	  void *prepared, char **cause)
{
	struct app_analysis *an = prepared;

	(void)ctx;
	if (what == STORE_UNCHANGED)
		return 0;
	if (an == NULL)
		return app_extract_article(st, id, a->title, a->content, a->ref_date, a->date, cause);
	if (an->no_extractor) { /* as when the writer's own extractor cannot be built */
		*cause = xstrdup(an->why ? an->why : "no extractor");
		return -1;
	}
	an->content = a->content;
	return app_store_analysis(st, id, an, cause);
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
	/* The stored title: a guessed one (the lead's start) was never stored. */
	rc = app_extract_article(st, id, a->title_guessed ? NULL : a->title, a->content, a->ref_date,
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
	/*
	 * In the order the articles were stored, in import's batches: which
	 * phrases become topics (and what they merge into) is decided a batch
	 * at a time, so only the same order and batches give what import gave.
	 */
	if (n > 1)
		qsort(ids.data, (size_t)n, sizeof(int64_t), text_int64_cmp);
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
		if (rc == 0 && i % IMPORT_DEFAULT_BATCH == IMPORT_DEFAULT_BATCH - 1 &&
		    (rc = store_commit(st, cause)) == 0)
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
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	memset(o, 0, sizeof *o);
	o->after = app_after;
	o->prepare = app_prepare;
	o->prepared_free = app_prepared_free;
	o->worker_new = app_worker_new;
	o->worker_free = app_worker_free;
	o->jobs = n > 0 ? (int)n : 1;
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

bool
app_db_is_default(const char *opt)
{
	const char *env = getenv("KHABAR_DB");

	return (opt == NULL || *opt == '\0') && (env == NULL || *env == '\0');
}

int
app_open(const char *path, struct store **st, bool seed, long *seeded, char **cause)
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
	rc = seed && is_dir(articles) ? import_paths(*st, paths, 1, &o, &s, cause) : 0;
	if (rc == 0 && seeded && seed)
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
