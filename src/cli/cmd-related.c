/* cmd-related.c: khabar related STATEMENT_ID. */
#include "config.h"
#include <stdlib.h>

#include "cli/cli.h"

static int
related_json(void *ctx, const struct store_related *r)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "article_id", json_integer(r->article_id));
	json_object_set_new(o, "speaker", cli_json_str(r->speaker));
	json_object_set_new(o, "score", json_real(r->score));
	json_object_set_new(o, "reason", cli_json_str(r->reason));
	json_object_set_new(o, "text", cli_json_str(r->text));
	json_array_append_new(ctx, o);
	return 0;
}

static int
related_text(void *ctx, const struct store_related *r)
{
	char *line;

	(void)ctx;
	cli_printf("%5lld  article %lld  %.2f  ", (long long)r->id, (long long)r->article_id, r->score);
	cli_put(stdout, r->reason);
	cli_printf("\n       ");
	line = cli_field_line(r->speaker, r->text);
	cli_put(stdout, line); /* one paragraph: the speaker starts it, RTL or not */
	cli_printf("\n");
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
	json_t *arr = NULL;
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
	if (cli.json)
		arr = json_array();
	rc = store_list_related(st, id, limit, cli.json ? related_json : related_text, arr, &cause);
	store_close(st);
	return cli_list_done(rc, cause, arr);
}
