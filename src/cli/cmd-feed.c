/*
 * cmd-feed.c: khabar feed add|list|remove|import|export (subscriptions),
 * and khabar fetch (getting what is new).
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/sprinter.h"
#include "fetch/fetch.h"

/* A feed's name with control characters made harmless (U+FFFD).  Caller frees. */
static char *
clean_name(const char *name)
{
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	text_sanitize_into(&b, name, strlen(name), false);
	return buf_detach(&b);
}

/* ---- feed add ---- */

static int
feed_add(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "full-text", no_argument, NULL, 'f' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	const char *name = NULL;
	bool full = false;
	struct store *st;
	char *cause = NULL, *def = NULL;
	int c;

	while ((c = cli_getopt(argc, argv, "h", opts, "feed")) != -1) {
		if (cli_common_option(c, "feed"))
			continue;
		if (c == 'n')
			name = optarg;
		else if (c == 'f')
			full = true;
		else
			return cli_usage("feed");
	}
	if (optind + 1 != argc)
		return cli_usage("feed");
	if (!fetch_url_ok(argv[optind], &cause)) {
		cli_error("feed add: %s", cause);
		free(cause);
		return 2;
	}
	if (name != NULL && text_is_blank(name, strlen(name)))
		return cli_error("feed add: --name is blank"), 2;
	st = cli_open_store_rw("feed add");
	def = name ? clean_name(name) : fetch_default_name(argv[optind]);
	name = def;
	if (store_add_feed(st, name, argv[optind], full, NULL, &cause) != 0) {
		cli_error("feed add: %s", cause);
		free(cause);
		free(def);
		store_close(st);
		return 1;
	}
	printf("subscribed: ");
	cli_put(stdout, name);
	cli_printf("%s (khabar fetch gets its entries)\n", full ? ", full text" : "");
	free(def);
	store_close(st);
	return 0;
}

/* ---- feed list ---- */

/*
 * A feed: name, URL, (full text); then its counts, last success, next
 * fetch and last error on a second row.
 */
static int
list_feed(void *ctx, const struct store_feed *f)
{
	struct sprinter *p = ctx;

	sp_int(p, "id", f->id, NULL);
	sp_text(p, "name", f->name, NULL, "  ");
	sp_text(p, "url", f->url, NULL, NULL);
	sp_bool(p, "full_text", f->full_text, "  (full text)", NULL);
	sp_int(p, "articles", f->articles, "\n    %lld articles, ");
	sp_int(p, "unread", f->unread, "%lld unread; ");
	sp_str_or(p, "last_success", f->last_success, "last success %s", "never");
	sp_str(p, "added", f->added, NULL);
	sp_str(p, "last_fetch", f->last_fetch, NULL);
	sp_str(p, "next_fetch", f->next_fetch, f->due ? "; next fetch now" : "; next fetch %s");
	sp_text(p, "last_error", f->last_error, "; last error: ", NULL);
	sp_end(p);
	return 0;
}

static int
feed_list(int argc, char **argv)
{
	static const struct option opts[] = { CLI_COMMON_OPTIONS, { NULL, 0, NULL, 0 } };
	struct sprinter p;
	struct store *st;
	char *cause = NULL;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "h", opts, "feed")) != -1)
		if (!cli_common_option(c, "feed"))
			return cli_usage("feed");
	if (optind != argc)
		return cli_usage("feed");
	st = cli_open_store();
	sprinter_init(&p);
	rc = store_list_feeds(st, list_feed, &p, &cause);
	store_close(st);
	return sp_done(&p, rc, cause);
}

/* ---- feed remove ---- */

struct find {
	const char *key;
	int64_t id;
	char *name;
};

static int
find_feed(void *ctx, const struct store_feed *f)
{
	struct find *fd = ctx;

	if (strcmp(fd->key, f->name) == 0 || strcmp(fd->key, f->url) == 0) {
		fd->id = f->id;
		fd->name = xstrdup(f->name);
		return 1;
	}
	return 0;
}

