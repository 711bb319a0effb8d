/* cmd-statements.c: khabar statements [--speaker NAME] [--topic T] [--article ID]. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

/* Topic names joined by U+001F as a JSON array. */
static json_t *
statements_topics(const char *joined)
{
	json_t *a = json_array();
	const char *p = joined, *e;

	while (p && *p) {
		e = strchr(p, 0x1f);
		json_array_append_new(a, json_stringn(p, e ? (size_t)(e - p) : strlen(p)));
		p = e ? e + 1 : NULL;
	}
	return a;
}

static int
statements_json(void *ctx, const struct store_statement *s)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(s->id));
	json_object_set_new(o, "article_id", json_integer(s->article_id));
	json_object_set_new(o, "speaker", cli_json_str(s->speaker));
	json_object_set_new(o, "kind", cli_json_str(s->kind));
	json_object_set_new(o, "text", cli_json_str(s->text));
	json_object_set_new(o, "start", json_integer(s->start));
	json_object_set_new(o, "end", json_integer(s->end));
	json_object_set_new(o, "topics", statements_topics(s->topics));
	json_array_append_new(ctx, o);
	return 0;
}

static int
statements_text(void *ctx, const struct store_statement *s)
{
	char *line = cli_field_line(s->speaker, s->text);

	(void)ctx;
	cli_printf("%5lld  article %lld  %s  ", (long long)s->id, (long long)s->article_id,
		   strcmp(s->kind, "direct") == 0 ? "«»" : "  ");
	cli_put(stdout, line); /* one paragraph: the speaker starts it, RTL or not */
	cli_printf("\n");
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
	json_t *arr = NULL;
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
	if (cli.json)
		arr = json_array();
	rc = store_list_statements(st, &f, cli.json ? statements_json : statements_text, arr, &cause);
	store_close(st);
	return cli_list_done(rc, cause, arr);
}
