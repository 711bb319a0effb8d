/* cmd-statements.c: khabar statements [--speaker NAME] [--topic T] [--article ID]. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/*
 * A statement: id, article, «» when direct, then "SPEAKER: TEXT" as one
 * paragraph (the speaker starts it, RTL or not); start, end, topics in
 * --json only.
 */
static int
statements_record(void *ctx, const struct store_statement *s)
{
	struct sprinter *p = ctx;
	char *line = p->json ? NULL : cli_field_line(s->speaker, s->text);

	sp_int(p, "id", s->id, "%5lld  ");
	sp_int(p, "article_id", s->article_id, "article %lld  ");
	sp_str(p, "kind", s->kind, strcmp(s->kind, "direct") == 0 ? "«»  " : "    ");
	sp_str(p, "speaker", s->speaker, NULL); /* text: in the line below */
	sp_str(p, "text", s->text, NULL);
	sp_para(p, line);
	sp_int(p, "start", s->start, NULL);
	sp_int(p, "end", s->end, NULL);
	sp_list(p, "topics", s->topics, NULL, NULL, NULL);
	sp_end(p);
	free(line);
	return 0;
}

int
cmd_statements(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "speaker", required_argument, NULL, 'p' },
		{ "topic", required_argument, NULL, 'T' },
		{ "article", required_argument, NULL, 'a' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct store_statement_filter f = { 0 };
	struct store *st;
	struct sprinter p;
	char *cause = NULL;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "h", opts, "statements")) != -1) {
		if (cli_common_option(c, "statements"))
			continue;
		if (c == 'p')
			f.speaker = optarg;
		else if (c == 'T')
			f.topic = optarg;
		else if (c == 'a' && (f.article_id = cli_parse_id(optarg)) > 0)
			continue;
		else if (c == 'a') {
			cli_error("statements: '%s' is not an article id", optarg);
			return 2;
		}
		else
			return cli_usage("statements");
	}
	if (optind != argc)
		return cli_usage("statements");
	st = cli_open_store();
	sprinter_init(&p);
	rc = store_list_statements(st, &f, statements_record, &p, &cause);
	store_close(st);
	return sp_done(&p, rc, cause);
}