static int
feed_remove(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "keep-articles", no_argument, NULL, 'k' },
		{ "delete-articles", no_argument, NULL, 'd' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct find fd = { 0 };
	int keep = -1, c, rc;
	struct store *st;
	char *cause = NULL;
	int64_t deleted = 0;

	while ((c = cli_getopt(argc, argv, "h", opts, "feed")) != -1) {
		if (cli_common_option(c, "feed"))
			continue;
		if (c == 'k' || c == 'd') {
			int want = c == 'k';
			if (keep >= 0 && keep != want) {
				cli_error("feed remove: --keep-articles and --delete-articles together");
				return 2;
			}
			keep = want;
		} else {
			return cli_usage("feed");
		}
	}
	if (optind + 1 != argc)
		return cli_usage("feed");
	if (keep < 0) {
		cli_error("feed remove: say what becomes of its articles: --keep-articles or"
			  " --delete-articles");
		return 2;
	}
	st = cli_open_store_rw("feed remove");
	fd.key = argv[optind];
	rc = store_list_feeds(st, find_feed, &fd, &cause);
	if (rc == 0 && fd.name == NULL) {
		cause = xasprintf("feed remove: '%s' is not a subscribed feed (khabar feed list shows them)",
				  argv[optind]);
		rc = -1;
	}
	if (rc == 0)
		rc = store_remove_feed(st, fd.id, !keep, &deleted, &cause);
	if (rc == 0) {
		printf("unsubscribed: ");
		cli_put(stdout, fd.name);
		if (keep)
			cli_printf(" (its articles are kept)\n");
		else
			cli_printf(" (%lld articles deleted)\n", (long long)deleted);
	}
	free(fd.name);
	store_close(st);
	return cli_list_done(rc, cause, NULL);
}

/* ---- feed import / export ---- */

/* A name not taken yet: the wanted one, else with " (2)", " (3)" ... */
struct names {
	char **v;
	size_t n;
};

static int
collect_name(void *ctx, const struct store_feed *f)
{
	struct names *ns = ctx;

	ns->v = xrealloc(ns->v, (ns->n + 1) * sizeof *ns->v);
	ns->v[ns->n++] = xstrdup(f->name);
	return 0;
}

static bool
name_taken(const struct names *ns, const char *name)
{
	size_t i;

	for (i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], name) == 0)
			return true;
	return false;
}

static char *
free_name(struct names *ns, const char *want)
{
	char *name = xstrdup(want);
	int k;

	for (k = 2; name_taken(ns, name); k++) {
		free(name);
		name = xasprintf("%s (%d)", want, k);
	}
	ns->v = xrealloc(ns->v, (ns->n + 1) * sizeof *ns->v);
	ns->v[ns->n++] = xstrdup(name);
	return name;
}

static int
feed_import(int argc, char **argv)
{
	static const struct option opts[] = { CLI_COMMON_OPTIONS, { NULL, 0, NULL, 0 } };
	struct fetch_sub *subs = NULL;
	struct names ns = { 0 };
	size_t n = 0, skipped = 0, i, len = 0;
	long added = 0, had = 0;
	struct store *st;
	char *data, *cause = NULL;
	int c, rc = 0;

	while ((c = cli_getopt(argc, argv, "h", opts, "feed")) != -1)
		if (!cli_common_option(c, "feed"))
			return cli_usage("feed");
	if (optind + 1 != argc)
		return cli_usage("feed");
	if ((data = buf_read_file(argv[optind], &len)) == NULL)
		return cli_error("feed import: %s: cannot read it", argv[optind]);
	if (fetch_read_subs(data, len, &subs, &n, &skipped, &cause) != 0) {
		cli_error("feed import: %s: %s", argv[optind], cause);
		free(cause);
		free(data);
		return 1;
	}
	free(data);
	st = cli_open_store_rw("feed import");
	if (store_list_feeds(st, collect_name, &ns, &cause) != 0)
		rc = -1;
	for (i = 0; rc == 0 && i < n; i++) {
		char *def = subs[i].name && !text_is_blank(subs[i].name, strlen(subs[i].name))
				    ? clean_name(subs[i].name)
				    : fetch_default_name(subs[i].url);
		char *name = free_name(&ns, def);

		if (store_add_feed(st, name, subs[i].url, subs[i].full_text, NULL, &cause) == 0) {
			added++;
		} else if (strstr(cause, "already subscribed")) {
			had++;
			free(cause);
			cause = NULL;
		} else {
			rc = -1;
		}
		free(def);
		free(name);
	}
	if (rc == 0) {
		printf("subscribed to %ld feeds, %ld already subscribed", added, had);
		if (skipped)
			printf(", %zu entries skipped (not http or https feeds)", skipped);
		printf("\n");
	}
	for (i = 0; i < ns.n; i++)
		free(ns.v[i]);
	free(ns.v);
	fetch_subs_free(subs, n);
	store_close(st);
	return cli_list_done(rc, cause, NULL);
}

