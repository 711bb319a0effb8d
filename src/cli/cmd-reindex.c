/* cmd-reindex.c: khabar reindex (re-run extraction over the whole archive). */
#include "config.h"
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/* What the progress line needs between calls. */
struct reindex_progress {
	bool tty;
	time_t last;
};

static void
reindex_progress(void *ctx, long done, long total)
{
	struct reindex_progress *p = ctx;
	time_t now = time(NULL);

	if (!p->tty || (now == p->last && done < total))
		return;
	p->last = now;
	fprintf(stderr, "\r%ld/%ld articles\033[K", done, total);
	fflush(stderr);
}

static void
reindex_failed(void *ctx, int64_t id, const char *reason)
{
	struct reindex_progress *p = ctx;

	if (p->tty)
		fputs("\r\033[K", stderr);
	cli_error("article %lld: analysis failed (the article is kept): %s", (long long)id, reason);
}

int
cmd_reindex(int argc, char **argv)
{
	static const struct option opts[] = { CLI_COMMON_OPTIONS, { NULL, 0, NULL, 0 } };
	struct reindex_progress p = { isatty(2) != 0, 0 };
	struct store *st;
	char *cause = NULL;
	long nfailed = 0;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "h", opts, "reindex")) != -1)
		if (!cli_common_option(c, "reindex"))
			return cli_usage("reindex");
	if (optind != argc)
		return cli_usage("reindex");
	cli.reindexing = true;
	st = cli_open_store_rw("reindex");
	rc = app_reindex(st, reindex_progress, reindex_failed, &p, &nfailed, &cause);
	if (p.tty)
		fputs("\r\033[K", stderr);
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
	} else {
		struct sprinter sp;
		sprinter_init_one(&sp);
		sp_int(&sp, "articles", store_count_articles(st), "reindexed %lld articles");
		sp_int(&sp, "failed", nfailed, nfailed > 0 ? ", %lld could not be analysed" : NULL);
		sp_one(&sp);
	}
	store_close(st);
	return rc != 0 || nfailed > 0;
}
