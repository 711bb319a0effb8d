/* cmd-reindex.c: khabar reindex (re-run extraction over the whole archive). */
#include "config.h"
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

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

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1)
		if (!cli_common_option(c, "reindex"))
			return cli_usage("reindex");
	if (optind != argc)
		return cli_usage("reindex");
	cli.reindexing = true;
	st = cli_open_store();
	rc = app_reindex(st, reindex_progress, reindex_failed, &p, &nfailed, &cause);
	if (p.tty)
		fputs("\r\033[K", stderr);
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
	} else if (cli.json) {
		json_t *o = json_pack("{s:I,s:I}", "articles", (json_int_t)store_count_articles(st),
				      "failed", (json_int_t)nfailed);
		cli_put_json(o);
		json_decref(o);
	} else {
		printf("reindexed %lld articles", (long long)store_count_articles(st));
		if (nfailed > 0)
			printf(", %ld could not be analysed", nfailed);
		putchar('\n');
	}
	store_close(st);
	return rc != 0 || nfailed > 0;
}