static int
feed_export(int argc, char **argv)
{
	static const struct option opts[] = { CLI_COMMON_OPTIONS, { NULL, 0, NULL, 0 } };
	struct store *st;
	char *cause = NULL, *opml;
	int c;

	while ((c = cli_getopt(argc, argv, "h", opts, "feed")) != -1)
		if (!cli_common_option(c, "feed"))
			return cli_usage("feed");
	if (optind != argc)
		return cli_usage("feed");
	st = cli_open_store();
	opml = fetch_write_opml(st, &cause);
	store_close(st);
	if (opml == NULL)
		return cli_list_done(-1, cause, NULL);
	fputs(opml, stdout); /* XML, escaped by libxml2: the file's bytes, not a display */
	free(opml);
	return 0;
}

int
cmd_feed(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(int, char **);
	} subs[] = {
		{ "add", feed_add },       { "list", feed_list },     { "remove", feed_remove },
		{ "import", feed_import }, { "export", feed_export },
	};
	size_t i;

	if (argc < 2)
		return cli_usage("feed");
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		cli_command_help("feed");
		return 0;
	}
	for (i = 0; i < sizeof subs / sizeof subs[0]; i++)
		if (strcmp(argv[1], subs[i].name) == 0) {
			optind = 0;
			return subs[i].fn(argc - 1, argv + 1);
		}
	cli_error("feed: no subcommand '%s' (add, list, remove, import, export)", argv[1]);
	return 2;
}

/* ---- fetch ---- */

struct fetch_progress {
	bool tty;
	double start;
};

/* One line about a feed on stderr, under the progress line. */
static void
say(struct fetch_progress *p, const char *feed, const char *kind, const char *what)
{
	if (p->tty)
		fputs("\r\033[K", stderr);
	cli_error("%s: %s%s", feed, kind, what);
}

static void
on_failure(void *ctx, const char *feed, const char *reason)
{
	say(ctx, feed, "", reason);
}

static void
on_note(void *ctx, const char *feed, const char *what)
{
	say(ctx, feed, "note: ", what);
}

static void
on_progress(void *ctx, const struct fetch_stats *s)
{
	struct fetch_progress *p = ctx;

	if (!p->tty)
		return;
	fprintf(stderr, "\r%ld/%ld feeds, %ld new articles\033[K", s->done, s->feeds, s->added);
	fflush(stderr);
}

int
cmd_fetch(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "all", no_argument, NULL, 'a' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct fetch_progress p = { isatty(2) != 0, cli_now() };
	bool all = false;
	struct fetch_opts o;
	struct fetch_stats s;
	struct sprinter sp;
	struct store *st;
	char *cause = NULL;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "h", opts, "fetch")) != -1) {
		if (cli_common_option(c, "fetch"))
			continue;
		if (c == 'a')
			all = true;
		else
			return cli_usage("fetch");
	}
	if (all && optind < argc) {
		cli_error("fetch: --all and feed names together");
		return 2;
	}
	fetch_opts_init(&o);
	o.due_only = !all;
	app_import_opts(&o.import);
	o.failure = on_failure;
	o.note = on_note;
	o.progress = on_progress;
	o.ctx = &p;
	st = cli_open_store_rw("fetch");
	rc = fetch_feeds(st, (const char *const *)argv + optind, argc - optind, &o, &s, &cause);
	if (p.tty)
		fputs("\r\033[K", stderr);
	store_close(st);
	if (rc != 0) {
		cli_error("fetch: %s", cause);
		free(cause);
		return 1;
	}
	sprinter_init_one(&sp);
	sp_int(&sp, "feeds", s.feeds, "fetched %lld feeds: ");
	sp_int(&sp, "added", s.added, "%lld new articles, ");
	sp_int(&sp, "updated", s.updated, "%lld updated, ");
	sp_int(&sp, "not_modified", s.not_modified, "%lld unchanged (304), ");
	sp_int(&sp, "failed", s.failed, "%lld failed");
	sp_int(&sp, "entries", s.entries, NULL);
	sp_int(&sp, "full_text", s.full_text, s.full_text || s.summary_only ? "; full text %lld" : NULL);
	sp_int(&sp, "summary_only", s.summary_only, s.full_text || s.summary_only ? ", summary only %lld" : NULL);
	sp_int(&sp, "not_analysed", s.not_analysed, s.not_analysed ? "; not analysed %lld" : NULL);
	sp_int(&sp, "not_due", s.not_due, s.not_due ? "; %lld not due yet (khabar fetch --all fetches them)" : NULL);
	sp_real(&sp, "seconds", cli_now() - p.start, " (%.1f s)");
	sp_one(&sp);
	return s.failed > 0 ? 1 : 0;
}
