/* cmd-related.c: khabar related STATEMENT_ID. */
#include "config.h"
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/* A related statement: id, article, score, why; then "SPEAKER: TEXT" on its own row. */
static int
related_record(void *ctx, const struct store_related *r)
{
	struct sprinter *p = ctx;
	char *line = p->json ? NULL : cli_field_line(r->speaker, r->text);

	sp_int(p, "id", r->id, "%5lld  ");
	sp_int(p, "article_id", r->article_id, "article %lld  ");
	sp_real(p, "score", r->score, "%.2f  ");
	sp_text(p, "reason", r->reason, NULL, NULL);
	sp_lit(p, "\n       ");
	sp_str(p, "speaker", r->speaker, NULL); /* text: in the line below */
	sp_str(p, "text", r->text, NULL);
	sp_para(p, line);
	sp_end(p);
	free(line);
	return 0;
}

int
cmd_related(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "limit", required_argument, NULL, 'n' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct store *st;
	struct sprinter p;
	char *cause = NULL;
	long long id, limit = 0;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "hn:", opts, "related")) != -1) {
		if (cli_common_option(c, "related"))
			continue;
		if (c != 'n')
			return cli_usage("related");
		if (!cli_number("--limit", optarg, 1, CLI_LIMIT_MAX, &limit))
			return 2;
	}
	if (optind != argc - 1)
		return cli_usage("related");
	if ((id = cli_parse_id(argv[optind])) < 0) {
		cli_error("related: '%s' is not a statement id", argv[optind]);
		return 2;
	}
	st = cli_open_store();
	if ((rc = store_statement_exists(st, id, &cause)) <= 0) {
		if (rc == 0)
			cli_error("related: no statement %lld (khabar statements lists them)", id);
		else
			cli_error("%s", cause);
		free(cause);
		store_close(st);
		return 1;
	}
	sprinter_init(&p);
	rc = store_list_related(st, id, limit, related_record, &p, &cause);
	store_close(st);
	return sp_done(&p, rc, cause);
}
